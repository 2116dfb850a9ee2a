/**
 * What a public or private key is: its algorithm, size and curve, read by Node's crypto (KeyObject.asymmetricKeyType and
 * asymmetricKeyDetails, which are OpenSSL's own answers) where it reads the key, and from the SubjectPublicKeyInfo's
 * algorithm identifier otherwise (RFC 5280 section 4.1.2.7; RSA keys RFC 8017 appendix A.1, RSASSA-PSS keys RFC 4055
 * section 1.2, EC keys RFC 5480 section 2.1.1, EdDSA and X25519/X448 keys RFC 8410, ML-DSA keys FIPS 204 with the
 * NIST CSOR OIDs). Curves are named by their SEC 2 / NIST ids of data/curves.yaml (`secp256r1`, not `prime256v1`).
 * Key material never leaves this module: only the facts above do.
 * @module
 */
import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import * as asn1js from 'asn1js';
import { bundledCatalog } from '../../catalog/catalog.js';
import type { CheckObject } from '../../judge/types.js';
import { resolveCurve } from '../../names/curves.js';
import { lookupOid, nameOfOid } from '../../names/oid.js';
import { bytesOf, childrenOf, decodeDer, integerBits, isUniversal, oidValue } from './der.js';

/** What a key is, for the judge and for the asset of a finding. */
export interface KeyFacts {
  /** `RSA`, `RSA-PSS`, `DSA`, `EC`, `Ed25519`, `Ed448`, `X25519`, `X448`, `DH`, `ML-DSA-65` ..., or the OID's name. */
  readonly keyAlgorithm: string;
  /** Modulus or prime length; the order length of an EC curve. */
  readonly keyBits?: number;
  /** A curve id of data/curves.yaml. */
  readonly curve?: string;
  /** A short description for the finding's `input` (`RSA-2048`, `EC secp256r1`). */
  readonly input: string;
  /** What the judge reads. */
  readonly subject: string | CheckObject;
}

const RSA = '1.2.840.113549.1.1.1';
const RSA_PSS = '1.2.840.113549.1.1.10';
const DSA = '1.2.840.10040.4.1';
const EC = '1.2.840.10045.2.1';
/** id-ecDH and id-ecMQV (RFC 5480 section 2.1.2): EC keys restricted to key agreement. */
const EC_RESTRICTED = new Set(['1.3.132.1.12', '1.3.132.1.13']);
const DH_X942 = '1.2.840.10046.2.1';
const DH_PKCS3 = '1.2.840.113549.1.3.1';

/** Node's asymmetricKeyType values and the labels and registry ids they stand for. */
const NODE_TYPES: Readonly<Record<string, { readonly label: string; readonly id: string }>> = {
  rsa: { label: 'RSA', id: 'rsa' },
  'rsa-pss': { label: 'RSA-PSS', id: 'rsassa-pss' },
  dsa: { label: 'DSA', id: 'dsa' },
  ec: { label: 'EC', id: 'ec' },
  ed25519: { label: 'Ed25519', id: 'ed25519' },
  ed448: { label: 'Ed448', id: 'ed448' },
  x25519: { label: 'X25519', id: 'x25519' },
  x448: { label: 'X448', id: 'x448' },
  dh: { label: 'DH', id: 'dh' },
};

/**
 * The facts of a key as Node reads it, or undefined for a type Node names but this module does not know.
 * @example
 * factsOfKeyObject(createPublicKey(pem)); // { keyAlgorithm: 'EC', keyBits: 256, curve: 'secp256r1', input: 'EC secp256r1', subject: {...} }
 */
export function factsOfKeyObject(key: KeyObject): KeyFacts | undefined {
  const type = key.asymmetricKeyType;
  const known = type === undefined ? undefined : NODE_TYPES[type];
  if (!known) return undefined;
  const details = key.asymmetricKeyDetails ?? {};
  switch (known.id) {
    case 'rsa': case 'rsassa-pss': case 'dsa': case 'dh':
      return sized(known.label, known.id, details.modulusLength);
    case 'ec':
      return ecFacts(details.namedCurve === undefined ? undefined : resolveCurve(details.namedCurve), details.namedCurve);
    default:
      return { keyAlgorithm: known.label, input: known.label, subject: { algorithm: known.id } };
  }
}

/**
 * Facts of a key with a modulus or prime of `bits` (undefined when unreadable).
 * @example
 * sized('RSA', 'rsa', 2048); // { keyAlgorithm: 'RSA', keyBits: 2048, input: 'RSA-2048', subject: { algorithm: 'rsa', keyBits: 2048 } }
 */
export function sized(label: string, id: string, bits: number | undefined): KeyFacts {
  if (bits === undefined) return { keyAlgorithm: label, input: label, subject: { algorithm: id } };
  return { keyAlgorithm: label, keyBits: bits, input: `${label}-${bits}`, subject: { algorithm: id, keyBits: bits } };
}

/**
 * An EC key on a curve (undefined when the curve is not a named one this project knows; `written` is its name or OID then).
 * @example
 * ecFacts('secp384r1'); // { keyAlgorithm: 'EC', keyBits: 384, curve: 'secp384r1', input: 'EC secp384r1', subject: {...} }
 */
