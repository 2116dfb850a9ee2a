/**
 * OpenSSL and Node.js crypto names (src/names/openssl.ts): every name the real programs print must resolve, checked live
 * against `openssl list` and Node.js's crypto module where they exist, and always against the checked-in snapshots of their
 * output under test/fixtures/names/.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as crypto from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../src/catalog/catalog.js';
import { opensslNames, parseOpenssl } from '../../src/names/openssl.js';
import type { Usage } from '../../src/names/types.js';
import { parseOpensslList } from '../helpers/oracles.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/names');
const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
const lines = (text: string): string[] => text.split('\n').map((l) => l.trim()).filter((l) => l !== '');

const hasOpenssl = spawnSync('openssl', ['version'], { encoding: 'utf8' }).status === 0;
if (!hasOpenssl) console.warn('openssl is not installed: the live OpenSSL oracle tests are skipped; the snapshots still run');

const LIST_KINDS = ['cipher', 'digest', 'mac', 'kdf', 'public-key', 'signature', 'kem', 'key-exchange', 'asymcipher'] as const;
/** The kinds listed a second time with OpenSSL's legacy provider loaded (it adds PBKDF1, DESX, RC2-40 ...). */
const LEGACY_KINDS = ['cipher', 'digest', 'kdf'] as const;

function liveList(kind: string, legacy: boolean): string {
  const args = ['list', `-${kind}-algorithms`, ...(legacy ? ['-provider', 'default', '-provider', 'legacy'] : [])];
  return execFileSync('openssl', args, { encoding: 'utf8' });
}

function snapshotList(kind: string, legacy: boolean): string {
  return fixture(`openssl-list-${kind}-algorithms${legacy ? '-legacy' : ''}.txt`);
}

const unresolved = (names: readonly string[]): string[] => names.filter((n) => parseOpenssl(n) === undefined);

/** A Usage in one line, for comparing readings. */
function sketch(u: Usage | undefined): string {
  if (!u) return 'undefined';
  const one = (x: Usage): string => [x.role, x.algorithm, x.keyBits, x.outputBits, x.curve].filter((v) => v !== undefined).join(':');
  return u.components ? u.components.map(one).join(' + ') : one(u);
}

describe('openssl list oracle', () => {
  const coverage: string[] = [];
  for (const legacy of [false, true]) {
    for (const kind of legacy ? LEGACY_KINDS : LIST_KINDS) {
      const what = `openssl list -${kind}-algorithms${legacy ? ' (legacy provider)' : ''}`;
      it(`reads every name of the snapshot of ${what}`, () => {
        const { names } = parseOpensslList(snapshotList(kind, legacy));
        expect(names.length).toBeGreaterThan(0);
        expect(unresolved(names)).toEqual([]);
        coverage.push(`${what}: ${names.length - unresolved(names).length}/${names.length}`);
      });
      it.skipIf(!hasOpenssl)(`reads every name the installed openssl prints for ${what}`, () => {
        const { names } = parseOpensslList(liveList(kind, legacy));
        expect(names.length).toBeGreaterThan(0);
        expect(unresolved(names)).toEqual([]);
      });
    }
  }

  it('reads the names OpenSSL groups as one algorithm alike, and each alias as its target', () => {
    for (const legacy of [false, true]) {
      for (const kind of legacy ? LEGACY_KINDS : LIST_KINDS) {
        const { groups, arrows } = parseOpensslList(snapshotList(kind, legacy));
        for (const group of groups) {
          // OpenSSL 3 files DSA-SHA1 and the like under the DSA key type; we read the names that state SHA-1 as DSA with
          // SHA-1 (see data/names/openssl.yaml), so the DSA group is checked member by member below instead.
          if (group.includes('dsaEncryption')) continue;
          // rc2-128 states the key length that RC2-CBC, its group, leaves open.
          const readings = new Set(group.filter((n) => n.toLowerCase() !== 'rc2-128').map((n) => sketch(parseOpenssl(n))));
          expect([...readings], `{ ${group.join(', ')} }`).toHaveLength(1);
        }
        for (const [alias, target] of arrows) {
          const a = parseOpenssl(alias);
          const t = parseOpenssl(target);
          // In the digest list RSA-SHA256 => SHA256 means "as a digest, RSA-SHA256 is SHA256": the signature name keeps its
          // hash component, which must be the target digest.
          if (kind === 'digest' && a?.components?.some((c) => c.role === 'signature')) {
            expect(a.components.find((c) => c.role === 'hash')?.algorithm, alias).toBe(digestOf(t));
            continue;
          }
          // rc2-128 => RC2-CBC: the alias states the key length its target leaves open.
          if (alias === 'rc2-128') continue;
          // OpenSSL 1.1 keeps SM2 keys as EC keys (sm2 => id-ecPublicKey); we read SM2 as the SM2 algorithm on its curve.
          if (alias === 'sm2') {
            expect(a).toMatchObject({ algorithm: 'sm2', curve: 'sm2p256v1' });
            continue;
          }
          if (kind === 'public-key') {
            expect(a?.algorithm ?? a?.components?.[0]?.algorithm, alias).toBe(t?.algorithm);
            continue;
          }
          expect(sketch(a), `${alias} => ${target}`).toBe(sketch(t));
        }
      }
    }
  });

  it('reports its coverage', () => {
    console.info(`OpenSSL names read:\n  ${coverage.join('\n  ')}`);
    expect(coverage.length).toBe(LIST_KINDS.length + LEGACY_KINDS.length);
  });
});

