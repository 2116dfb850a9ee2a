/**
 * SSH public key and certificate blobs: what key a blob holds (type, size, curve) and, for an OpenSSH certificate, who it
 * names, until when, and which CA key signed it with which signature algorithm.
 *
 * Formats: RFC 4253 §6.6 (ssh-rsa: e, n; ssh-dss: p, q, g, y), RFC 5656 §3.1 (ecdsa-sha2-*: curve identifier, Q as an
 * uncompressed SEC 1 point, which is all OpenSSH 9.2 accepts), RFC 8709 §4 (ssh-ed25519, ssh-ed448: the raw public key),
 * OpenSSH PROTOCOL.u2f (sk-* keys: the plain fields, then the application string) and PROTOCOL.certkeys (the v01
 * certificates: nonce, the key's fields, serial, type, key id, principals, validity, critical options, extensions,
 * reserved, signature key, signature). Fingerprints are SHA-256 over the plain key's blob in unpadded base64, as
 * `ssh-keygen -l` prints them (a certificate's fingerprint is its key's). Nothing here throws: a blob that does not read is
 * a `BlobError` with a code.
 * @module
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { encodeBase64Unpadded, optionNames, stringList, WireError, WireReader } from './wire.js';

/** The kinds of key the blob formats above define. */
export type SshKeyFamily = 'rsa' | 'dsa' | 'ecdsa' | 'ed25519' | 'ed448';

/** A NIST curve as SSH names it (RFC 5656 §10.1) and as SEC 2 does. */
interface SshCurve {
  readonly ssh: string;
  readonly sec: string;
  readonly bits: number;
  /** An uncompressed point: 0x04, then X and Y at full length (SEC 1 §2.3.3). */
  readonly pointOctets: number;
}

/** RFC 5656 §10.1: nistp256, nistp384, nistp521 are secp256r1, secp384r1, secp521r1. */
const CURVES: ReadonlyMap<string, SshCurve> = new Map([
  ['nistp256', { ssh: 'nistp256', sec: 'secp256r1', bits: 256, pointOctets: 1 + 2 * 32 }],
  ['nistp384', { ssh: 'nistp384', sec: 'secp384r1', bits: 384, pointOctets: 1 + 2 * 48 }],
  ['nistp521', { ssh: 'nistp521', sec: 'secp521r1', bits: 521, pointOctets: 1 + 2 * 66 }],
]);

interface PlainType {
  readonly family: SshKeyFamily;
  readonly curve?: SshCurve;
  /** A FIDO security key (PROTOCOL.u2f): an application string follows the key. */
  readonly securityKey?: boolean;
  /** The raw public key's length, for the EdDSA types (RFC 8032 §5.1.5, §5.2.5). */
  readonly rawOctets?: number;
}

const PLAIN: ReadonlyMap<string, PlainType> = new Map<string, PlainType>([
  ['ssh-rsa', { family: 'rsa' }],
  ['ssh-dss', { family: 'dsa' }],
  ['ecdsa-sha2-nistp256', { family: 'ecdsa', curve: CURVES.get('nistp256')! }],
  ['ecdsa-sha2-nistp384', { family: 'ecdsa', curve: CURVES.get('nistp384')! }],
  ['ecdsa-sha2-nistp521', { family: 'ecdsa', curve: CURVES.get('nistp521')! }],
  ['ssh-ed25519', { family: 'ed25519', rawOctets: 32 }],
  ['ssh-ed448', { family: 'ed448', rawOctets: 57 }],
  ['sk-ecdsa-sha2-nistp256@openssh.com', { family: 'ecdsa', curve: CURVES.get('nistp256')!, securityKey: true }],
  ['sk-ssh-ed25519@openssh.com', { family: 'ed25519', rawOctets: 32, securityKey: true }],
]);

/** PROTOCOL.certkeys and PROTOCOL.u2f certificate types, with the plain type they certify. */
const CERTIFICATES: ReadonlyMap<string, string> = new Map([
  ['ssh-rsa-cert-v01@openssh.com', 'ssh-rsa'],
  ['ssh-dss-cert-v01@openssh.com', 'ssh-dss'],
  ['ecdsa-sha2-nistp256-cert-v01@openssh.com', 'ecdsa-sha2-nistp256'],
  ['ecdsa-sha2-nistp384-cert-v01@openssh.com', 'ecdsa-sha2-nistp384'],
  ['ecdsa-sha2-nistp521-cert-v01@openssh.com', 'ecdsa-sha2-nistp521'],
  ['ssh-ed25519-cert-v01@openssh.com', 'ssh-ed25519'],
  ['sk-ecdsa-sha2-nistp256-cert-v01@openssh.com', 'sk-ecdsa-sha2-nistp256@openssh.com'],
  ['sk-ssh-ed25519-cert-v01@openssh.com', 'sk-ssh-ed25519@openssh.com'],
]);

/** RSA signature names an RSA key may sign with (RFC 4253 §6.6, RFC 8332 §3). */
const RSA_SIGNATURES: ReadonlySet<string> = new Set(['ssh-rsa', 'rsa-sha2-256', 'rsa-sha2-512']);

