/**
 * Elliptic-curve names (src/names/curves.ts) and the curve registry (data/curves.yaml): every curve OpenSSL and Node.js know
 * resolves, and the order size we record is the one `openssl ecparam` prints, checked live where openssl is installed and
 * always against the checked-in measurements under test/fixtures/names/.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as crypto from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../src/catalog/catalog.js';
import { curveNames, normaliseCurveName, parseCurve, resolveCurve } from '../../src/names/curves.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/names');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
const lines = (text: string): string[] => text.split('\n').map((l) => l.trim()).filter((l) => l !== '');

const hasOpenssl = spawnSync('openssl', ['version'], { encoding: 'utf8' }).status === 0;
if (!hasOpenssl) console.warn('openssl is not installed: the live `openssl ecparam` oracle tests are skipped; the snapshots still run');

const catalog = bundledCatalog();

/** The curve names in `openssl ecparam -list_curves` output. */
const listCurves = (text: string): string[] => [...text.matchAll(/^\s*([A-Za-z0-9-]+)\s*:/gm)].map((m) => m[1]!);

interface Measured {
  readonly name: string;
  readonly field: 'prime' | 'binary';
  readonly orderBits: number;
  readonly order: string;
  readonly cofactor: number;
  readonly oid?: string;
}
const measured = (JSON.parse(fixture('curves-openssl-orders.json')) as { curves: Measured[] }).curves;

/** Reads the base-point order, cofactor and field of a named curve from `openssl ecparam -param_enc explicit -text`. */
function measure(name: string): Omit<Measured, 'oid'> & { oid?: string } {
  const text = execFileSync('openssl', ['ecparam', '-name', name, '-param_enc', 'explicit', '-text', '-noout'], { encoding: 'utf8' });
  const order = /^Order:\s*\n((?:\s+[0-9a-f:]+\n)+)/m.exec(text)?.[1]?.replace(/[\s:]/g, '')
    ?? /^Order:\s+\d+ \(0x([0-9a-f]+)\)/m.exec(text)?.[1];
  if (order === undefined) throw new Error(`no Order in openssl ecparam output for ${name}`);
  const cofactor = Number(/^Cofactor:\s+(\d+)/m.exec(text)?.[1]);
  const field = /characteristic-two-field/.test(text) ? 'binary' : 'prime';
  return { name, field, orderBits: BigInt(`0x${order}`).toString(2).length, order, cofactor };
}

/** The OID OpenSSL writes for a named curve, decoded from the DER it prints; undefined where the curve has none. */
function namedCurveOid(name: string): string | undefined {
  const r = spawnSync('openssl', ['ecparam', '-name', name, '-param_enc', 'named_curve', '-outform', 'DER']);
  if (r.status !== 0) return undefined;
  const der = r.stdout;
  if (der[0] !== 0x06) throw new Error(`${name}: not an OBJECT IDENTIFIER`);
  const body = [...der.subarray(2, 2 + der[1]!)];
  const arcs: bigint[] = [BigInt(Math.floor(body[0]! / 40)), BigInt(body[0]! % 40)];
  let v = 0n;
  for (const b of body.slice(1)) {
    v = (v << 7n) | BigInt(b & 0x7f);
    if ((b & 0x80) === 0) { arcs.push(v); v = 0n; }
  }
  return arcs.join('.');
}

