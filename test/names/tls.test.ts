import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { renderSuites } from '../../scripts/gen-tls-suites.js';
import { bundledCatalog } from '../../src/catalog/catalog.js';
import {
  parseTls, parseTlsCipherSuite, parseTlsGroup, parseTlsSignatureScheme, parseTlsVersion, tlsCipherSuites,
  type TlsCipherSuite,
} from '../../src/names/tls.js';
import type { Usage } from '../../src/names/types.js';

const FIXTURES = 'test/fixtures/names';
const hasOpenssl = spawnSync('openssl', ['version'], { encoding: 'utf8' }).status === 0;
if (!hasOpenssl) console.warn('openssl is not installed: the live OpenSSL oracle tests are skipped (the checked-in snapshots still run)');

const catalog = bundledCatalog();
const TLS13_SUITES = 'TLS_AES_128_GCM_SHA256:TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_CCM_SHA256:TLS_AES_128_CCM_8_SHA256';

/** A compact view of a composite: `role:algorithm[/keyBits][/tagBits][@curve]` per component. */
function shape(u: Usage | undefined): string[] | undefined {
  return u?.components?.map((c) => `${c.role}:${c.algorithm}${c.keyBits ? `/${c.keyBits}` : ''}${c.tagBits ? `/t${c.tagBits}` : ''}${c.curve ? `@${c.curve}` : ''}`);
}

// ── OpenSSL cipher list (openssl ciphers -stdname -V) ────────────────────────────────────────────────────────────────

interface OpensslCipher { code: string; std: string; name: string; version: string; kx: string; au: string; enc: string; mac: string }

function parseCiphersV(text: string): OpensslCipher[] {
  const rows: OpensslCipher[] = [];
  for (const line of text.split('\n')) {
    const m = /^\s*(0x[0-9A-F]{2},0x[0-9A-F]{2}) - (\S+)\s+- (\S+)\s+(\S+)\s+Kx=(\S+)\s+Au=(\S+)\s+Enc=(\S+)\s+Mac=(\S+)/.exec(line);
    if (m) rows.push({ code: m[1]!, std: m[2]!, name: m[3]!, version: m[4]!, kx: m[5]!, au: m[6]!, enc: m[7]!, mac: m[8]! });
  }
  return rows;
}

function liveCiphers(): string {
  const all = spawnSync('openssl', ['ciphers', '-stdname', '-V', 'ALL:COMPLEMENTOFALL:@SECLEVEL=0'], { encoding: 'utf8' }).stdout;
  const tls13 = spawnSync('openssl', ['ciphers', '-stdname', '-V', '-s', '-tls1_3', '-ciphersuites', TLS13_SUITES], { encoding: 'utf8' }).stdout;
  return `${all}\n${tls13}`;
}

/** Our attributes, spelled the way `openssl ciphers -V` prints them. */
function opensslColumns(s: TlsCipherSuite): Pick<OpensslCipher, 'kx' | 'au' | 'enc' | 'mac'> {
  if (s.protocols?.includes('tls1.3')) {
    const e = s.enc!;
    const enc = e.cipher === 'chacha20-poly1305' ? 'CHACHA20/POLY1305(256)'
      : `AES${e.mode === 'gcm' ? 'GCM' : e.tagBits === 64 ? 'CCM8' : 'CCM'}(${e.keyBits})`;
    return { kx: 'any', au: 'any', enc, mac: 'AEAD' };
  }
  const kx = { DH: 'DH', DHE: 'DH', ECDH: 'ECDH', ECDHE: 'ECDH', RSA: 'RSA', PSK: 'PSK', DHE_PSK: 'DHEPSK', RSA_PSK: 'RSAPSK', ECDHE_PSK: 'ECDHEPSK', SRP: 'SRP' }[s.kx as string] ?? `?${s.kx}`;
  const au = { RSA: 'RSA', DSS: 'DSS', ECDSA: 'ECDSA', anon: 'None', PSK: 'PSK', SRP: 'SRP' }[s.au as string] ?? `?${s.au}`;
  const e = s.enc!;
  let enc: string;
  if (e.cipher === 'null') enc = 'None';
  else if (e.cipher === 'chacha20-poly1305') enc = 'CHACHA20/POLY1305(256)';
  else {
    const name = { aes: 'AES', camellia: 'Camellia', aria: 'ARIA' }[e.cipher] ?? `?${e.cipher}`;
    const mode = e.mode === 'cbc' ? '' : e.mode === 'gcm' ? 'GCM' : e.tagBits === 64 ? 'CCM8' : 'CCM';
    enc = `${name}${mode}(${e.keyBits})`;
  }
  const mac = s.mac === 'aead' ? 'AEAD' : { 'sha-1': 'SHA1', 'sha-256': 'SHA256', 'sha-384': 'SHA384', md5: 'MD5' }[s.mac!.hash!] ?? '?';
  return { kx, au, enc, mac };
}

