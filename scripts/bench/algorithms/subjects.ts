/**
 * The algorithms the benchmark measures, with the implementations Node can run for each, their known-answer vectors, and the
 * name `check()` reads to find the row's tier on the CRYPTREC list (LS-0001). The set is the issue's: SHA-2 and SHA-3 with
 * SHAKE, HMAC-SHA-256, CMAC, AES-128/256 in GCM, CTR, CBC and CCM, Camellia-128/256, ChaCha20-Poly1305, ECDSA P-256, Ed25519,
 * RSA-PSS 2048/3072, ECDH P-256 and X25519, and for comparison SHA-1, 3-key Triple DES and MD5.
 * @module
 */
import { generateKeyPair, randomBytes, type JsonWebKey, type KeyObject } from 'node:crypto';
import { promisify } from 'node:util';
import * as node from './impl-node.js';
import * as noble from './impl-noble.js';
import * as web from './impl-webcrypto.js';
import type { BulkParams, JwkPair, Subject } from './types.js';
import * as v from './vectors.js';

/** `generateKeyPair` with KeyObject output; its overloads are per key type, which one signature here does not need. */
const generate = promisify(generateKeyPair) as unknown as (type: string, options: object) => Promise<{ privateKey: KeyObject; publicKey: KeyObject }>;

/**
 * A fresh key pair exported as JWK, so every implementation is handed the same key.
 * @example
 * const { privateKey, publicKey } = await jwkPair('ec', { namedCurve: 'P-256' });
 */
export async function jwkPair(type: 'ec' | 'ed25519' | 'x25519' | 'rsa', options: { namedCurve?: string; modulusLength?: number } = {}): Promise<JwkPair> {
  const pair = await generate(type, options);
  return { privateKey: pair.privateKey.export({ format: 'jwk' }) as JsonWebKey, publicKey: pair.publicKey.export({ format: 'jwk' }) as JsonWebKey };
}

const keyed = (keyLength: number, ivLength?: number, extra: Partial<BulkParams> = {}) => (): BulkParams => ({
  key: new Uint8Array(randomBytes(keyLength)),
  ...(ivLength === undefined ? {} : { iv: new Uint8Array(randomBytes(ivLength)) }),
  ...extra,
});
const none = (): BulkParams => ({});
/** 16 bytes of AAD for the AEAD rows, like a record header. */
const AAD = new Uint8Array(16).fill(0xa5);

/**
 * Every subject of the benchmark, in report order.
 * @example
 * defaultSubjects().map((s) => s.id); // ['sha-256', 'sha-384', …]
 */
