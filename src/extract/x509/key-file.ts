/**
 * Key files: private keys in PKCS #8 (RFC 5958), PKCS #1 (RFC 8017 appendix A.1.2), SEC 1 (RFC 5915) and OpenSSL's DSA
 * form; encrypted PKCS #8 (RFC 5958 section 3), whose key type is not readable without the password, so its encryption
 * scheme is what is reported; traditional keys under RFC 1421 PEM encryption (`Proc-Type: 4,ENCRYPTED` and `DEK-Info`,
 * as OpenSSL writes them); public keys as SubjectPublicKeyInfo and PKCS #1 RSAPublicKey; PKCS #3 and X9.42 DH parameters
 * (`openssl dhparam`). Only the type, size and curve of a key are reported; key material is never kept or printed.
 * @module
 */
import * as pkijs from 'pkijs';
import * as asn1js from 'asn1js';
import type { Localized } from '../../catalog/types.js';
import { resolveCurve } from '../../names/curves.js';
import type { Asset, Extraction } from '../../scan/types.js';
import { PART, usage, type Place, type Thing } from './context.js';
import { bytesOf, childrenOf, decodeDer, integerBits, isContext, isUniversal, oidValue } from './der.js';
import { ecFacts, factsOfDsaPrivateKey, factsOfOid, factsOfPrivateKey, factsOfSpki, sized, type KeyFacts } from './key.js';
import { encryptionUsages } from './pbe.js';

const RSA = '1.2.840.113549.1.1.1';
const RSA_PSS = '1.2.840.113549.1.1.10';
const EC = '1.2.840.10045.2.1';
const DSA = '1.2.840.10040.4.1';

function keyAsset(kind: Asset['kind'], key: KeyFacts): Asset {
  return {
    kind, keyAlgorithm: key.keyAlgorithm, ...(key.keyBits !== undefined ? { keyBits: key.keyBits } : {}),
    ...(key.curve !== undefined ? { curve: key.curve } : {}),
  };
}

function keyExtraction(place: Place, words: Localized, kind: Asset['kind'], key: KeyFacts): Extraction[] {
  return [usage(place, { words, asset: keyAsset(kind, key) }, undefined, key.input, key.subject)];
}

/**
 * A PKCS #8 private key (OneAsymmetricKey): read by Node, else from its algorithm identifier.
 * @example
 * readPkcs8(decoded.root, der, place); // [usage Ed25519 (private key, PKCS #8)]
 */
export function readPkcs8(root: asn1js.AsnType, der: Uint8Array, place: Place): Extraction[] {
  const key = factsOfPrivateKey(der, 'pkcs8') ?? pkcs8Fallback(root);
  return keyExtraction(place, { en: 'private key (PKCS #8)', ja: '秘密鍵（PKCS #8）' }, 'private-key', key);
}

/** The facts of a PKCS #8 key Node cannot read: RSA by its modulus, EC by its curve, others by their OID. */
function pkcs8Fallback(root: asn1js.AsnType): KeyFacts {
  const [, algorithm, privateKey] = childrenOf(root);
  const [oidNode, params] = childrenOf(algorithm);
  const oid = oidValue(oidNode) ?? '';
  const inner = isUniversal(privateKey, 4) ? decodeDer(bytesOf((privateKey as asn1js.OctetString).getValue())) : undefined;
  const fields = inner?.ok ? childrenOf(inner.root) : [];
  if (oid === RSA || oid === RSA_PSS) return sized(oid === RSA ? 'RSA' : 'RSA-PSS', oid === RSA ? 'rsa' : 'rsassa-pss', integerBits(fields[1]));
  if (oid === EC) {
    const named = oidValue(params) ?? oidValue(childrenOf(fields.find((n) => isContext(n, 0)))[0]);
    return ecFacts(named === undefined ? undefined : resolveCurve(named), named);
  }
  if (oid === DSA) return sized('DSA', 'dsa', integerBits(childrenOf(params)[0]));
  return factsOfOid(oid);
}

/**
 * A traditional private key: PKCS #1 RSA, SEC 1 EC or OpenSSL's DSA form.
 * @example
 * readTraditionalKey('rsa-private-key', decoded.root, der, place); // [usage RSA-2048 (RSA private key, PKCS #1)]
 */
export function readTraditionalKey(
  kind: 'rsa-private-key' | 'ec-private-key' | 'dsa-private-key', root: asn1js.AsnType, der: Uint8Array, place: Place,
): Extraction[] {
  switch (kind) {
    case 'rsa-private-key': {
      const key = factsOfPrivateKey(der, 'pkcs1') ?? sized('RSA', 'rsa', integerBits(childrenOf(root)[1]));
      return keyExtraction(place, { en: 'RSA private key (PKCS #1)', ja: 'RSA 秘密鍵（PKCS #1）' }, 'private-key', key);
    }
    case 'ec-private-key': {
      let key = factsOfPrivateKey(der, 'sec1');
      if (!key) {
        const named = oidValue(childrenOf(childrenOf(root).find((n) => isContext(n, 0)))[0]);
        key = ecFacts(named === undefined ? undefined : resolveCurve(named), named);
      }
      return keyExtraction(place, { en: 'EC private key (SEC 1)', ja: 'EC 秘密鍵（SEC 1）' }, 'private-key', key);
    }
    case 'dsa-private-key':
      return keyExtraction(place, { en: 'DSA private key (OpenSSL form)', ja: 'DSA 秘密鍵（OpenSSL 形式）' }, 'private-key', factsOfDsaPrivateKey(root));
  }
}

