/**
 * OpenSSH private keys (`-----BEGIN OPENSSH PRIVATE KEY-----`): the unencrypted header that OpenSSH's PROTOCOL.key
 * describes (the magic `openssh-key-v1\0`, then as RFC 4251 section 5 strings and uint32s: cipher name, KDF name, KDF
 * options, the number of keys and each public key), which says the key's type and size and how the private part is
 * protected, readable without the passphrase. Public key blobs are read as RFC 4253 section 6.6 (ssh-rsa: e, n;
 * ssh-dss: p, q, g, y), RFC 5656 section 3.1 (ecdsa-sha2-*: curve name, point), RFC 8709 (ssh-ed25519, ssh-ed448) and
 * OpenSSH's PROTOCOL.u2f (sk-* keys: the same plus an application string). The private part is never looked at.
 * @module
 */
import type { Localized } from '../../catalog/types.js';
import { resolveCurve } from '../../names/curves.js';
import type { Asset, Extraction } from '../../scan/types.js';
import { PART, usage, type Place, type Thing } from './context.js';
import { ecFacts, sized, type KeyFacts } from './key.js';

const MAGIC = 'openssh-key-v1\0';
/** ssh-keygen writes one key per file; more than this is no key file. */
const MAX_KEYS = 16;

/** A bounded reader of RFC 4251 section 5 data types; every read fails cleanly past the end. */
class SshReader {
  private offset = 0;
  constructor(private readonly bytes: Uint8Array) {}

  uint32(): number {
    if (this.offset + 4 > this.bytes.length) throw new SshFormatError('ends inside a length');
    const b = this.bytes;
    const v = ((b[this.offset]! << 24) >>> 0) + (b[this.offset + 1]! << 16) + (b[this.offset + 2]! << 8) + b[this.offset + 3]!;
    this.offset += 4;
    return v;
  }

  string(): Uint8Array {
    const n = this.uint32();
    if (n > this.bytes.length - this.offset) throw new SshFormatError(`a string of ${n} bytes runs past the end`);
    const out = this.bytes.subarray(this.offset, this.offset + n);
    this.offset += n;
    return out;
  }

  text(): string {
    const s = this.string();
    // Names are ASCII (RFC 4251 section 6); anything else is shown, not trusted.
    return String.fromCharCode(...s.subarray(0, 256)).replace(/[^\x20-\x7e]/g, '?');
  }

  magic(expected: string): boolean {
    for (let k = 0; k < expected.length; k++) if (this.bytes[k] !== expected.charCodeAt(k)) return false;
    this.offset = expected.length;
    return true;
  }
}

/**
 * A header that breaks the format (the extractor turns it into a parse error).
 * @example
 * throw new SshFormatError('a string of 4096 bytes runs past the end');
 */
export class SshFormatError extends Error {}

/** The bit length of an mpint (two's complement, big-endian, RFC 4251 section 5). */
function mpintBits(bytes: Uint8Array): number {
  let k = 0;
  while (k < bytes.length && bytes[k] === 0) k++;
  if (k === bytes.length) return 0;
  return (bytes.length - k - 1) * 8 + (32 - Math.clz32(bytes[k]!));
}

/**
 * The facts of an SSH public key blob.
 * @example
 * sshKeyFacts(blob); // { type: 'ssh-ed25519', keyAlgorithm: 'Ed25519', input: 'Ed25519', subject: { algorithm: 'ed25519' } }
 */
export function sshKeyFacts(blob: Uint8Array): KeyFacts & { readonly type: string } {
  const r = new SshReader(blob);
  const type = new SshReader(blob).text();
  return { ...blobFacts(r), type };
}

function blobFacts(r: SshReader): KeyFacts {
  const type = r.text();
  switch (type) {
    case 'ssh-rsa': {
      r.string();
      return sized('RSA', 'rsa', mpintBits(r.string()));
    }
    case 'ssh-dss':
      return sized('DSA', 'dsa', mpintBits(r.string()));
    case 'ssh-ed25519': case 'sk-ssh-ed25519@openssh.com':
      return { keyAlgorithm: 'Ed25519', input: 'Ed25519', subject: { algorithm: 'ed25519' } };
    case 'ssh-ed448':
      return { keyAlgorithm: 'Ed448', input: 'Ed448', subject: { algorithm: 'ed448' } };
    default: {
      if (type.startsWith('ecdsa-sha2-') || type.startsWith('sk-ecdsa-sha2-')) {
        const curveName = r.text();
        return ecFacts(resolveCurve(curveName), curveName);
      }
      // A type this reader does not know (a certificate type, a newer algorithm): the judge reads the SSH name itself.
      return { keyAlgorithm: type, input: type, subject: type };
    }
  }
}

/**
 * The extractions of an OpenSSH private key file's body (the bytes the PEM block decodes to): each key's type and size,
 * and when the private part is encrypted, its cipher and key derivation.
 * @example
 * readOpenSshKey(der, place); // [usage ssh-ed25519 (OpenSSH private key)]
 */
export function readOpenSshKey(body: Uint8Array, place: Place): Extraction[] {
  const r = new SshReader(body);
  if (!r.magic(MAGIC)) throw new SshFormatError('it does not start with "openssh-key-v1"');
  const cipher = r.text();
  const kdf = r.text();
  const kdfOptions = r.string();
  const count = r.uint32();
  if (count === 0 || count > MAX_KEYS) throw new SshFormatError(`it says it holds ${count} keys`);
  const encrypted = cipher !== 'none';
  const out: Extraction[] = [];
  let first: { asset: Asset; words: Localized } | undefined;
  for (let k = 0; k < count; k++) {
    const key = sshKeyFacts(r.string());
    const words: Localized = encrypted
      ? { en: `OpenSSH private key ${key.type} (encrypted with ${cipher})`, ja: `OpenSSH 秘密鍵 ${key.type}（${cipher} で暗号化）` }
      : { en: `OpenSSH private key ${key.type} (not encrypted)`, ja: `OpenSSH 秘密鍵 ${key.type}（暗号化なし）` };
    const asset: Asset = {
      kind: 'private-key', keyAlgorithm: key.keyAlgorithm, ...(key.keyBits !== undefined ? { keyBits: key.keyBits } : {}),
      ...(key.curve !== undefined ? { curve: key.curve } : {}),
    };
    first ??= { asset, words };
    out.push(usage(place, { words, asset }, undefined, key.input, key.subject));
  }
  if (encrypted && first) {
    const thing: Thing = first;
    out.push(usage(place, thing, PART.keyEncryption, cipher, cipher));
    if (kdf === 'bcrypt') {
      // kdfoptions for bcrypt: string salt, uint32 rounds (PROTOCOL.key).
      const options = new SshReader(kdfOptions);
      options.string();
      const rounds = options.uint32();
      out.push(usage(place, thing, PART.keyDerivation, 'bcrypt', 'bcrypt', {
        detail: { en: `bcrypt_pbkdf, ${rounds} rounds`, ja: `bcrypt_pbkdf、${rounds} ラウンド` },
      }));
    } else if (kdf !== 'none') {
      out.push(usage(place, thing, PART.keyDerivation, kdf, kdf));
    }
  }
  return out;
}