export function defaultSubjects(): Subject[] {
  return [
    { kind: 'bulk', id: 'sha-256', label: 'SHA-256', category: 'hash', operation: 'digest', checkInput: 'sha-256',
      vectors: v.SHA256_VECTORS, benchParams: none,
      implementations: { 'node:crypto': node.nodeHash('sha256'), WebCrypto: web.webDigest('SHA-256'), '@noble/hashes': noble.nobleHash('sha256') } },
    { kind: 'bulk', id: 'sha-384', label: 'SHA-384', category: 'hash', operation: 'digest', checkInput: 'sha-384',
      vectors: v.SHA384_VECTORS, benchParams: none,
      implementations: { 'node:crypto': node.nodeHash('sha384'), WebCrypto: web.webDigest('SHA-384'), '@noble/hashes': noble.nobleHash('sha384') } },
    { kind: 'bulk', id: 'sha-512', label: 'SHA-512', category: 'hash', operation: 'digest', checkInput: 'sha-512',
      vectors: v.SHA512_VECTORS, benchParams: none,
      implementations: { 'node:crypto': node.nodeHash('sha512'), WebCrypto: web.webDigest('SHA-512'), '@noble/hashes': noble.nobleHash('sha512') } },
    { kind: 'bulk', id: 'sha-512/256', label: 'SHA-512/256', category: 'hash', operation: 'digest', checkInput: 'sha-512/256',
      vectors: v.SHA512_256_VECTORS, benchParams: none,
      implementations: { 'node:crypto': node.nodeHash('sha512-256'), '@noble/hashes': noble.nobleHash('sha512_256') } },
    { kind: 'bulk', id: 'sha3-256', label: 'SHA3-256', category: 'hash', operation: 'digest', checkInput: 'sha3-256',
      vectors: v.SHA3_256_VECTORS, benchParams: none,
      implementations: { 'node:crypto': node.nodeHash('sha3-256'), '@noble/hashes': noble.nobleHash('sha3_256') } },
    { kind: 'bulk', id: 'sha3-384', label: 'SHA3-384', category: 'hash', operation: 'digest', checkInput: 'sha3-384',
      vectors: v.SHA3_384_VECTORS, benchParams: none,
      implementations: { 'node:crypto': node.nodeHash('sha3-384'), '@noble/hashes': noble.nobleHash('sha3_384') } },
    { kind: 'bulk', id: 'sha3-512', label: 'SHA3-512', category: 'hash', operation: 'digest', checkInput: 'sha3-512',
      vectors: v.SHA3_512_VECTORS, benchParams: none,
      implementations: { 'node:crypto': node.nodeHash('sha3-512'), '@noble/hashes': noble.nobleHash('sha3_512') } },
    { kind: 'bulk', id: 'shake128', label: 'SHAKE128 (256-bit out)', category: 'hash', operation: 'digest', checkInput: 'shake128',
      vectors: v.SHAKE128_VECTORS, benchParams: () => ({ outputLength: 32 }),
      implementations: { 'node:crypto': node.nodeHash('shake128'), '@noble/hashes': noble.nobleXof('shake128') } },
    { kind: 'bulk', id: 'shake256', label: 'SHAKE256 (512-bit out)', category: 'hash', operation: 'digest', checkInput: 'shake256',
      vectors: v.SHAKE256_VECTORS, benchParams: () => ({ outputLength: 64 }),
      implementations: { 'node:crypto': node.nodeHash('shake256'), '@noble/hashes': noble.nobleXof('shake256') } },
    { kind: 'bulk', id: 'sha-1', label: 'SHA-1', category: 'hash', operation: 'digest', checkInput: 'sha-1',
      vectors: v.SHA1_VECTORS, benchParams: none,
      implementations: { 'node:crypto': node.nodeHash('sha1'), WebCrypto: web.webDigest('SHA-1'), '@noble/hashes': noble.nobleHash('sha1') } },
    { kind: 'bulk', id: 'md5', label: 'MD5', category: 'hash', operation: 'digest', checkInput: 'md5',
      vectors: v.MD5_VECTORS, benchParams: none,
      implementations: { 'node:crypto': node.nodeHash('md5'), '@noble/hashes': noble.nobleHash('md5') } },

    { kind: 'bulk', id: 'hmac-sha-256', label: 'HMAC-SHA-256', category: 'mac', operation: 'mac', checkInput: 'hmac-sha-256',
      vectors: v.HMAC_SHA256_VECTORS, benchParams: keyed(32),
      implementations: { 'node:crypto': node.nodeHmac('sha256'), WebCrypto: web.webHmac('SHA-256'), '@noble/hashes': noble.nobleHmacSha256 } },
    { kind: 'bulk', id: 'cmac-aes-128', label: 'CMAC (AES-128)', category: 'mac', operation: 'mac', checkInput: 'cmac',
      vectors: v.CMAC_AES128_VECTORS, benchParams: keyed(16),
      implementations: { 'node:crypto': node.nodeCmac('aes-128-cbc'), '@noble/ciphers': noble.nobleCmac } },

    ...(['128', '256'] as const).flatMap((bits): Subject[] => {
      const k = Number(bits) / 8;
      return [
        { kind: 'bulk', id: `aes-${bits}-gcm`, label: `AES-${bits}-GCM`, category: 'aead', operation: 'encrypt', checkInput: `aes-${bits}-gcm`,
          vectors: bits === '128' ? v.AES128_GCM_VECTORS : v.AES256_GCM_VECTORS, benchParams: keyed(k, 12, { aad: AAD, tagLength: 16 }),
          implementations: { 'node:crypto': node.nodeAead(`aes-${bits}-gcm`), WebCrypto: web.webAesGcm, '@noble/ciphers': noble.nobleAesGcm } },
        { kind: 'bulk', id: `aes-${bits}-ccm`, label: `AES-${bits}-CCM`, category: 'aead', operation: 'encrypt', checkInput: `aes-${bits}-ccm`,
          vectors: bits === '128' ? v.AES128_CCM_VECTORS : v.AES256_CCM_VECTORS, benchParams: keyed(k, 12, { aad: AAD, tagLength: 16 }),
          implementations: { 'node:crypto': node.nodeCcm(`aes-${bits}-ccm`) } },
        { kind: 'bulk', id: `aes-${bits}-ctr`, label: `AES-${bits}-CTR`, category: 'cipher', operation: 'encrypt', checkInput: `aes-${bits}-ctr`,
          vectors: bits === '128' ? v.AES128_CTR_VECTORS : v.AES256_CTR_VECTORS, benchParams: keyed(k, 16),
          implementations: { 'node:crypto': node.nodeCipher(`aes-${bits}-ctr`), WebCrypto: web.webAesCtr, '@noble/ciphers': noble.nobleAesCtr } },
        { kind: 'bulk', id: `aes-${bits}-cbc`, label: `AES-${bits}-CBC`, category: 'cipher', operation: 'encrypt', checkInput: `aes-${bits}-cbc`,
          vectors: bits === '128' ? v.AES128_CBC_VECTORS : v.AES256_CBC_VECTORS, benchParams: keyed(k, 16), blockSize: 16,
          implementations: { 'node:crypto': node.nodeCipher(`aes-${bits}-cbc`), WebCrypto: web.webAesCbc, '@noble/ciphers': noble.nobleAesCbc } },
      ];
    }),
    { kind: 'bulk', id: 'chacha20-poly1305', label: 'ChaCha20-Poly1305', category: 'aead', operation: 'encrypt', checkInput: 'chacha20-poly1305',
      vectors: v.CHACHA20_POLY1305_VECTORS, benchParams: keyed(32, 12, { aad: AAD, tagLength: 16 }),
      implementations: { 'node:crypto': node.nodeAead('chacha20-poly1305'), '@noble/ciphers': noble.nobleChaCha20Poly1305 } },
    { kind: 'bulk', id: 'camellia-128-cbc', label: 'Camellia-128-CBC', category: 'cipher', operation: 'encrypt', checkInput: 'camellia-128-cbc',
      vectors: v.CAMELLIA128_CBC_VECTORS, benchParams: keyed(16, 16), blockSize: 16,
      implementations: { 'node:crypto': node.nodeCipher('camellia-128-cbc') } },
    { kind: 'bulk', id: 'camellia-256-cbc', label: 'Camellia-256-CBC', category: 'cipher', operation: 'encrypt', checkInput: 'camellia-256-cbc',
      vectors: v.CAMELLIA256_CBC_VECTORS, benchParams: keyed(32, 16), blockSize: 16,
      implementations: { 'node:crypto': node.nodeCipher('camellia-256-cbc') } },
    { kind: 'bulk', id: 'des-ede3-cbc', label: '3-key Triple DES (CBC)', category: 'cipher', operation: 'encrypt', checkInput: 'des-ede3-cbc',
      vectors: v.TDEA_CBC_VECTORS, benchParams: keyed(24, 8), blockSize: 8,
      implementations: { 'node:crypto': node.nodeCipher('des-ede3-cbc') } },

    { kind: 'signature', id: 'ecdsa-p256', label: 'ECDSA P-256 (SHA-256)', category: 'signature', checkInput: { algorithm: 'ecdsa', curve: 'secp256r1' },
      vectors: v.ECDSA_P256_VECTORS, generateKeys: () => jwkPair('ec', { namedCurve: 'P-256' }),
      implementations: { 'node:crypto': node.nodeEcdsaP256, WebCrypto: web.webEcdsaP256, '@noble/curves': noble.nobleEcdsaP256 } },
    { kind: 'signature', id: 'ed25519', label: 'Ed25519', category: 'signature', checkInput: 'ed25519',
      vectors: v.ED25519_VECTORS, generateKeys: () => jwkPair('ed25519'),
      implementations: { 'node:crypto': node.nodeEd25519, WebCrypto: web.webEd25519, '@noble/curves': noble.nobleEd25519 } },
    ...([2048, 3072] as const).map((keyBits): Subject => ({
      kind: 'signature', id: `rsa-pss-${keyBits}`, label: `RSA-PSS ${keyBits} (SHA-256)`, category: 'signature',
      checkInput: { algorithm: 'rsassa-pss', keyBits }, vectors: [], generateKeys: () => jwkPair('rsa', { modulusLength: keyBits }),
      implementations: { 'node:crypto': node.nodeRsaPss, WebCrypto: web.webRsaPss },
    })),
    { kind: 'agreement', id: 'ecdh-p256', label: 'ECDH P-256', category: 'key agreement', checkInput: { algorithm: 'ecdh', curve: 'secp256r1' },
      vectors: v.ECDH_P256_VECTORS, generateKeys: () => jwkPair('ec', { namedCurve: 'P-256' }),
      implementations: { 'node:crypto': node.nodeAgreement, WebCrypto: web.webEcdhP256, '@noble/curves': noble.nobleEcdhP256 } },
    { kind: 'agreement', id: 'x25519', label: 'X25519', category: 'key agreement', checkInput: 'x25519',
      vectors: v.X25519_VECTORS, generateKeys: () => jwkPair('x25519'),
      implementations: { 'node:crypto': node.nodeAgreement, WebCrypto: web.webX25519, '@noble/curves': noble.nobleX25519 } },
  ];
}
