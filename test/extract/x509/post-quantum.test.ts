/**
 * Keys and signatures OpenSSL 3.0 cannot make: an ML-DSA-65 certificate (FIPS 204, OIDs of the NIST CSOR as RFC 9881
 * uses them) and one with a key type no table knows, built here with pkijs. The signature bytes are random: the
 * extractor reads what a certificate names, it does not verify it.
 */
import { randomBytes } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { describe, expect, it } from 'vitest';
import { extractX509 } from '../../../src/extract/x509/index.js';
import { check } from '../../../src/judge/check.js';
import type { CheckObject } from '../../../src/judge/types.js';
import type { ExtractContext, Extraction } from '../../../src/scan/types.js';

const ML_DSA_65 = '2.16.840.1.101.3.4.3.18';

function certificate(keyOid: string, sigOid: string): Uint8Array {
  const cert = new pkijs.Certificate();
  cert.version = 2;
  cert.serialNumber = new asn1js.Integer({ value: 77 });
  const name = new pkijs.RelativeDistinguishedNames({
    typesAndValues: [new pkijs.AttributeTypeAndValue({ type: '2.5.4.3', value: new asn1js.Utf8String({ value: 'pq.example' }) })],
  });
  cert.issuer = name;
  cert.subject = name;
  cert.notBefore.value = new Date(Date.UTC(2026, 0, 1));
  cert.notAfter.value = new Date(Date.UTC(2036, 0, 1));
  cert.subjectPublicKeyInfo.algorithm = new pkijs.AlgorithmIdentifier({ algorithmId: keyOid });
  cert.subjectPublicKeyInfo.subjectPublicKey = new asn1js.BitString({ valueHex: randomBytes(1952) });
  cert.signature = new pkijs.AlgorithmIdentifier({ algorithmId: sigOid });
  cert.signatureAlgorithm = new pkijs.AlgorithmIdentifier({ algorithmId: sigOid });
  cert.signatureValue = new asn1js.BitString({ valueHex: randomBytes(3309) });
  return new Uint8Array(cert.toSchema(true).toBER());
}

const ctx: ExtractContext = { path: 'pq.der', absolutePath: '/pq.der', readFile: async () => undefined, include: () => ({ files: [], unreadable: [] }) };
type Usage = Extract<Extraction, { kind: 'usage' }>;

describe('post-quantum and unknown keys', () => {
  it('reads an ML-DSA-65 certificate by its OIDs', () => {
    const [key, sig] = extractX509(certificate(ML_DSA_65, ML_DSA_65), ctx) as Usage[];
    expect(key!.asset).toEqual({
      kind: 'certificate', subject: 'CN=pq.example', serial: '4D', notAfter: '2036-01-01T00:00:00Z', keyAlgorithm: 'ML-DSA-65',
      signatureAlgorithm: 'id-ml-dsa-65',
    });
    expect(key!.subject).toEqual({ algorithm: 'ml-dsa-65' });
    expect(key!.until).toBe('2036-01-01');
    expect(sig!.subject).toBe(ML_DSA_65);
    // The judge knows ML-DSA (and that it is on no CRYPTREC list yet) and that it resists quantum attacks.
    const verdict = check(key!.subject as CheckObject, { at: '2026-11-21' });
    expect(verdict.status).toBe('unlisted');
    expect(verdict.quantumVulnerable).toBe(false);
  });

  it('hands an unknown key OID to the judge as it is, which says it is unknown', () => {
    const [key] = extractX509(certificate('1.2.3.4.5', '1.2.840.113549.1.1.11'), ctx) as Usage[];
    expect(key!.asset?.keyAlgorithm).toBe('1.2.3.4.5');
    expect(key!.subject).toBe('1.2.3.4.5');
    expect(check(key!.subject as string, {}).status).toBe('unknown');
  });
});