/** The digest a digest name denotes, or for a signature name (RSA-SHA1-2 => RSA-SHA1) the digest it signs with. */
function digestOf(u: Usage | undefined): string | undefined {
  return u?.algorithm ?? u?.components?.find((c) => c.role === 'hash')?.algorithm;
}

describe('openssl list -objects', () => {
  const objectLines = lines(fixture('openssl-list-objects.txt')).filter((l) => !l.startsWith('# ') || l.startsWith('# None-OID object: '));

  /** `SN = LN, OID`, `SN = OID`, `# None-OID object: SN, LN`. */
  const tokens = (line: string): string[] => {
    const none = /^# None-OID object: (.+), (.+)$/.exec(line);
    if (none) return [none[1]!, none[2]!];
    const m = /^(.+?) = (?:(.+), )?([0-9.]+)$/.exec(line);
    if (!m) throw new Error(`unexpected object line: ${line}`);
    return [m[1]!, ...(m[2] ? [m[2]] : []), m[3]!];
  };

  it('reads the short name, long name and OID of each object alike', () => {
    expect(objectLines.length).toBeGreaterThan(200);
    for (const line of objectLines) {
      const readings = new Set(tokens(line).map((t) => sketch(parseOpenssl(t))));
      expect(readings.has('undefined'), line).toBe(false);
      expect([...readings], line).toHaveLength(1);
    }
  });

  it.skipIf(!hasOpenssl)('agrees with the installed openssl object table', () => {
    const live = new Set(lines(execFileSync('openssl', ['list', '-objects'], { encoding: 'utf8' })));
    const missing = objectLines.filter((l) => !live.has(l));
    expect(missing).toEqual([]);
  });
});