describe('openssl ecparam oracle', () => {
  const snapshotNames = listCurves(fixture('curves-openssl-list-curves.txt'));

  it('resolves every curve of the snapshot of `openssl ecparam -list_curves`', () => {
    expect(snapshotNames.length).toBe(82);
    expect(snapshotNames.filter((n) => resolveCurve(n) === undefined)).toEqual([]);
    expect(snapshotNames.filter((n) => parseCurve(n)?.algorithm !== 'ec')).toEqual([]);
    console.info(`openssl ecparam -list_curves: ${snapshotNames.length}/${snapshotNames.length} curves resolved`);
  });

  it('measured every listed curve', () => {
    expect(measured.map((m) => m.name).sort()).toEqual([...snapshotNames].sort());
  });

  it('records, for every curve, the order size, field and OID that openssl printed (snapshot)', () => {
    for (const m of measured) {
      const id = resolveCurve(m.name);
      const curve = catalog.curves.get(id ?? '');
      expect(curve, m.name).toBeDefined();
      expect(BigInt(`0x${m.order}`).toString(2).length, m.name).toBe(m.orderBits);
      expect(curve?.orderBits, `${m.name} (${id})`).toBe(m.orderBits);
      expect(curve?.field, m.name).toBe(m.field);
      expect(curve?.form, m.name).toBe('weierstrass');
      if (m.oid) expect(resolveCurve(m.oid), `${m.name} ${m.oid}`).toBe(id);
    }
  });

  it.skipIf(!hasOpenssl)('records, for every curve the installed openssl knows, the order size, field and OID it prints', () => {
    const live = listCurves(execFileSync('openssl', ['ecparam', '-list_curves'], { encoding: 'utf8' }));
    expect(live.length).toBeGreaterThan(60);
    for (const name of live) {
      const m = measure(name);
      const id = resolveCurve(name);
      expect(id, name).toBeDefined();
      const curve = catalog.curves.get(id ?? '');
      expect(curve?.orderBits, `${name} (${id})`).toBe(m.orderBits);
      expect(curve?.field, name).toBe(m.field);
      const oid = namedCurveOid(name);
      if (oid !== undefined) expect(resolveCurve(oid), `${name} ${oid}`).toBe(id);
      const snap = measured.find((s) => s.name === name);
      if (snap) expect({ order: m.order, cofactor: m.cofactor }, name).toEqual({ order: snap.order, cofactor: snap.cofactor });
    }
  }, 60_000);

  it('files each WTLS curve that shares its parameters with another curve under that curve', () => {
    const same = (a: string, b: string) => {
      const x = measured.find((m) => m.name === a);
      const y = measured.find((m) => m.name === b);
      expect({ order: x?.order, cofactor: x?.cofactor, field: x?.field }).toEqual({ order: y?.order, cofactor: y?.cofactor, field: y?.field });
      expect(resolveCurve(a)).toBe(resolveCurve(b));
    };
    same('wap-wsg-idm-ecid-wtls3', 'sect163k1');
    same('wap-wsg-idm-ecid-wtls4', 'sect113r1');
    same('wap-wsg-idm-ecid-wtls5', 'c2pnb163v1');
    same('wap-wsg-idm-ecid-wtls6', 'secp112r1');
    same('wap-wsg-idm-ecid-wtls7', 'secp160r2');
    same('wap-wsg-idm-ecid-wtls10', 'sect233k1');
    same('wap-wsg-idm-ecid-wtls11', 'sect233r1');
    // wtls12 is a 224-bit curve of its own, not P-224.
    expect(resolveCurve('wap-wsg-idm-ecid-wtls12')).toBe('wap-wsg-idm-ecid-wtls12');
  });
});

describe('Node.js crypto.getCurves() oracle', () => {
  it('resolves every curve of the snapshot', () => {
    const names = lines(fixture('node-getCurves.txt'));
    expect(names.length).toBe(82);
    expect(names.filter((n) => parseCurve(n) === undefined)).toEqual([]);
    console.info(`Node.js getCurves: ${names.length}/${names.length} curves resolved`);
  });

  it(`resolves every curve this Node.js (${process.version}) lists`, () => {
    expect(crypto.getCurves().filter((n) => parseCurve(n) === undefined)).toEqual([]);
  });
});

