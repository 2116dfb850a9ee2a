/**
 * Containers of certificates and keys: PKCS #7 / CMS SignedData (RFC 5652 section 5, the `.p7b` certificate bundle of RFC
 * 2315 "degenerate" signed data, RFC 8551 section 3.2) and PKCS #12 (RFC 7292): a PFX whose authenticated safe holds
 * plain parts (read: certificates, keys, encrypted keys' schemes) and password-encrypted parts (their encryption
 * scheme is read, their content is not). The MAC's hash and iteration count are read too. No password is ever used.
 * @module
 */
import * as pkijs from 'pkijs';
import type * as asn1js from 'asn1js';
import type { Localized } from '../../catalog/types.js';
import { listOids, lookupOid } from '../../names/oid.js';
import type { Extraction } from '../../scan/types.js';
import { PART, parseError, usage, type Place, type Thing } from './context.js';
import { bytesOf, childrenOf, decodeDer, isContext, isUniversal, oidValue } from './der.js';
import { readCertificate, readCrl } from './certificate.js';
import { readEncryptedPkcs8, readPkcs8 } from './key-file.js';
import { encryptionUsages } from './pbe.js';
import { x509Name } from './signature.js';

const DATA = '1.2.840.113549.1.7.1';
const SIGNED_DATA = '1.2.840.113549.1.7.2';
const ENVELOPED_DATA = '1.2.840.113549.1.7.3';
const ENCRYPTED_DATA = '1.2.840.113549.1.7.6';

/** Reads one item of a container; a broken item is a parse error of its own and the others are still read. */
function guarded(place: Place, what: Localized, read: () => Extraction[]): Extraction[] {
  try {
    return read();
  } catch (e) {
    return [parseError({ en: `${what.en}: ${reason(e)}`, ja: `${what.ja}：${reason(e)}` }, place.location)];
  }
}

/**
 * The reason an error gives, in one line.
 * @example
 * reason(new Error('Object\'s schema was not verified')); // "Object's schema was not verified"
 */
export function reason(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.split('\n')[0]!.slice(0, 200);
}

/**
 * The certificates and CRLs of a PKCS #7 / CMS ContentInfo holding SignedData.
 * @example
 * readPkcs7(decoded.root, place); // the extractions of every certificate in the bundle
 */
export function readPkcs7(root: asn1js.AsnType, place: Place): Extraction[] {
  const [typeNode, content] = childrenOf(root);
  const type = oidValue(typeNode);
  if (type !== SIGNED_DATA) {
    return [parseError({
      en: `PKCS #7 content of type ${x509Name(type ?? '?')} holds no certificates`,
      ja: `PKCS #7 の内容（${x509Name(type ?? '?')}）は証明書を含まない`,
    }, place.location)];
  }
  const signed = childrenOf(childrenOf(content)[0]);
  const within: Localized = { en: 'in a PKCS #7 bundle', ja: 'PKCS #7 バンドル内' };
  const inner: Place = { ...place, within };
  const out: Extraction[] = [];
  // SignedData: version, digestAlgorithms, encapContentInfo, certificates [0] IMPLICIT?, crls [1] IMPLICIT?, signerInfos.
  const certs = childrenOf(signed.find((n) => isContext(n, 0)));
  certs.forEach((node, k) => {
    // CertificateChoices: only the plain certificate (a SEQUENCE) is an X.509 certificate; the tagged ones are obsolete forms.
    if (!isUniversal(node, 16)) return;
    out.push(...guarded(inner, { en: `certificate ${k + 1} of the PKCS #7 bundle`, ja: `PKCS #7 バンドルの証明書 ${k + 1}` },
      () => readCertificate(node, inner)));
  });
  const crls = childrenOf(signed.find((n) => isContext(n, 1)));
  crls.forEach((node, k) => {
    if (!isUniversal(node, 16)) return;
    out.push(...guarded(inner, { en: `CRL ${k + 1} of the PKCS #7 bundle`, ja: `PKCS #7 バンドルの CRL ${k + 1}` }, () => readCrl(node, inner)));
  });
  return out;
}

/** PKCS #12 bag types (RFC 7292 section 4.2). */
const BAG = {
  key: '1.2.840.113549.1.12.10.1.1',
  shroudedKey: '1.2.840.113549.1.12.10.1.2',
  cert: '1.2.840.113549.1.12.10.1.3',
  crl: '1.2.840.113549.1.12.10.1.4',
  safeContents: '1.2.840.113549.1.12.10.1.6',
} as const;
/** certId x509Certificate (RFC 7292 section 4.2.3, PKCS #9). */
const X509_CERTIFICATE = '1.2.840.113549.1.9.22.1';
/** Nested SafeContents bags deeper than this are not followed (real files have none). */
const MAX_NESTING = 4;

/**
 * A PKCS #12 file: its MAC, the encryption of its encrypted parts, and what its plain parts hold.
 * @example
 * readPkcs12(decoded.root, place); // [hmacWithSHA1 (MAC), pbeWithSHA1And40BitRC2-CBC, ..., pbeWithSHA1And3-KeyTripleDES-CBC]
 */