function checkAgainstOpenssl(rows: OpensslCipher[]): void {
  const byCode = new Map(tlsCipherSuites().map((s) => [s.code, s]));
  for (const r of rows) {
    const suite = byCode.get(r.code);
    expect(suite, `${r.code} ${r.std} is in the table`).toBeDefined();
    expect(suite!.iana).toBe(r.std);
    expect(suite!.openssl, `${r.std}: OpenSSL name`).toBe(r.name);
    const byName = parseTlsCipherSuite(r.name);
    const byCodePoint = parseTlsCipherSuite(r.code);
    expect(byName?.label, `${r.name} resolves`).toBe(r.std);
    expect(byCodePoint?.label, `${r.code} resolves`).toBe(r.std);
    expect(shape(byName)).toEqual(shape(byCodePoint));
    expect(parseTlsCipherSuite(r.name.toLowerCase())?.label).toBe(r.std);
    expect({ ...opensslColumns(suite!), std: r.std }).toEqual({ kx: r.kx, au: r.au, enc: r.enc, mac: r.mac, std: r.std });
    // OpenSSL prints the lowest version it allows; ours are the versions the specifications define the suite for.
    if (r.version === 'TLSv1.3') expect(suite!.protocols).toEqual(['tls1.3']);
    else if (r.version === 'TLSv1.2') expect(suite!.protocols, r.std).toEqual(['tls1.2']);
    else expect(suite!.protocols, r.std).toEqual(expect.arrayContaining(['tls1.0', 'tls1.1', 'tls1.2']));
    if (suite!.protocols!.includes('ssl3.0')) expect(r.version, r.std).toBe('SSLv3');
  }
}

describe('cipher suites against OpenSSL', () => {
  const snapshot = parseCiphersV(`${readFileSync(`${FIXTURES}/tls-openssl-ciphers-stdname.txt`, 'utf8')}\n${readFileSync(`${FIXTURES}/tls-openssl-ciphers-tls13.txt`, 'utf8')}`);

  it('the snapshot of openssl ciphers -stdname -V (ALL:COMPLEMENTOFALL and the five TLS 1.3 suites) resolves row by row', () => {
    expect(readFileSync(`${FIXTURES}/tls-openssl-version.txt`, 'utf8')).toMatch(/^OpenSSL 3\.0\./);
    // ALL:COMPLEMENTOFALL lists three TLS 1.3 suites that the second command lists again: 160 distinct code points.
    expect(new Set(snapshot.map((r) => r.code)).size).toBe(160);
    checkAgainstOpenssl(snapshot);
  });

  it.skipIf(!hasOpenssl)('every row of the live openssl ciphers -stdname -V resolves by name and by code point', () => {
    const live = parseCiphersV(liveCiphers());
    expect(live.length).toBeGreaterThan(100);
    checkAgainstOpenssl(live);
  });

  it('every OpenSSL name in the table is unique and resolves to its own row', () => {
    const names = new Set<string>();
    for (const s of tlsCipherSuites()) {
      for (const n of [s.openssl, ...(s.opensslAliases ?? [])]) {
        if (!n) continue;
        expect(names.has(n.toUpperCase()), n).toBe(false);
        names.add(n.toUpperCase());
        expect(parseTlsCipherSuite(n)?.label).toBe(s.iana);
      }
    }
    expect(names.size).toBeGreaterThan(250);
  });
});

// ── the table against the registry ──────────────────────────────────────────────────────────────────────────────────

/** The assigned code points of the IANA registry, as ranges (everything else is unassigned, reserved or private). */
const ASSIGNED_SUITES: [number, number][] = [
  [0x0000, 0x001b], [0x001e, 0x0046], [0x0067, 0x006d], [0x0084, 0x00c7], [0x00ff, 0x00ff], [0x1301, 0x1307], [0x5600, 0x5600],
  [0xc001, 0xc0b5], [0xc100, 0xc106], [0xcca8, 0xccae], [0xd001, 0xd003], [0xd005, 0xd005],
];

