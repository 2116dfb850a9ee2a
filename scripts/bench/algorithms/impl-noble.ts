/**
 * Pure-JavaScript adapters for the algorithm benchmark: @noble/hashes (SHA-1, SHA-2, SHA-3, SHAKE, MD5, HMAC), @noble/ciphers
 * (AES-GCM/CTR/CBC, CMAC, ChaCha20-Poly1305) and @noble/curves (ECDSA P-256, Ed25519, ECDH P-256, X25519), each used as its
 * README documents (v2 APIs: `sha256(msg)`, `gcm(key, nonce, aad).encrypt(msg)`, `p256.sign(msg, secretKey, opts)`).
 * Keys arrive as JWK and are turned into the raw bytes noble takes: 32-byte scalars and seeds, 0x04 || x || y points.
 * @module
 */
import type { JsonWebKey } from 'node:crypto';
import { cbc, cmac, ctr, gcm } from '@noble/ciphers/aes.js';
import { chacha20poly1305 } from '@noble/ciphers/chacha.js';
import { ed25519, x25519 } from '@noble/curves/ed25519.js';
import { p256 } from '@noble/curves/nist.js';
import { hmac } from '@noble/hashes/hmac.js';
import { md5, sha1 } from '@noble/hashes/legacy.js';
import { sha256, sha384, sha512, sha512_256 } from '@noble/hashes/sha2.js';
import { sha3_256, sha3_384, sha3_512, shake128, shake256 } from '@noble/hashes/sha3.js';
import { concat, fromB64u } from './bytes.js';
import type { AgreementImplementation, BulkImplementation, SignatureImplementation } from './types.js';

const need = (value: Uint8Array | undefined, name: string): Uint8Array => {
  if (!value) throw new TypeError(`missing parameter: ${name}`);
  return value;
};

const HASHES = { sha1, md5, sha256, sha384, sha512, sha512_256, sha3_256, sha3_384, sha3_512 } as const;
const XOFS = { shake128, shake256 } as const;

/**
 * A fixed-length hash from @noble/hashes.
 * @example
 * const fn = await nobleHash('sha256').bind({}); fn(new Uint8Array(0));
 */
export function nobleHash(name: keyof typeof HASHES): BulkImplementation {
  const h = HASHES[name];
  return { bind: async () => (m) => h(m) };
}

/**
 * SHAKE128/256 from @noble/hashes with the output length as `dkLen`.
 * @example
 * const fn = await nobleXof('shake128').bind({ outputLength: 32 }); fn(new Uint8Array(0));
 */
export function nobleXof(name: keyof typeof XOFS): BulkImplementation {
  const h = XOFS[name];
  return {
    bind: async (p) => {
      const dkLen = p.outputLength ?? 32;
      return (m) => h(m, { dkLen });
    },
  };
}

/**
 * HMAC-SHA-256 from @noble/hashes.
 * @example
 * const fn = await nobleHmacSha256.bind({ key: new Uint8Array(32) }); fn(new Uint8Array(64));
 */
export const nobleHmacSha256: BulkImplementation = {
  bind: async (p) => {
    const key = need(p.key, 'key');
    return (m) => hmac(sha256, key, m);
  },
};

/**
 * AES-GCM from @noble/ciphers (16-byte tag appended).
 * @example
 * const fn = await nobleAesGcm.bind({ key: new Uint8Array(16), iv: new Uint8Array(12) });
 */
export const nobleAesGcm: BulkImplementation = {
  bind: async (p) => {
    const key = need(p.key, 'key');
    const iv = need(p.iv, 'iv');
    if ((p.tagLength ?? 16) !== 16) throw new RangeError('tagLength: @noble/ciphers GCM produces 16-byte tags only');
    return (m) => gcm(key, iv, p.aad).encrypt(m);
  },
};

/**
 * AES-CTR from @noble/ciphers, the 16-byte IV being the initial counter block.
 * @example
 * const fn = await nobleAesCtr.bind({ key: new Uint8Array(16), iv: new Uint8Array(16) });
 */
