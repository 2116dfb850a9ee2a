import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bundledCatalog } from '../../src/catalog/catalog.js';
import { listOids, lookupOid, nameOfOid, namesOf, oidOf, opensslNameOfOid, parseOid, type OidEntry } from '../../src/names/oid.js';
import type { Usage } from '../../src/names/types.js';

const SNAPSHOT = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/names/oid-openssl.txt');
const catalog = bundledCatalog();

const hasOpenssl = spawnSync('openssl', ['version'], { stdio: 'ignore' }).status === 0;
if (!hasOpenssl) console.warn('oid.test: `openssl` is not on PATH; the live OpenSSL oracle is skipped and the checked-in snapshot is used');

/**
 * What OpenSSL makes of each item (a dotted OID or a name), in one `openssl asn1parse -genconf` run: the text it prints
 * for the OBJECT, which is its long name, its short name when it has no long name, or the dotted form when it does not
 * know the OID. An unknown name makes the whole run fail, which the caller sees as an error.
 */
function opensslObjects(items: readonly string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'cryptrec-oid-'));
  try {
    const conf = join(dir, 'oids.cnf');
    writeFileSync(conf, `asn1=SEQUENCE:seq\n[seq]\n${items.map((x, i) => `o${i}=OID:${x}\n`).join('')}`);
    const out = execFileSync('openssl', ['asn1parse', '-genconf', conf], { encoding: 'utf8' });
    return out.split('\n').filter((l) => l.includes('OBJECT')).map((l) => l.replace(/^.*OBJECT\s*:/, '').trim());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const shortNamed = (): OidEntry[] => listOids().filter((e) => e.openssl?.sn !== undefined);

/** The snapshot's text for the current table: OpenSSL's answer for every OID and for every short name. */
function snapshotText(version: string, dotted: readonly string[], short: readonly string[]): string {
  const entries = listOids();
  const sn = shortNamed();
  return [
    `# ${version}`,
    '# openssl asn1parse -genconf: the OBJECT text printed for each OID of data/names/oids.yaml (the dotted form: unknown to OpenSSL)',
    ...entries.map((e, i) => `${e.oid}\t${dotted[i]}`),
    '## short names: the OBJECT text printed for each openssl.sn',
    ...sn.map((e, i) => `${e.openssl!.sn}\t${short[i]}`),
    '',
  ].join('\n');
}

function readSnapshot(): { version: string; byOid: Map<string, string>; bySn: Map<string, string> } {
  const byOid = new Map<string, string>();
  const bySn = new Map<string, string>();
  let version = '';
  let section = byOid;
  for (const line of readFileSync(SNAPSHOT, 'utf8').split('\n')) {
    if (line.startsWith('# OpenSSL')) version = line.slice(2);
    else if (line.startsWith('## short names')) section = bySn;
    else if (line !== '' && !line.startsWith('#')) {
      const [k, v] = line.split('\t');
      section.set(k!, v!);
    }
  }
  return { version, byOid, bySn };
}

const ids = (u: Usage | undefined): string[] => (u === undefined ? [] : u.components ? u.components.map((c) => c.algorithm!) : [u.algorithm!]);

describe('parseOid: OpenSSL as oracle', () => {
  it('the snapshot covers every OID of the table and agrees with its openssl names', () => {
    const snap = readSnapshot();
    expect(snap.version).toMatch(/^OpenSSL 3\./);
    let known = 0;
    for (const e of listOids()) {
      expect(snap.byOid.has(e.oid), e.oid).toBe(true);
      expect(snap.byOid.get(e.oid), e.oid).toBe(e.openssl?.text ?? e.oid);
      if (e.openssl) known++;
    }
    for (const e of shortNamed()) expect(snap.bySn.get(e.openssl!.sn!), e.openssl!.sn).toBe(e.openssl!.text);
    console.info(`oid coverage (${snap.version}): ${listOids().length} OIDs in the table, ${known} known to OpenSSL and named as it names them, `
      + `${listOids().length - known} unknown to it (post-quantum, RFC 8692/8702 SHAKE, HashSLH-DSA, id-ecDH, ChaCha20-Poly1305 CMS, ...)`);
    expect(known).toBeGreaterThanOrEqual(180);
  });

  it('every name OpenSSL prints for a table OID reads back as that OID', () => {
    const snap = readSnapshot();
    for (const [oid, text] of snap.byOid) {
      if (text === oid) continue;
      expect(parseOid(text)?.label, text).toBe(nameOfOid(oid));
      expect(oidOf(text), text).toBe(oid);
    }
    for (const [sn] of snap.bySn) expect(lookupOid(sn), sn).toBeDefined();
  });

  it('reads the names `openssl x509 -text` prints for common certificates', () => {
    const cases: [string, string[]][] = [
      ['sha256WithRSAEncryption', ['rsassa-pkcs1-v1_5', 'sha-256']], ['ecdsa-with-SHA384', ['ecdsa', 'sha-384']], ['ED25519', ['ed25519']],
      ['ED448', ['ed448']], ['rsassaPss', ['rsa-pss']], ['RSA-SHA256', ['rsassa-pkcs1-v1_5', 'sha-256']], ['rsaEncryption', ['rsa']],
      ['id-ecPublicKey', ['ec']], ['dsaEncryption', ['dsa']], ['dsa_with_SHA256', ['dsa', 'sha-256']], ['X25519', ['x25519']],
      ['dhKeyAgreement', ['dh']], ['X9.42 DH', ['dh']], ['sha1WithRSAEncryption', ['rsassa-pkcs1-v1_5', 'sha-1']],
      ['md5WithRSAEncryption', ['rsassa-pkcs1-v1_5', 'md5']], ['SM2-with-SM3', ['sm2', 'sm3']], ['ecdsa_with_SHA3-256', ['ecdsa', 'sha3-256']],
      ['RSA-SHA3-256', ['rsassa-pkcs1-v1_5', 'sha3-256']],
    ];
    for (const [name, expected] of cases) expect(ids(parseOid(name)), name).toEqual(expected);
  });

  it.skipIf(!hasOpenssl)('agrees with the openssl on this machine', () => {
    const version = execFileSync('openssl', ['version'], { encoding: 'utf8' }).trim();
    const entries = listOids();
    const dotted = opensslObjects(entries.map((e) => e.oid));
    const short = opensslObjects(shortNamed().map((e) => e.openssl!.sn!));
    expect(dotted.length).toBe(entries.length);
    const newlyKnown: string[] = [];
    entries.forEach((e, i) => {
      if (e.openssl) expect(dotted[i], e.oid).toBe(e.openssl.text);
      else if (dotted[i] !== e.oid) newlyKnown.push(`${e.oid} = ${dotted[i]}`);
    });
    shortNamed().forEach((e, i) => expect(short[i], e.openssl!.sn).toBe(e.openssl!.text));
    if (process.env.CRYPTREC_UPDATE_FIXTURES === '1') writeFileSync(SNAPSHOT, snapshotText(version, dotted, short));
    if (version === readSnapshot().version) {
      expect(snapshotText(version, dotted, short)).toBe(readFileSync(SNAPSHOT, 'utf8'));
      expect(newlyKnown).toEqual([]);
    } else if (newlyKnown.length > 0) {
      console.warn(`oid.test: ${version} knows OIDs the table records as unknown to OpenSSL: ${newlyKnown.join(', ')}`);
    }
  });
});

describe('parseOid: the table', () => {
  it('uses only registry ids and curves, and every entry reads as a Usage', () => {
    for (const e of listOids()) {
      const u = parseOid(e.oid);
      expect(u, e.oid).toBeDefined();
      expect(u!.scheme).toBe('oid');
      expect(u!.label).toBe(e.name);
      for (const c of [u!, ...(u!.components ?? [])]) {
        if (c.algorithm !== undefined) expect(catalog.algorithms.has(c.algorithm), `${e.oid}: ${c.algorithm}`).toBe(true);
        if (c.curve !== undefined) expect(catalog.curves.has(c.curve), `${e.oid}: ${c.curve}`).toBe(true);
        expect(c.input).toBe(e.oid);
      }
      for (const c of u!.components ?? []) expect(c.role, e.oid).toBeDefined();
    }
  });

  it('has one entry per OID, and no two OIDs whose names differ only by case', () => {
    const oids = new Set<string>();
    const owner = new Map<string, string>();
    for (const e of listOids()) {
      expect(oids.has(e.oid), e.oid).toBe(false);
      oids.add(e.oid);
      for (const n of namesOf(e)) {
        const prev = owner.get(n.toLowerCase());
        expect(prev === undefined || prev === e.oid, `${n}: ${prev} and ${e.oid}`).toBe(true);
        owner.set(n.toLowerCase(), e.oid);
      }
    }
    expect(oids.size).toBeGreaterThanOrEqual(230);
  });

  it('round-trips every OID and every name through oidOf and nameOfOid', () => {
    for (const e of listOids()) {
      expect(nameOfOid(e.oid)).toBe(e.name);
      expect(opensslNameOfOid(e.oid)).toBe(e.openssl?.text);
      for (const n of namesOf(e)) {
        expect(oidOf(n), n).toBe(e.oid);
        expect(oidOf(n.toUpperCase()), n).toBe(e.oid);
        expect(ids(parseOid(n)), n).toEqual(ids(parseOid(e.oid)));
      }
    }
  });

  it('covers the OIDs of the brief', () => {
    const expected: [string, string, string[]][] = [
      ['1.2.840.113549.1.1.1', 'rsaEncryption', ['rsa']],
      ['1.2.840.113549.1.1.2', 'md2WithRSAEncryption', ['rsassa-pkcs1-v1_5', 'md2']],
      ['1.2.840.113549.1.1.3', 'md4WithRSAEncryption', ['rsassa-pkcs1-v1_5', 'md4']],
      ['1.2.840.113549.1.1.4', 'md5WithRSAEncryption', ['rsassa-pkcs1-v1_5', 'md5']],
      ['1.2.840.113549.1.1.5', 'sha1WithRSAEncryption', ['rsassa-pkcs1-v1_5', 'sha-1']],
      ['1.2.840.113549.1.1.14', 'sha224WithRSAEncryption', ['rsassa-pkcs1-v1_5', 'sha-224']],
      ['1.2.840.113549.1.1.11', 'sha256WithRSAEncryption', ['rsassa-pkcs1-v1_5', 'sha-256']],
      ['1.2.840.113549.1.1.12', 'sha384WithRSAEncryption', ['rsassa-pkcs1-v1_5', 'sha-384']],
      ['1.2.840.113549.1.1.13', 'sha512WithRSAEncryption', ['rsassa-pkcs1-v1_5', 'sha-512']],
      ['1.2.840.113549.1.1.15', 'sha512-224WithRSAEncryption', ['rsassa-pkcs1-v1_5', 'sha-512/224']],
      ['1.2.840.113549.1.1.16', 'sha512-256WithRSAEncryption', ['rsassa-pkcs1-v1_5', 'sha-512/256']],
      ['1.2.840.113549.1.1.10', 'id-RSASSA-PSS', ['rsa-pss']],
      ['1.2.840.113549.1.1.7', 'id-RSAES-OAEP', ['rsa-oaep']],
      ['1.2.840.113549.1.1.8', 'id-mgf1', ['mgf1']],
      ['1.2.840.10040.4.1', 'id-dsa', ['dsa']],
      ['1.2.840.10040.4.3', 'id-dsa-with-sha1', ['dsa', 'sha-1']],
      ['2.16.840.1.101.3.4.3.1', 'id-dsa-with-sha224', ['dsa', 'sha-224']],
      ['2.16.840.1.101.3.4.3.2', 'id-dsa-with-sha256', ['dsa', 'sha-256']],
      ['1.2.840.10045.2.1', 'id-ecPublicKey', ['ec']],
      ['1.2.840.10045.4.1', 'ecdsa-with-SHA1', ['ecdsa', 'sha-1']],
      ['1.2.840.10045.4.3.1', 'ecdsa-with-SHA224', ['ecdsa', 'sha-224']],
      ['1.2.840.10045.4.3.2', 'ecdsa-with-SHA256', ['ecdsa', 'sha-256']],
      ['1.2.840.10045.4.3.3', 'ecdsa-with-SHA384', ['ecdsa', 'sha-384']],
      ['1.2.840.10045.4.3.4', 'ecdsa-with-SHA512', ['ecdsa', 'sha-512']],
      ['2.16.840.1.101.3.4.3.10', 'id-ecdsa-with-sha3-256', ['ecdsa', 'sha3-256']],
      ['1.3.101.112', 'id-Ed25519', ['ed25519']],
      ['1.3.101.113', 'id-Ed448', ['ed448']],
      ['1.3.101.110', 'id-X25519', ['x25519']],
      ['1.3.101.111', 'id-X448', ['x448']],
      ['1.2.840.10046.2.1', 'dhpublicnumber', ['dh']],
      ['1.2.840.113549.1.3.1', 'dhKeyAgreement', ['dh']],
      ['2.16.840.1.101.3.4.2.1', 'id-sha256', ['sha-256']],
      ['2.16.840.1.101.3.4.2.8', 'id-sha3-256', ['sha3-256']],
      ['2.16.840.1.101.3.4.2.11', 'id-shake128', ['shake128']],
      ['2.16.840.1.101.3.4.2.12', 'id-shake256', ['shake256']],
      ['1.2.840.113549.2.5', 'md5', ['md5']],
      ['1.3.14.3.2.26', 'id-sha1', ['sha-1']],
      ['1.2.840.113549.2.7', 'hmacWithSHA1', ['hmac', 'sha-1']],
      ['1.2.840.113549.2.9', 'hmacWithSHA256', ['hmac', 'sha-256']],
      ['2.16.840.1.101.3.4.1.2', 'id-aes128-CBC', ['aes', 'cbc']],
      ['2.16.840.1.101.3.4.1.6', 'id-aes128-GCM', ['aes', 'gcm']],
      ['2.16.840.1.101.3.4.1.45', 'id-aes256-wrap', ['aes', 'kw']],
      ['2.16.840.1.101.3.4.1.48', 'id-aes256-wrap-pad', ['aes', 'kwp']],
      ['1.2.840.113549.3.7', 'des-ede3-cbc', ['tdea-3key', 'cbc']],
      ['1.2.840.113549.3.2', 'rc2-cbc', ['rc2', 'cbc']],
      ['1.2.840.113549.3.4', 'rc4', ['rc4']],
      ['2.16.840.1.101.3.4.3.17', 'id-ml-dsa-44', ['ml-dsa-44']],
      ['2.16.840.1.101.3.4.3.18', 'id-ml-dsa-65', ['ml-dsa-65']],
      ['2.16.840.1.101.3.4.3.19', 'id-ml-dsa-87', ['ml-dsa-87']],
      ['2.16.840.1.101.3.4.3.20', 'id-slh-dsa-sha2-128s', ['slh-dsa']],
      ['2.16.840.1.101.3.4.3.31', 'id-slh-dsa-shake-256f', ['slh-dsa']],
      ['2.16.840.1.101.3.4.4.1', 'id-alg-ml-kem-512', ['ml-kem-512']],
      ['2.16.840.1.101.3.4.4.2', 'id-alg-ml-kem-768', ['ml-kem-768']],
      ['2.16.840.1.101.3.4.4.3', 'id-alg-ml-kem-1024', ['ml-kem-1024']],
      ['1.2.156.10197.1.401', 'sm3', ['sm3']],
      ['1.2.156.10197.1.501', 'SM2-with-SM3', ['sm2', 'sm3']],
      ['1.2.643.7.1.1.2.2', 'md_gost12_256', ['streebog-256']],
      ['1.2.643.7.1.1.3.2', 'id-tc26-signwithdigest-gost3410-2012-256', ['gost-r-34.10', 'streebog-256']],
    ];
    for (const [oid, name, algorithms] of expected) {
      expect(nameOfOid(oid), oid).toBe(name);
      expect(ids(parseOid(oid)), oid).toEqual(algorithms);
      expect(ids(parseOid(name)), name).toEqual(algorithms);
    }
  });
});

describe('parseOid: decomposition', () => {
  it('sha256WithRSAEncryption, ecdsa-with-SHA1, id-RSASSA-PSS, id-aes128-GCM', () => {
    expect(parseOid('1.2.840.113549.1.1.11')).toEqual({
      input: '1.2.840.113549.1.1.11', scheme: 'oid', label: 'sha256WithRSAEncryption', components: [
        { input: '1.2.840.113549.1.1.11', scheme: 'oid', algorithm: 'rsassa-pkcs1-v1_5', role: 'signature' },
        { input: '1.2.840.113549.1.1.11', scheme: 'oid', algorithm: 'sha-256', role: 'hash' },
      ],
    });
    const ecdsa = parseOid('ecdsa-with-SHA1');
    expect(ecdsa?.components?.map((c) => [c.algorithm, c.role])).toEqual([['ecdsa', 'signature'], ['sha-1', 'hash']]);
    const pss = parseOid('id-RSASSA-PSS');
    expect(pss?.algorithm).toBe('rsa-pss');
    expect(pss?.facts?.[0]?.about).toMatch(/parameters/);
    expect(pss?.facts?.[0]?.source).toMatch(/RFC 8017/);
    expect(parseOid('id-aes128-GCM')?.components?.[0]).toMatchObject({ algorithm: 'aes', keyBits: 128, role: 'cipher' });
    expect(parseOid('aes-256-gcm')?.components?.[0]?.keyBits).toBe(256);
    expect(parseOid('1.2.156.10197.1.301')).toMatchObject({ algorithm: 'sm2', curve: 'sm2p256v1' });
    expect(parseOid('pbeWithSHAAnd2-KeyTripleDES-CBC')?.components?.map((c) => c.algorithm)).toEqual(['pkcs12-kdf', 'sha-1', 'tdea-2key', 'cbc']);
    expect(parseOid('id-hash-slh-dsa-shake-256f-with-shake256')?.components?.map((c) => c.algorithm)).toEqual(['slh-dsa', 'shake256']);
  });

  it('accepts the dotted forms Java and RFC 3061 write, and nothing around them', () => {
    for (const s of ['1.2.840.113549.1.1.11', 'OID.1.2.840.113549.1.1.11', 'oid.1.2.840.113549.1.1.11', 'urn:oid:1.2.840.113549.1.1.11', ' 1.2.840.113549.1.1.11 ']) {
      expect(parseOid(s)?.label, s).toBe('sha256WithRSAEncryption');
    }
    for (const s of ['1.2.840.113549.1.1.11.', '.1.2.840.113549.1.1.11', '1.2.840.113549.1.1.011', '1..2', '3.1.2', '1', '1.2.840.113549.1.1.99',
      'sha256WithRSAEncryptionX', 'sha256 WithRSAEncryption', '']) {
      expect(parseOid(s), s).toBeUndefined();
    }
    expect(nameOfOid('sha256WithRSAEncryption')).toBeUndefined(); // a name is not a dotted OID
    expect(oidOf('nope')).toBeUndefined();
  });
});

describe('parseOid: robustness', () => {
  it('never throws for any string', () => {
    const token = fc.constantFrom('1', '2', '.', '840', '113549', 'OID.', 'urn:oid:', 'sha', 'WithRSA', 'Encryption', '-', ' ');
    fc.assert(fc.property(fc.string(), (s) => {
      const u = parseOid(s);
      oidOf(s);
      nameOfOid(s);
      opensslNameOfOid(s);
      return u === undefined || u.scheme === 'oid';
    }), { numRuns: 3000 });
    fc.assert(fc.property(fc.array(token, { maxLength: 20 }), (parts) => {
      const u = parseOid(parts.join(''));
      return u === undefined || typeof u.label === 'string';
    }), { numRuns: 3000 });
  });

  it('returns quickly on long garbage', () => {
    const start = Date.now();
    for (const s of ['1.'.repeat(500_000) + '1', 'x'.repeat(1_000_000), `1.2${'.1'.repeat(100)}`, 'urn:oid:' + '9'.repeat(10_000)]) {
      expect(parseOid(s)).toBeUndefined();
      expect(nameOfOid(s)).toBeUndefined();
    }
    expect(Date.now() - start).toBeLessThan(2000);
    expect(parseOid(null as unknown as string)).toBeUndefined();
  });
});
