import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bundledCatalog } from '../../src/catalog/catalog.js';
import { JCA_SERVICES, listJcaNames, parseJca, type JcaService } from '../../src/names/jca.js';
import { lookupOid, parseOid } from '../../src/names/oid.js';
import type { Usage } from '../../src/names/types.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/names');
const SNAPSHOT = join(FIXTURES, 'jca-names.txt');
const catalog = bundledCatalog();

const hasJava = spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;
if (!hasJava) console.warn('jca.test: `java` is not on PATH; the live JDK oracle is skipped and the checked-in snapshot is used');

/** The oracle's output: registered names, probes of getInstance, and the SunJCE defaults. */
interface Oracle {
  readonly version: string;
  readonly registered: { service: string; name: string; standard: string; provider: string }[];
  readonly probes: { service: string; name: string; result: string }[];
  readonly defaults: { service: string; name: string; text: string }[];
}

function readOracle(text: string): Oracle {
  const out: Oracle = { version: '', registered: [], probes: [], defaults: [] };
  let section: 'registered' | 'probes' | 'defaults' = 'registered';
  for (const line of text.split('\n')) {
    if (line === '') continue;
    if (line.startsWith('# java.version=')) (out as { version: string }).version = line.split(/[= ]/)[2]!;
    else if (line === '## probes') section = 'probes';
    else if (line === '## defaults') section = 'defaults';
    else {
      const f = line.split('\t');
      if (section === 'registered') out.registered.push({ service: f[0]!, name: f[1]!, standard: f[2]!, provider: f[3]! });
      else if (section === 'probes') out.probes.push({ service: f[0]!, name: f[1]!, result: f[2]! });
      else out.defaults.push({ service: f[0]!, name: f[1]!, text: f[2]! });
    }
  }
  return out;
}

const snapshot = readOracle(readFileSync(SNAPSHOT, 'utf8'));
const table = catalog.names.get('jca') as {
  unknown: { name: string; reason: string }[];
  aliases: { alias: string; name: string; services: string[] }[];
};
const unknownNames = new Set(table.unknown.map((u) => u.name.toLowerCase()));

/** What a Usage says, without where it came from: sorted `algorithm/role/keyBits` strings. */
function shape(u: Usage | undefined): string[] {
  if (!u) return [];
  if (!u.components) return [`${u.algorithm}/-/${u.keyBits ?? ''}/${u.curve ?? ''}`];
  return u.components.map((c) => `${c.algorithm}/${c.role}/${c.keyBits ?? ''}/${c.curve ?? ''}`).sort();
}
const ids = (u: Usage | undefined): string[] => (u === undefined ? [] : u.components ? u.components.map((c) => c.algorithm!) : [u.algorithm!]);
const part = (u: Usage | undefined, role: string): Usage | undefined => u?.components?.find((c) => c.role === role);

/** Every id and curve a Usage mentions exists in the registry, and every part says where it came from. */
function checkUsage(u: Usage, where: string): void {
  expect(u.label, where).toBeTruthy();
  for (const c of [u, ...(u.components ?? [])]) {
    expect(['jca', 'oid'], where).toContain(c.scheme);
    expect(typeof c.input, where).toBe('string');
    if (c.algorithm !== undefined) expect(catalog.algorithms.has(c.algorithm), `${where}: ${c.algorithm}`).toBe(true);
    if (c.curve !== undefined) expect(catalog.curves.has(c.curve), `${where}: ${c.curve}`).toBe(true);
  }
  if (u.components) for (const c of u.components) expect(c.role, where).toBeDefined();
}

/** Checks one oracle run against the parser; returns what it could not read. */
function checkRegistered(oracle: Oracle): { read: number; unknownOnPurpose: string[]; missed: string[] } {
  let read = 0;
  const unknownOnPurpose: string[] = [];
  const missed: string[] = [];
  for (const r of oracle.registered) {
    const u = parseJca(r.name, r.service);
    if (unknownNames.has(r.standard.toLowerCase())) {
      expect(u, `${r.service} ${r.name}`).toBeUndefined();
      unknownOnPurpose.push(`${r.service} ${r.name}`);
    } else if (u) {
      read++;
      checkUsage(u, `${r.service} ${r.name}`);
    } else missed.push(`${r.service} ${r.name}`);
  }
  return { read, unknownOnPurpose, missed };
}