export const nobleAesCtr: BulkImplementation = {
  bind: async (p) => {
    const key = need(p.key, 'key');
    const iv = need(p.iv, 'iv');
    return (m) => ctr(key, iv).encrypt(m);
  },
};

/**
 * AES-CBC from @noble/ciphers without padding.
 * @example
 * const fn = await nobleAesCbc.bind({ key: new Uint8Array(16), iv: new Uint8Array(16) });
 */
export const nobleAesCbc: BulkImplementation = {
  bind: async (p) => {
    const key = need(p.key, 'key');
    const iv = need(p.iv, 'iv');
    return (m) => cbc(key, iv, { disablePadding: true }).encrypt(m);
  },
};

/**
 * AES-CMAC from @noble/ciphers.
 * @example
 * const fn = await nobleCmac.bind({ key: new Uint8Array(16) }); fn(new Uint8Array(64));
 */
export const nobleCmac: BulkImplementation = {
  bind: async (p) => {
    const key = need(p.key, 'key');
    return (m) => cmac(m, key);
  },
};

/**
 * ChaCha20-Poly1305 (RFC 8439) from @noble/ciphers.
 * @example
 * const fn = await nobleChaCha20Poly1305.bind({ key: new Uint8Array(32), iv: new Uint8Array(12) });
 */
export const nobleChaCha20Poly1305: BulkImplementation = {
  bind: async (p) => {
    const key = need(p.key, 'key');
    const iv = need(p.iv, 'iv');
    return (m) => chacha20poly1305(key, iv, p.aad).encrypt(m);
  },
};

const ecPoint = (jwk: JsonWebKey): Uint8Array => concat(Uint8Array.of(4), fromB64u(jwk.x, 'x'), fromB64u(jwk.y, 'y'));

/**
 * ECDSA P-256 with SHA-256 from @noble/curves. Signing is deterministic (RFC 6979); `lowS: false` because P-256 signatures
 * from OpenSSL and WebCrypto, and RFC 6979's own examples, may carry a high s, which the low-s default would refuse.
 * @example
 * const s = await nobleEcdsaP256.bind(keys); s.verify(msg, await s.sign(msg)); // true
 */
export const nobleEcdsaP256: SignatureImplementation = {
  deterministic: true,
  bind: async (keys) => {
    const secret = fromB64u(keys.privateKey.d, 'd');
    const point = ecPoint(keys.publicKey);
    return {
      sign: (m) => p256.sign(m, secret, { lowS: false }),
      verify: (m, s) => p256.verify(s, m, point, { lowS: false }),
    };
  },
};

/**
 * Ed25519 (RFC 8032) from @noble/curves; the JWK `d` member is the 32-byte seed.
 * @example
 * const s = await nobleEd25519.bind(keys); await s.sign(new Uint8Array(0));
 */
export const nobleEd25519: SignatureImplementation = {
  deterministic: true,
  bind: async (keys) => {
    const seed = fromB64u(keys.privateKey.d, 'd');
    const pub = fromB64u(keys.publicKey.x, 'x');
    return {
      sign: (m) => ed25519.sign(m, seed),
      verify: (m, s) => ed25519.verify(s, m, pub),
    };
  },
};

/**
 * ECDH on P-256 from @noble/curves: the shared point comes compressed (0x02/0x03 || x), so the x-coordinate is its tail.
 * @example
 * const derive = await nobleEcdhP256.bind(own, peer); derive(); // 32 bytes
 */
export const nobleEcdhP256: AgreementImplementation = {
  bind: async (own, peer) => {
    const secret = fromB64u(own.d, 'd');
    const point = ecPoint(peer);
    return () => p256.getSharedSecret(secret, point).subarray(1);
  },
};

/**
 * X25519 (RFC 7748) from @noble/curves.
 * @example
 * const derive = await nobleX25519.bind(own, peer); derive(); // 32 bytes
 */
export const nobleX25519: AgreementImplementation = {
  bind: async (own, peer) => {
    const secret = fromB64u(own.d, 'd');
    const pub = fromB64u(peer.x, 'x');
    return () => x25519.getSharedSecret(secret, pub);
  },
};