export function readPkcs12(root: asn1js.AsnType, place: Place): Extraction[] {
  const pfx = new pkijs.PFX({ schema: root });
  const within: Localized = { en: 'in a PKCS #12 file', ja: 'PKCS #12 ファイル内' };
  const inner: Place = { ...place, within };
  const file: Thing = { words: { en: 'PKCS #12 file', ja: 'PKCS #12 ファイル' } };
  const out: Extraction[] = [];
  if (pfx.macData) out.push(macUsage(pfx.macData, place, file));
  const [authType, authContent] = childrenOf(childrenOf(root)[1]);
  if (oidValue(authType) !== DATA) {
    // Public-key integrity mode (SignedData) is rare and not read.
    return out;
  }
  const safe = decodeDer(octets(childrenOf(authContent)[0]));
  if (!safe.ok) return [...out, parseError({ en: `PKCS #12 authenticated safe: ${safe.reason}`, ja: `PKCS #12 の AuthenticatedSafe：${safe.reason}` }, place.location)];
  for (const info of childrenOf(safe.root)) {
    const [typeNode, content] = childrenOf(info);
    const type = oidValue(typeNode);
    if (type === DATA) {
      out.push(...guarded(inner, { en: 'PKCS #12 safe', ja: 'PKCS #12 の SafeContents' }, () => {
        const bags = decodeDer(octets(childrenOf(content)[0]));
        if (!bags.ok) throw new Error(bags.reason);
        return readBags(bags.root, inner, 0);
      }));
    } else if (type === ENCRYPTED_DATA) {
      out.push(...guarded(inner, { en: 'PKCS #12 encrypted safe', ja: 'PKCS #12 の暗号化された SafeContents' }, () => {
        const encrypted = new pkijs.EncryptedData({ schema: childrenOf(content)[0] });
        const thing: Thing = {
          words: {
            en: 'PKCS #12 file (what this part holds, usually the certificates, is not readable without the password)',
            ja: 'PKCS #12 ファイル（この部分の内容、通常は証明書は、パスワードなしでは読めない）',
          },
        };
        return encryptionUsages(encrypted.encryptedContentInfo.contentEncryptionAlgorithm, place, thing, PART.safeEncryption);
      }));
    } else if (type !== ENVELOPED_DATA) {
      out.push(parseError({ en: `PKCS #12 safe of unknown type ${type ?? '?'}`, ja: `種類不明（${type ?? '?'}）の PKCS #12 SafeContents` }, place.location));
    }
  }
  return out;
}

/** The bags of a SafeContents. */
function readBags(safeContents: asn1js.AsnType, place: Place, depth: number): Extraction[] {
  const out: Extraction[] = [];
  for (const bag of childrenOf(safeContents)) {
    const [idNode, wrapped] = childrenOf(bag);
    const value = isContext(wrapped, 0) ? childrenOf(wrapped)[0] : undefined;
    if (!value) continue;
    switch (oidValue(idNode)) {
      case BAG.key:
        out.push(...guarded(place, { en: 'PKCS #12 key bag', ja: 'PKCS #12 の鍵' }, () => readPkcs8(value, value.valueBeforeDecodeView, place)));
        break;
      case BAG.shroudedKey:
        out.push(...guarded(place, { en: 'PKCS #12 encrypted key bag', ja: 'PKCS #12 の暗号化された鍵' }, () => readEncryptedPkcs8(value, place, {
          en: 'encrypted private key (its type and size are not readable without the password)',
          ja: '暗号化された秘密鍵（鍵の種類と長さはパスワードなしでは読めない）',
        })));
        break;
      case BAG.cert:
        out.push(...guarded(place, { en: 'PKCS #12 certificate bag', ja: 'PKCS #12 の証明書' }, () => {
          const [certId, certValue] = childrenOf(value);
          if (oidValue(certId) !== X509_CERTIFICATE) return [];
          const cert = decodeDer(octets(childrenOf(certValue)[0]));
          if (!cert.ok) throw new Error(cert.reason);
          return readCertificate(cert.root, place);
        }));
        break;
      case BAG.crl:
        out.push(...guarded(place, { en: 'PKCS #12 CRL bag', ja: 'PKCS #12 の CRL' }, () => {
          const crl = decodeDer(octets(childrenOf(childrenOf(value)[1])[0]));
          if (!crl.ok) throw new Error(crl.reason);
          return readCrl(crl.root, place);
        }));
        break;
      case BAG.safeContents:
        if (depth < MAX_NESTING) out.push(...readBags(value, place, depth + 1));
        break;
      default:
        // Secret bags and unknown bags hold nothing this extractor judges.
        break;
    }
  }
  return out;
}

/** The bytes of an OCTET STRING node, joining the pieces of a constructed (BER) one. */
function octets(node: asn1js.AsnType | undefined): Uint8Array {
  if (!isUniversal(node, 4)) throw new Error('expected an OCTET STRING');
  return bytesOf((node as asn1js.OctetString).getValue());
}

/**
 * The MAC of a PKCS #12 file: HMAC with the hash `macData` names (RFC 7292 appendix B, key from the PKCS #12 KDF).
 * The HMAC OID of that hash is what the judge reads; a hash with no HMAC OID is judged as the hash.
 */
function macUsage(mac: pkijs.MacData, place: Place, thing: Thing): Extraction {
  const hashOid = mac.mac.digestAlgorithm.algorithmId;
  const hash = lookupOid(hashOid)?.algorithm;
  const hmac = hash === undefined ? undefined : listOids().find((e) => e.kind === 'mac'
    && e.components?.length === 2 && e.components.some((c) => c.algorithm === 'hmac') && e.components.some((c) => c.role === 'hash' && c.algorithm === hash));
  const iterations = mac.iterations ?? 1;
  const detail: Localized = { en: `hash ${x509Name(hashOid)}, ${iterations} iterations`, ja: `ハッシュ ${x509Name(hashOid)}、反復 ${iterations} 回` };
  return usage(place, thing, PART.mac, hmac ? x509Name(hmac.oid) : x509Name(hashOid), hmac ? hmac.oid : hashOid, { detail });
}
