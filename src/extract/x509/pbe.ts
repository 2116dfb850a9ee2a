/**
 * Password-based encryption schemes, as an encrypted PKCS #8 key (RFC 5958 section 3) or a PKCS #12 part (RFC 7292)
 * names them in an AlgorithmIdentifier: PBES2 (RFC 8018 section 6.2) with PBKDF2 (section 5.2, PRF default
 * hmacWithSHA1, appendix A.2) or scrypt (RFC 7914 section 7) and its encryption scheme; PBES1 (RFC 8018 section 6.1) and
 * the PKCS #12 schemes (RFC 7292 appendix C), which name the hash and cipher in one OID. Everything here is readable
 * without the password, and no password is ever asked for.
 * @module
 */
import * as pkijs from 'pkijs';
import type * as asn1js from 'asn1js';
import type { Localized } from '../../catalog/types.js';
import type { Extraction } from '../../scan/types.js';
import { PART, usage, type Place, type Thing } from './context.js';
import { childrenOf, smallInteger } from './der.js';
import { x509Name } from './signature.js';

const PBES2 = '1.2.840.113549.1.5.13';
const PBKDF2 = '1.2.840.113549.1.5.12';
const SCRYPT = '1.3.6.1.4.1.11591.4.11';
/** RFC 8018 appendix A.2: prf AlgorithmIdentifier DEFAULT algid-hmacWithSHA1. */
const HMAC_SHA1 = '1.2.840.113549.2.7';

/**
 * The extractions of a password-based encryption AlgorithmIdentifier: for PBES2 the key derivation, its PRF and the
 * cipher; for a PBES1 or PKCS #12 scheme the one combined OID.
 * @param part what the scheme protects (the key, a part of a PKCS #12 file).
 * @example
 * encryptionUsages(epki.encryptionAlgorithm, place, thing, PART.keyEncryption);
 * // [PBKDF2 (2048 iterations), hmacWithSHA256, aes-256-cbc]
 */
export function encryptionUsages(algorithm: pkijs.AlgorithmIdentifier, place: Place, thing: Thing, part: Localized): Extraction[] {
  const oid = algorithm.algorithmId;
  const params = algorithm.algorithmParams as asn1js.AsnType | undefined;
  if (oid !== PBES2) {
    // PBES1 and PKCS #12 parameters: SEQUENCE { salt OCTET STRING, iterationCount INTEGER }.
    const iterations = smallInteger(childrenOf(params)[1]);
    return [usage(place, thing, part, x509Name(oid), oid, iterations !== undefined ? { detail: iterationWords(iterations) } : {})];
  }
  const pbes2 = new pkijs.PBES2Params({ schema: params });
  const kdf = pbes2.keyDerivationFunc;
  const cipher = pbes2.encryptionScheme;
  const out: Extraction[] = [];
  if (kdf.algorithmId === PBKDF2) {
    const p = new pkijs.PBKDF2Params({ schema: kdf.algorithmParams });
    const prf = p.prf?.algorithmId ?? HMAC_SHA1;
    out.push(usage(place, thing, PART.keyDerivation, x509Name(PBKDF2), PBKDF2, { detail: iterationWords(p.iterationCount) }));
    out.push(usage(place, thing, PART.prf, x509Name(prf), prf));
  } else if (kdf.algorithmId === SCRYPT) {
    // scrypt-params: salt, costParameter (N), blockSize (r), parallelizationParameter (p), keyLength?.
    const [, n, r, p] = childrenOf(kdf.algorithmParams as asn1js.AsnType | undefined).map((node) => smallInteger(node));
    const detail: Localized | undefined = n !== undefined && r !== undefined && p !== undefined
      ? { en: `N=${n}, r=${r}, p=${p}`, ja: `N=${n}、r=${r}、p=${p}` }
      : undefined;
    out.push(usage(place, thing, PART.keyDerivation, x509Name(SCRYPT), SCRYPT, detail ? { detail } : {}));
  } else {
    out.push(usage(place, thing, PART.keyDerivation, x509Name(kdf.algorithmId), kdf.algorithmId));
  }
  out.push(usage(place, thing, part, x509Name(cipher.algorithmId), cipher.algorithmId));
  return out;
}

function iterationWords(n: number): Localized {
  return { en: `${n} iterations`, ja: `反復 ${n} 回` };
}