describe('the cipher suite table', () => {
  const suites = tlsCipherSuites();

  it('holds every assigned IANA code point, and nothing else, in code order', () => {
    const expected: number[] = [];
    for (const [a, b] of ASSIGNED_SUITES) for (let v = a; v <= b; v++) expected.push(v);
    expect(expected.length).toBe(352);
    expect(suites.map((s) => s.value)).toEqual(expected);
    expect(suites.filter((s) => s.signalling).map((s) => s.iana)).toEqual(['TLS_EMPTY_RENEGOTIATION_INFO_SCSV', 'TLS_FALLBACK_SCSV']);
  });

  it('is exactly what scripts/gen-tls-suites.ts writes (edit the script, not the YAML)', () => {
    expect(readFileSync('data/names/tls-cipher-suites.yaml', 'utf8') === renderSuites(), 'run npx tsx scripts/gen-tls-suites.ts').toBe(true);
  });

  it('names only registry algorithm ids', () => {
    const ids = new Set<string>();
    for (const s of suites) {
      for (const c of parseTlsCipherSuite(s.iana)?.components ?? []) ids.add(c.algorithm!);
      for (const p of s.protocols ?? []) ids.add(p);
    }
    const missing = [...ids].filter((id) => !catalog.algorithms.has(id));
    expect(missing).toEqual([]);
  });

  it('gives every suite that is not a signalling value a cipher, and every TLS 1.2 suite a key exchange and authentication', () => {
    for (const s of suites) {
      const u = parseTlsCipherSuite(s.iana)!;
      if (s.signalling) {
        expect(u.components).toBeUndefined();
        expect(u.algorithm).toBeUndefined();
        continue;
      }
      const roles = u.components!.map((c) => c.role);
      expect(roles.some((r) => r === 'cipher' || r === 'aead'), s.iana).toBe(true);
      if (s.protocols!.includes('tls1.3')) expect(roles.includes('kx') || roles.includes('auth'), s.iana).toBe(false);
      else expect(roles.includes('kx') && roles.includes('auth'), s.iana).toBe(true);
    }
  });

  it('knows well-known OpenSSL names of suites OpenSSL 3.0 no longer builds', () => {
    expect(parseTlsCipherSuite('EXP-RC4-MD5')?.label).toBe('TLS_RSA_EXPORT_WITH_RC4_40_MD5');
    expect(parseTlsCipherSuite('DES-CBC3-SHA')?.label).toBe('TLS_RSA_WITH_3DES_EDE_CBC_SHA');
    expect(parseTlsCipherSuite('EDH-RSA-DES-CBC3-SHA')?.label).toBe('TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA');
    expect(parseTlsCipherSuite('DHE-RSA-DES-CBC3-SHA')?.label).toBe('TLS_DHE_RSA_WITH_3DES_EDE_CBC_SHA');
    expect(parseTlsCipherSuite('RC4-SHA')?.label).toBe('TLS_RSA_WITH_RC4_128_SHA');
    expect(parseTlsCipherSuite('SEED-SHA')?.label).toBe('TLS_RSA_WITH_SEED_CBC_SHA');
    expect(parseTlsCipherSuite('IDEA-CBC-SHA')?.label).toBe('TLS_RSA_WITH_IDEA_CBC_SHA');
    expect(parseTlsCipherSuite('KRB5-DES-CBC3-SHA')?.label).toBe('TLS_KRB5_WITH_3DES_EDE_CBC_SHA');
    expect(parseTlsCipherSuite('ECDH-RSA-AES256-GCM-SHA384')?.label).toBe('TLS_ECDH_RSA_WITH_AES_256_GCM_SHA384');
  });
});