/**
 * What an encrypted key's asset says of its type: it is not readable without the password, which is never asked for.
 * @example
 * finding.asset?.keyAlgorithm === ENCRYPTED_KEY_ALGORITHM; // an encrypted PKCS #8 key or PKCS #12 key bag
 */
export const ENCRYPTED_KEY_ALGORITHM = 'encrypted';

/**
 * An encrypted PKCS #8 key: its encryption scheme (the key's type and size are inside the ciphertext).
 * @example
 * readEncryptedPkcs8(decoded.root, place); // [PBKDF2, hmacWithSHA256, aes-256-cbc]
 */
export function readEncryptedPkcs8(root: asn1js.AsnType, place: Place, words?: Localized): Extraction[] {
  const info = new pkijs.PKCS8ShroudedKeyBag({ schema: root });
  const thing: Thing = {
    words: words ?? {
      en: 'encrypted private key (PKCS #8; its type and size are not readable without the password)',
      ja: '暗号化された秘密鍵（PKCS #8。鍵の種類と長さはパスワードなしでは読めない）',
    },
    asset: { kind: 'private-key', keyAlgorithm: ENCRYPTED_KEY_ALGORITHM },
  };
  return encryptionUsages(info.encryptionAlgorithm, place, thing, PART.keyEncryption);
}

/** The key type a traditional PEM label names. */
const LABEL_TYPES: Readonly<Record<string, string>> = { 'RSA PRIVATE KEY': 'RSA', 'EC PRIVATE KEY': 'EC', 'DSA PRIVATE KEY': 'DSA' };

/**
 * A traditional key under RFC 1421 PEM encryption: the cipher of `DEK-Info`, and the key derivation OpenSSL uses for it
 * (EVP_BytesToKey with one round of MD5 over the password and the first 8 bytes of the IV, crypto/pem/pem_lib.c
 * PEM_do_header), which no list accepts. The key's type comes from the label; its size is inside the ciphertext.
 * @example
 * readPemEncryptedKey('RSA PRIVATE KEY', 'DES-EDE3-CBC,F7B464D31758A52A', place); // [DES-EDE3-CBC, MD5]
 */
export function readPemEncryptedKey(label: string, dekInfo: string, place: Place): Extraction[] {
  const cipher = dekInfo.split(',')[0]!.trim();
  const type = LABEL_TYPES[label] ?? label;
  const thing: Thing = {
    words: {
      en: `encrypted ${type} private key (PEM encryption; its size is not readable without the password)`,
      ja: `暗号化された ${type} 秘密鍵（PEM 暗号化。鍵長はパスワードなしでは読めない）`,
    },
    asset: { kind: 'private-key', keyAlgorithm: type },
  };
  return [
    usage(place, thing, PART.keyEncryption, cipher, cipher),
    usage(place, thing, PART.keyDerivation, 'EVP_BytesToKey (MD5)', 'md5', {
      detail: { en: 'one round of MD5 over the password and salt', ja: 'パスワードとソルトに MD5 を 1 回適用' },
    }),
  ];
}

/**
 * A public key: SubjectPublicKeyInfo or PKCS #1 RSAPublicKey.
 * @example
 * readPublicKey('spki', decoded.root, der, place); // [usage EC secp256k1 (public key)]
 */
export function readPublicKey(kind: 'spki' | 'rsa-public-key', root: asn1js.AsnType, der: Uint8Array, place: Place): Extraction[] {
  if (kind === 'spki') return keyExtraction(place, { en: 'public key', ja: '公開鍵' }, 'public-key', factsOfSpki(der));
  const key = sized('RSA', 'rsa', integerBits(childrenOf(root)[0]));
  return keyExtraction(place, { en: 'RSA public key (PKCS #1)', ja: 'RSA 公開鍵（PKCS #1）' }, 'public-key', key);
}

/**
 * DH parameters (PKCS #3 DHParameter or X9.42 DomainParameters, both with the prime first): the size of the group.
 * @example
 * readDhParameters(decoded.root, place); // [usage DH-2048 (DH parameters)]
 */
export function readDhParameters(root: asn1js.AsnType, place: Place): Extraction[] {
  const bits = integerBits(childrenOf(root)[0]);
  if (bits === undefined) throw new Error('the parameters do not start with a prime');
  const key = sized('DH', 'dh', bits);
  return [usage(place, { words: { en: 'DH parameters', ja: 'DH パラメータ' } }, undefined, key.input, key.subject)];
}
