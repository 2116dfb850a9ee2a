import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Ajv from 'ajv';
import { parse as parseYaml } from 'yaml';
import { bundledCatalog } from '../../src/catalog/catalog.js';
import { coseAlgorithms, joseAlgorithmNames, joseCurves, joseKeyTypes, parseCose, parseJose, type JoseObject } from '../../src/names/jose.js';
import type { Usage } from '../../src/names/types.js';

const catalog = bundledCatalog();
const ids = (u: Usage | undefined): string[] => (u === undefined ? [] : u.components ? u.components.map((c) => c.algorithm!) : [u.algorithm!]);
const part = (u: Usage | undefined, algorithm: string): Usage | undefined =>
  u?.components ? u.components.find((c) => c.algorithm === algorithm) : u?.algorithm === algorithm ? u : undefined;
/** Every id and curve a Usage mentions exists in the registry. */
function checkIds(u: Usage, where: string): void {
  for (const c of [u, ...(u.components ?? [])]) {
    if (c.algorithm !== undefined) expect(catalog.algorithms.has(c.algorithm), `${where}: ${c.algorithm}`).toBe(true);
    if (c.curve !== undefined) expect(catalog.curves.has(c.curve), `${where}: ${c.curve}`).toBe(true);
  }
}
/** A base64url RSA modulus of exactly `bits` bits (top bit set). */
const modulus = (bits: number): string => {
  const bytes = new Uint8Array(Math.ceil(bits / 8)).fill(0x5a);
  bytes[0] = 1 << ((bits - 1) % 8);
  return Buffer.from(bytes).toString('base64url');
};

describe('parseJose: the table', () => {
  it('every registered alg and enc value resolves to registry ids, with its own label', () => {
    expect(joseAlgorithmNames().length).toBeGreaterThanOrEqual(50);
    for (const name of joseAlgorithmNames()) {
      const u = parseJose(name);
      expect(u, name).toBeDefined();
      expect(u!.input).toBe(name);
      expect(u!.label).toBe(name);
      expect(u!.scheme).toBe('jose');
      checkIds(u!, name);
      expect(parseJose(`jose:${name}`)).toEqual({ ...u, input: `jose:${name}` });
      expect(parseJose(`JOSE:${name}`)?.label).toBe(name);
    }
  });

  it('covers every alg and enc value of the brief (RFC 7518, RFC 8037, RFC 8812, RFC 9864)', () => {
    const expected = ['HS256', 'HS384', 'HS512', 'RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'ES256K',
      'EdDSA', 'Ed25519', 'Ed448', 'none', 'RSA1_5', 'RSA-OAEP', 'RSA-OAEP-256', 'RSA-OAEP-384', 'RSA-OAEP-512', 'A128KW', 'A192KW',
      'A256KW', 'A128GCMKW', 'A192GCMKW', 'A256GCMKW', 'dir', 'ECDH-ES', 'ECDH-ES+A128KW', 'ECDH-ES+A192KW', 'ECDH-ES+A256KW',
      'PBES2-HS256+A128KW', 'PBES2-HS384+A192KW', 'PBES2-HS512+A256KW', 'A128CBC-HS256', 'A192CBC-HS384', 'A256CBC-HS512',
      'A128GCM', 'A192GCM', 'A256GCM', 'ML-DSA-44', 'ML-DSA-65', 'ML-DSA-87'];
    for (const name of expected) expect(joseAlgorithmNames(), name).toContain(name);
  });

  it('matches exactly: alg values are case-sensitive (RFC 7515 §4.1.1)', () => {
    const known = new Set([...joseAlgorithmNames(), ...joseCurves(), 'EC', 'RSA']);
    for (const name of joseAlgorithmNames()) {
      for (const variant of [name.toLowerCase(), name.toUpperCase(), ` ${name}`, `${name} `]) {
        if (!known.has(variant)) expect(parseJose(variant), variant).toBeUndefined();
      }
    }
    expect(parseJose('rs256')).toBeUndefined();
    expect(parseJose('NONE')).toBeUndefined();
    expect(parseJose('Dir')).toBeUndefined();
  });

  it('every JWK curve and key type is read, alone where it names a key, and in a JWK', () => {
    expect(joseCurves()).toEqual(['P-256', 'P-384', 'P-521', 'secp256k1', 'Ed25519', 'Ed448', 'X25519', 'X448']);
    expect(joseKeyTypes()).toEqual(['EC', 'RSA', 'oct', 'OKP', 'AKP']);
    expect(parseJose('P-256')).toMatchObject({ algorithm: 'ec', curve: 'secp256r1' });
    expect(parseJose('P-521')).toMatchObject({ algorithm: 'ec', curve: 'secp521r1' });
    expect(parseJose('secp256k1')).toMatchObject({ algorithm: 'ec', curve: 'secp256k1' });
    expect(parseJose('X25519')).toMatchObject({ algorithm: 'x25519' });
    expect(parseJose('X448')).toMatchObject({ algorithm: 'x448' });
    expect(parseJose('EC')).toMatchObject({ algorithm: 'ec' });
    expect(parseJose('RSA')).toMatchObject({ algorithm: 'rsa' });
    for (const crv of joseCurves()) {
      const u = parseJose({ kty: crv.startsWith('P-') || crv === 'secp256k1' ? 'EC' : 'OKP', crv });
      expect(u, crv).toBeDefined();
      checkIds(u!, crv);
    }
    // A key type that does not name an algorithm by itself stays unknown until alg or crv says more.
    for (const kty of ['oct', 'OKP', 'AKP']) {
      expect(parseJose(kty), kty).toBeUndefined();
      expect(parseJose({ kty }), kty).toBeUndefined();
    }
    expect(parseJose({ kty: 'OKP', crv: 'Ed448' })).toMatchObject({ algorithm: 'ed448' });
    expect(parseJose({ kty: 'oct', alg: 'HS512' })).toMatchObject({ components: [{ algorithm: 'hmac' }, { algorithm: 'sha-512' }] });
    expect(parseJose({ kty: 'AKP', alg: 'ML-DSA-65' })).toMatchObject({ algorithm: 'ml-dsa-65' });
  });

  it('the schema refuses a row that is both a primitive and a composite', () => {
    const schema = JSON.parse(readFileSync('data/schema/jose-names.schema.json', 'utf8')) as object;
    const validate = new Ajv({ strict: true }).compile(schema);
    const data = parseYaml(readFileSync('data/names/jose.yaml', 'utf8')) as { algorithms: Record<string, unknown>[] };
    expect(validate(data)).toBe(true);
    data.algorithms[0] = { ...data.algorithms[0], algorithm: 'hmac', role: 'mac' };
    expect(validate(data)).toBe(false);
  });
});