describe('cipher suite decomposition', () => {
  it('TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256', () => {
    const u = parseTlsCipherSuite('TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256')!;
    expect(u).toMatchObject({ input: 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256', scheme: 'tls', label: 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256', protocols: ['tls1.2'] });
    expect(shape(u)).toEqual(['kx:ecdh', 'auth:rsa', 'cipher:aes/128', 'mode:gcm/t128', 'prf:sha-256']);
    expect(u.components!.every((c) => c.input === u.input && c.scheme === 'tls')).toBe(true);
  });

  it('TLS_RSA_WITH_3DES_EDE_CBC_SHA: RSA key transport, 3-key Triple DES, HMAC-SHA-1', () => {
    const u = parseTlsCipherSuite('TLS_RSA_WITH_3DES_EDE_CBC_SHA');
    expect(shape(u)).toEqual(['kx:rsaes-pkcs1-v1_5', 'auth:rsa', 'cipher:tdea-3key/168', 'mode:cbc', 'mac:hmac', 'hash:sha-1']);
    expect(u?.protocols).toEqual(['ssl3.0', 'tls1.0', 'tls1.1', 'tls1.2']);
  });

  it('TLS_DHE_RSA_EXPORT_WITH_DES40_CBC_SHA: 40 secret key bits, at most 512-bit DH, citing the RFC', () => {
    const u = parseTlsCipherSuite('TLS_DHE_RSA_EXPORT_WITH_DES40_CBC_SHA')!;
    expect(shape(u)).toEqual(['kx:dh/512', 'auth:rsa', 'cipher:des/40', 'mode:cbc', 'mac:hmac', 'hash:sha-1']);
    expect(u.components![0]!.facts?.[0]?.source).toBe('RFC 2246');
    expect(u.components![2]!.facts?.[0]?.source).toBe('RFC 2246');
    expect(u.protocols).toEqual(['ssl3.0', 'tls1.0']);
  });

  it('TLS_AES_128_GCM_SHA256: TLS 1.3, no key exchange or authentication, HKDF hash as prf', () => {
    const u = parseTlsCipherSuite('TLS_AES_128_GCM_SHA256');
    expect(shape(u)).toEqual(['cipher:aes/128', 'mode:gcm/t128', 'prf:sha-256']);
    expect(u?.protocols).toEqual(['tls1.3']);
  });

  it('TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256', () => {
    expect(shape(parseTlsCipherSuite('ECDHE-ECDSA-CHACHA20-POLY1305'))).toEqual(['kx:ecdh', 'auth:ecdsa', 'aead:chacha20-poly1305/256/t128', 'prf:sha-256']);
  });

  it('TLS_RSA_WITH_NULL_SHA: no encryption', () => {
    expect(shape(parseTlsCipherSuite('NULL-SHA'))).toEqual(['kx:rsaes-pkcs1-v1_5', 'auth:rsa', 'cipher:null', 'mac:hmac', 'hash:sha-1']);
  });

  it('TLS_DH_anon_WITH_AES_128_CBC_SHA: no authentication', () => {
    expect(shape(parseTlsCipherSuite('ADH-AES128-SHA'))).toEqual(['kx:dh', 'auth:null', 'cipher:aes/128', 'mode:cbc', 'mac:hmac', 'hash:sha-1']);
  });

  it('CCM_8 carries a 64-bit tag; CBC suites with SHA-256 carry the hash as MAC hash and PRF', () => {
    expect(shape(parseTlsCipherSuite('TLS_AES_128_CCM_8_SHA256'))).toEqual(['cipher:aes/128', 'mode:ccm/t64', 'prf:sha-256']);
    expect(shape(parseTlsCipherSuite('TLS_ECDHE_ECDSA_WITH_AES_256_CCM_8'))).toEqual(['kx:ecdh', 'auth:ecdsa', 'cipher:aes/256', 'mode:ccm/t64', 'prf:sha-256']);
    expect(shape(parseTlsCipherSuite('ECDHE-RSA-AES256-SHA384'))).toEqual(['kx:ecdh', 'auth:rsa', 'cipher:aes/256', 'mode:cbc', 'mac:hmac', 'hash:sha-384', 'prf:sha-384']);
  });

  it('PSK, SRP, KRB5, GOST, SM4 and the integrity-only suites', () => {
    expect(shape(parseTlsCipherSuite('PSK-AES128-GCM-SHA256'))).toEqual(['kx:psk', 'auth:psk', 'cipher:aes/128', 'mode:gcm/t128', 'prf:sha-256']);
    expect(shape(parseTlsCipherSuite('TLS_DHE_PSK_WITH_AES_128_CBC_SHA'))).toEqual(['kx:dh', 'kx:psk', 'auth:psk', 'cipher:aes/128', 'mode:cbc', 'mac:hmac', 'hash:sha-1']);
    expect(shape(parseTlsCipherSuite('RSA-PSK-AES256-GCM-SHA384'))).toEqual(['kx:rsaes-pkcs1-v1_5', 'kx:psk', 'auth:rsa', 'cipher:aes/256', 'mode:gcm/t128', 'prf:sha-384']);
    expect(shape(parseTlsCipherSuite('SRP-RSA-AES-256-CBC-SHA'))).toEqual(['kx:srp', 'auth:rsa', 'cipher:aes/256', 'mode:cbc', 'mac:hmac', 'hash:sha-1']);
    expect(shape(parseTlsCipherSuite('TLS_KRB5_EXPORT_WITH_RC4_40_MD5'))).toEqual(['kx:krb5', 'auth:krb5', 'cipher:rc4/40', 'mac:hmac', 'hash:md5']);
    expect(shape(parseTlsCipherSuite('TLS_GOSTR341112_256_WITH_KUZNYECHIK_CTR_OMAC'))).toEqual(['kx:gost-r-34.10', 'auth:gost-r-34.10', 'cipher:kuznyechik/256', 'mode:ctr', 'mac:cmac', 'prf:streebog-256']);
    expect(shape(parseTlsCipherSuite('TLS_SM4_GCM_SM3'))).toEqual(['cipher:sm4/128', 'mode:gcm/t128', 'prf:sm3']);
    expect(shape(parseTlsCipherSuite('TLS_SHA256_SHA256'))).toEqual(['cipher:null', 'mac:hmac', 'hash:sha-256', 'prf:sha-256']);
    expect(shape(parseTlsCipherSuite('TLS_ECCPWD_WITH_AES_128_GCM_SHA256'))).toEqual(['kx:eccpwd', 'auth:eccpwd', 'cipher:aes/128', 'mode:gcm/t128', 'prf:sha-256']);
    expect(shape(parseTlsCipherSuite('TLS_NULL_WITH_NULL_NULL'))).toEqual(['kx:null', 'auth:null', 'cipher:null', 'mac:null']);
  });

  it('the signalling values and GREASE are read, and say that they negotiate nothing', () => {
    for (const s of ['TLS_FALLBACK_SCSV', 'TLS_EMPTY_RENEGOTIATION_INFO_SCSV', '0x56,0x00', '0x00,0xFF', '0x0A,0x0A', '{0xFA,0xFA}']) {
      const u = parseTlsCipherSuite(s);
      expect(u, s).toBeDefined();
      expect(u!.components).toBeUndefined();
      expect(u!.algorithm).toBeUndefined();
      expect(u!.facts?.length).toBe(1);
    }
  });
});