describe('the curve registry', () => {
  it('measures Curve25519 and Curve448 by the group orders of RFC 7748', () => {
    // RFC 7748 section 4.1 and 4.2: the order of the base point's subgroup.
    const l25519 = 2n ** 252n + 27742317777372353535851937790883648493n;
    const l448 = 2n ** 446n - 13818066809895115352007386748515426880336692474882178609894547503885n;
    expect(catalog.curves.get('curve25519')?.orderBits).toBe(l25519.toString(2).length);
    expect(catalog.curves.get('edwards25519')?.orderBits).toBe(l25519.toString(2).length);
    expect(catalog.curves.get('curve448')?.orderBits).toBe(l448.toString(2).length);
    expect(catalog.curves.get('edwards448')?.orderBits).toBe(l448.toString(2).length);
  });

  it('covers as NIST exactly the curves of FIPS 186-4', () => {
    const nist = [...catalog.curves.values()].filter((c) => c.coverage === 'nist').map((c) => c.id).sort();
    expect(nist).toEqual([
      'secp192r1', 'secp224r1', 'secp256r1', 'secp384r1', 'secp521r1',
      'sect163k1', 'sect163r2', 'sect233k1', 'sect233r1', 'sect283k1', 'sect283r1', 'sect409k1', 'sect409r1', 'sect571k1', 'sect571r1',
    ].sort());
  });

  it('names every curve, and names only curves it has', () => {
    const table = catalog.names.get('curves') as { curves: { curve: string; names: string[]; oids?: string[] }[] };
    const named = new Set(table.curves.map((e) => e.curve));
    for (const id of catalog.curves.keys()) expect(named.has(id), id).toBe(true);
    for (const id of named) expect(catalog.curves.has(id), id).toBe(true);
    expect(table.curves.length).toBe(named.size);
  });

  it('gives each name (ignoring case and separators) and each OID to one curve only', () => {
    const table = catalog.names.get('curves') as { curves: { curve: string; names: string[]; oids?: string[] }[] };
    const byKey = new Map<string, string>();
    for (const e of table.curves) {
      for (const key of [e.curve, ...e.names].map(normaliseCurveName).concat(e.oids ?? [])) {
        expect(byKey.get(key) ?? e.curve, key).toBe(e.curve);
        byKey.set(key, e.curve);
      }
    }
  });
});