/** SSH_CERT_TYPE_USER and SSH_CERT_TYPE_HOST (PROTOCOL.certkeys). */
const CERT_KINDS: ReadonlyMap<number, 'user' | 'host'> = new Map([[1, 'user'], [2, 'host']]);

/** OpenSSH's SSHKEY_CERT_MAX_PRINCIPALS (sshkey.h, 9.2); more are an error there and are not listed here. */
const MAX_PRINCIPALS = 256;
const MAX_OPTIONS = 64;

/** valid before = 2^64 - 1 means the certificate never expires (ssh-keygen(1) -V "forever"). */
export const FOREVER = 0xffffffffffffffffn;

/** What an SSH public key blob holds. */
export interface SshPublicKey {
  /** The type name the blob starts with. */
  readonly type: string;
  /** The plain key type (a certificate's certified key type; the type itself otherwise). */
  readonly plainType: string;
  /** Undefined for a type this module does not read (its fields are then left alone). */
  readonly family?: SshKeyFamily;
  /** RSA: modulus bits; DSA: bits of p; ECDSA: the curve's size; Ed25519: 256; Ed448: 448. */
  readonly keyBits?: number;
  /** SEC 2 name of an ECDSA key's curve. */
  readonly curve?: string;
  /** A FIDO security key's application string (PROTOCOL.u2f), typically `ssh:`. */
  readonly application?: string;
  /** `SHA256:` and the unpadded base64 of the SHA-256 of the plain key blob (what `ssh-keygen -l` prints). */
  readonly fingerprint: string;
  readonly certificate?: SshCertificate;
}

/** The fields of an OpenSSH v01 certificate this extractor reports. */
export interface SshCertificate {
  readonly kind: 'user' | 'host';
  /** Decimal. */
  readonly serial: string;
  readonly keyId: string;
  /** Empty means valid for any principal. */
  readonly principals: readonly string[];
  /** Seconds since 1970-01-01 UTC. */
  readonly validAfter: bigint;
  /** Seconds since 1970-01-01 UTC; FOREVER for no end. */
  readonly validBefore: bigint;
  readonly criticalOptions: readonly string[];
  readonly extensions: readonly string[];
  /** The CA key. */
  readonly signatureKey: SshPublicKey;
  /** The signature's algorithm name (ssh-rsa means SHA-1, RFC 8332 §3). */
  readonly signatureAlgorithm: string;
}

/** Why a blob does not read. */
export type BlobErrorCode =
  | 'truncated' | 'trailing-data' | 'negative-mpint' | 'mpint-too-large' | 'curve-mismatch' | 'bad-point' | 'bad-key-length'
  | 'unknown-certificate-type' | 'chained-certificate' | 'signature-mismatch' | 'empty-key' | 'empty-type';

/** A blob that does not read, with the code and the words (a type name, a length) that say more. */
export interface BlobError {
  readonly code: BlobErrorCode;
  readonly detail?: string;
}

export type BlobResult = { readonly ok: true; readonly key: SshPublicKey } | { readonly ok: false; readonly error: BlobError };

/** Thrown inside this module only, caught by parseKeyBlob. */
class Invalid extends Error {
  constructor(readonly blobError: BlobError) {
    super(blobError.code);
  }
}

/**
 * Reads an SSH public key or certificate blob (the decoded base64 of a key line).
 * @example
 * const r = parseKeyBlob(decoded);
 * if (r.ok) console.log(r.key.type, r.key.keyBits, r.key.fingerprint); // 'ssh-rsa' 3072 'SHA256:/Bop95B0t...'
 */
export function parseKeyBlob(blob: Uint8Array): BlobResult {
  try {
    return { ok: true, key: readKey(blob, true) };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, error: e.blobError };
    if (e instanceof WireError) return { ok: false, error: { code: e.code } };
    throw e;
  }
}

/**
 * The type name a blob starts with, or undefined when even that does not read.
 * @example
 * blobType(new Uint8Array([0, 0, 0, 7, ...new TextEncoder().encode('ssh-rsa')])); // 'ssh-rsa'
 */
export function blobType(blob: Uint8Array): string | undefined {
  try {
    return new WireReader(blob).text();
  } catch {
    return undefined;
  }
}

function readKey(blob: Uint8Array, allowCertificate: boolean): SshPublicKey {
  const r = new WireReader(blob);
  const type = r.text();
  if (type === '') throw new Invalid({ code: 'empty-type' });
  const certified = CERTIFICATES.get(type);
  if (certified !== undefined) {
    if (!allowCertificate) throw new Invalid({ code: 'chained-certificate', detail: type });
    return readCertificate(r, type, certified);
  }
  const plain = PLAIN.get(type);
  if (plain === undefined) return { type, plainType: type, fingerprint: fingerprint(blob) };
  const fields = readFields(r, type, plain);
  if (r.remaining !== 0) throw new Invalid({ code: 'trailing-data', detail: String(r.remaining) });
  return { type, plainType: type, family: plain.family, ...fields, fingerprint: fingerprint(blob) };
}