describe('cipher suite spellings', () => {
  const label = (s: string) => parseTlsCipherSuite(s)?.label;

  it('reads every code point form', () => {
    for (const s of ['0xC0,0x2F', '0xc0,0x2f', '0xc02f', '0xC02F', '{0xC0,0x2F}', '{ 0xC0, 0x2F }', 'C0,2F', 'c0,2f', ' 0xC0,0x2F ']) {
      expect(label(s), s).toBe('TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256');
    }
    expect(label('0x00,0x0A')).toBe('TLS_RSA_WITH_3DES_EDE_CBC_SHA');
    expect(label('0x0,0xA')).toBe('TLS_RSA_WITH_3DES_EDE_CBC_SHA');
  });

  it('reads the SSL_ prefix, the RFC 6655 spelling, and OpenSSL names in any case', () => {
    expect(label('SSL_RSA_WITH_RC4_128_MD5')).toBe('TLS_RSA_WITH_RC4_128_MD5');
    expect(label('SSL_DH_anon_EXPORT_WITH_RC4_40_MD5')).toBe('TLS_DH_anon_EXPORT_WITH_RC4_40_MD5');
    expect(label('TLS_DHE_PSK_WITH_AES_128_CCM_8')).toBe('TLS_PSK_DHE_WITH_AES_128_CCM_8');
    expect(label('ecdhe-rsa-aes128-gcm-sha256')).toBe('TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256');
    expect(label('TLS_DH_ANON_WITH_AES_128_CBC_SHA')).toBe('TLS_DH_anon_WITH_AES_128_CBC_SHA');
  });

  it('returns undefined for what it cannot read', () => {
    for (const s of ['', 'TLS_', 'AES128', 'ECDHE-RSA-AES128-GCM-SHA512', '0x00,0x1C', '0xC0,0xFF', '0x123', '0xC0,0x2F,0x00', 'C02F', 'TLSv1.2']) {
      expect(parseTlsCipherSuite(s), s).toBeUndefined();
    }
  });
});

// ── groups ──────────────────────────────────────────────────────────────────────────────────────────────────────────

function readProbe(file: string): Map<string, boolean> {
  const map = new Map<string, boolean>();
  for (const line of readFileSync(`${FIXTURES}/${file}`, 'utf8').split('\n')) {
    const m = /^(\S+) (yes|no)$/.exec(line);
    if (m) map.set(m[1]!, m[2] === 'yes');
  }
  return map;
}

/** Asks openssl s_client whether it accepts each name for -groups or -sigalgs; the connection to port 1 is refused at once. */
function liveProbe(option: '-groups' | '-sigalgs', names: readonly string[]): Map<string, boolean> {
  const script = 'for n in "$@"; do if openssl s_client "$OPT" "$n" -connect 127.0.0.1:1 </dev/null 2>&1 | head -1 | grep -q SSL_CONF; then echo "$n no"; else echo "$n yes"; fi; done';
  const out = spawnSync('bash', ['-c', script, 'probe', ...names], { encoding: 'utf8', env: { ...process.env, OPT: option }, timeout: 50_000 }).stdout;
  return new Map(out.trim().split('\n').map((l) => { const [n, v] = l.split(' '); return [n!, v === 'yes'] as [string, boolean]; }));
}

const groupRows = (catalog.names.get('tls-groups') as { groups: { code: number; name: string; aliases?: string[]; unknown?: string; curve?: string }[] }).groups;
const ASSIGNED_GROUPS: [number, number][] = [[1, 41], [256, 260], [512, 514], [4587, 4589], [25497, 25498], [65281, 65282]];

