/**
 * node:crypto (OpenSSL) adapters for the algorithm benchmark: hashes and XOFs (`createHash`, with `outputLength` for SHAKE),
 * HMAC, block-cipher modes and AEADs (`createCipheriv`), CMAC composed from AES-CBC, and one-shot `sign`/`verify`/
 * `diffieHellman` over KeyObjects imported from JWK. Follows the Node 20 `crypto` documentation (cipher names are OpenSSL's:
 * `aes-128-gcm`, `camellia-128-cbc`, `des-ede3-cbc`, `chacha20-poly1305`).
 * @module
 */
import {
  constants, createCipheriv, createHash, createHmac, createPrivateKey, createPublicKey, diffieHellman, sign, verify,
  type CipherCCMTypes, type CipherGCMTypes, type JsonWebKey, type KeyObject,
} from 'node:crypto';
import type { AgreementImplementation, BulkImplementation, BulkParams, SignatureImplementation } from './types.js';

const need = (value: Uint8Array | undefined, name: string): Uint8Array => {
  if (!value) throw new TypeError(`missing parameter: ${name}`);
  return value;
};

const asBytes = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

/**
 * A hash or XOF by its OpenSSL name.
 * @example
 * const fn = await nodeHash('sha256').bind({}); fn(new Uint8Array(0));
 */
export function nodeHash(name: string): BulkImplementation {
  return {
    bind: async (p: BulkParams) => {
      const options = p.outputLength === undefined ? undefined : { outputLength: p.outputLength };
      return (m) => asBytes(createHash(name, options).update(m).digest());
    },
  };
}

/**
 * HMAC over an OpenSSL digest.
 * @example
 * const fn = await nodeHmac('sha256').bind({ key: new Uint8Array(32) }); fn(new Uint8Array(64));
 */
export function nodeHmac(digest: string): BulkImplementation {
  return {
    bind: async (p) => {
      const key = need(p.key, 'key');
      return (m) => asBytes(createHmac(digest, key).update(m).digest());
    },
  };
}

/**
 * An unauthenticated block-cipher mode (CBC, CTR) without padding: benchmark messages are whole blocks.
 * @example
 * const fn = await nodeCipher('aes-128-ctr').bind({ key: new Uint8Array(16), iv: new Uint8Array(16) });
 */
export function nodeCipher(name: string): BulkImplementation {
  return {
    bind: async (p) => {
      const key = need(p.key, 'key');
      const iv = need(p.iv, 'iv');
      return (m) => {
        const c = createCipheriv(name, key, iv).setAutoPadding(false);
        return asBytes(Buffer.concat([c.update(m), c.final()]));
      };
    },
  };
}

/**
 * AES-GCM or ChaCha20-Poly1305: returns ciphertext followed by the tag.
 * @example
 * const fn = await nodeAead('aes-128-gcm').bind({ key: new Uint8Array(16), iv: new Uint8Array(12), tagLength: 16 });
 */
export function nodeAead(name: CipherGCMTypes | 'chacha20-poly1305'): BulkImplementation {
  return {
    bind: async (p) => {
      const key = need(p.key, 'key');
      const iv = need(p.iv, 'iv');
      const authTagLength = p.tagLength ?? 16;
      return (m) => {
        const c = createCipheriv(name as CipherGCMTypes, key, iv, { authTagLength });
        if (p.aad) c.setAAD(p.aad);
        return asBytes(Buffer.concat([c.update(m), c.final(), c.getAuthTag()]));
      };
    },
  };
}

/**
 * AES-CCM (SP 800-38C): OpenSSL needs the plaintext length before the AAD, and the tag length up front.
 * @example
 * const fn = await nodeCcm('aes-128-ccm').bind({ key: new Uint8Array(16), iv: new Uint8Array(12), tagLength: 16 });
 */
export function nodeCcm(name: CipherCCMTypes): BulkImplementation {
  return {
    bind: async (p) => {
      const key = need(p.key, 'key');
      const iv = need(p.iv, 'iv');
      const authTagLength = p.tagLength ?? 16;
      return (m) => {
        const c = createCipheriv(name, key, iv, { authTagLength });
        c.setAAD(p.aad ?? new Uint8Array(0), { plaintextLength: m.length });
        return asBytes(Buffer.concat([c.update(m), c.final(), c.getAuthTag()]));
      };
    },
  };
}

/** Doubling in GF(2^128) as SP 800-38B §6.1 defines it for subkey generation (shift left, xor 0x87 on carry). */
function dbl(block: Uint8Array): Uint8Array {
  const out = new Uint8Array(16);
  for (let i = 0; i < 16; i++) out[i] = ((block[i]! << 1) | (i < 15 ? block[i + 1]! >>> 7 : 0)) & 0xff;
  if (block[0]! & 0x80) out[15]! ^= 0x87;
  return out;
}