/** The fields after the type name, shared by plain keys and certificates. */
function readFields(r: WireReader, type: string, t: PlainType): { keyBits: number; curve?: string; application?: string } {
  let keyBits: number;
  let curve: string | undefined;
  switch (t.family) {
    case 'rsa': {
      r.mpintBits(); // e
      keyBits = r.mpintBits();
      break;
    }
    case 'dsa': {
      keyBits = r.mpintBits(); // p
      r.mpintBits(); // q
      r.mpintBits(); // g
      r.mpintBits(); // y
      break;
    }
    case 'ecdsa': {
      const c = t.curve!;
      const named = r.text();
      if (named !== c.ssh) throw new Invalid({ code: 'curve-mismatch', detail: `${named} in ${type}` });
      const q = r.string();
      if (q.length !== c.pointOctets || q[0] !== 0x04) throw new Invalid({ code: 'bad-point', detail: c.ssh });
      keyBits = c.bits;
      curve = c.sec;
      break;
    }
    case 'ed25519':
    case 'ed448': {
      const pk = r.string();
      if (pk.length !== t.rawOctets) throw new Invalid({ code: 'bad-key-length', detail: `${pk.length}/${t.rawOctets!}` });
      // ssh-keygen -l prints 256 for Ed25519 (the octets' bits); Ed448 is named by its curve's size, as RFC 8032 does.
      keyBits = t.family === 'ed448' ? 448 : t.rawOctets! * 8;
      break;
    }
  }
  if (keyBits === 0) throw new Invalid({ code: 'empty-key' });
  const application = t.securityKey ? r.text() : undefined;
  return { keyBits, ...(curve !== undefined ? { curve } : {}), ...(application !== undefined ? { application } : {}) };
}

function readCertificate(r: WireReader, type: string, plainType: string): SshPublicKey {
  const plain = PLAIN.get(plainType)!;
  r.string(); // nonce
  const keyStart = r.offset;
  const fields = readFields(r, plainType, plain);
  const keyFields = r.slice(keyStart);
  const serial = r.uint64();
  const kindCode = r.uint32();
  const kind = CERT_KINDS.get(kindCode);
  if (kind === undefined) throw new Invalid({ code: 'unknown-certificate-type', detail: String(kindCode) });
  const keyId = r.text();
  const principals = stringList(r.string(), MAX_PRINCIPALS);
  const validAfter = r.uint64();
  const validBefore = r.uint64();
  const criticalOptions = optionNames(r.string(), MAX_OPTIONS);
  const extensions = optionNames(r.string(), MAX_OPTIONS);
  r.string(); // reserved
  const signatureKey = readKey(r.string(), false);
  const signature = new WireReader(r.string());
  const signatureAlgorithm = signature.text();
  signature.string(); // the signature itself
  if (r.remaining !== 0) throw new Invalid({ code: 'trailing-data', detail: String(r.remaining) });
  const fits = signatureKey.family === 'rsa' ? RSA_SIGNATURES.has(signatureAlgorithm) : signatureAlgorithm === signatureKey.type;
  if (signatureKey.family !== undefined && !fits) {
    throw new Invalid({ code: 'signature-mismatch', detail: `${signatureAlgorithm} / ${signatureKey.type}` });
  }
  // The certified key's fingerprint is that of the plain key: its type name, then the same fields.
  const plainBlob = concat(sshString(plainType), keyFields);
  return {
    type, plainType, family: plain.family, ...fields, fingerprint: fingerprint(plainBlob),
    certificate: {
      kind, serial: serial.toString(), keyId, principals, validAfter, validBefore, criticalOptions, extensions, signatureKey,
      signatureAlgorithm,
    },
  };
}

function sshString(text: string): Uint8Array {
  const body = new TextEncoder().encode(text);
  const out = new Uint8Array(4 + body.length);
  new DataView(out.buffer).setUint32(0, body.length);
  out.set(body, 4);
  return out;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

function fingerprint(blob: Uint8Array): string {
  return `SHA256:${encodeBase64Unpadded(sha256(blob))}`;
}

/**
 * Whether a name is a key or certificate type this module reads.
 * @example
 * isKnownKeyType('ssh-ed25519'); // true
 * isKnownKeyType('ssh-ed25519-cert-v01@openssh.com'); // true
 */
export function isKnownKeyType(name: string): boolean {
  return PLAIN.has(name) || CERTIFICATES.has(name);
}

/**
 * A certificate time (seconds since 1970 UTC) as ISO 8601 without fractions, or undefined for FOREVER and for times a
 * JavaScript Date cannot hold.
 * @example
 * certificateTime(2051222400n); // '2035-01-01T00:00:00Z'
 */
export function certificateTime(seconds: bigint): string | undefined {
  if (seconds === FOREVER || seconds > 8_640_000_000_000n) return undefined;
  return `${new Date(Number(seconds) * 1000).toISOString().slice(0, 19)}Z`;
}