describe('named groups', () => {
  const snapshot = readProbe('tls-openssl-groups.txt');

  function checkGroups(accepted: Map<string, boolean>): void {
    const yes = [...accepted].filter(([, v]) => v).map(([n]) => n);
    expect(yes.length).toBeGreaterThan(40);
    for (const n of yes) expect(parseTlsGroup(n), `${n} (OpenSSL accepts it as a group)`).toBeDefined();
  }

  it('every name the OpenSSL snapshot accepts as a group resolves (secp*, sect*, P-*, K-*, B-*, prime*v1, brainpool, x25519, ffdhe)', () => {
    checkGroups(snapshot);
  });

  it.skipIf(!hasOpenssl)('every name the live openssl s_client -groups accepts resolves', () => {
    checkGroups(liveProbe('-groups', [...snapshot.keys()]));
  });

  it('holds every assigned entry of the IANA registry', () => {
    const expected: number[] = [];
    for (const [a, b] of ASSIGNED_GROUPS) for (let v = a; v <= b; v++) expected.push(v);
    expect(groupRows.map((g) => g.code)).toEqual(expected);
  });

  it('maps OpenSSL\'s aliases of one curve to the same group', () => {
    for (const [a, b] of [['P-256', 'secp256r1'], ['prime256v1', 'secp256r1'], ['P-384', 'secp384r1'], ['P-521', 'secp521r1'], ['prime192v1', 'secp192r1'], ['K-163', 'sect163k1'], ['B-571', 'sect571r1'], ['X25519', 'x25519'], ['CurveP256', 'secp256r1']]) {
      expect(parseTlsGroup(a!)?.label, a).toBe(b);
    }
    expect(parseTlsGroup('0x0017')?.label).toBe('secp256r1');
    expect(parseTlsGroup('23')?.label).toBe('secp256r1');
  });

  it('reads curves, finite-field groups, ML-KEM and the hybrids', () => {
    expect(parseTlsGroup('secp256r1')).toEqual({ input: 'secp256r1', scheme: 'tls', label: 'secp256r1', algorithm: 'ecdh', curve: 'secp256r1' });
    expect(parseTlsGroup('x25519')).toMatchObject({ algorithm: 'x25519', curve: 'curve25519' });
    expect(parseTlsGroup('brainpoolP384r1tls13')).toMatchObject({ algorithm: 'ecdh', curve: 'brainpoolP384r1' });
    expect(parseTlsGroup('curveSM2')).toMatchObject({ algorithm: 'ecdh', curve: 'sm2p256v1' });
    for (const bits of [2048, 3072, 4096, 6144, 8192]) {
      const u = parseTlsGroup(`ffdhe${bits}`)!;
      expect(u).toMatchObject({ algorithm: 'dh', keyBits: bits });
      expect(u.facts?.[0]?.source).toBe('RFC 7919');
    }
    expect(parseTlsGroup('MLKEM768')).toMatchObject({ algorithm: 'ml-kem-768' });
    expect(parseTlsGroup('ML-KEM-1024')).toMatchObject({ algorithm: 'ml-kem-1024' });
    const hybrid = parseTlsGroup('X25519MLKEM768')!;
    expect(hybrid.combination).toBe('any');
    expect(shape(hybrid)).toEqual(['kx:x25519@curve25519', 'kem:ml-kem-768']);
    expect(shape(parseTlsGroup('SecP256r1MLKEM768'))).toEqual(['kx:ecdh@secp256r1', 'kem:ml-kem-768']);
    expect(shape(parseTlsGroup('SecP384r1MLKEM1024'))).toEqual(['kx:ecdh@secp384r1', 'kem:ml-kem-1024']);
    expect(parseTlsGroup('0x11EC')?.label).toBe('X25519MLKEM768');
  });

  it('leaves the explicit-curve groups and the pre-standard Kyber hybrids unread, on purpose', () => {
    for (const n of ['arbitrary_explicit_prime_curves', 'arbitrary_explicit_char2_curves', 'X25519Kyber768Draft00', '65281', '25497']) {
      expect(parseTlsGroup(n), n).toBeUndefined();
    }
    expect(parseTlsGroup('0x3A3A')?.facts?.[0]?.source).toBe('RFC 8701');
  });

  it('names only registry algorithm ids; curve ids missing from curves.yaml are the known pending ones', () => {
    const pending = new Set<string>();
    for (const g of groupRows) {
      const u = parseTlsGroup(g.name);
      if (!u) continue;
      for (const part of [u, ...(u.components ?? [])]) {
        if (part.algorithm) expect(catalog.algorithms.has(part.algorithm), part.algorithm).toBe(true);
        if (part.curve && !catalog.curves.has(part.curve)) pending.add(part.curve);
      }
    }
    const allowed = /^GC(256[A-D]|512[A-C])$/;
    expect([...pending].filter((c) => !allowed.test(c))).toEqual([]);
    if (pending.size > 0) console.warn(`TLS groups use curve ids that data/curves.yaml does not hold yet: ${[...pending].sort().join(', ')}`);
  });

  it('covers the openssl ecparam -list_curves names that are TLS groups', () => {
    const curves = readFileSync(`${FIXTURES}/tls-openssl-ecparam-curves.txt`, 'utf8').split('\n')
      .map((l) => /^\s*([A-Za-z0-9-]+)\s*:/.exec(l)?.[1]).filter((n): n is string => n !== undefined);
    expect(curves.length).toBe(82);
    const covered = curves.filter((n) => parseTlsGroup(n) !== undefined);
    // Every curve OpenSSL also accepts as a TLS group is covered; the rest (secp112r1, prime239v1, c2pnb163v1, wap-wsg-*,
    // brainpool*t1, Oakley-EC2N-*, SM2 ...) are not TLS groups and belong to the curve names reader.
    for (const n of curves) if (snapshot.get(n)) expect(covered, n).toContain(n);
    expect(covered.length).toBe(28);
  });
});

// ── signature schemes ───────────────────────────────────────────────────────────────────────────────────────────────

const schemeRows = (catalog.names.get('tls-signature-schemes') as { schemes: { code: string; name: string; openssl?: string[]; aliases?: string[]; unknown?: string }[] }).schemes;