describe('Node.js crypto oracle', () => {
  const snapshotCiphers = lines(fixture('node-getCiphers.txt'));
  const snapshotHashes = lines(fixture('node-getHashes.txt'));

  it('reads every name of the snapshots of crypto.getCiphers() and crypto.getHashes()', () => {
    expect(snapshotCiphers.length).toBeGreaterThan(100);
    expect(snapshotHashes.length).toBeGreaterThan(40);
    expect(unresolved(snapshotCiphers)).toEqual([]);
    expect(unresolved(snapshotHashes)).toEqual([]);
    console.info(`Node.js names read: getCiphers ${snapshotCiphers.length}/${snapshotCiphers.length}, getHashes ${snapshotHashes.length}/${snapshotHashes.length}`);
  });

  it(`reads every name this Node.js (${process.version}, OpenSSL ${process.versions.openssl}) lists`, () => {
    expect(unresolved(crypto.getCiphers())).toEqual([]);
    expect(unresolved(crypto.getHashes())).toEqual([]);
  });

  type CipherInfo = { mode: string; keyLength: number } | null;
  const snapshotInfo = (JSON.parse(fixture('node-getCipherInfo.json')) as { info: Record<string, CipherInfo> }).info;
  const liveInfo: Record<string, CipherInfo> = Object.fromEntries(crypto.getCiphers().map((n) => {
    const i = crypto.getCipherInfo(n);
    return [n, i ? { mode: i.mode ?? '', keyLength: i.keyLength } : null];
  }));

  /** The key length we record, from the key length OpenSSL takes (DES keys carry a parity bit per byte; XTS takes two keys). */
  function expectedKeyBits(algorithm: string, keyBytes: number, mode: string): number {
    if (algorithm === 'des' || algorithm === 'tdea-2key' || algorithm === 'tdea-3key') return keyBytes * 7;
    if (mode === 'xts') return (keyBytes * 8) / 2;
    return keyBytes * 8;
  }
  const MODES: Record<string, readonly string[]> = {
    cbc: ['cbc'], ccm: ['ccm'], cfb: ['cfb'], ctr: ['ctr'], ecb: ['ecb'], gcm: ['gcm'], ocb: ['ocb'], ofb: ['ofb'], xts: ['xts'],
    wrap: ['kw', 'kwp', 'cms-key-wrap'],
  };

  for (const [which, info] of [['snapshot of crypto.getCipherInfo()', snapshotInfo], ['live crypto.getCipherInfo()', liveInfo]] as const) {
    it(`agrees with the mode and key length of the ${which}`, () => {
      let checked = 0;
      for (const [name, i] of Object.entries(info)) {
        if (i === null) continue;
        const u = parseOpenssl(name);
        expect(u, name).toBeDefined();
        if (i.mode === 'stream') {
          expect(u?.keyBits, name).toBe(i.keyLength * 8);
        } else {
          const cipherPart = u?.components?.find((c) => c.role === 'cipher');
          const modePart = u?.components?.find((c) => c.role === 'mode');
          expect(MODES[i.mode], `${name}: mode ${i.mode}`).toContain(modePart?.algorithm);
          expect(cipherPart?.keyBits, name).toBe(expectedKeyBits(cipherPart?.algorithm ?? '', i.keyLength, i.mode));
        }
        checked++;
      }
      expect(checked).toBeGreaterThan(100);
    });
  }
});

describe('the table', () => {
  const catalog = bundledCatalog();

  it('names only registry ids and curve ids', () => {
    const table = catalog.names.get('openssl') as { entries: { label: string; algorithm?: string; curve?: string; protocols?: string[]; components?: { algorithm: string; curve?: string }[] }[] };
    for (const e of table.entries) {
      for (const a of [e.algorithm, ...(e.components ?? []).map((c) => c.algorithm), ...(e.protocols ?? [])]) {
        if (a !== undefined) expect(catalog.algorithms.has(a), `${e.label}: ${a}`).toBe(true);
      }
      for (const c of [e.curve, ...(e.components ?? []).map((x) => x.curve)]) {
        if (c !== undefined) expect(catalog.curves.has(c), `${e.label}: ${c}`).toBe(true);
      }
    }
  });

  it('gives each name, ignoring case, to one entry only', () => {
    const seen = new Map<string, string>();
    const table = catalog.names.get('openssl') as { entries: { label: string; names: string[] }[] };
    for (const e of table.entries) {
      for (const n of e.names) {
        const k = n.toLowerCase();
        expect(seen.get(k) ?? e.label, n).toBe(e.label);
        seen.set(k, e.label);
      }
    }
    expect(opensslNames().length).toBe(seen.size);
  });

  it('reads every name it lists, in any case', () => {
    for (const n of opensslNames()) {
      expect(parseOpenssl(n)?.label, n).toBeDefined();
      expect(sketch(parseOpenssl(n.toUpperCase())), n).toBe(sketch(parseOpenssl(n)));
      expect(sketch(parseOpenssl(n.toLowerCase())), n).toBe(sketch(parseOpenssl(n)));
    }
  });
});