describe('parseJose: spot checks', () => {
  it('signatures and MACs', () => {
    expect(parseJose('HS256')?.components).toEqual([
      { input: 'HS256', scheme: 'jose', algorithm: 'hmac', role: 'mac' },
      { input: 'HS256', scheme: 'jose', algorithm: 'sha-256', role: 'hash' },
    ]);
    expect(ids(parseJose('RS384'))).toEqual(['rsassa-pkcs1-v1_5', 'sha-384']);
    expect(ids(parseJose('PS512'))).toEqual(['rsa-pss', 'sha-512']);
    expect(parseJose('ES256')?.components?.[0]).toMatchObject({ algorithm: 'ecdsa', curve: 'secp256r1', role: 'signature' });
    expect(parseJose('ES512')?.components).toMatchObject([{ curve: 'secp521r1' }, { algorithm: 'sha-512' }]);
    expect(parseJose('ES256K')?.components?.[0]?.curve).toBe('secp256k1');
    expect(parseJose('EdDSA')).toMatchObject({ algorithm: 'eddsa', role: 'signature' });
    expect(parseJose('Ed25519')).toMatchObject({ algorithm: 'ed25519' });
    expect(parseJose('Ed448')).toMatchObject({ algorithm: 'ed448' });
    expect(parseJose('none')).toMatchObject({ algorithm: 'null', role: 'signature', facts: [{ source: 'RFC 7518 §3.6' }] });
    expect(parseJose('ML-DSA-44')).toMatchObject({ algorithm: 'ml-dsa-44' });
  });

  it('key management', () => {
    expect(parseJose('RSA1_5')).toMatchObject({ algorithm: 'rsaes-pkcs1-v1_5', role: 'encryption' });
    expect(parseJose('RSA-OAEP')?.components).toMatchObject([{ algorithm: 'rsa-oaep' }, { algorithm: 'sha-1', role: 'hash', facts: [{ source: 'RFC 7518 §4.3' }] }]);
    expect(ids(parseJose('RSA-OAEP-256'))).toEqual(['rsa-oaep', 'sha-256']);
    expect(parseJose('A192KW')?.components).toMatchObject([{ algorithm: 'aes', keyBits: 192 }, { algorithm: 'kw', role: 'wrap' }]);
    expect(parseJose('A256GCMKW')?.components).toMatchObject([{ algorithm: 'aes', keyBits: 256 }, { algorithm: 'gcm', role: 'wrap', ivBits: 96, tagBits: 128 }]);
    const ecdh = parseJose('ECDH-ES');
    expect(ecdh).toMatchObject({ algorithm: 'ecdh', role: 'kx' });
    expect(ecdh?.facts?.[0]?.about).toMatch(/Concat KDF.*NIST SP 800-56A/);
    expect(ids(parseJose('ECDH-ES+A128KW'))).toEqual(['ecdh', 'aes', 'kw']);
    expect(parseJose('PBES2-HS256+A128KW')?.components).toMatchObject([
      { algorithm: 'pbkdf2', role: 'kdf' }, { algorithm: 'hmac', role: 'prf' }, { algorithm: 'sha-256', role: 'hash' },
      { algorithm: 'aes', keyBits: 128 }, { algorithm: 'kw', role: 'wrap' }]);
    const dir = parseJose('dir');
    expect(dir?.components).toEqual([]);
    expect(dir?.facts?.[0]?.source).toBe('RFC 7518 §4.5');
  });

  it('content encryption', () => {
    expect(parseJose('A128CBC-HS256')?.components).toEqual([
      { input: 'A128CBC-HS256', scheme: 'jose', algorithm: 'aes', role: 'cipher', keyBits: 128 },
      { input: 'A128CBC-HS256', scheme: 'jose', algorithm: 'cbc', role: 'mode', ivBits: 128 },
      { input: 'A128CBC-HS256', scheme: 'jose', algorithm: 'hmac', role: 'mac', keyBits: 128, outputBits: 128 },
      { input: 'A128CBC-HS256', scheme: 'jose', algorithm: 'sha-256', role: 'hash' },
    ]);
    expect(part(parseJose('A256CBC-HS512'), 'hmac')?.outputBits).toBe(256);
    expect(part(parseJose('A192CBC-HS384'), 'aes')?.keyBits).toBe(192);
    expect(parseJose('A128GCM')?.components).toMatchObject([{ algorithm: 'aes', keyBits: 128 }, { algorithm: 'gcm', role: 'mode', ivBits: 96, tagBits: 128 }]);
  });

  it('JWKs and JOSE headers: the key narrows the algorithm, and a contradiction is unreadable', () => {
    expect(parseJose({ kty: 'RSA', n: modulus(2048), e: 'AQAB' })).toMatchObject({ algorithm: 'rsa', keyBits: 2048, label: 'RSA 2048' });
    expect(parseJose({ kty: 'RSA', n: `AAAA${modulus(1024)}` })?.keyBits).toBe(1024); // leading zero octets do not count
    expect(parseJose({ kty: 'RSA', alg: 'RS256', n: modulus(3072) })?.components?.[0]).toMatchObject({ algorithm: 'rsassa-pkcs1-v1_5', keyBits: 3072 });
    expect(parseJose({ kty: 'EC', crv: 'P-384', x: '…', y: '…' })).toMatchObject({ algorithm: 'ec', curve: 'secp384r1' });
    expect(parseJose({ kty: 'EC', crv: 'P-256', alg: 'ECDH-ES' })).toMatchObject({ algorithm: 'ecdh', curve: 'secp256r1' });
    expect(parseJose({ kty: 'OKP', crv: 'X448', alg: 'ECDH-ES' })).toMatchObject({ algorithm: 'x448' });
    expect(parseJose({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA' })).toMatchObject({ algorithm: 'ed25519', label: 'EdDSA (OKP Ed25519)' });
    expect(parseJose({ kty: 'oct', alg: 'HS256', k: 'A'.repeat(43) })?.components?.[0]).toMatchObject({ algorithm: 'hmac', keyBits: 256 });
    expect(parseJose({ kty: 'oct', alg: 'A256CBC-HS512', k: 'A'.repeat(86) })).toBeDefined(); // 512 bits: MAC key and AES key
    expect(parseJose({ alg: 'ECDH-ES+A256KW', enc: 'A256GCM' })).toMatchObject({ label: 'ECDH-ES+A256KW + A256GCM' });
    expect(ids(parseJose({ alg: 'dir', enc: 'A128CBC-HS256' }))).toEqual(['aes', 'cbc', 'hmac', 'sha-256']);
    expect(parseJose({ alg: 'dir', enc: 'A128GCM' })?.facts?.[0]?.source).toBe('RFC 7518 §4.5');
    // contradictions
    expect(parseJose({ kty: 'EC', crv: 'P-384', alg: 'ES256' })).toBeUndefined();
    expect(parseJose({ kty: 'EC', alg: 'RS256' })).toBeUndefined();
    expect(parseJose({ kty: 'OKP', crv: 'X25519', alg: 'EdDSA' })).toBeUndefined();
    expect(parseJose({ kty: 'OKP', crv: 'Ed448', alg: 'Ed25519' })).toBeUndefined();
    expect(parseJose({ kty: 'EC', crv: 'X25519' })).toBeUndefined();
    expect(parseJose({ kty: 'oct', alg: 'A128KW', k: 'A'.repeat(43) })).toBeUndefined();
    expect(parseJose({ alg: 'A128GCM' })).toBeUndefined(); // an enc value is no header alg
    expect(parseJose({ alg: 'RSA-OAEP', enc: 'RSA-OAEP' })).toBeUndefined();
    // unreadable members
    expect(parseJose({ kty: 'RSA', n: 'not base64url!' })).toBeUndefined();
    expect(parseJose({ kty: 'RSA', n: 42 } as unknown as JoseObject)).toBeUndefined();
    expect(parseJose({ alg: 'rs256' })).toBeUndefined();
    expect(parseJose({ alg: '' })).toBeUndefined();
    expect(parseJose({})).toBeUndefined();
  });
});

describe('parseCose', () => {
  const rows = coseAlgorithms();

  it('every identifier resolves by number, by text with and without the COSE: prefix, and by name', () => {
    expect(rows.length).toBeGreaterThanOrEqual(80);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    const loose = new Set(rows.map((r) => r.name.toLowerCase().replace(/\s+/g, '')));
    expect(loose.size).toBe(rows.length); // no two names meet when case and spaces are ignored
    for (const { id, name } of rows) {
      const u = parseCose(id);
      expect(u, `${id}`).toBeDefined();
      expect(u!.label).toBe(`${name} (${id})`);
      expect(u!.scheme).toBe('cose');
      checkIds(u!, name);
      for (const text of [`${id}`, `COSE:${id}`, `cose:${id}`, `Cose: ${id}`, name, `cose:${name}`, name.toLowerCase(), name.toUpperCase(), name.replace(/ /g, '')]) {
        expect(parseCose(text), text).toEqual({ ...u, input: text });
      }
    }
  });

  it('covers the identifiers of the brief', () => {
    const expected: Record<number, string> = {
      [-7]: 'ES256', [-35]: 'ES384', [-36]: 'ES512', [-8]: 'EdDSA', [-19]: 'Ed25519', [-53]: 'Ed448', [-37]: 'PS256', [-38]: 'PS384',
      [-39]: 'PS512', [-257]: 'RS256', [-258]: 'RS384', [-259]: 'RS512', [-65535]: 'RS1', 1: 'A128GCM', 2: 'A192GCM', 3: 'A256GCM',
      24: 'ChaCha20/Poly1305', 4: 'HMAC 256/64', 5: 'HMAC 256/256', 6: 'HMAC 384/384', 7: 'HMAC 512/512', 10: 'AES-CCM-16-64-128',
      11: 'AES-CCM-16-64-256', 12: 'AES-CCM-64-64-128', 13: 'AES-CCM-64-64-256', 14: 'AES-MAC 128/64', 15: 'AES-MAC 256/64',
      [-3]: 'A128KW', [-4]: 'A192KW', [-5]: 'A256KW', [-25]: 'ECDH-ES + HKDF-256', [-16]: 'SHA-256', [-43]: 'SHA-384', [-44]: 'SHA-512',
      [-14]: 'SHA-1', [-17]: 'SHA-512/256', [-18]: 'SHAKE128', [-45]: 'SHAKE256', [-48]: 'ML-DSA-44', [-49]: 'ML-DSA-65', [-50]: 'ML-DSA-87',
      [-9]: 'ESP256', [-47]: 'ES256K',
    };
    for (const [id, name] of Object.entries(expected)) expect(rows.find((r) => r.id === Number(id))?.name, id).toBe(name);
  });

  it('spot checks', () => {
    expect(parseCose('COSE:-7')).toMatchObject({ input: 'COSE:-7', label: 'ES256 (-7)', components: [{ algorithm: 'ecdsa' }, { algorithm: 'sha-256' }] });
    expect(parseCose(-7)?.components?.[0]?.curve).toBeUndefined(); // COSE ES256 is polymorphic, unlike JOSE ES256
    expect(parseCose(-9)?.components?.[0]?.curve).toBe('secp256r1');
    expect(parseCose(-36)?.components?.[1]?.algorithm).toBe('sha-512');
    expect(parseCose(-52)?.components?.[0]?.curve).toBe('secp521r1');
    expect(parseCose(-266)?.components).toMatchObject([{ curve: 'brainpoolP320r1' }, { algorithm: 'sha-384' }]);
    expect(parseCose(-19)).toMatchObject({ algorithm: 'ed25519' });
    expect(parseCose('-65535')?.components).toMatchObject([{ algorithm: 'rsassa-pkcs1-v1_5' }, { algorithm: 'sha-1' }]);
    expect(parseCose(4)?.components).toMatchObject([{ algorithm: 'hmac', role: 'mac', outputBits: 64 }, { algorithm: 'sha-256' }]);
    expect(parseCose(5)?.components?.[0]?.outputBits).toBeUndefined();
    expect(parseCose(10)?.components).toMatchObject([{ algorithm: 'aes', keyBits: 128 }, { algorithm: 'ccm', ivBits: 104, tagBits: 64 }]);
    expect(parseCose(13)?.components).toMatchObject([{ algorithm: 'aes', keyBits: 256 }, { algorithm: 'ccm', ivBits: 56, tagBits: 64 }]);
    expect(parseCose(32)?.components).toMatchObject([{ algorithm: 'aes', keyBits: 128 }, { algorithm: 'ccm', ivBits: 56, tagBits: 128 }]);
    expect(parseCose(15)?.components).toMatchObject([{ algorithm: 'aes', keyBits: 256 }, { algorithm: 'cbc-mac', outputBits: 64 }]);
    expect(parseCose('chacha20/poly1305')).toMatchObject({ algorithm: 'chacha20-poly1305', keyBits: 256, tagBits: 128 });
    expect(ids(parseCose('ECDH-ES+A128KW'))).toEqual(['ecdh', 'hkdf', 'sha-256', 'aes', 'kw']);
    expect(ids(parseCose(-26))).toEqual(['ecdh', 'hkdf', 'sha-512']);
    expect(ids(parseCose('direct+HKDF-AES-128'))).toEqual(['hkdf', 'aes', 'cbc-mac']);
    expect(parseCose(-6)?.components).toEqual([]);
    expect(parseCose(-15)).toMatchObject({ algorithm: 'sha-256', outputBits: 64 });
    expect(parseCose(-18)).toMatchObject({ algorithm: 'shake128', outputBits: 256 });
    expect(parseCose(-40)?.components?.[1]?.facts?.[0]?.source).toBe('RFC 8230 §3');
    expect(parseCose('ML-DSA-87')).toMatchObject({ algorithm: 'ml-dsa-87' });
    expect(parseCose(-65531)?.components).toMatchObject([{ algorithm: 'aes', keyBits: 128 }, { algorithm: 'cbc' }]);
  });

  it('refuses what it does not know', () => {
    for (const text of ['0', '34', '-1', '-65536', '8', 'COSE:', 'cose:abc', '1.5', '+1', '--7', 'COSE:-7x', 'HMAC 256', 'ES257']) {
      expect(parseCose(text), text).toBeUndefined();
    }
    expect(parseCose(1.5)).toBeUndefined();
    expect(parseCose(Number.NaN)).toBeUndefined();
    expect(parseCose(34)).toBeUndefined(); // IV-GENERATION names no algorithm
  });
});

describe('JOSE and COSE agree where they share a name and a meaning', () => {
  it('the fully specified names mean the same in both', () => {
    const pairs: [string, number][] = [['Ed25519', -19], ['Ed448', -53], ['ES256K', -47], ['RS256', -257], ['RS384', -258], ['RS512', -259],
      ['PS256', -37], ['PS384', -38], ['PS512', -39], ['A128GCM', 1], ['A192GCM', 2], ['A256GCM', 3], ['A128KW', -3], ['A256KW', -5],
      ['ML-DSA-44', -48], ['ML-DSA-65', -49], ['ML-DSA-87', -50]];
    const strip = (u: Usage | undefined) => (u?.components ?? [u]).map((c) => ({ ...c, input: undefined, scheme: undefined, label: undefined }));
    for (const [jose, cose] of pairs) expect(strip(parseCose(cose)), jose).toEqual(strip(parseJose(jose)));
    // ES256 in JOSE fixes P-256; in COSE it leaves the curve to the key, and ESP256 fixes it.
    expect(strip(parseCose(-9))).toEqual(strip(parseJose('ES256')));
    expect(strip(parseCose(-51))).toEqual(strip(parseJose('ES384')));
    expect(strip(parseCose(-52))).toEqual(strip(parseJose('ES512')));
  });
});

describe('never throws, never hangs', () => {
  it('parseJose and parseCose on any string', () => {
    fc.assert(fc.property(fc.string(), (s) => { parseJose(s); parseCose(s); return true; }));
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => { parseJose(s); parseCose(s); return true; }));
    fc.assert(fc.property(fc.integer(), fc.double(), (i, d) => { parseCose(i); parseCose(d); parseCose(String(i)); return true; }));
  });

  it('parseJose on any value, and on JWK-shaped objects', () => {
    fc.assert(fc.property(fc.anything(), (v) => { parseJose(v as JoseObject); return true; }));
    const value = fc.oneof(fc.constantFrom(...joseAlgorithmNames(), ...joseCurves(), ...joseKeyTypes()), fc.string(), fc.anything());
    fc.assert(fc.property(fc.record({ alg: value, enc: value, kty: value, crv: value, n: fc.base64String(), k: fc.string() }, { requiredKeys: [] }), (o) => {
      const u = parseJose(o as JoseObject);
      if (u) checkIds(u, JSON.stringify(o));
      return true;
    }));
  });

  it('hostile objects and long garbage', () => {
    const throwing = Object.defineProperty({}, 'alg', { get() { throw new Error('boom'); } });
    expect(parseJose(throwing as JoseObject)).toBeUndefined();
    const { proxy, revoke } = Proxy.revocable({ alg: 'RS256' }, {});
    revoke();
    expect(parseJose(proxy)).toBeUndefined();
    const big = 'A'.repeat(1 << 20);
    expect(parseJose(big)).toBeUndefined();
    expect(parseCose(big)).toBeUndefined();
    expect(parseCose(`-${'7'.repeat(1 << 20)}`)).toBeUndefined();
    expect(parseJose({ kty: 'RSA', n: big })).toBeUndefined(); // longer than any RSA modulus we read
    expect(parseJose({ kty: 'RSA', n: 'A'.repeat(4000) })).toBeUndefined(); // all zero: no modulus
    expect(parseJose({ kty: 'oct', alg: 'HS256', k: big })).toBeUndefined();
  });
});

describe('parseJose: facts sit where they apply', () => {
  it('a single primitive keeps its facts; a composite header does not repeat them', () => {
    expect(parseJose({ kty: 'EC', crv: 'P-256', alg: 'ECDH-ES' })?.facts).toHaveLength(1);
    const header = parseJose({ alg: 'ECDH-ES', enc: 'A128GCM' });
    expect(header?.facts).toBeUndefined();
    expect(part(header, 'ecdh')?.facts?.[0]?.source).toBe('RFC 7518 §4.6.2');
  });
});