describe('signature schemes', () => {
  const snapshot = readProbe('tls-openssl-sigalgs.txt');

  function checkSigalgs(accepted: Map<string, boolean>): void {
    for (const [n, yes] of accepted) if (yes) expect(parseTlsSignatureScheme(n), `${n} (OpenSSL accepts it)`).toBeDefined();
    for (const r of schemeRows) for (const n of r.openssl ?? []) expect(accepted.get(n), `OpenSSL accepts ${n}`).toBe(true);
  }

  it('every OpenSSL spelling in the table is one the OpenSSL snapshot accepts, and every accepted one resolves', () => {
    expect([...snapshot.values()].filter(Boolean).length).toBe(37);
    checkSigalgs(snapshot);
  });

  it.skipIf(!hasOpenssl)('the same against the live openssl s_client -sigalgs', () => {
    checkSigalgs(liveProbe('-sigalgs', [...snapshot.keys()]));
  });

  it('holds the IANA registry (37 assigned) and the 12 TLS 1.2 pairs it reserves', () => {
    expect(schemeRows.length).toBe(49);
    expect(new Set(schemeRows.map((r) => r.code)).size).toBe(49);
  });

  it('reads names into signature + hash (+ curve)', () => {
    expect(shape(parseTlsSignatureScheme('rsa_pkcs1_sha256'))).toEqual(['signature:rsassa-pkcs1-v1_5', 'hash:sha-256']);
    expect(shape(parseTlsSignatureScheme('rsa_pss_rsae_sha256'))).toEqual(['signature:rsa-pss', 'hash:sha-256']);
    expect(shape(parseTlsSignatureScheme('rsa_pss_pss_sha384'))).toEqual(['signature:rsa-pss', 'hash:sha-384']);
    expect(shape(parseTlsSignatureScheme('ecdsa_secp256r1_sha256'))).toEqual(['signature:ecdsa@secp256r1', 'hash:sha-256']);
    expect(shape(parseTlsSignatureScheme('ecdsa_brainpoolP512r1tls13_sha512'))).toEqual(['signature:ecdsa@brainpoolP512r1', 'hash:sha-512']);
    expect(shape(parseTlsSignatureScheme('rsa_pkcs1_sha1'))).toEqual(['signature:rsassa-pkcs1-v1_5', 'hash:sha-1']);
    expect(shape(parseTlsSignatureScheme('ecdsa_sha1'))).toEqual(['signature:ecdsa', 'hash:sha-1']);
    expect(shape(parseTlsSignatureScheme('sm2sig_sm3'))).toEqual(['signature:sm2@sm2p256v1', 'hash:sm3']);
    expect(parseTlsSignatureScheme('ed25519')).toEqual({ input: 'ed25519', scheme: 'tls', label: 'ed25519', algorithm: 'ed25519' });
    expect(parseTlsSignatureScheme('ed448')?.algorithm).toBe('ed448');
    expect(parseTlsSignatureScheme('mldsa65')?.algorithm).toBe('ml-dsa-65');
  });

  it('reads OpenSSL\'s SIG+HASH spellings (no curve), Go\'s names and code points', () => {
    expect(shape(parseTlsSignatureScheme('RSA+SHA256'))).toEqual(['signature:rsassa-pkcs1-v1_5', 'hash:sha-256']);
    expect(parseTlsSignatureScheme('RSA+SHA256')?.label).toBe('rsa_pkcs1_sha256');
    expect(shape(parseTlsSignatureScheme('ECDSA+SHA256'))).toEqual(['signature:ecdsa', 'hash:sha-256']);
    expect(shape(parseTlsSignatureScheme('RSA-PSS+SHA256'))).toEqual(['signature:rsa-pss', 'hash:sha-256']);
    expect(shape(parseTlsSignatureScheme('PSS+SHA512'))).toEqual(['signature:rsa-pss', 'hash:sha-512']);
    expect(shape(parseTlsSignatureScheme('DSA+SHA1'))).toEqual(['signature:dsa', 'hash:sha-1']);
    expect(shape(parseTlsSignatureScheme('RSA+sha256'))).toEqual(['signature:rsassa-pkcs1-v1_5', 'hash:sha-256']);
    expect(shape(parseTlsSignatureScheme('ECDSAWithP384AndSHA384'))).toEqual(['signature:ecdsa@secp384r1', 'hash:sha-384']);
    expect(shape(parseTlsSignatureScheme('PSSWithSHA256'))).toEqual(['signature:rsa-pss', 'hash:sha-256']);
    expect(parseTlsSignatureScheme('0x0804')?.label).toBe('rsa_pss_rsae_sha256');
    expect(parseTlsSignatureScheme('0x0403')?.label).toBe('ecdsa_secp256r1_sha256');
    expect(parseTlsSignatureScheme('0x0303')?.label).toBe('ecdsa_sha224');
  });

  it('leaves the identity-based schemes and lists unread', () => {
    for (const n of ['eccsi_sha256', 'iso_ibs1', 'iso_chinese_ibs', 'RSA+SHA256:ECDSA+SHA256', 'RSA+MD4', 'ECDSA+SHA3-256']) {
      expect(parseTlsSignatureScheme(n), n).toBeUndefined();
    }
  });

  it('names only registry algorithm ids', () => {
    for (const r of schemeRows) {
      const u = parseTlsSignatureScheme(r.name);
      if (r.unknown) { expect(u).toBeUndefined(); continue; }
      for (const part of [u!, ...(u!.components ?? [])]) if (part.algorithm) expect(catalog.algorithms.has(part.algorithm), `${r.name}: ${part.algorithm}`).toBe(true);
    }
  });
});

// ── versions ────────────────────────────────────────────────────────────────────────────────────────────────────────