describe('names', () => {
  it('reads every alias of P-256', () => {
    for (const n of ['secp256r1', 'prime256v1', 'P-256', 'P256', 'p-256', 'nistp256', 'nistP256', 'NIST P-256', 'NIST_P256',
      'X9.62 prime256v1', '1.2.840.10045.3.1.7', 'SECP256R1']) {
      expect(resolveCurve(n), n).toBe('secp256r1');
    }
    expect(parseCurve('P-256')).toEqual({ input: 'P-256', scheme: 'curve', label: 'NIST P-256', algorithm: 'ec', curve: 'secp256r1' });
  });

  it('reads the other NIST curves by their FIPS 186-4, SEC 2 and RFC 5656 names', () => {
    expect(resolveCurve('P-192')).toBe('secp192r1');
    expect(resolveCurve('prime192v1')).toBe('secp192r1');
    expect(resolveCurve('P-224')).toBe('secp224r1');
    expect(resolveCurve('nistp384')).toBe('secp384r1');
    expect(resolveCurve('P-521')).toBe('secp521r1');
    expect(resolveCurve('1.3.132.0.35')).toBe('secp521r1');
    expect(resolveCurve('K-163')).toBe('sect163k1');
    expect(resolveCurve('nistk163')).toBe('sect163k1');
    expect(resolveCurve('B-163')).toBe('sect163r2');
    expect(resolveCurve('nistb233')).toBe('sect233r1');
    expect(resolveCurve('nistt571')).toBe('sect571k1');
    expect(resolveCurve('B-571')).toBe('sect571r1');
  });

  it('reads Curve25519, Curve448 and the Edwards curves as the algorithms defined on them', () => {
    expect(parseCurve('X25519')).toMatchObject({ algorithm: 'x25519', curve: 'curve25519', scheme: 'curve' });
    expect(parseCurve('Curve25519')).toMatchObject({ algorithm: 'x25519', curve: 'curve25519' });
    expect(parseCurve('1.3.101.110')).toMatchObject({ algorithm: 'x25519', curve: 'curve25519' });
    expect(parseCurve('X448')).toMatchObject({ algorithm: 'x448', curve: 'curve448' });
    expect(parseCurve('curve448')).toMatchObject({ algorithm: 'x448', curve: 'curve448' });
    expect(parseCurve('Ed25519')).toMatchObject({ algorithm: 'ed25519', curve: 'edwards25519' });
    expect(parseCurve('1.3.101.112')).toMatchObject({ algorithm: 'ed25519', curve: 'edwards25519' });
    expect(parseCurve('Ed448')).toMatchObject({ algorithm: 'ed448', curve: 'edwards448' });
  });

  it('reads brainpool, secp256k1 and SM2', () => {
    expect(resolveCurve('brainpoolP256r1')).toBe('brainpoolP256r1');
    expect(resolveCurve('bp256r1')).toBe('brainpoolP256r1');
    expect(resolveCurve('1.3.36.3.3.2.8.1.1.7')).toBe('brainpoolP256r1');
    expect(resolveCurve('brainpoolP384r1tls13')).toBe('brainpoolP384r1');
    expect(resolveCurve('brainpoolP512t1')).toBe('brainpoolP512t1');
    expect(resolveCurve('secp256k1')).toBe('secp256k1');
    expect(resolveCurve('P-256K')).toBe('secp256k1');
    expect(resolveCurve('1.3.132.0.10')).toBe('secp256k1');
    expect(parseCurve('SM2')).toMatchObject({ algorithm: 'ec', curve: 'sm2p256v1' });
    expect(resolveCurve('curveSM2')).toBe('sm2p256v1');
  });

  it('reads the smaller and older curves with their true order sizes', () => {
    const bits = (n: string) => catalog.curves.get(resolveCurve(n) ?? '')?.orderBits;
    expect(bits('secp112r2')).toBe(110);
    expect(bits('secp160r1')).toBe(161);
    expect(bits('secp224k1')).toBe(225);
    expect(bits('sect233k1')).toBe(232);
    expect(bits('c2pnb176v1')).toBe(161);
    expect(bits('c2tnb431r1')).toBe(418);
    expect(bits('Oakley-EC2N-3')).toBe(154);
    expect(bits('Oakley-EC2N-4')).toBe(184);
  });

  it('reads OIDs exactly and nothing that is not a curve', () => {
    expect(resolveCurve('1.2.840.10045.3.1.77')).toBeUndefined();
    expect(resolveCurve('12840100453117')).toBeUndefined();
    expect(resolveCurve('P-257')).toBeUndefined();
    expect(resolveCurve('')).toBeUndefined();
    expect(resolveCurve('  ')).toBeUndefined();
    expect(parseCurve('aes-128-gcm')).toBeUndefined();
  });

  it('lists every name it reads', () => {
    const names = curveNames();
    expect(names.length).toBeGreaterThan(200);
    for (const n of names) expect(resolveCurve(n), n).toBeDefined();
  });
});

describe('robustness', () => {
  it('never throws on any string', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      resolveCurve(s);
      parseCurve(s);
      return true;
    }));
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => {
      parseCurve(s);
      return true;
    }));
  });

  it('reads a name the same whatever its case and separators', () => {
    const names = curveNames().filter((n) => !/^[0-2](\.\d+)+$/.test(n));
    const seps = fc.constantFrom('', '-', '_', ' ', '.', '/');
    fc.assert(fc.property(fc.constantFrom(...names), fc.array(fc.tuple(fc.boolean(), seps), { maxLength: 64 }), (name, edits) => {
      const stripped = name.replace(/[\s\-_./:]+/g, '');
      const mangled = [...stripped].map((ch, i) => {
        const [upper, sep] = edits[i] ?? [false, ''];
        return (upper ? ch.toUpperCase() : ch.toLowerCase()) + sep;
      }).join('');
      return resolveCurve(mangled) === resolveCurve(name);
    }));
  });

  it('rejects long garbage at once', () => {
    expect(resolveCurve('secp256r1'.repeat(100_000))).toBeUndefined();
    expect(parseCurve('-'.repeat(1 << 20))).toBeUndefined();
    expect(parseCurve('\u0000'.repeat(1 << 20))).toBeUndefined();
  });

  it('tolerates values that are not strings', () => {
    for (const v of [undefined, null, 42, {}, []] as unknown[]) {
      expect(resolveCurve(v as string)).toBeUndefined();
      expect(parseCurve(v as string)).toBeUndefined();
    }
  });
});
