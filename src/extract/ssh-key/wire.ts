/**
 * A bounded reader of the SSH wire encoding (RFC 4251 §5: uint32, uint64, string, mpint, name-list) and the strict base64
 * (RFC 4648 §4, padded) that OpenSSH writes key blobs in.
 *
 * Why a reader of our own rather than a dependency: a public key or certificate blob is a short run of length-prefixed
 * fields (RFC 4253 §6.6, RFC 5656 §3.1, RFC 8709 §4, OpenSSH PROTOCOL.certkeys and PROTOCOL.u2f), and all this extractor
 * needs from them is field boundaries, the bit length of an integer and a few strings. Every read checks the bytes left
 * before it moves, so a length prefix that lies ends the read with a `WireError`, never with a large allocation or a loop.
 * @module
 */

/** Why a blob could not be read. */
export type WireErrorCode = 'truncated' | 'negative-mpint' | 'mpint-too-large';

/** A read past the end of the blob or a malformed field. Caught by the blob parser; it never leaves this folder. */
export class WireError extends Error {
  constructor(readonly code: WireErrorCode, readonly offset: number) {
    super(`${code} at octet ${offset}`);
    this.name = 'WireError';
  }
}

/**
 * OpenSSH refuses integers longer than SSHBUF_MAX_BIGNUM = 16384 / 8 octets (sshbuf.h, OpenSSH 9.2), plus the sign octet
 * RFC 4251 §5 asks for when the top bit is set.
 */
export const MAX_MPINT_OCTETS = 16384 / 8 + 1;

const utf8 = new TextDecoder('utf-8', { fatal: false });

/** Reads RFC 4251 §5 fields from a byte array, front to back. */
export class WireReader {
  private pos = 0;
  constructor(private readonly bytes: Uint8Array) {}

  /** The offset of the next field. */
  get offset(): number {
    return this.pos;
  }

  /** Octets not read yet. */
  get remaining(): number {
    return this.bytes.length - this.pos;
  }

  private need(n: number): void {
    if (n > this.bytes.length - this.pos) throw new WireError('truncated', this.pos);
  }

  /** uint32, big-endian. */
  uint32(): number {
    this.need(4);
    const b = this.bytes;
    const p = this.pos;
    this.pos += 4;
    return ((b[p]! << 24) >>> 0) + (b[p + 1]! << 16) + (b[p + 2]! << 8) + b[p + 3]!;
  }

  /** uint64, big-endian. */
  uint64(): bigint {
    const high = this.uint32();
    const low = this.uint32();
    return (BigInt(high) << 32n) | BigInt(low);
  }

  /** A string's octets (a view, not a copy). */
  string(): Uint8Array {
    const start = this.pos;
    const length = this.uint32();
    if (length > this.remaining) throw new WireError('truncated', start);
    const out = this.bytes.subarray(this.pos, this.pos + length);
    this.pos += length;
    return out;
  }

  /** A string read as UTF-8 text (RFC 4251 §5 uses UTF-8 for names and comments); bad sequences become U+FFFD. */
  text(): string {
    return utf8.decode(this.string());
  }

  /** An mpint's bit length (0 for zero). Negative values and integers longer than OpenSSH reads are errors. */
  mpintBits(): number {
    const start = this.pos;
    const v = this.string();
    if (v.length > MAX_MPINT_OCTETS) throw new WireError('mpint-too-large', start);
    if (v.length > 0 && (v[0]! & 0x80) !== 0) throw new WireError('negative-mpint', start);
    return bitLength(v);
  }

  /** The octets from `from` to the current offset (for re-encoding a part of the blob). */
  slice(from: number): Uint8Array {
    return this.bytes.subarray(from, this.pos);
  }
}

/**
 * The bit length of a big-endian unsigned integer (leading zero octets do not count).
 * @example
 * bitLength(new Uint8Array([0, 0x80, 0])); // 16
 */
export function bitLength(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b !== 0) return (bytes.length - i - 1) * 8 + (32 - Math.clz32(b));
  }
  return 0;
}

/**
 * Packed strings inside a string (the principals of a certificate), at most `max` of them.
 * @example
 * stringList(new Uint8Array([0, 0, 0, 1, 0x61, 0, 0, 0, 1, 0x62]), 10); // ['a', 'b']
 */
export function stringList(bytes: Uint8Array, max: number): string[] {
  const r = new WireReader(bytes);
  const out: string[] = [];
  while (r.remaining > 0 && out.length < max) out.push(r.text());
  return out;
}

/**
 * Names of (name, data) pairs packed inside a string (critical options and extensions, PROTOCOL.certkeys).
 * @example
 * optionNames(new Uint8Array([0, 0, 0, 1, 0x78, 0, 0, 0, 0]), 10); // ['x']
 */
export function optionNames(bytes: Uint8Array, max: number): string[] {
  const r = new WireReader(bytes);
  const out: string[] = [];
  while (r.remaining > 0 && out.length < max) {
    out.push(r.text());
    r.string();
  }
  return out;
}

const B64 = new Int8Array(128).fill(-1);
for (const [i, c] of [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].entries()) B64[c.charCodeAt(0)] = i;

/** Where base64 text stops being base64 (the offset of the first bad character), or the decoded octets. */
export type Base64Result = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly offset: number };

/**
 * Decodes standard, padded base64 (RFC 4648 §4) as OpenSSH's b64_pton does for key blobs: a length that is a multiple of
 * four, at most two `=` at the end, no whitespace. ssh-keygen 9.2 refuses a key whose padding was dropped.
 * @example
 * decodeBase64('AAAAB3Nz'); // { ok: true, bytes: Uint8Array [0, 0, 0, 7, 115, 115] }
 * decodeBase64('AA!A');     // { ok: false, offset: 2 }
 */
export function decodeBase64(text: string): Base64Result {
  let end = text.length;
  let pad = 0;
  while (pad < 2 && end > 0 && text.charCodeAt(end - 1) === 61) {
    end--;
    pad++;
  }
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || B64[c] === -1) return { ok: false, offset: i };
  }
  if (text.length % 4 !== 0 || end === 0) return { ok: false, offset: text.length };
  const out = new Uint8Array((end * 3) >> 2);
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < end; i++) {
    acc = ((acc << 6) | B64[text.charCodeAt(i)]!) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return { ok: true, bytes: out.subarray(0, o) };
}

/**
 * Standard base64 of octets without padding, as OpenSSH prints SHA256 fingerprints (sshkey_fingerprint, SSH_DIGEST_SHA256).
 * @example
 * encodeBase64Unpadded(new Uint8Array([0xfb])); // '+w'
 */
export function encodeBase64Unpadded(bytes: Uint8Array): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += alphabet[n >> 18]! + alphabet[(n >> 12) & 63]! + alphabet[(n >> 6) & 63]! + alphabet[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += alphabet[n >> 18]! + alphabet[(n >> 12) & 63]!;
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += alphabet[n >> 18]! + alphabet[(n >> 12) & 63]! + alphabet[(n >> 6) & 63]!;
  }
  return out;
}