describe('protocol versions', () => {
  it('reads the usual spellings', () => {
    const cases: [string, string][] = [
      ['SSLv2', 'ssl2.0'], ['SSLv3', 'ssl3.0'], ['SSL 3.0', 'ssl3.0'], ['TLSv1', 'tls1.0'], ['TLSv1.0', 'tls1.0'], ['TLSv1.1', 'tls1.1'],
      ['TLSv1.2', 'tls1.2'], ['TLSv1.3', 'tls1.3'], ['TLS 1.2', 'tls1.2'], ['tls1_2', 'tls1.2'], ['TLS1.2', 'tls1.2'], ['tls1.2', 'tls1.2'],
      ['DTLSv1', 'dtls1.0'], ['DTLSv1.2', 'dtls1.2'], ['DTLS 1.3', 'dtls1.3'], ['0x0303', 'tls1.2'], ['0x0304', 'tls1.3'], ['0x0300', 'ssl3.0'],
      ['0xFEFD', 'dtls1.2'], ['VersionTLS13', 'tls1.3'], ['PROTOCOL_TLSv1_2', 'tls1.2'], ['Tls12', 'tls1.2'], ['TLS1_3_VERSION', 'tls1.3'],
    ];
    for (const [input, id] of cases) {
      const u = parseTlsVersion(input);
      expect(u?.algorithm, input).toBe(id);
      expect(catalog.algorithms.get(id)?.kind).toBe('protocol');
    }
    expect(parseTlsVersion('TLSv1.2')).toEqual({ input: 'TLSv1.2', scheme: 'tls', label: 'TLS 1.2', algorithm: 'tls1.2' });
  });

  it('reads every OpenSSL version column of openssl ciphers -V', () => {
    for (const v of ['SSLv3', 'TLSv1', 'TLSv1.2', 'TLSv1.3']) expect(parseTlsVersion(v), v).toBeDefined();
  });

  it('does not read what names no version', () => {
    for (const s of ['TLS', 'Tls', 'SSL', 'TLSv1.4', 'TLSv2', 'TLS 1.2.1', '0x0305']) expect(parseTlsVersion(s), s).toBeUndefined();
  });
});

// ── parseTls ────────────────────────────────────────────────────────────────────────────────────────────────────────

describe('parseTls', () => {
  it('tries suites, groups, signature schemes and versions', () => {
    expect(parseTls('ECDHE-RSA-AES128-GCM-SHA256')?.label).toBe('TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256');
    expect(parseTls('P-384')?.curve).toBe('secp384r1');
    expect(parseTls('rsa_pss_rsae_sha384')?.label).toBe('rsa_pss_rsae_sha384');
    expect(parseTls('TLSv1.3')?.algorithm).toBe('tls1.3');
    expect(parseTls('nonsense')).toBeUndefined();
  });

  it('reads a bare code point only as a cipher suite', () => {
    expect(parseTls('0xC0,0x2F')?.label).toBe('TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256');
    expect(parseTls('0x0303')).toBeUndefined();
    expect(parseTls('23')).toBeUndefined();
  });
});

// ── properties ──────────────────────────────────────────────────────────────────────────────────────────────────────

const PARSERS = [parseTls, parseTlsCipherSuite, parseTlsGroup, parseTlsSignatureScheme, parseTlsVersion];

describe('properties', () => {
  it('never throws, and a result always carries the input and the scheme', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      for (const p of PARSERS) {
        const u = p(s);
        if (u !== undefined && (u.input !== s || u.scheme !== 'tls')) return false;
      }
      return true;
    }), { numRuns: 2000 });
  });

  it('never throws on near-misses of real names', () => {
    const names = tlsCipherSuites().flatMap((s) => [s.iana, s.openssl ?? s.code]);
    fc.assert(fc.property(fc.constantFrom(...names), fc.string({ maxLength: 3 }), fc.nat(40), (name, noise, at) => {
      const s = name.slice(0, at) + noise + name.slice(at);
      for (const p of PARSERS) p(s);
      return true;
    }), { numRuns: 2000 });
  });

  it('every suite resolves by its IANA name in any case and by every code point form, to the same usage', () => {
    fc.assert(fc.property(fc.constantFrom(...tlsCipherSuites()), fc.boolean(), (s, lower) => {
      const name = lower ? s.iana.toLowerCase() : s.iana;
      const hex = s.value.toString(16).padStart(4, '0');
      const forms = [s.code, `{${s.code}}`, `0x${hex}`, `${hex.slice(0, 2)},${hex.slice(2)}`];
      const ref = JSON.stringify({ ...parseTlsCipherSuite(s.iana), input: '', components: shape(parseTlsCipherSuite(s.iana)) });
      return [name, ...forms].every((f) => JSON.stringify({ ...parseTlsCipherSuite(f), input: '', components: shape(parseTlsCipherSuite(f)) }) === ref);
    }), { numRuns: 1000 });
  });

  it('handles 1 MB of garbage quickly', () => {
    const garbage = 'TLS_ECDHE_RSA_WITH_'.repeat(60_000) + '\u0000{0xC0,'.repeat(10_000);
    const t0 = performance.now();
    for (const p of PARSERS) expect(p(garbage)).toBeUndefined();
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('no two names in the tables differ only in case (the lookups ignore case)', () => {
    // The index refuses to build when two entries share a case-folded name; resolving anything builds it.
    expect(() => parseTls('x')).not.toThrow();
  });
});
