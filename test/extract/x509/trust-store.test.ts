/**
 * Differential test: every certificate of the machine's trust store (/etc/ssl/certs, Debian's ca-certificates) read by
 * the x509 extractor and by `openssl x509 -text -noout`, which must agree on key type, size, curve, signature algorithm,
 * serial and notAfter. Live where openssl and the trust store are on the machine; the checked-in snapshot of openssl's
 * answers (test/fixtures/x509/trust-store.json) keeps the assertion alive for every certificate whose fingerprint it has.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractX509 } from '../../../src/extract/x509/index.js';
import type { Asset, ExtractContext } from '../../../src/scan/types.js';
import { splitPem } from '../../../src/extract/x509/pem.js';
import { opensslAnswers, type OpensslAnswer } from './openssl-oracle.js';
import { has } from '../../helpers/oracles.js';

const STORE = '/etc/ssl/certs';
const hasStore = existsSync(STORE) && readdirSync(STORE).some((n) => n.endsWith('.pem'));
const hasOpenssl = has('openssl', ['version']);
const snapshot = JSON.parse(readFileSync(new URL('../../fixtures/x509/trust-store.json', import.meta.url), 'utf8')) as {
  certs: Record<string, OpensslAnswer>;
};

if (!hasStore) console.warn(`skipping the trust-store differential test: no certificates in ${STORE} (install ca-certificates)`);
else if (!hasOpenssl) console.warn('trust-store differential test: openssl is missing; comparing with the checked-in snapshot only');

/** The extractor's answer for each certificate file of a directory, keyed by SHA-256 fingerprint. */
function ourAnswers(dir = STORE, suffix = '.pem'): Map<string, OpensslAnswer> {
  const out = new Map<string, OpensslAnswer>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith(suffix)).sort()) {
    const file = join(dir, name);
    const bytes = new Uint8Array(readFileSync(file));
    const der = splitPem(Buffer.from(bytes).toString('latin1'))[0]?.der;
    if (!der) throw new Error(`${file}: no PEM block`);
    const fp = createHash('sha256').update(der).digest('hex').toUpperCase();
    const ctx: ExtractContext = { path: name, absolutePath: file, readFile: async () => undefined, include: () => ({ files: [], unreadable: [] }) };
    const xs = extractX509(bytes, ctx);
    const errors = xs.filter((x) => x.kind === 'parse-error');
    if (errors.length) throw new Error(`${file}: ${JSON.stringify(errors)}`);
    const asset = (xs[0] as { asset?: Asset }).asset!;
    out.set(fp, {
      file, keyAlgorithm: asset.keyAlgorithm, ...(asset.keyBits !== undefined && asset.keyAlgorithm !== 'Ed25519' && asset.keyAlgorithm !== 'Ed448' ? { keyBits: asset.keyBits } : {}),
      ...(asset.curve !== undefined ? { curve: asset.curve } : {}), signatureAlgorithm: asset.signatureAlgorithm!, serial: asset.serial!,
      notAfter: asset.notAfter!,
    });
  }
  return out;
}

/** The fields compared (the file name differs between machines and the snapshot). */
function facts(a: OpensslAnswer): Omit<OpensslAnswer, 'file'> {
  const { file: _file, ...rest } = a;
  return rest;
}

describe('the trust store against openssl x509 -text', () => {
  it.skipIf(!hasStore)('agrees with the checked-in snapshot of openssl on every certificate it has', () => {
    const ours = ourAnswers();
    let compared = 0;
    for (const [fp, answer] of ours) {
      const expected = snapshot.certs[fp];
      if (!expected) continue;
      expect(facts(answer), answer.file).toEqual(facts(expected));
      compared++;
    }
    console.log(`trust store: ${ours.size} certificates read, ${compared} compared with the snapshot of openssl's answers`);
  }, 60_000);

  it.skipIf(!hasStore || !hasOpenssl)('agrees with openssl on every certificate, run now', () => {
    const ours = ourAnswers();
    const theirs = opensslAnswers(STORE)!;
    expect(theirs).toBeDefined();
    expect([...ours.keys()].sort()).toEqual([...theirs.keys()].sort());
    const disagreements = [...ours].filter(([fp, a]) => JSON.stringify(facts(a)) !== JSON.stringify(facts(theirs.get(fp)!)));
    expect(disagreements.map(([, a]) => a.file)).toEqual([]);
    for (const [fp, answer] of ours) expect(facts(answer), answer.file).toEqual(facts(theirs.get(fp)!));
    console.log(`trust store: ${ours.size} certificates, key type, size, curve, signature algorithm, serial and notAfter all agree with openssl`);
  }, 120_000);
});

describe('the fixture certificates against openssl x509 -text', () => {
  // RSA-PSS, DSA, Ed25519, Ed448, brainpool, secp256k1 and MD5 signatures, which the trust store does not have.
  const dir = fileURLToPath(new URL('../../fixtures/x509/certs', import.meta.url));
  it.skipIf(!hasOpenssl)('agree with openssl on every .crt fixture', () => {
    const ours = ourAnswers(dir, '.crt');
    const theirs = opensslAnswers(dir, '.crt')!;
    expect([...ours.keys()].sort()).toEqual([...theirs.keys()].sort());
    for (const [fp, answer] of ours) expect(facts(answer), answer.file).toEqual(facts(theirs.get(fp)!));
    expect(new Set([...ours.values()].map((a) => a.keyAlgorithm))).toEqual(new Set(['RSA', 'RSA-PSS', 'DSA', 'EC', 'Ed25519', 'Ed448']));
  }, 60_000);
});
