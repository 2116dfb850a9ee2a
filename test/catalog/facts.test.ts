import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../src/catalog/catalog.js';
import { getList } from '../../src/catalog/versions.js';
import type { Tier } from '../../src/catalog/types.js';

/** The tier of an algorithm in a version, or undefined when it is on none of the three lists. */
const tierIn = (version: string, algorithm: string): Tier | undefined =>
  getList(version).entries.find((e) => e.algorithm === algorithm)?.tier;

// Each row is a fact of shared/cryptrec-facts.md section 3, checked version by version.
describe('the bundled lists say what the documents say', () => {
  it.each(['2012.0.0', '2022.0.0', '2022.1.0', '2022.2.0'])('SHA-1 is monitored in %s', (v) => {
    expect(tierIn(v, 'sha-1')).toBe('monitored');
  });

  it('3-key Triple DES is recommended in 2012.0.0 and monitored from 2022.0.0', () => {
    expect(tierIn('2012.0.0', 'tdea-3key')).toBe('recommended');
    expect(tierIn('2022.0.0', 'tdea-3key')).toBe('monitored');
    expect(tierIn('2022.1.0', 'tdea-3key')).toBe('monitored');
  });

  it('128-bit RC4 is monitored in 2012.0.0 and on no list from 2022.0.0', () => {
    const rc4 = getList('2012.0.0').entries.find((e) => e.algorithm === 'rc4');
    expect(rc4?.tier).toBe('monitored');
    expect(rc4?.keyBits).toEqual([128]);
    expect(tierIn('2022.0.0', 'rc4')).toBeUndefined();
    expect(tierIn('2022.1.0', 'rc4')).toBeUndefined();
  });

  it('SC2000 is a candidate in 2012.0.0 and dropped in 2022.0.0', () => {
    expect(tierIn('2012.0.0', 'sc2000')).toBe('candidate');
    expect(tierIn('2022.0.0', 'sc2000')).toBeUndefined();
  });

  it.each(['eddsa', 'chacha20-poly1305', 'xts', 'sha-512/256', 'sha3-256', 'shake128'])(
    '%s is recommended in 2022.0.0 and absent from 2012.0.0', (a) => {
      expect(tierIn('2022.0.0', a)).toBe('recommended');
      expect(tierIn('2012.0.0', a)).toBeUndefined();
    });

  it('ISO/IEC 9798-4 moved from candidate to recommended', () => {
    expect(tierIn('2012.0.0', 'iso-iec-9798-4')).toBe('candidate');
    expect(tierIn('2022.0.0', 'iso-iec-9798-4')).toBe('recommended');
  });

  it.each(['2012.0.0', '2022.0.0', '2022.1.0', '2022.2.0'])('CLEFIA is a candidate in %s', (v) => {
    expect(tierIn(v, 'clefia')).toBe('candidate');
  });

  it('notes 18 and 19 exist only from 2022.1.0, on DSA and 3-key Triple DES', () => {
    expect(Object.keys(getList('2012.0.0').notes)).not.toContain('n18');
    expect(Object.keys(getList('2022.0.0').notes)).not.toContain('n18');
    expect(Object.keys(getList('2022.0.0').notes)).not.toContain('n19');
    const r1 = getList('2022.1.0');
    expect(r1.entries.find((e) => e.algorithm === 'dsa')?.notes).toEqual(['n18']);
    expect(r1.entries.find((e) => e.algorithm === 'tdea-3key')?.notes).toEqual(['n19']);
  });

  it('2022 R1 has no note 3 or 10, and 2012 has note 10 on RC4 at low confidence', () => {
    expect(Object.keys(getList('2022.1.0').notes)).not.toContain('n3');
    expect(Object.keys(getList('2022.1.0').notes)).not.toContain('n10');
    expect(getList('2012.0.0').notes.n10?.confidence).toBe('low');
  });

  it('the R1 list has the entry count of the document: 49 entries', () => {
    // 5 signature + 2 confidentiality + 3 key agreement + 4 64-bit + 5 128-bit + 4 stream + 11 hash + 7 modes + 4 MAC + 1 AE + 3 entity.
    expect(getList('2022.1.0').entries).toHaveLength(49);
  });

  it('notes carry machine-readable conditions where the document states one', () => {
    const notes = getList('2022.1.0').notes;
    expect(notes.n12?.conditions).toContainEqual({ type: 'min-output-bits', bits: 256 });
    expect(notes.n4?.conditions).toContainEqual({ type: 'iv-bits', bits: 96 });
    expect(notes.n17?.conditions).toContainEqual({ type: 'usage-only', usage: 'storage-encryption' });
    expect(notes.n15?.conditions).toContainEqual({ type: 'max-blocks-per-key', blocks: 2 ** 20 });
    expect(notes.n11?.conditions).toContainEqual({ type: 'fixed-length-messages' });
    expect(bundledCatalog().tiers.monitored.conditions).toContainEqual({ type: 'compatibility-only' });
  });

  it('2022.2.0 is provisional: R1 plus ML-KEM-768 and ML-KEM-1024 at low confidence, and says what is unconfirmed', () => {
    const r2 = getList('2022.2.0');
    expect(r2.provisional).toBe(true);
    const pq = r2.entries.filter((e) => e.category === 'pq-key-establishment');
    expect(pq.map((e) => e.algorithm)).toEqual(['ml-kem-768', 'ml-kem-1024']);
    expect(pq.every((e) => e.confidence === 'low')).toBe(true);
    expect(r2.entries.find((e) => e.algorithm === 'ml-kem-512')).toBeUndefined();
    expect(r2.unconfirmed?.length).toBeGreaterThanOrEqual(3);
  });

  it('every list entry names a registry algorithm and a known category', () => {
    const { algorithms, categories, lists } = bundledCatalog();
    for (const list of lists) {
      for (const e of list.entries) {
        expect(algorithms.has(e.algorithm), `${list.version} ${e.algorithm}`).toBe(true);
        expect(categories.has(e.category), `${list.version} ${e.category}`).toBe(true);
      }
    }
  });

  it('the registry knows the well-known unlisted algorithms, so they are not unknown', () => {
    const { algorithms } = bundledCatalog();
    for (const id of ['md5', 'md4', 'des', 'tdea-2key', 'rc2', 'rc4', 'blowfish', 'cast5', 'idea', 'seed', 'aria', 'sm3', 'sm4',
      'magma', 'kuznyechik', 'streebog-256', 'whirlpool', 'blake2b-512', 'salsa20', 'poly1305', 'rsa-raw', 'ml-kem-512', 'ml-dsa-65',
      'slh-dsa', 'x25519', 'x448', 'ed25519', 'ed448']) {
      expect(algorithms.has(id), id).toBe(true);
    }
    expect(algorithms.get('ed25519')?.instanceOf).toBe('eddsa');
    expect(algorithms.get('x25519')?.instanceConfidence).toBe('low');
  });

  it('public-key schemes carry the quantum flag and symmetric ones do not', () => {
    const { algorithms } = bundledCatalog();
    for (const id of ['rsa-pss', 'rsa-oaep', 'dh', 'dsa', 'ecdsa', 'ecdh', 'eddsa', 'x25519']) expect(algorithms.get(id)?.quantumVulnerable, id).toBe(true);
    for (const id of ['aes', 'sha-256', 'ml-kem-768', 'hmac']) expect(algorithms.get(id)?.quantumVulnerable, id).toBeFalsy();
  });

  it('LS-0003: 112-bit ends with 2030 (calendar, low confidence, recorded) and 128-bit with 2050', () => {
    const { strength } = bundledCatalog();
    expect(strength.levels.find((l) => l.bits === 112)?.new.lastYear).toBe(2030);
    expect(strength.levels.find((l) => l.bits === 128)?.new.lastYear).toBe(2050);
    expect(strength.periodEnd).toMatchObject({ chosen: 'calendar', confidence: 'low' });
    expect(strength.equivalences.find((e) => e.bits === 112)).toMatchObject({ ifc: 2048, ffc: { p: 2048, q: 224 }, ecc: { min: 224 } });
  });
});
