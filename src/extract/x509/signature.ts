/**
 * The signature algorithm of a certificate, CSR or CRL (an AlgorithmIdentifier, RFC 5280 section 4.1.1.2): its name as
 * OpenSSL prints it (`sha256WithRSAEncryption`, `ecdsa-with-SHA384`, `ED25519`, `rsassaPss`), and what the judge reads.
 * Most signature OIDs name the scheme and the hash together, and the OID table (data/names/oids.yaml) splits them; an
 * RSASSA-PSS signature names its hash in its parameters (RFC 4055 section 3.1, with SHA-1 as the default when they are
 * left out), so the scheme and that hash are handed over as a Usage of two components, plus the MGF1 hash when it differs.
 * @module
 */
import * as pkijs from 'pkijs';
import type * as asn1js from 'asn1js';
import type { Localized } from '../../catalog/types.js';
import { bundledCatalog } from '../../catalog/catalog.js';
import { lookupOid, nameOfOid, opensslNameOfOid } from '../../names/oid.js';
import type { Usage } from '../../names/types.js';

/** What a signature algorithm is. */
export interface SignatureFacts {
  /** The X.509 name as OpenSSL prints it, else the ASN.1 name, else the dotted OID. */
  readonly name: string;
  /** What the judge reads: the dotted OID, or for RSASSA-PSS a Usage with the hash from the parameters. */
  readonly subject: string | Usage;
  /** For RSASSA-PSS: the parameters in words. */
  readonly detail?: Localized;
}

const RSASSA_PSS = '1.2.840.113549.1.1.10';
const MGF1 = '1.2.840.113549.1.1.8';
/** RFC 4055 section 3.1: hashAlgorithm DEFAULT sha1. */
const SHA1 = '1.3.14.3.2.26';

/**
 * The name of an OID as X.509 tools print it.
 * @example
 * x509Name('1.2.840.10045.4.3.3'); // 'ecdsa-with-SHA384'
 */
export function x509Name(oid: string): string {
  return opensslNameOfOid(oid) ?? nameOfOid(oid) ?? oid;
}

/**
 * The facts of a signature AlgorithmIdentifier.
 * @example
 * signatureFacts(cert.signatureAlgorithm); // { name: 'sha256WithRSAEncryption', subject: '1.2.840.113549.1.1.11' }
 */
export function signatureFacts(algorithm: pkijs.AlgorithmIdentifier): SignatureFacts {
  const oid = algorithm.algorithmId;
  const name = x509Name(oid);
  if (oid !== RSASSA_PSS) return { name, subject: oid };
  let hashOid = SHA1;
  let mgfHashOid = SHA1;
  let saltLength = 20;
  const params = algorithm.algorithmParams as asn1js.AsnType | undefined;
  // An absent or NULL parameter field means every default.
  if (params && params.idBlock.isConstructed) {
    const pss = new pkijs.RSASSAPSSParams({ schema: params });
    hashOid = pss.hashAlgorithm.algorithmId;
    saltLength = pss.saltLength;
    const mgf = pss.maskGenAlgorithm;
    if (mgf.algorithmId === MGF1 && mgf.algorithmParams) {
      mgfHashOid = new pkijs.AlgorithmIdentifier({ schema: mgf.algorithmParams }).algorithmId;
    } else if (mgf.algorithmId !== MGF1) mgfHashOid = mgf.algorithmId;
  }
  const hash = lookupOid(hashOid)?.algorithm;
  const mgfHash = lookupOid(mgfHashOid)?.algorithm;
  const hashName = x509Name(hashOid);
  const mgfName = x509Name(mgfHashOid);
  const detail: Localized = {
    en: `RSASSA-PSS with ${hashName}, MGF1 with ${mgfName}, salt ${saltLength} bytes`,
    ja: `RSASSA-PSS（ハッシュ ${hashName}、MGF1 ${mgfName}、ソルト ${saltLength} バイト）`,
  };
  // A hash the OID table does not know cannot be judged: the dotted OID goes to the judge, which says it is unknown.
  if (hash === undefined || mgfHash === undefined) return { name, subject: hash === undefined ? hashOid : mgfHashOid, detail };
  const hashLabel = bundledCatalog().algorithms.get(hash)?.name ?? hashName;
  const component = (algorithm: string, role: 'signature' | 'hash', input: string): Usage => ({ input, scheme: 'oid', algorithm, role });
  const components = [component('rsa-pss', 'signature', name), component(hash, 'hash', hashName)];
  if (mgfHash !== hash) components.push(component(mgfHash, 'hash', `MGF1 ${mgfName}`));
  return { name, subject: { input: name, scheme: 'oid', label: `RSASSA-PSS with ${hashLabel}`, components }, detail };
}
