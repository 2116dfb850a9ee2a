/**
 * What a DER (ITU-T X.690) file holds, told by its ASN.1 shape as asn1js decodes it: a certificate (RFC 5280 section 4.1),
 * a CRL (RFC 5280 section 5.1), a certification request (RFC 2986), a PKCS #7 / CMS ContentInfo (RFC 5652), a PKCS #12
 * PFX (RFC 7292), a private key in PKCS #8 (RFC 5958), encrypted PKCS #8 (RFC 5958 section 3), PKCS #1 (RFC 8017
 * appendix A.1), SEC 1 (RFC 5915) or OpenSSL's DSA form, or a public key (SubjectPublicKeyInfo, RFC 5280 section 4.1.2.7;
 * PKCS #1 RSAPublicKey). Only the outer structure is looked at here; the readers of each kind check the rest.
 * @module
 */
import * as asn1js from 'asn1js';

/** The kinds of DER object the extractor reads. */
export type DerKind =
  | 'certificate' | 'crl' | 'csr' | 'pkcs7' | 'pkcs12' | 'pkcs8' | 'encrypted-pkcs8' | 'rsa-private-key' | 'ec-private-key'
  | 'dsa-private-key' | 'spki' | 'rsa-public-key' | 'dh-parameters';

/**
 * Limits on what asn1js builds from untrusted bytes (a certificate has a few hundred nodes, a large PKCS #12 some
 * thousands). The contents of OCTET and BIT STRINGs are not decoded on the way (`parseEmbedded`): the readers decode
 * the few they need, and decoding every one would double the work for nothing.
 */
const LIMITS = { maxDepth: 40, maxNodes: 200_000, parseEmbedded: false } as const;

/** A decoded DER object, or why it is not one. */
export type Decoded =
  | { readonly ok: true; readonly root: asn1js.AsnType; readonly length: number }
  | { readonly ok: false; readonly reason: string };

/**
 * Decodes the first ASN.1 object of `bytes`, with asn1js's limits on depth and node count.
 * @example
 * decodeDer(new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x05])); // { ok: true, root: Sequence, length: 5 }
 */
export function decodeDer(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'no bytes' };
  let result: ReturnType<typeof asn1js.fromBER>;
  try {
    result = asn1js.fromBER(bytes, LIMITS);
  } catch (e) {
    return { ok: false, reason: (e as Error).message };
  }
  if (result.offset === -1) return { ok: false, reason: result.result.error || 'not ASN.1' };
  return { ok: true, root: result.result, length: result.offset };
}

/**
 * The children of a constructed node, or an empty array.
 * @example
 * childrenOf(decoded.root).length; // 3 for a certificate
 */
export function childrenOf(node: asn1js.AsnType | undefined): readonly asn1js.AsnType[] {
  if (!node || !node.idBlock.isConstructed) return [];
  const value = (node as asn1js.Constructed).valueBlock.value;
  return Array.isArray(value) ? (value as asn1js.AsnType[]) : [];
}

const UNIVERSAL = 1;
const CONTEXT = 3;

/**
 * Whether a node is a universal type with this tag number (2 INTEGER, 3 BIT STRING, 4 OCTET STRING, 6 OID, 16 SEQUENCE).
 * @example
 * isUniversal(decoded.root, 16); // true for a SEQUENCE
 */
export function isUniversal(node: asn1js.AsnType | undefined, tag: number): boolean {
  return node !== undefined && node.idBlock.tagClass === UNIVERSAL && node.idBlock.tagNumber === tag;
}

/**
 * Whether a node is context-specific `[tag]`.
 * @example
 * isContext(tbs[0], 0); // true when a certificate has an explicit version
 */
export function isContext(node: asn1js.AsnType | undefined, tag: number): boolean {
  return node !== undefined && node.idBlock.tagClass === CONTEXT && node.idBlock.tagNumber === tag;
}

const INTEGER = 2;
const BIT_STRING = 3;
const OCTET_STRING = 4;
const OID = 6;
const SEQUENCE = 16;
const UTC_TIME = 23;
const GENERALIZED_TIME = 24;

/**
 * The dotted value of an OBJECT IDENTIFIER node, or undefined.
 * @example
 * oidValue(childrenOf(algorithmIdentifier)[0]); // '1.2.840.113549.1.1.11'
 */
export function oidValue(node: asn1js.AsnType | undefined): string | undefined {
  if (!isUniversal(node, OID)) return undefined;
  const text = (node as asn1js.ObjectIdentifier).valueBlock.toString();
  return text === '' ? undefined : text;
}

/**
 * The small value of an INTEGER node (version fields, iteration counts), or undefined when it is not one or is large.
 * @example
 * smallInteger(new asn1js.Integer({ value: 3 })); // 3
 */
export function smallInteger(node: asn1js.AsnType | undefined): number | undefined {
  if (!isUniversal(node, INTEGER)) return undefined;
  const bytes = (node as asn1js.Integer).valueBlock.valueHexView;
  if (bytes.length === 0 || bytes.length > 4) return undefined;
  return (node as asn1js.Integer).valueBlock.valueDec;
}

/**
 * The bit length of a non-negative INTEGER node (an RSA modulus, a DH prime), or undefined.
 * @example
 * integerBits(new asn1js.Integer({ value: 255 })); // 8
 */
export function integerBits(node: asn1js.AsnType | undefined): number | undefined {
  if (!isUniversal(node, INTEGER)) return undefined;
  const bytes = (node as asn1js.Integer).valueBlock.valueHexView;
  let k = 0;
  while (k < bytes.length && bytes[k] === 0) k++;
  if (k === bytes.length) return 0;
  if (bytes[0]! & 0x80) return undefined;
  return (bytes.length - k - 1) * 8 + (32 - Math.clz32(bytes[k]!));
}