/**
 * AES-CMAC (SP 800-38B) built on node:crypto's AES-CBC, since Node 20 has no CMAC API: CBC-MAC with a zero IV over the
 * message whose last block is xored with subkey K1 (whole block) or padded with 10* and xored with K2.
 * @example
 * const fn = await nodeCmac('aes-128-cbc').bind({ key: new Uint8Array(16) }); fn(new Uint8Array(64)); // 16-byte tag
 */
export function nodeCmac(cbcName: 'aes-128-cbc' | 'aes-256-cbc'): BulkImplementation {
  return {
    note: 'composed from node:crypto AES-CBC (Node 20 has no CMAC API)',
    bind: async (p) => {
      const key = need(p.key, 'key');
      const zero = new Uint8Array(16);
      const l = createCipheriv(cbcName, key, zero).setAutoPadding(false).update(zero);
      const k1 = dbl(l);
      const k2 = dbl(k1);
      return (m) => {
        const whole = m.length > 0 && m.length % 16 === 0;
        const headLength = whole ? m.length - 16 : m.length - (m.length % 16);
        const last = new Uint8Array(16);
        last.set(m.subarray(headLength));
        if (!whole) last[m.length - headLength] = 0x80;
        const k = whole ? k1 : k2;
        for (let i = 0; i < 16; i++) last[i]! ^= k[i]!;
        const c = createCipheriv(cbcName, key, zero).setAutoPadding(false);
        if (headLength > 0) c.update(m.subarray(0, headLength));
        const tail = c.update(last);
        c.final();
        return asBytes(tail);
      };
    },
  };
}

const importPrivate = (jwk: JsonWebKey): KeyObject => createPrivateKey({ key: jwk, format: 'jwk' });
const importPublic = (jwk: JsonWebKey): KeyObject => createPublicKey({ key: jwk, format: 'jwk' });

/**
 * ECDSA P-256 with SHA-256; signatures as r || s (IEEE P1363), the form WebCrypto and @noble/curves use.
 * @example
 * const s = await nodeEcdsaP256.bind(keys); s.verify(msg, await s.sign(msg)); // true
 */
export const nodeEcdsaP256: SignatureImplementation = {
  deterministic: false,
  bind: async (keys) => {
    const priv = importPrivate(keys.privateKey);
    const pub = importPublic(keys.publicKey);
    return {
      sign: (m) => asBytes(sign('sha256', m, { key: priv, dsaEncoding: 'ieee-p1363' })),
      verify: (m, s) => verify('sha256', m, { key: pub, dsaEncoding: 'ieee-p1363' }, s),
    };
  },
};

/**
 * Ed25519 (RFC 8032, pure: no prehash, so the digest argument is null).
 * @example
 * const s = await nodeEd25519.bind(keys); await s.sign(new Uint8Array(0));
 */
export const nodeEd25519: SignatureImplementation = {
  deterministic: true,
  bind: async (keys) => {
    const priv = importPrivate(keys.privateKey);
    const pub = importPublic(keys.publicKey);
    return {
      sign: (m) => asBytes(sign(null, m, priv)),
      verify: (m, s) => verify(null, m, pub, s),
    };
  },
};

/**
 * RSASSA-PSS with SHA-256, MGF1-SHA-256 and a 32-byte salt (RFC 8017 §8.1).
 * @example
 * const s = await nodeRsaPss.bind(keys); await s.sign(msg);
 */
export const nodeRsaPss: SignatureImplementation = {
  deterministic: false,
  bind: async (keys) => {
    const priv = importPrivate(keys.privateKey);
    const pub = importPublic(keys.publicKey);
    const pss = { padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 };
    return {
      sign: (m) => asBytes(sign('sha256', m, { key: priv, ...pss })),
      verify: (m, s) => verify('sha256', m, { key: pub, ...pss }, s),
    };
  },
};

/**
 * ECDH (P-256, the x-coordinate of SP 800-56A) or X25519 (RFC 7748) through `crypto.diffieHellman`.
 * @example
 * const derive = await nodeAgreement.bind(ownPrivateJwk, peerPublicJwk); derive(); // 32 bytes
 */
export const nodeAgreement: AgreementImplementation = {
  bind: async (own, peer) => {
    const privateKey = importPrivate(own);
    const publicKey = importPublic(peer);
    return () => asBytes(diffieHellman({ privateKey, publicKey }));
  },
};
