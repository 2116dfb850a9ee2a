/**
 * WebCrypto (`globalThis.crypto.subtle`, W3C Web Cryptography API as Node 20 implements it) adapters for the algorithm
 * benchmark: SHA-1/SHA-2 `digest`, HMAC `sign`, AES-GCM/CTR/CBC `encrypt`, ECDSA/Ed25519/RSA-PSS `sign`/`verify`, ECDH and
 * X25519 `deriveBits`. Node 20's WebCrypto has no SHA-3, SHAKE, CCM, CMAC, ChaCha20-Poly1305, Camellia or Triple DES, so those
 * rows have no WebCrypto column. Keys are imported once per binding, as an application would keep a CryptoKey.
 * @module
 */
import type { AgreementImplementation, BulkImplementation, SignatureImplementation } from './types.js';

const subtle = globalThis.crypto.subtle;

const need = (value: Uint8Array | undefined, name: string): Uint8Array => {
  if (!value) throw new TypeError(`missing parameter: ${name}`);
  return value;
};

/**
 * A digest by its WebCrypto name (`SHA-1`, `SHA-256`, `SHA-384`, `SHA-512`).
 * @example
 * const fn = await webDigest('SHA-256').bind({}); await fn(new Uint8Array(0));
 */
export function webDigest(name: string): BulkImplementation {
  return { bind: async () => async (m) => new Uint8Array(await subtle.digest(name, m)) };
}

/**
 * HMAC with a WebCrypto hash name.
 * @example
 * const fn = await webHmac('SHA-256').bind({ key: new Uint8Array(32) }); await fn(new Uint8Array(64));
 */
export function webHmac(hash: string): BulkImplementation {
  return {
    bind: async (p) => {
      const key = await subtle.importKey('raw', need(p.key, 'key'), { name: 'HMAC', hash }, false, ['sign']);
      return async (m) => new Uint8Array(await subtle.sign('HMAC', key, m));
    },
  };
}

/**
 * AES-GCM; WebCrypto appends the tag to the ciphertext, which is the shape every AEAD row compares.
 * @example
 * const fn = await webAesGcm.bind({ key: new Uint8Array(16), iv: new Uint8Array(12), tagLength: 16 });
 */
export const webAesGcm: BulkImplementation = {
  bind: async (p) => {
    const key = await subtle.importKey('raw', need(p.key, 'key'), 'AES-GCM', false, ['encrypt']);
    const iv = need(p.iv, 'iv');
    const algorithm = { name: 'AES-GCM', iv, tagLength: (p.tagLength ?? 16) * 8, ...(p.aad ? { additionalData: p.aad } : {}) };
    return async (m) => new Uint8Array(await subtle.encrypt(algorithm, key, m));
  },
};

/**
 * AES-CTR with the whole 128-bit block as the counter (`length: 128`), as SP 800-38A's examples and OpenSSL increment it.
 * @example
 * const fn = await webAesCtr.bind({ key: new Uint8Array(16), iv: new Uint8Array(16) });
 */
export const webAesCtr: BulkImplementation = {
  bind: async (p) => {
    const key = await subtle.importKey('raw', need(p.key, 'key'), 'AES-CTR', false, ['encrypt']);
    const algorithm = { name: 'AES-CTR', counter: need(p.iv, 'iv'), length: 128 };
    return async (m) => new Uint8Array(await subtle.encrypt(algorithm, key, m));
  },
};

/**
 * AES-CBC. WebCrypto always pads (PKCS#7), which adds one whole block to a block-aligned message; that block is dropped so
 * the output compares with unpadded CBC (the extra block's cost stays in the timing, as it would for a caller).
 * @example
 * const fn = await webAesCbc.bind({ key: new Uint8Array(16), iv: new Uint8Array(16) });
 */
export const webAesCbc: BulkImplementation = {
  note: 'always PKCS#7-padded: one extra block per message',
  bind: async (p) => {
    const key = await subtle.importKey('raw', need(p.key, 'key'), 'AES-CBC', false, ['encrypt']);
    const algorithm = { name: 'AES-CBC', iv: need(p.iv, 'iv') };
    return async (m) => new Uint8Array(await subtle.encrypt(algorithm, key, m)).subarray(0, m.length);
  },
};

type KeyAlgorithm = { name: string; namedCurve?: string; hash?: string };

function signer(algorithm: KeyAlgorithm, params: Record<string, unknown>, deterministic: boolean): SignatureImplementation {
  return {
    deterministic,
    bind: async (keys) => {
      const priv = await subtle.importKey('jwk', keys.privateKey, algorithm, false, ['sign']);
      const pub = await subtle.importKey('jwk', keys.publicKey, algorithm, false, ['verify']);
      const use = { name: algorithm.name, ...params };
      return {
        sign: async (m) => new Uint8Array(await subtle.sign(use, priv, m)),
        verify: (m, s) => subtle.verify(use, pub, s, m),
      };
    },
  };
}

/**
 * ECDSA P-256 with SHA-256 (signature r || s).
 * @example
 * const s = await webEcdsaP256.bind(keys); await s.verify(msg, await s.sign(msg)); // true
 */
export const webEcdsaP256 = signer({ name: 'ECDSA', namedCurve: 'P-256' }, { hash: 'SHA-256' }, false);
/**
 * Ed25519 (Secure Curves in WebCrypto, as Node 20 supports it).
 * @example
 * const s = await webEd25519.bind(keys); await s.sign(new Uint8Array(0));
 */
export const webEd25519 = signer({ name: 'Ed25519' }, {}, true);
/**
 * RSA-PSS with SHA-256 and a 32-byte salt.
 * @example
 * const s = await webRsaPss.bind(keys); await s.sign(msg);
 */
export const webRsaPss = signer({ name: 'RSA-PSS', hash: 'SHA-256' }, { saltLength: 32 }, false);

function agreement(algorithm: KeyAlgorithm): AgreementImplementation {
  return {
    bind: async (own, peer) => {
      const priv = await subtle.importKey('jwk', own, algorithm, false, ['deriveBits']);
      const pub = await subtle.importKey('jwk', peer, algorithm, false, []);
      return async () => new Uint8Array(await subtle.deriveBits({ name: algorithm.name, public: pub }, priv, 256));
    },
  };
}

/**
 * ECDH on P-256 (`deriveBits` of 256 bits: the x-coordinate).
 * @example
 * const derive = await webEcdhP256.bind(own, peer); await derive();
 */
export const webEcdhP256 = agreement({ name: 'ECDH', namedCurve: 'P-256' });
/**
 * X25519 (`deriveBits` of 256 bits).
 * @example
 * const derive = await webX25519.bind(own, peer); await derive();
 */
export const webX25519 = agreement({ name: 'X25519' });
