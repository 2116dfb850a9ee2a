/**
 * Byte helpers for the algorithm benchmark: hex (with spaces allowed, as standards print it), base64url for JSON Web Keys
 * (RFC 7515 §2, no padding), comparison, and the JWK shapes of RFC 7518 §6.2 (EC) and RFC 8037 §2 (OKP).
 * @module
 */
import type { JsonWebKey } from 'node:crypto';

/**
 * Decodes hex, ignoring whitespace (vectors are copied in the grouping their standard prints).
 * @example
 * hex('61 62 63'); // Uint8Array [0x61, 0x62, 0x63]
 */
export function hex(text: string): Uint8Array {
  const clean = text.replace(/\s+/g, '');
  if (clean.length % 2 !== 0 || /[^0-9a-fA-F]/.test(clean)) throw new RangeError(`hex: not an even run of hex digits: ${text.slice(0, 40)}`);
  return Uint8Array.from(Buffer.from(clean, 'hex'));
}

/**
 * Encodes bytes as lower-case hex.
 * @example
 * toHex(new Uint8Array([1, 255])); // '01ff'
 */
export function toHex(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
}

/**
 * The bytes of an ASCII or UTF-8 string.
 * @example
 * utf8('abc'); // Uint8Array [0x61, 0x62, 0x63]
 */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/**
 * Whether two byte arrays hold the same bytes.
 * @example
 * equalBytes(hex('00ff'), new Uint8Array([0, 255])); // true
 */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Concatenates byte arrays.
 * @example
 * concat(hex('01'), hex('02')); // Uint8Array [1, 2]
 */
export function concat(...parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * Base64url without padding (RFC 7515 §2), as JWK members are written.
 * @example
 * b64u(hex('fbff')); // '-_8'
 */
export function b64u(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64url');
}

/**
 * Decodes a base64url JWK member; a missing member is a TypeError naming it.
 * @example
 * fromB64u('-_8', 'x'); // Uint8Array [0xfb, 0xff]
 */
export function fromB64u(value: string | undefined, member: string): Uint8Array {
  if (typeof value !== 'string') throw new TypeError(`JWK member "${member}" is missing`);
  return Uint8Array.from(Buffer.from(value, 'base64url'));
}

/**
 * A P-256 JWK (RFC 7518 §6.2) from the coordinates and, for a private key, the scalar.
 * @example
 * ecJwk(new Uint8Array(32), new Uint8Array(32)); // { kty: 'EC', crv: 'P-256', x: 'AAAA…', y: 'AAAA…' }
 */
export function ecJwk(x: Uint8Array, y: Uint8Array, d?: Uint8Array): JsonWebKey {
  return { kty: 'EC', crv: 'P-256', x: b64u(x), y: b64u(y), ...(d ? { d: b64u(d) } : {}) };
}

/**
 * An OKP JWK (RFC 8037 §2) for Ed25519 or X25519 from the public key and, for a private key, the private bytes.
 * @example
 * okpJwk('Ed25519', new Uint8Array(32)); // { kty: 'OKP', crv: 'Ed25519', x: 'AAAA…' }
 */
export function okpJwk(crv: 'Ed25519' | 'X25519', x: Uint8Array, d?: Uint8Array): JsonWebKey {
  return { kty: 'OKP', crv, x: b64u(x), ...(d ? { d: b64u(d) } : {}) };
}

/**
 * The public half of a private JWK (drops the private members of RFC 7518 §6.2.2, §6.3.2 and RFC 8037 §2).
 * @example
 * publicOf({ kty: 'OKP', crv: 'X25519', x: '…', d: '…' }); // { kty: 'OKP', crv: 'X25519', x: '…' }
 */
export function publicOf(jwk: JsonWebKey): JsonWebKey {
  const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...rest } = jwk;
  return rest;
}