function isAlgorithmIdentifier(node: asn1js.AsnType | undefined): boolean {
  return isUniversal(node, SEQUENCE) && oidValue(childrenOf(node)[0]) !== undefined;
}

function isTime(node: asn1js.AsnType | undefined): boolean {
  return isUniversal(node, UTC_TIME) || isUniversal(node, GENERALIZED_TIME);
}

/** ContentInfo content types of PKCS #7 (RFC 2315 section 14). */
const PKCS7_TYPES = /^1\.2\.840\.113549\.1\.7\.[1-6]$/;

/**
 * The kind of DER object a decoded root is, or undefined when it is none the extractor reads.
 * @example
 * derKind(decoded.root); // 'certificate'
 */
export function derKind(root: asn1js.AsnType): DerKind | undefined {
  if (!isUniversal(root, SEQUENCE)) return undefined;
  const top = childrenOf(root);
  const [a, b, c] = top;
  // Signed objects: SEQUENCE { tbs SEQUENCE, signatureAlgorithm, signature BIT STRING }.
  if (top.length === 3 && isUniversal(a, SEQUENCE) && isAlgorithmIdentifier(b) && isUniversal(c, BIT_STRING)) {
    const tbs = childrenOf(a);
    const first = isContext(tbs[0], 0) ? 1 : 0;
    // TBSCertificate: [0] version?, serial INTEGER, signature AlgId, issuer Name, validity SEQUENCE { time, time }, ...
    if (isUniversal(tbs[first], INTEGER) && isAlgorithmIdentifier(tbs[first + 1]) && isUniversal(tbs[first + 3], SEQUENCE)
      && isTime(childrenOf(tbs[first + 3])[0])) return 'certificate';
    // TBSCertList: version INTEGER?, signature AlgId, issuer Name, thisUpdate Time, ...
    const v = isUniversal(tbs[0], INTEGER) ? 1 : 0;
    if (isAlgorithmIdentifier(tbs[v]) && isUniversal(tbs[v + 1], SEQUENCE) && isTime(tbs[v + 2])) return 'crl';
    // CertificationRequestInfo: version INTEGER, subject Name, subjectPKInfo SEQUENCE, attributes [0].
    if (isUniversal(tbs[0], INTEGER) && isUniversal(tbs[1], SEQUENCE) && isUniversal(tbs[2], SEQUENCE) && isContext(tbs[3], 0)) return 'csr';
    return undefined;
  }
  if (top.length === 2 && PKCS7_TYPES.test(oidValue(a) ?? '') && isContext(b, 0)) return 'pkcs7';
  // PFX: version INTEGER (3), authSafe ContentInfo, macData?.
  if ((top.length === 2 || top.length === 3) && smallInteger(a) === 3 && isUniversal(b, SEQUENCE)
    && PKCS7_TYPES.test(oidValue(childrenOf(b)[0]) ?? '')) return 'pkcs12';
  // OneAsymmetricKey: version INTEGER (0 or 1), privateKeyAlgorithm AlgId, privateKey OCTET STRING, ...
  if (top.length >= 3 && (smallInteger(a) === 0 || smallInteger(a) === 1) && isAlgorithmIdentifier(b) && isUniversal(c, OCTET_STRING)) return 'pkcs8';
  // EncryptedPrivateKeyInfo: encryptionAlgorithm AlgId, encryptedData OCTET STRING.
  if (top.length === 2 && isAlgorithmIdentifier(a) && isUniversal(b, OCTET_STRING)) return 'encrypted-pkcs8';
  // SubjectPublicKeyInfo: algorithm AlgId, subjectPublicKey BIT STRING.
  if (top.length === 2 && isAlgorithmIdentifier(a) && isUniversal(b, BIT_STRING)) return 'spki';
  // ECPrivateKey: version 1, privateKey OCTET STRING, [0] parameters?, [1] publicKey?.
  if (top.length >= 2 && top.length <= 4 && smallInteger(a) === 1 && isUniversal(b, OCTET_STRING)) return 'ec-private-key';
  if (top.every((n) => isUniversal(n, INTEGER))) {
    // RSAPrivateKey: version, n, e, d, p, q, dP, dQ, qInv (and otherPrimeInfos when version is 1, RFC 8017 A.1.2).
    if (top.length === 9 && smallInteger(a) === 0) return 'rsa-private-key';
    // OpenSSL's DSA private key: version 0, p, q, g, y, x (crypto/dsa/dsa_asn1.c).
    if (top.length === 6 && smallInteger(a) === 0) return 'dsa-private-key';
    // RSAPublicKey: modulus, publicExponent. (PKCS #3 DH parameters have the same shape; only a PEM label tells them apart.)
    if (top.length === 2 && (integerBits(a) ?? 0) > 64) return 'rsa-public-key';
  }
  if (top.length === 9 && isUniversal(a, INTEGER) && smallInteger(a) === 1) return 'rsa-private-key';
  return undefined;
}

/**
 * The view of an ArrayBuffer or typed array as bytes (asn1js and pkijs hand back both).
 * @example
 * bytesOf(octetString.getValue()); // Uint8Array
 */
export function bytesOf(data: ArrayBuffer | ArrayBufferView): Uint8Array {
  return data instanceof Uint8Array ? data : ArrayBuffer.isView(data)
    ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
    : new Uint8Array(data);
}
