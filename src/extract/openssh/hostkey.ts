/**
 * The key type and size of an sshd host key, when they can be told cheaply: from the public key file next to it
 * (`<HostKey>.pub`, one line `type base64 [comment]`, the format of sshd(8) "AUTHORIZED_KEYS FILE FORMAT"), whose base64 is
 * the RFC 4253 section 6.6 public key blob: `string type`, then for ssh-rsa `mpint e, mpint n`, for ssh-dss `mpint p, q, g,
 * y`, for ecdsa-sha2-* (RFC 5656 section 3.1) `string curve, string Q`, for ssh-ed25519 (RFC 8709) `string key`.
 *
 * The private key file itself is never read here: a host key without a readable `.pub` is left to the key extractor, which
 * reads key files when the scan reaches them.
 * @module
 */
import type { CheckObject } from '../../judge/types.js';
import type { Asset } from '../../scan/types.js';

/** What a public key blob says. */
export interface HostKeyInfo {
  /** The SSH key type (`ssh-rsa`, `ecdsa-sha2-nistp256`, `ssh-ed25519`, `ssh-dss`). */
  readonly type: string;
  /** The name findings show (`RSA-2048`, `ECDSA P-256`, `Ed25519`). */
  readonly input: string;
  /** What the judge reads. */
  readonly subject: string | CheckObject;
  readonly asset: Asset;
}

const CURVES: Readonly<Record<string, { readonly curve: string; readonly label: string }>> = {
  nistp256: { curve: 'secp256r1', label: 'P-256' },
  nistp384: { curve: 'secp384r1', label: 'P-384' },
  nistp521: { curve: 'secp521r1', label: 'P-521' },
};

/**
 * Reads an OpenSSH public key line (the first non-comment line of a `.pub` file), or undefined when it is not one.
 * @example
 * readPublicKeyLine('ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI... root@host')?.input; // 'Ed25519'
 */
export function readPublicKeyLine(text: string): HostKeyInfo | undefined {
  const line = text.split('\n').map((l) => l.trim()).find((l) => l !== '' && !l.startsWith('#'));
  if (line === undefined || line.length > 20_000) return undefined;
  const [type, b64] = line.split(/\s+/);
  if (type === undefined || b64 === undefined || !/^[A-Za-z0-9+/]+={0,2}$/.test(b64)) return undefined;
  const blob = Buffer.from(b64, 'base64');
  const r = new Reader(blob);
  const inner = r.string()?.toString('latin1');
  if (inner !== type) return undefined;
  switch (type) {
    case 'ssh-rsa': {
      if (r.string() === undefined) return undefined;
      const bits = mpintBits(r.string());
      if (bits === undefined) return undefined;
      return {
        type, input: `RSA-${bits}`, subject: { algorithm: 'rsa', keyBits: bits }, asset: { kind: 'ssh-key', keyAlgorithm: 'rsa', keyBits: bits },
      };
    }
    case 'ssh-dss': {
      const bits = mpintBits(r.string());
      if (bits === undefined) return undefined;
      return {
        type, input: `DSA-${bits}`, subject: { algorithm: 'dsa', keyBits: bits }, asset: { kind: 'ssh-key', keyAlgorithm: 'dsa', keyBits: bits },
      };
    }
    case 'ssh-ed25519':
      if (r.string()?.length !== 32) return undefined;
      return { type, input: 'Ed25519', subject: 'ssh-ed25519', asset: { kind: 'ssh-key', keyAlgorithm: 'ed25519', keyBits: 256 } };
    default: {
      const m = /^ecdsa-sha2-(nistp\d+)$/.exec(type);
      const curve = m ? CURVES[m[1]!] : undefined;
      if (!curve || r.string()?.toString('latin1') !== m![1]) return undefined;
      return {
        type, input: `ECDSA ${curve.label}`, subject: { algorithm: 'ec', curve: curve.curve },
        asset: { kind: 'ssh-key', keyAlgorithm: 'ec', curve: curve.curve },
      };
    }
  }
}

/** The bit length of an mpint (RFC 4251 section 5: two's complement, big-endian, a leading zero byte for positive numbers). */
function mpintBits(b: Buffer | undefined): number | undefined {
  if (b === undefined || b.length === 0) return undefined;
  let i = 0;
  while (i < b.length && b[i] === 0) i++;
  if (i === b.length) return undefined;
  return (b.length - i - 1) * 8 + (32 - Math.clz32(b[i]!));
}

/** RFC 4251 section 5 `string`s, read one after another; undefined past the end. */
class Reader {
  private at = 0;
  constructor(private readonly b: Buffer) {}
  string(): Buffer | undefined {
    if (this.at + 4 > this.b.length) return undefined;
    const n = this.b.readUInt32BE(this.at);
    if (this.at + 4 + n > this.b.length) return undefined;
    const out = this.b.subarray(this.at + 4, this.at + 4 + n);
    this.at += 4 + n;
    return out;
  }
}