describe('parseJca: the JDK as oracle (snapshot of JcaNames.java on JDK 17)', () => {
  it('reads every algorithm name the JDK providers register, except the listed internal ones', () => {
    expect(snapshot.version).toMatch(/^17\./);
    expect(snapshot.registered.length).toBeGreaterThan(500);
    const { read, unknownOnPurpose, missed } = checkRegistered(snapshot);
    expect(missed).toEqual([]);
    console.info(`jca coverage (JDK ${snapshot.version}): ${read} of ${snapshot.registered.length} registered names read; `
      + `${unknownOnPurpose.length} unknown on purpose: ${unknownOnPurpose.join(', ')}`);
    expect(unknownOnPurpose.length).toBeLessThanOrEqual(12);
  });

  it('reads every alias as its standard name (same algorithms, roles and sizes)', () => {
    let n = 0;
    for (const r of snapshot.registered) {
      if (r.name === r.standard || unknownNames.has(r.standard.toLowerCase())) continue;
      expect(shape(parseJca(r.name, r.service)), `${r.service} ${r.name} -> ${r.standard}`).toEqual(shape(parseJca(r.standard, r.service)));
      expect(parseJca(r.name, r.service)?.label).toBe(parseJca(r.standard, r.service)?.label);
      n++;
    }
    expect(n).toBeGreaterThan(250);
  });

  it('holds exactly the aliases the JDK registers (data/names/jca.yaml is generated from the snapshot)', () => {
    const fromJdk = new Set(snapshot.registered.filter((r) => r.name !== r.standard && !r.name.startsWith('OID.'))
      .map((r) => `${r.service}|${r.name}|${r.standard}`));
    const fromTable = new Set(table.aliases.flatMap((a) => a.services.map((s) => `${s}|${a.alias}|${a.name}`)));
    expect([...fromTable].filter((x) => !fromJdk.has(x))).toEqual([]);
    expect([...fromJdk].filter((x) => !fromTable.has(x))).toEqual([]);
  });

  it('agrees with the OID table on every OID a JDK provider aliases', () => {
    // Where Java's reading of an OID and the OID's own definition differ, the JCA reading follows Java (it is what runs).
    const differences: Record<string, string> = {
      'SecretKeyFactory 1.2.840.113549.1.5.12': 'id-PBKDF2 leaves the PRF to its parameters; SunJCE maps it to PBKDF2WithHmacSHA1, the default PRF',
    };
    let compared = 0;
    const seen = new Set<string>();
    for (const r of snapshot.registered) {
      const dotted = r.name.replace(/^OID\./, '');
      if (!/^\d+(\.\d+)+$/.test(dotted) || seen.has(`${r.service} ${dotted}`)) continue;
      seen.add(`${r.service} ${dotted}`);
      if (!lookupOid(dotted)) continue; // arcs (pkcs-1, the AES arc) and OIW dsaWithSHA: Java-only readings, see the report
      const key = `${r.service} ${dotted}`;
      if (differences[key]) {
        expect(shape(parseOid(dotted)), key).not.toEqual(shape(parseJca(r.standard, r.service)));
        continue;
      }
      expect(shape(parseOid(dotted)), `${key} (${r.standard})`).toEqual(shape(parseJca(r.standard, r.service)));
      compared++;
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('reads every name getInstance accepts in the probes, and rejects the spellings no provider uses', () => {
    for (const p of snapshot.probes) {
      if (p.result === 'ok') expect(parseJca(p.name, p.service), `${p.service} ${p.name}`).toBeDefined();
    }
    // Names the JDK rejects and no other common provider spells: the parser rejects them too.
    for (const [service, name] of [['Cipher', 'AES/GCM'], ['Cipher', 'AES//NoPadding'], ['Cipher', 'RSA/ECB/OAEPWithSHA256AndMGF1Padding'],
      ['Cipher', 'RSA/ECB/OAEPWithSHA3-256AndMGF1Padding'], ['Signature', 'SHA-256withRSA'], ['Mac', 'HmacSHA-256']] as const) {
      expect(snapshot.probes.find((p) => p.name === name)?.result, name).toBe('NoSuchAlgorithmException');
      expect(parseJca(name, service), name).toBeUndefined();
    }
    // Names only other providers (Bouncy Castle, Android) take: read, since they occur in Java code.
    for (const name of ['AES/CBC/PKCS7Padding', 'AES/CCM/NoPadding', 'RSA/NONE/PKCS1Padding', 'RSA/NONE/NoPadding']) {
      expect(parseJca(name, 'Cipher'), name).toBeDefined();
    }
    expect(ids(parseJca('SHA256withRSA/PSS', 'Signature'))).toEqual(['rsa-pss', 'sha-256']);
    expect(ids(parseJca('SHA256withRSAandMGF1', 'Signature'))).toEqual(['rsa-pss', 'sha-256']);
  });

  it('records the SunJCE defaults the oracle observed', () => {
    const d = (name: string, service = 'Cipher') => snapshot.defaults.filter((x) => x.service === service && x.name === name).map((x) => x.text);
    for (const name of ['AES', 'DES', 'DESede', 'Blowfish', 'RC2']) {
      expect(d(name), name).toContain('mode=ECB padded=true');
      const u = parseJca(name, 'Cipher');
      expect(part(u, 'mode')?.algorithm, name).toBe('ecb');
      expect(part(u, 'mode')?.facts?.[0]?.about, name).toMatch(/ECB with PKCS5Padding/);
    }
    expect(d('RSA')).toEqual(['padding=PKCS1-type-2']);
    expect(parseJca('RSA', 'Cipher')?.algorithm).toBe('rsaes-pkcs1-v1_5');
    expect(d('RSA/ECB/OAEPPadding')).toEqual(['digest=SHA-1 mgf=MGF1(SHA-1)']);
    expect(part(parseJca('RSA/ECB/OAEPPadding', 'Cipher'), 'hash')?.algorithm).toBe('sha-1');
    expect(d('RSA/ECB/OAEPWithSHA-256AndMGF1Padding')).toEqual(['digest=SHA-256 mgf=MGF1(SHA-1)']);
    expect(part(parseJca('RSA/ECB/OAEPWithSHA-256AndMGF1Padding'), 'encryption')?.facts?.[0]?.about).toMatch(/MGF1 uses SHA-1/);
    expect(d('DESede')).toContain('16-byte key InvalidKeyException');
    expect(d('DESede', 'KeyGenerator')).toContain('init(112) gives 24-byte key, k3=k1 true');
    const desede = part(parseJca('DESede/CBC/PKCS5Padding'), 'cipher');
    expect(desede?.algorithm).toBe('tdea-3key');
    expect(desede?.facts?.[0]?.about).toMatch(/2-key Triple DES/);
    expect(desede?.facts?.[0]?.about).toMatch(/SunJCE rejects 16-byte keys/);
    expect(d('ChaCha20', 'KeyGenerator')).toEqual(['default key 256 bits']);
    expect(parseJca('ChaCha20')?.keyBits).toBe(256);
  });

  it.skipIf(!hasJava)('agrees with the JDK on this machine (runs JcaNames.java)', () => {
    const out = execFileSync('java', ['JcaNames.java'], { cwd: FIXTURES, encoding: 'utf8', timeout: 55_000 });
    const live = readOracle(out);
    if (live.version === snapshot.version) {
      expect(out).toBe(readFileSync(SNAPSHOT, 'utf8'));
    } else {
      // Another JDK: names this snapshot knows must still be read; new names are reported, not failed.
      const known = new Set(snapshot.registered.map((r) => `${r.service} ${r.name}`));
      const { missed } = checkRegistered(live);
      expect(missed.filter((m) => known.has(m))).toEqual([]);
      if (missed.length > 0) console.warn(`jca.test: JDK ${live.version} registers names the tables do not read: ${missed.join(', ')}`);
      for (const name of ['AES', 'DES', 'DESede', 'Blowfish', 'RC2']) {
        expect(live.defaults.find((x) => x.service === 'Cipher' && x.name === name)?.text, name).toBe('mode=ECB padded=true');
      }
    }
  }, 60_000);
});

describe('parseJca: decomposition', () => {
  const cases: [string, JcaService | undefined, string[], string?][] = [
    ['SHA256withRSA', 'Signature', ['rsassa-pkcs1-v1_5', 'sha-256']],
    ['SHA256withECDSA', 'Signature', ['ecdsa', 'sha-256']],
    ['SHA256withDSA', 'Signature', ['dsa', 'sha-256']],
    ['SHA1withRSA', 'Signature', ['rsassa-pkcs1-v1_5', 'sha-1']],
    ['MD5withRSA', 'Signature', ['rsassa-pkcs1-v1_5', 'md5']],
    ['SHA256withRSA/PSS', 'Signature', ['rsa-pss', 'sha-256']],
    ['RSASSA-PSS', 'Signature', ['rsa-pss']],
    ['Ed25519', 'Signature', ['ed25519']],
    ['EdDSA', 'Signature', ['eddsa']],
    ['Ed448', 'Signature', ['ed448']],
    ['SHA3-256withECDSA', 'Signature', ['ecdsa', 'sha3-256']],
    ['NONEwithRSA', 'Signature', ['rsassa-pkcs1-v1_5']],
    ['SHA256withECDSAinP1363Format', 'Signature', ['ecdsa', 'sha-256']],
    ['SHA512/256withRSA', 'Signature', ['rsassa-pkcs1-v1_5', 'sha-512/256']],
    ['SHA-1', 'MessageDigest', ['sha-1']],
    ['SHA-256', 'MessageDigest', ['sha-256']],
    ['SHA-512/256', 'MessageDigest', ['sha-512/256']],
    ['SHA3-256', 'MessageDigest', ['sha3-256']],
    ['MD5', 'MessageDigest', ['md5']],
    ['MD2', 'MessageDigest', ['md2']],
    ['HmacSHA256', 'Mac', ['hmac', 'sha-256']],
    ['HmacSHA1', 'Mac', ['hmac', 'sha-1']],
    ['HmacMD5', 'Mac', ['hmac', 'md5']],
    ['HmacSHA512/256', 'Mac', ['hmac', 'sha-512/256']],
    ['HmacPBESHA256', 'Mac', ['hmac', 'pkcs12-kdf', 'sha-256']],
    ['AES/GCM/NoPadding', 'Cipher', ['aes', 'gcm']],
    ['AES_128/GCM/NoPadding', 'Cipher', ['aes', 'gcm']],
    ['AES/CBC/PKCS5Padding', 'Cipher', ['aes', 'cbc']],
    ['AES', 'Cipher', ['aes', 'ecb']],
    ['DESede/CBC/PKCS5Padding', 'Cipher', ['tdea-3key', 'cbc']],
    ['DES/CBC/PKCS5Padding', 'Cipher', ['des', 'cbc']],
    ['Blowfish/CBC/PKCS5Padding', 'Cipher', ['blowfish', 'cbc']],
    ['RC2/CBC/PKCS5Padding', 'Cipher', ['rc2', 'cbc']],
    ['RC4', 'Cipher', ['rc4']],
    ['ARCFOUR', 'Cipher', ['rc4']],
    ['ChaCha20', 'Cipher', ['chacha20']],
    ['ChaCha20-Poly1305', 'Cipher', ['chacha20-poly1305']],
    ['AESWrap', 'Cipher', ['aes', 'kw']],
    ['AESWrapPad', 'Cipher', ['aes', 'kwp']],
    ['AES/KW/NoPadding', 'Cipher', ['aes', 'kw']],
    ['AES/KWP/NoPadding', 'Cipher', ['aes', 'kwp']],
    ['RSA/ECB/PKCS1Padding', 'Cipher', ['rsaes-pkcs1-v1_5']],
    ['RSA/ECB/OAEPWithSHA-256AndMGF1Padding', 'Cipher', ['rsa-oaep', 'sha-256']],
    ['RSA/ECB/OAEPPadding', 'Cipher', ['rsa-oaep', 'sha-1']],
    ['RSA/ECB/NoPadding', 'Cipher', ['rsa-raw']],
    ['PBEWithHmacSHA256AndAES_128', 'Cipher', ['pbkdf2', 'hmac', 'sha-256', 'aes', 'cbc']],
    ['PBEWithMD5AndDES', 'Cipher', ['pbkdf1', 'md5', 'des', 'cbc']],
    ['AES/CFB8/NoPadding', 'Cipher', ['aes', 'cfb']],
    ['AES/OFB/NoPadding', 'Cipher', ['aes', 'ofb']],
    ['AES/CTR/NoPadding', 'Cipher', ['aes', 'ctr']],
    ['AES/CTS/NoPadding', 'Cipher', ['aes', 'cts']],
    ['AES/PCBC/PKCS5Padding', 'Cipher', ['aes', 'pcbc']],
    ['DH', 'KeyAgreement', ['dh']],
    ['DiffieHellman', 'KeyAgreement', ['dh']],
    ['ECDH', 'KeyAgreement', ['ecdh']],
    ['XDH', 'KeyAgreement', ['xdh']],
    ['X25519', 'KeyAgreement', ['x25519']],
    ['X448', 'KeyAgreement', ['x448']],
    ['EC', 'KeyPairGenerator', ['ec']],
    ['RSA', 'KeyPairGenerator', ['rsa']],
    ['RSASSA-PSS', 'KeyPairGenerator', ['rsa-pss']],
    ['DSA', 'KeyPairGenerator', ['dsa']],
    ['AES', 'KeyGenerator', ['aes']],
    ['PBKDF2WithHmacSHA256', 'SecretKeyFactory', ['pbkdf2', 'hmac', 'sha-256']],
    ['GCM', 'AlgorithmParameters', ['gcm']],
    ['ML-KEM-768', 'KEM', ['ml-kem-768']],
  ];
  it.each(cases)('%s (%s) -> %j', (name, service, expected) => {
    const u = parseJca(name, service);
    expect(u, name).toBeDefined();
    expect(ids(u)).toEqual(expected);
    expect(u!.input).toBe(name);
    expect(u!.scheme).toBe('jca');
    checkUsage(u!, name);
  });

  it('gives roles, sizes and the parts of the name each component came from', () => {
    const rsa = parseJca('SHA256withRSA');
    expect(rsa).toEqual({
      input: 'SHA256withRSA', scheme: 'jca', label: 'SHA256withRSA', components: [
        { input: 'RSA', scheme: 'jca', algorithm: 'rsassa-pkcs1-v1_5', role: 'signature' },
        { input: 'SHA256', scheme: 'jca', algorithm: 'sha-256', role: 'hash' },
      ],
    });
    expect(parseJca('AES_128/GCM/NoPadding')?.components?.[0]).toEqual({ input: 'AES_128', scheme: 'jca', algorithm: 'aes', role: 'cipher', keyBits: 128 });
    expect(parseJca('RSA/ECB/PKCS1Padding')).toEqual({ input: 'RSA/ECB/PKCS1Padding', scheme: 'jca', label: 'RSA/ECB/PKCS1Padding', algorithm: 'rsaes-pkcs1-v1_5' });
    expect(part(parseJca('HmacSHA1'), 'mac')?.input).toBe('Hmac');
    expect(part(parseJca('PBEWithHmacSHA256AndAES_128'), 'prf')?.algorithm).toBe('hmac');
    expect(part(parseJca('PBEWithHmacSHA256AndAES_128'), 'cipher')?.keyBits).toBe(128);
    expect(part(parseJca('AES/CFB8/NoPadding'), 'mode')?.facts?.[0]?.about).toMatch(/8-bit feedback/);
    expect(part(parseJca('AES/CFB128/NoPadding'), 'mode')?.facts).toBeUndefined();
    expect(parseJca('AES/CFB256/NoPadding')).toBeUndefined(); // larger than the block
    expect(parseJca('DES/CFB12/NoPadding')).toBeUndefined(); // not whole bytes
    expect(parseJca('NONEwithECDSA')?.facts?.[0]?.about).toMatch(/hash is not named/);
    expect(parseJca('PBEWithSHA1AndRC4_40')?.components?.find((c) => c.role === 'cipher')?.keyBits).toBe(40);
    // A password-based cipher written as a transformation: only with the mode its scheme uses.
    expect(parseJca('PBEWithMD5AndDES/CBC/PKCS5Padding')?.label).toBe('PBEWithMD5AndDES/CBC/PKCS5Padding');
    expect(ids(parseJca('PBEWithHmacSHA256AndAES_256/CBC/PKCS5Padding'))).toEqual(['pbkdf2', 'hmac', 'sha-256', 'aes', 'cbc']);
    expect(parseJca('PBEWithMD5AndDES/ECB/PKCS5Padding')).toBeUndefined();
    expect(parseJca('PBEWithMD5AndDES/CBC/FooPadding')).toBeUndefined();
  });

  it('reads an alias as its standard name, with the input kept and the standard name as label', () => {
    const u = parseJca('AESWrap_256');
    expect(u?.label).toBe('AES_256/KW/NoPadding');
    expect(u?.components?.every((c) => c.input === 'AESWrap_256')).toBe(true);
    expect(parseJca('OID.1.2.840.113549.1.1.11')?.label).toBe('SHA256withRSA');
    expect(parseJca('2.16.840.1.101.3.4.1.46', 'Cipher')?.label).toBe('AES_256/GCM/NoPadding');
    // getInstance resolves the algorithm part of a transformation through the aliases too.
    expect(parseJca('TripleDES/CBC/PKCS5Padding')?.label).toBe('DESede/CBC/PKCS5Padding');
    expect(ids(parseJca('RC4/ECB/NoPadding'))).toEqual(['rc4']);
    expect(parseJca('AESWrap/ECB/NoPadding')).toBeUndefined(); // AESWrap stands for a whole transformation
  });

  it('reads an OID no JDK provider aliases through the OID table', () => {
    const u = parseJca('2.16.840.1.101.3.4.3.18', 'Signature');
    expect(u?.algorithm).toBe('ml-dsa-65');
    expect(u?.scheme).toBe('oid');
    expect(parseJca('1.2.3.4.5')).toBeUndefined();
  });

  it('uses the service to tell apart names that mean different things', () => {
    expect(ids(parseJca('AES', 'Cipher'))).toEqual(['aes', 'ecb']);
    expect(ids(parseJca('AES', 'KeyGenerator'))).toEqual(['aes']);
    expect(ids(parseJca('AES', 'AlgorithmParameters'))).toEqual(['aes']);
    expect(ids(parseJca('RSA', 'Cipher'))).toEqual(['rsaes-pkcs1-v1_5']);
    expect(ids(parseJca('RSA', 'KeyFactory'))).toEqual(['rsa']);
    expect(ids(parseJca('DSA', 'Signature'))).toEqual(['dsa', 'sha-1']);
    expect(ids(parseJca('DSA', 'KeyPairGenerator'))).toEqual(['dsa']);
    // Without a service, the first of serviceOrder that knows the name.
    expect(ids(parseJca('AES'))).toEqual(['aes', 'ecb']);
    expect(ids(parseJca('RSA'))).toEqual(['rsaes-pkcs1-v1_5']);
    expect(ids(parseJca('EC'))).toEqual(['ec']);
    expect(ids(parseJca('DH'))).toEqual(['dh']);
    // A name given to a service that does not have it is unknown there.
    expect(parseJca('SHA256withRSA', 'Cipher')).toBeUndefined();
    expect(parseJca('AES/GCM/NoPadding', 'Signature')).toBeUndefined();
    expect(parseJca('AES', 'NoSuchService')).toBeUndefined();
    expect(parseJca('AES', 'cipher')).toBeDefined(); // the service name is matched case-insensitively too
  });

  it('matches case-insensitively, as the providers do, but not across separators', () => {
    for (const name of ['aes/gcm/nopadding', 'SHA256WITHRSA', 'sha256withrsa', 'hmacsha256', 'rsa/ecb/oaepwithsha-256andmgf1padding', 'aeswrap', 'sha-256']) {
      expect(parseJca(name), name).toBeDefined();
    }
    expect(parseJca('aes/gcm/nopadding')?.label).toBe('AES/GCM/NoPadding');
    expect(parseJca('sha256withrsa')?.label).toBe('SHA256withRSA');
    for (const name of ['AES-GCM-NoPadding', 'SHA-256withRSA', 'HmacSHA-256', 'SHA256 with RSA', 'AES_512/GCM/NoPadding', 'AES/GCM/NoPadding/X']) {
      expect(parseJca(name), name).toBeUndefined();
    }
  });

  it('leaves the internal JDK names and the SSL 3.0 MAC unknown', () => {
    for (const name of ['SslMacMD5', 'SslMacSHA1', 'SunTlsPrf', 'SunTls12Prf', 'SunTlsMasterSecret']) expect(parseJca(name), name).toBeUndefined();
  });
});

describe('parseJca: coverage of the tables', () => {
  it('reads every name listJcaNames() lists, under its service', () => {
    const names = listJcaNames();
    expect(names.length).toBeGreaterThan(1000);
    const missed = names.filter((n) => !parseJca(n.name, n.service));
    expect(missed).toEqual([]);
    for (const n of names) checkUsage(parseJca(n.name, n.service)!, `${n.service} ${n.name}`);
    console.info(`jca coverage (tables): ${names.length} generated names over ${new Set(names.map((n) => n.service)).size} services, all read`);
  });

  it('lists only the services it knows', () => {
    for (const n of listJcaNames()) expect(JCA_SERVICES).toContain(n.service);
  });
});

describe('parseJca: robustness', () => {
  it('never throws and returns a Usage or undefined for any string and any service', () => {
    const token = fc.constantFrom('AES', 'RSA', 'SHA256', 'with', '/', 'Hmac', 'PBEWith', 'And', 'OAEPWith', 'AndMGF1Padding', 'CFB', '8',
      'NoPadding', 'ECB', 'OID.', '1.2.840', '.', '_128', 'DESede', 'inP1363Format', '/PSS', 'NONE', '', ' ');
    fc.assert(fc.property(fc.string(), fc.option(fc.constantFrom(...JCA_SERVICES, 'x')), (s, service) => {
      const u = parseJca(s, service ?? undefined);
      return u === undefined || typeof u.scheme === 'string';
    }), { numRuns: 3000 });
    fc.assert(fc.property(fc.array(token, { maxLength: 12 }), fc.option(fc.constantFrom(...JCA_SERVICES)), (parts, service) => {
      const u = parseJca(parts.join(''), service ?? undefined);
      if (u) checkUsage(u, parts.join(''));
      return true;
    }), { numRuns: 3000 });
  });

  it('returns quickly on long garbage', () => {
    const inputs = ['A'.repeat(1_000_000), 'AES/'.repeat(250_000), `${'with'.repeat(40)}RSA`, 'OID.' + '1.'.repeat(500_000) + '1',
      'PBEWithHmac' + 'And'.repeat(60), '\u0000'.repeat(1000)];
    const start = Date.now();
    for (const s of inputs) expect(parseJca(s)).toBeUndefined();
    expect(Date.now() - start).toBeLessThan(2000);
    expect(parseJca(undefined as unknown as string)).toBeUndefined();
    expect(parseJca(42 as unknown as string)).toBeUndefined();
  });
});