describe('decomposition', () => {
  const read = (name: string): Usage => {
    const u = parseOpenssl(name);
    if (!u) throw new Error(`${name} is not read`);
    return u;
  };
  const parts = (name: string) => read(name).components?.map(({ algorithm, role, keyBits, outputBits, curve }) => ({
    algorithm, role, ...(keyBits !== undefined ? { keyBits } : {}), ...(outputBits !== undefined ? { outputBits } : {}), ...(curve ? { curve } : {}),
  }));

  it('reads block cipher names as cipher and mode', () => {
    expect(parts('aes-128-gcm')).toEqual([{ algorithm: 'aes', role: 'cipher', keyBits: 128 }, { algorithm: 'gcm', role: 'mode' }]);
    expect(parts('aes128')).toEqual([{ algorithm: 'aes', role: 'cipher', keyBits: 128 }, { algorithm: 'cbc', role: 'mode' }]);
    expect(parts('AES-256-CBC')).toEqual([{ algorithm: 'aes', role: 'cipher', keyBits: 256 }, { algorithm: 'cbc', role: 'mode' }]);
    expect(parts('des-ede3-cbc')).toEqual([{ algorithm: 'tdea-3key', role: 'cipher', keyBits: 168 }, { algorithm: 'cbc', role: 'mode' }]);
    expect(parts('des-ede3')).toEqual([{ algorithm: 'tdea-3key', role: 'cipher', keyBits: 168 }, { algorithm: 'ecb', role: 'mode' }]);
    expect(parts('des-ede')).toEqual([{ algorithm: 'tdea-2key', role: 'cipher', keyBits: 112 }, { algorithm: 'ecb', role: 'mode' }]);
    expect(parts('des-ede-cbc')).toEqual([{ algorithm: 'tdea-2key', role: 'cipher', keyBits: 112 }, { algorithm: 'cbc', role: 'mode' }]);
    expect(parts('desx-cbc')).toEqual([{ algorithm: 'desx', role: 'cipher', keyBits: 184 }, { algorithm: 'cbc', role: 'mode' }]);
    expect(parts('des-cbc')).toEqual([{ algorithm: 'des', role: 'cipher', keyBits: 56 }, { algorithm: 'cbc', role: 'mode' }]);
    expect(parts('id-aes128-wrap')).toEqual([{ algorithm: 'aes', role: 'cipher', keyBits: 128 }, { algorithm: 'kw', role: 'mode' }]);
    expect(parts('id-aes256-wrap-pad')).toEqual([{ algorithm: 'aes', role: 'cipher', keyBits: 256 }, { algorithm: 'kwp', role: 'mode' }]);
    expect(parts('aes-128-ocb')).toEqual([{ algorithm: 'aes', role: 'cipher', keyBits: 128 }, { algorithm: 'ocb', role: 'mode' }]);
    expect(parts('aria-192-ccm')).toEqual([{ algorithm: 'aria', role: 'cipher', keyBits: 192 }, { algorithm: 'ccm', role: 'mode' }]);
    expect(parts('sm4-ctr')).toEqual([{ algorithm: 'sm4', role: 'cipher', keyBits: 128 }, { algorithm: 'ctr', role: 'mode' }]);
    expect(parts('seed')).toEqual([{ algorithm: 'seed', role: 'cipher', keyBits: 128 }, { algorithm: 'cbc', role: 'mode' }]);
    expect(parts('bf-cbc')).toEqual([{ algorithm: 'blowfish', role: 'cipher' }, { algorithm: 'cbc', role: 'mode' }]);
    expect(parts('cast5-ofb')).toEqual([{ algorithm: 'cast5', role: 'cipher' }, { algorithm: 'ofb', role: 'mode' }]);
    expect(parts('idea-cbc')).toEqual([{ algorithm: 'idea', role: 'cipher', keyBits: 128 }, { algorithm: 'cbc', role: 'mode' }]);
    expect(parts('AES-128-CBC-CTS')).toEqual([{ algorithm: 'aes', role: 'cipher', keyBits: 128 }, { algorithm: 'cts', role: 'mode' }]);
    expect(parts('des3-wrap')).toEqual([{ algorithm: 'tdea-3key', role: 'cipher', keyBits: 168 }, { algorithm: 'cms-key-wrap', role: 'mode' }]);
  });

  it('records the segment size of CFB1 and CFB8 as a fact on the mode', () => {
    const mode = read('camellia-256-cfb8').components?.[1];
    expect(mode?.algorithm).toBe('cfb');
    expect(mode?.facts?.[0]?.about).toMatch(/8-bit segments/);
    expect(read('aes-128-cfb1').components?.[1]?.facts?.[0]?.about).toMatch(/1-bit segments/);
    expect(read('aes-128-cfb').components?.[1]?.facts).toBeUndefined();
  });

  it('records XTS-AES-128 as AES with 128-bit keys, and says that XTS takes two', () => {
    const cipher = read('aes-128-xts').components?.[0];
    expect(cipher).toMatchObject({ algorithm: 'aes', keyBits: 128 });
    expect(cipher?.facts?.[0]).toEqual({ about: expect.stringMatching(/two 128-bit keys \(a 256-bit XTS key\)/), source: 'NIST SP 800-38E' });
    expect(read('aes-256-xts').components?.map((c) => c.algorithm)).toEqual(['aes', 'xts']);
  });

  it('reads key lengths that the name states, and only those', () => {
    expect(parts('rc2-40-cbc')?.[0]).toEqual({ algorithm: 'rc2', role: 'cipher', keyBits: 40 });
    expect(parts('rc2-64-cbc')?.[0]).toEqual({ algorithm: 'rc2', role: 'cipher', keyBits: 64 });
    expect(parts('rc2-128')?.[0]).toEqual({ algorithm: 'rc2', role: 'cipher', keyBits: 128 });
    expect(parts('rc2-cbc')?.[0]).toEqual({ algorithm: 'rc2', role: 'cipher' });
    expect(read('rc4').algorithm).toBe('rc4');
    expect(read('rc4').keyBits).toBeUndefined();
    expect(read('rc4-40')).toMatchObject({ algorithm: 'rc4', keyBits: 40 });
  });

  it('reads stitched and stream cipher names', () => {
    expect(parts('aes-256-cbc-hmac-sha256')).toEqual([
      { algorithm: 'aes', role: 'cipher', keyBits: 256 }, { algorithm: 'cbc', role: 'mode' }, { algorithm: 'hmac', role: 'mac' },
      { algorithm: 'sha-256', role: 'hash' },
    ]);
    expect(parts('rc4-hmac-md5')).toEqual([{ algorithm: 'rc4', role: 'cipher' }, { algorithm: 'hmac', role: 'mac' }, { algorithm: 'md5', role: 'hash' }]);
    expect(read('chacha20')).toMatchObject({ algorithm: 'chacha20', keyBits: 256, label: 'ChaCha20', scheme: 'openssl' });
    expect(read('chacha20-poly1305')).toMatchObject({ algorithm: 'chacha20-poly1305', keyBits: 256 });
    expect(read('NULL').algorithm).toBe('null');
  });

  it('reads digest names', () => {
    const digest = (n: string) => read(n).algorithm;
    expect(digest('sha1')).toBe('sha-1');
    expect(digest('ssl3-sha1')).toBe('sha-1');
    expect(digest('sha224')).toBe('sha-224');
    expect(digest('SHA2-256')).toBe('sha-256');
    expect(digest('sha512-224')).toBe('sha-512/224');
    expect(digest('SHA-512/256')).toBe('sha-512/256');
    expect(digest('sha3-384')).toBe('sha3-384');
    expect(digest('ripemd160')).toBe('ripemd-160');
    expect(digest('rmd160')).toBe('ripemd-160');
    expect(digest('ripemd')).toBe('ripemd-160');
    expect(digest('md5')).toBe('md5');
    expect(digest('ssl3-md5')).toBe('md5');
    expect(digest('md4')).toBe('md4');
    expect(digest('mdc2')).toBe('mdc2');
    expect(digest('whirlpool')).toBe('whirlpool');
    expect(digest('sm3')).toBe('sm3');
    expect(digest('blake2b512')).toBe('blake2b-512');
    expect(digest('blake2s256')).toBe('blake2s-256');
    expect(digest('sha')).toBe('sha-0');
    expect(parts('md5-sha1')).toEqual([{ algorithm: 'md5', role: 'hash' }, { algorithm: 'sha-1', role: 'hash' }]);
  });

  it('reads SHAKE with the output length OpenSSL and Node.js give by default, citing it', () => {
    expect(read('shake128')).toMatchObject({ algorithm: 'shake128', outputBits: 128 });
    expect(read('shake256')).toMatchObject({ algorithm: 'shake256', outputBits: 256 });
    expect(read('shake128').facts?.[0]?.source).toBe('OpenSSL EVP_MD-SHAKE(7)');
    // The claim the fact makes, checked against this Node.js.
    expect(crypto.createHash('shake128').digest().length * 8).toBe(128);
    expect(crypto.createHash('shake256').digest().length * 8).toBe(256);
  });

  it('reads signature names as scheme and hash', () => {
    const pkcs1 = 'rsassa-pkcs1-v1_5';
    expect(parts('RSA-SHA1')).toEqual([{ algorithm: pkcs1, role: 'signature' }, { algorithm: 'sha-1', role: 'hash' }]);
    expect(parts('RSA-SHA1-2')).toEqual([{ algorithm: pkcs1, role: 'signature' }, { algorithm: 'sha-1', role: 'hash' }]);
    expect(parts('RSA-MD5')).toEqual([{ algorithm: pkcs1, role: 'signature' }, { algorithm: 'md5', role: 'hash' }]);
    expect(parts('sha256WithRSAEncryption')).toEqual([{ algorithm: pkcs1, role: 'signature' }, { algorithm: 'sha-256', role: 'hash' }]);
    expect(parts('RSA-SHA512/224')).toEqual([{ algorithm: pkcs1, role: 'signature' }, { algorithm: 'sha-512/224', role: 'hash' }]);
    expect(parts('id-rsassa-pkcs1-v1_5-with-sha3-256')).toEqual([{ algorithm: pkcs1, role: 'signature' }, { algorithm: 'sha3-256', role: 'hash' }]);
    expect(parts('ecdsa-with-SHA1')).toEqual([{ algorithm: 'ecdsa', role: 'signature' }, { algorithm: 'sha-1', role: 'hash' }]);
    expect(parts('ecdsa-with-SHA384')).toEqual([{ algorithm: 'ecdsa', role: 'signature' }, { algorithm: 'sha-384', role: 'hash' }]);
    expect(parts('1.2.840.10045.4.3.2')).toEqual([{ algorithm: 'ecdsa', role: 'signature' }, { algorithm: 'sha-256', role: 'hash' }]);
    expect(parts('dsa_with_SHA256')).toEqual([{ algorithm: 'dsa', role: 'signature' }, { algorithm: 'sha-256', role: 'hash' }]);
    expect(parts('dsaWithSHA1')).toEqual([{ algorithm: 'dsa', role: 'signature' }, { algorithm: 'sha-1', role: 'hash' }]);
    expect(parts('SM2-with-SM3')).toEqual([{ algorithm: 'sm2', role: 'signature' }, { algorithm: 'sm3', role: 'hash' }]);
    expect(read('RSA-SHA256').label).toBe('RSA-SHA256');
  });

  it('reads MAC and KDF names', () => {
    const alg = (n: string) => read(n).algorithm;
    expect(alg('HMAC')).toBe('hmac');
    expect(alg('CMAC')).toBe('cmac');
    expect(alg('GMAC')).toBe('gmac');
    expect(alg('KMAC128')).toBe('kmac128');
    expect(alg('KMAC-256')).toBe('kmac256');
    expect(alg('POLY1305')).toBe('poly1305');
    expect(alg('SIPHASH')).toBe('siphash');
    expect(alg('BLAKE2BMAC')).toBe('blake2b-mac');
    expect(parts('hmacWithSHA256')).toEqual([{ algorithm: 'hmac', role: 'mac' }, { algorithm: 'sha-256', role: 'hash' }]);
    expect(alg('HKDF')).toBe('hkdf');
    expect(alg('PBKDF2')).toBe('pbkdf2');
    expect(alg('SCRYPT')).toBe('scrypt');
    expect(alg('id-scrypt')).toBe('scrypt');
    expect(alg('TLS1-PRF')).toBe('tls1-prf');
    expect(alg('SSKDF')).toBe('sskdf');
    expect(alg('SSHKDF')).toBe('sshkdf');
    expect(alg('X963KDF')).toBe('x963kdf');
    expect(alg('KBKDF')).toBe('kbkdf');
    expect(alg('X942KDF-ASN1')).toBe('x942kdf');
    expect(alg('PBKDF1')).toBe('pbkdf1');
    expect(alg('PKCS12KDF')).toBe('pkcs12-kdf');
    expect(read('TLS13-KDF')).toMatchObject({ algorithm: 'hkdf', protocols: ['tls1.3'] });
    expect(parts('PBE-SHA1-3DES')).toEqual([
      { algorithm: 'pkcs12-kdf', role: 'kdf' }, { algorithm: 'sha-1', role: 'hash' }, { algorithm: 'tdea-3key', role: 'cipher', keyBits: 168 },
      { algorithm: 'cbc', role: 'mode' },
    ]);
  });

  it('reads public-key algorithm names', () => {
    expect(read('RSA').algorithm).toBe('rsa');
    expect(read('rsaEncryption').algorithm).toBe('rsa');
    expect(read('RSA-PSS').algorithm).toBe('rsa-pss');
    expect(read('DSA').algorithm).toBe('dsa');
    expect(read('DH').algorithm).toBe('dh');
    expect(read('DHX').algorithm).toBe('dh');
    expect(read('X9.42 DH').algorithm).toBe('dh');
    expect(read('EC').algorithm).toBe('ec');
    expect(read('id-ecPublicKey').algorithm).toBe('ec');
    expect(read('X25519')).toMatchObject({ algorithm: 'x25519', curve: 'curve25519' });
    expect(read('1.3.101.112')).toMatchObject({ algorithm: 'ed25519', curve: 'edwards25519' });
    expect(read('ED448')).toMatchObject({ algorithm: 'ed448', curve: 'edwards448' });
    expect(read('SM2')).toMatchObject({ algorithm: 'sm2', curve: 'sm2p256v1' });
    expect(read('ML-KEM-768').algorithm).toBe('ml-kem-768');
    expect(read('X25519MLKEM768')).toMatchObject({ combination: 'any' });
    expect(parts('X25519MLKEM768')).toEqual([
      { algorithm: 'x25519', role: 'kx', curve: 'curve25519' }, { algorithm: 'ml-kem-768', role: 'kem' },
    ]);
  });

  it('sets input, scheme and label on the whole and on every component', () => {
    const u = read('  Aes-128-Gcm ');
    expect(u).toMatchObject({ input: '  Aes-128-Gcm ', scheme: 'openssl', label: 'AES-128-GCM' });
    for (const c of u.components ?? []) expect(c).toMatchObject({ input: '  Aes-128-Gcm ', scheme: 'openssl' });
  });

  it('does not ignore separators, as OpenSSL does not', () => {
    expect(parseOpenssl('aes-128')).toBeUndefined();
    expect(parseOpenssl('aes_128_gcm')).toBeUndefined();
    expect(parseOpenssl('aes128gcm')).toBeUndefined();
    expect(parseOpenssl('')).toBeUndefined();
    expect(parseOpenssl('   ')).toBeUndefined();
  });
});

describe('robustness', () => {
  it('never throws on any string', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      parseOpenssl(s);
      return true;
    }));
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => {
      parseOpenssl(s);
      return true;
    }));
  });

  it('reads the same name whatever its case', () => {
    const names = opensslNames();
    fc.assert(fc.property(fc.constantFrom(...names), fc.array(fc.boolean(), { maxLength: 64 }), (name, flips) => {
      const mixed = [...name].map((ch, i) => (flips[i] ? ch.toUpperCase() : ch.toLowerCase())).join('');
      return sketch(parseOpenssl(mixed)) === sketch(parseOpenssl(name));
    }));
  });

  it('rejects long garbage at once', () => {
    const garbage = 'aes-128-gcm'.repeat(100_000);
    expect(parseOpenssl(garbage)).toBeUndefined();
    expect(parseOpenssl('\u0000'.repeat(1 << 20))).toBeUndefined();
    expect(parseOpenssl(` ${'x'.repeat(1 << 20)} `)).toBeUndefined();
  });

  it('tolerates values that are not strings', () => {
    for (const v of [undefined, null, 42, {}, []] as unknown[]) expect(parseOpenssl(v as string)).toBeUndefined();
  });
});
