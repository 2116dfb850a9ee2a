/**
 * Property tests: the x509 extractor never throws and never hangs, on arbitrary text and bytes and on valid PEM and DER
 * files with bits flipped or cut short; every answer is a usage or a parse error at a real place.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractX509 } from '../../../src/extract/x509/index.js';
import { splitPem } from '../../../src/extract/x509/pem.js';
import type { ExtractContext, Extraction } from '../../../src/scan/types.js';

const ROOT = new URL('../../fixtures/x509/', import.meta.url);
const fixture = (path: string) => new Uint8Array(readFileSync(new URL(path, ROOT)));

const ctx = (path: string): ExtractContext => ({ path, absolutePath: `/${path}`, readFile: async () => undefined, include: () => ({ files: [], unreadable: [] }) });

function wellFormed(xs: readonly Extraction[], lines: number): void {
  for (const x of xs) {
    expect(['usage', 'parse-error']).toContain(x.kind);
    expect(x.location.line).toBeGreaterThanOrEqual(1);
    expect(x.location.line).toBeLessThanOrEqual(Math.max(lines, 1));
    expect(x.location.column).toBeGreaterThanOrEqual(1);
    if (x.kind === 'parse-error') {
      expect(x.message.en.length).toBeGreaterThan(0);
      expect(x.message.ja.length).toBeGreaterThan(0);
    }
  }
}

function linesOf(bytes: Uint8Array): number {
  let n = 1;
  for (const b of bytes) if (b === 0x0a) n++;
  return n;
}

interface Seed {
  readonly path: string;
  readonly bytes: Uint8Array;
}

/** Valid inputs of every kind the extractor reads. */
const SEEDS: Seed[] = [
  'certs/chain.pem', 'certs/ec-p256.der', 'certs/rsa-pss-2048.crt', 'certs/trusted.pem', 'csr/ec-p256-csr.der', 'csr/rsa-pss.csr',
  'crl/root.crl', 'pkcs7/two.p7c', 'pkcs7/chain.p7b', 'pkcs12/legacy.pfx', 'pkcs12/clear-certs.p12', 'keys/encrypted-aes256.der',
  'keys/encrypted-scrypt.p8', 'keys/ec-p384-sec1.der', 'keys/rsa-2048-pkcs1-des3.key', 'keys/dsa-2048-traditional.key',
  'keys/dhparam-2048.pem', 'public/ec-p521.der', 'public/rsa-3072-pkcs1.pem', 'ssh/id_ed25519_encrypted', 'ssh/id_rsa',
].map((path) => ({ path, bytes: fixture(path) }));

/** The DER inside PEM seeds too, so that mutations reach the ASN.1 and SSH readers and not only the base64. */
const DER_SEEDS: Seed[] = SEEDS.flatMap(({ path, bytes }): Seed[] => {
  if (bytes[0] === 0x30) return [{ path, bytes }];
  return splitPem(Buffer.from(bytes).toString('latin1')).flatMap((b): Seed[] => (b.der ? [{ path: `${path}.der`, bytes: b.der }] : []));
});

describe('the x509 extractor on bad input', () => {
  it('never throws on arbitrary text, in a certificate file or elsewhere', () => {
    fc.assert(fc.property(fc.string({ maxLength: 2000 }), fc.constantFrom('a.pem', 'b.crt', 'notes.md', 'id_rsa', 'k.key'), (text, path) => {
      const bytes = new TextEncoder().encode(text);
      wellFormed(extractX509(bytes, ctx(path)), linesOf(bytes));
    }), { numRuns: 300 });
  });

  it('never throws on text made of PEM pieces', () => {
    const piece = fc.constantFrom(
      '-----BEGIN CERTIFICATE-----', '-----END CERTIFICATE-----', '-----BEGIN PRIVATE KEY-----', '-----END PRIVATE KEY-----',
      '-----BEGIN OPENSSH PRIVATE KEY-----', '-----END OPENSSH PRIVATE KEY-----', 'Proc-Type: 4,ENCRYPTED', 'DEK-Info: AES-128-CBC,00',
      'MIIB', 'MAA=', '====', '', ' ', '\r', 'b3BlbnNzaC1rZXktdjEAAAAABG5vbmU=', '-----BEGIN PKCS7-----', '-----END PKCS7-----',
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
      const bytes = new TextEncoder().encode(pieces.join('\n'));
      wellFormed(extractX509(bytes, ctx('x.pem')), linesOf(bytes));
    }), { numRuns: 500 });
  });

  it('never throws on arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 3000 }), fc.boolean(), (bytes, der) => {
      const input = der && bytes.length ? Uint8Array.of(0x30, ...bytes) : bytes;
      wellFormed(extractX509(input, ctx('x.der')), linesOf(input));
    }), { numRuns: 300 });
  });

  it('never throws on valid files with bits flipped', () => {
    const seed = fc.constantFrom<Seed>(...SEEDS, ...DER_SEEDS);
    fc.assert(fc.property(seed, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 7 })), { minLength: 1, maxLength: 8 }), ({ path, bytes }, flips) => {
      const copy = bytes.slice();
      for (const [at, bit] of flips) copy[at % copy.length]! ^= 1 << bit;
      wellFormed(extractX509(copy, ctx(path)), linesOf(copy));
    }), { numRuns: 600 });
  });

  it('never throws on valid files cut short, and reports a cut DER file', () => {
    const seed = fc.constantFrom<Seed>(...SEEDS, ...DER_SEEDS);
    fc.assert(fc.property(seed, fc.nat(), ({ path, bytes }, n) => {
      const cut = bytes.subarray(0, n % bytes.length);
      const xs = extractX509(cut, ctx(path));
      wellFormed(xs, linesOf(cut));
      if (cut.length && cut[0] === 0x30 && /\.(der|p12|pfx|p7c|crl)$/.test(path)) expect(xs.some((x) => x.kind === 'parse-error')).toBe(true);
    }), { numRuns: 400 });
  });

  it('reads a megabyte of garbage and a megabyte of base64 without trouble', () => {
    const garbage = new Uint8Array(1024 * 1024).map((_, i) => (i * 2654435761) >>> 24);
    garbage[0] = 0x30;
    expect(extractX509(garbage, ctx('big.der')).map((x) => x.kind)).toEqual(['parse-error']);
    const body = 'QUFB'.repeat(16).concat('\n').repeat(16_000);
    const pem = new TextEncoder().encode(`-----BEGIN CERTIFICATE-----\n${body}-----END CERTIFICATE-----\n`);
    expect(extractX509(pem, ctx('big.pem')).map((x) => x.kind)).toEqual(['parse-error']);
    const nested = new Uint8Array(200_000);
    for (let i = 0; i < nested.length; i += 2) nested.set([0x30, 0x80], i);
    expect(extractX509(nested, ctx('deep.der')).map((x) => x.kind)).toEqual(['parse-error']);
  });
});