export function ecFacts(curve: string | undefined, written?: string): KeyFacts {
  if (curve === undefined) {
    // Explicit parameters or a curve outside data/curves.yaml: the strength cannot be told, and the judge says so.
    const name = written ?? 'explicit parameters';
    return { keyAlgorithm: 'EC', input: `EC ${name}`, subject: { algorithm: 'ec', curve: name } };
  }
  const orderBits = bundledCatalog().curves.get(curve)?.orderBits;
  return {
    keyAlgorithm: 'EC', ...(orderBits !== undefined ? { keyBits: orderBits } : {}), curve, input: `EC ${curve}`,
    subject: { algorithm: 'ec', curve },
  };
}

/**
 * The facts of a SubjectPublicKeyInfo (DER): Node's reading first, the algorithm identifier when Node cannot read the
 * key (post-quantum keys on OpenSSL 3.0, curves it lacks, damaged key bits).
 * @example
 * factsOfSpki(spkiDer).input; // 'RSA-2048'
 */
export function factsOfSpki(spki: Uint8Array): KeyFacts {
  try {
    const facts = factsOfKeyObject(createPublicKey({ key: Buffer.from(spki.buffer, spki.byteOffset, spki.byteLength), format: 'der', type: 'spki' }));
    if (facts) return facts;
  } catch {
    // Node (OpenSSL 3.0) does not read every key type a certificate can carry; the identifier still says what it is.
  }
  return factsOfAlgorithm(spki);
}

/** Facts from the algorithm identifier and, for RSA, the modulus inside the key bits. */
function factsOfAlgorithm(spki: Uint8Array): KeyFacts {
  const decoded = decodeDer(spki);
  const [algorithm, keyBits] = decoded.ok ? childrenOf(decoded.root) : [];
  const [oidNode, params] = childrenOf(algorithm);
  const oid = oidValue(oidNode) ?? '';
  if (oid === RSA || oid === RSA_PSS) {
    const label = oid === RSA ? 'RSA' : 'RSA-PSS';
    return sized(label, oid === RSA ? 'rsa' : 'rsassa-pss', rsaModulusBits(keyBits));
  }
  if (oid === EC || EC_RESTRICTED.has(oid)) {
    const named = oidValue(params);
    return ecFacts(named === undefined ? undefined : resolveCurve(named), named);
  }
  if (oid === DSA) return sized('DSA', 'dsa', integerBits(childrenOf(params)[0]));
  if (oid === DH_X942 || oid === DH_PKCS3) return sized('DH', 'dh', integerBits(childrenOf(params)[0]));
  return factsOfOid(oid);
}

/**
 * Facts from an algorithm OID alone (a key type Node cannot read): the registry id the OID table gives, else the OID
 * itself, which the judge reports as unknown.
 * @example
 * factsOfOid('2.16.840.1.101.3.4.3.18'); // { keyAlgorithm: 'ML-DSA-65', input: 'ML-DSA-65', subject: { algorithm: 'ml-dsa-65' } }
 */
export function factsOfOid(oid: string): KeyFacts {
  const entry = lookupOid(oid);
  if (entry?.algorithm) {
    const label = bundledCatalog().algorithms.get(entry.algorithm)?.name ?? entry.name;
    return { keyAlgorithm: label, input: label, subject: { algorithm: entry.algorithm } };
  }
  const name = nameOfOid(oid) ?? (oid || 'unknown');
  return { keyAlgorithm: name, input: name, subject: oid || 'unknown' };
}

function rsaModulusBits(keyBits: asn1js.AsnType | undefined): number | undefined {
  if (!isUniversal(keyBits, 3)) return undefined;
  const inner = decodeDer(bytesOf((keyBits as asn1js.BitString).valueBlock.valueHexView));
  return inner.ok ? integerBits(childrenOf(inner.root)[0]) : undefined;
}

/** The formats of private keys Node reads from DER. */
export type PrivateKeyFormat = 'pkcs8' | 'pkcs1' | 'sec1';

/**
 * The facts of an unencrypted private key (DER), read by Node; undefined when Node cannot read it. Only the type and size
 * are kept: the KeyObject is dropped here.
 * @example
 * factsOfPrivateKey(der, 'pkcs8')?.input; // 'Ed25519'
 */
export function factsOfPrivateKey(der: Uint8Array, format: PrivateKeyFormat): KeyFacts | undefined {
  try {
    return factsOfKeyObject(createPrivateKey({ key: Buffer.from(der.buffer, der.byteOffset, der.byteLength), format: 'der', type: format }));
  } catch {
    return undefined;
  }
}

/**
 * The facts of OpenSSL's traditional DSA private key (SEQUENCE { version, p, q, g, y, x }, crypto/dsa/dsa_asn1.c), which
 * Node reads only as PEM: the size is the length of p.
 * @example
 * factsOfDsaPrivateKey(root).input; // 'DSA-2048'
 */
export function factsOfDsaPrivateKey(root: asn1js.AsnType): KeyFacts {
  return sized('DSA', 'dsa', integerBits(childrenOf(root)[1]));
}
