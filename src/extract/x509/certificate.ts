/**
 * Certificates (RFC 5280 section 4.1), certification requests (PKCS #10, RFC 2986) and CRLs (RFC 5280 section 5.1), read
 * with pkijs from the ASN.1 that der.ts decoded (whose shape derKind() has checked): the subject's public key (with the certificate's notAfter as `until`,
 * so that a key whose strength has a deadline before the certificate ends is found) and the signature algorithm, each an
 * extraction with the certificate named in its context and asset.
 * @module
 */
import * as pkijs from 'pkijs';
import type * as asn1js from 'asn1js';
import type { Asset, Extraction } from '../../scan/types.js';
import { certificateWords, PART, usage, type Place, type Thing } from './context.js';
import { childrenOf, isContext, isUniversal } from './der.js';
import { factsOfSpki } from './key.js';
import { distinguishedName, isoTime, serialHex, shortName } from './names.js';
import { signatureFacts } from './signature.js';

/**
 * The extractions of one certificate: its public key and its signature algorithm.
 * @example
 * readCertificate(decoded.root, place); // [usage RSA-2048 ..., usage sha256WithRSAEncryption ...]
 */
export function readCertificate(root: asn1js.AsnType, place: Place): Extraction[] {
  // The fields are read one by one (pkijs checks each against its schema) rather than as a whole pkijs Certificate,
  // which would also decode every extension: none of them bears on the verdicts, and they are most of the work.
  const [tbsNode, algorithmNode] = childrenOf(root);
  const tbs = childrenOf(tbsNode);
  const at = isContext(tbs[0], 0) ? 1 : 0;
  const [serialNode, , issuerNode, validityNode, subjectNode, spki] = tbs.slice(at);
  if (!isUniversal(serialNode, 2) || !spki) throw new Error('the certificate has no serial number or no public key');
  const [notBeforeNode, notAfterNode] = childrenOf(validityNode);
  const key = factsOfSpki(spki.valueBeforeDecodeView);
  const sig = signatureFacts(new pkijs.AlgorithmIdentifier({ schema: algorithmNode }));
  const notAfter = isoTime(new pkijs.Time({ schema: notAfterNode }).value);
  const notBefore = isoTime(new pkijs.Time({ schema: notBeforeNode }).value);
  const subjectName = new pkijs.RelativeDistinguishedNames({ schema: subjectNode });
  const issuerName = new pkijs.RelativeDistinguishedNames({ schema: issuerNode });
  const subject = distinguishedName(subjectName);
  const serial = serialHex(serialNode as asn1js.Integer);
  const asset: Asset = {
    kind: 'certificate', subject, serial, ...(notAfter !== undefined ? { notAfter } : {}), keyAlgorithm: key.keyAlgorithm,
    ...(key.keyBits !== undefined ? { keyBits: key.keyBits } : {}), ...(key.curve !== undefined ? { curve: key.curve } : {}),
    signatureAlgorithm: sig.name,
  };
  const words = certificateWords({
    name: shortName(subjectName), serial, ...(notBefore !== undefined ? { notBefore } : {}),
    ...(notAfter !== undefined ? { notAfter } : {}), at: place.at, selfSigned: distinguishedName(issuerName) === subject,
  });
  const thing: Thing = { words, asset };
  return [
    usage(place, thing, PART.publicKey, key.input, key.subject, notAfter !== undefined ? { until: notAfter.slice(0, 10) } : {}),
    usage(place, thing, PART.signature, sig.name, sig.subject, sig.detail ? { detail: sig.detail } : {}),
  ];
}

/**
 * The extractions of one certification request: the public key it asks to certify and the algorithm that signs it.
 * @example
 * readRequest(decoded.root, place); // [usage EC secp256r1 ..., usage ecdsa-with-SHA256 ...]
 */
export function readRequest(root: asn1js.AsnType, place: Place): Extraction[] {
  const [infoNode, algorithmNode] = childrenOf(root);
  // CertificationRequestInfo: version, subject, subjectPKInfo, attributes.
  const [, subjectNode, spki] = childrenOf(infoNode);
  if (!spki) throw new Error('the request has no public key');
  const key = factsOfSpki(spki.valueBeforeDecodeView);
  const sig = signatureFacts(new pkijs.AlgorithmIdentifier({ schema: algorithmNode }));
  const subjectName = new pkijs.RelativeDistinguishedNames({ schema: subjectNode });
  const subject = distinguishedName(subjectName);
  const name = shortName(subjectName);
  const asset: Asset = {
    kind: 'csr', subject, keyAlgorithm: key.keyAlgorithm, ...(key.keyBits !== undefined ? { keyBits: key.keyBits } : {}),
    ...(key.curve !== undefined ? { curve: key.curve } : {}), signatureAlgorithm: sig.name,
  };
  const thing: Thing = {
    words: name === undefined
      ? { en: 'certificate request with no name', ja: '名前のない証明書署名要求' }
      : { en: `certificate request "${name}"`, ja: `証明書署名要求「${name}」` },
    asset,
  };
  return [
    usage(place, thing, PART.publicKey, key.input, key.subject),
    usage(place, thing, PART.signature, sig.name, sig.subject, sig.detail ? { detail: sig.detail } : {}),
  ];
}

/**
 * The extraction of one CRL: the algorithm its issuer signs it with.
 * @example
 * readCrl(decoded.root, place); // [usage ecdsa-with-SHA384 ...]
 */
export function readCrl(root: asn1js.AsnType, place: Place): Extraction[] {
  const crl = new pkijs.CertificateRevocationList({ schema: root });
  const sig = signatureFacts(crl.signatureAlgorithm);
  const issuer = shortName(crl.issuer) ?? distinguishedName(crl.issuer);
  const next = crl.nextUpdate ? isoTime(crl.nextUpdate.value) : undefined;
  const thing: Thing = {
    words: {
      en: `CRL of "${issuer}"${next ? `, next update ${next.slice(0, 10)}` : ''}`,
      ja: `「${issuer}」の CRL${next ? `、次回更新 ${next.slice(0, 10)}` : ''}`,
    },
  };
  return [usage(place, thing, PART.signature, sig.name, sig.subject, sig.detail ? { detail: sig.detail } : {})];
}
