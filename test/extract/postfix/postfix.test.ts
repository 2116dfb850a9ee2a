import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { POSTFIX_TLS_DEFAULTS } from '../../../src/extract/postfix/defaults.js';
import { postfixEndpoints } from '../../../src/extract/postfix/endpoints.js';
import { isPostfixMainCf, postfixExtractor } from '../../../src/extract/postfix/extractor.js';
import { readMainCf } from '../../../src/extract/postfix/maincf.js';
import type { TlsEndpoint } from '../../../src/extract/tls/endpoint.js';
import { scan } from '../../../src/scan/scan.js';
import type { Location } from '../../../src/scan/types.js';

const ROOT = fileURLToPath(new URL('../../fixtures/postfix/', import.meta.url));
const CASES = ['debian-default', 'hardened', 'legacy', 'malformed'] as const;
const text = (name: string) => readFileSync(`${ROOT}${name}/main.cf`, 'utf8');
const read = (name: string) => postfixEndpoints(text(name), `${name}/main.cf`);
const at = (l: Location | undefined) => (l ? `${l.line}:${l.column}` : '-');
function brief(e: TlsEndpoint): string {
  const p = e.protocols ?? [];
  const d = (o: { defaultOf?: unknown } | undefined) => (o?.defaultOf ? '*' : '');
  return [
    e.name,
    `${p.map((x) => x.value).join(',')}@${at(p[0]?.origin.location)}${d(p[0]?.origin)}`,
    `${e.cipherString?.value}@${at(e.cipherString?.origin.location)}${d(e.cipherString?.origin)}`,
    `groups ${(e.groups?.value ?? []).map((g) => `${g.value}@${at(g.origin.location)}`).join(' ')}${d(e.groups?.origin)}`,
  ].join(' | ');
}
const AUTO = 'X25519@29:26 X448@29:26 prime256v1@29:26 secp521r1@29:26 secp384r1@29:26*';

describe('Postfix fixtures', () => {
  it("Debian 12's main.cf: opportunistic TLS both ways on Postfix 3.7 defaults (>=TLSv1, medium)", () => {
    const r = read('debian-default');
    expect(r.errors).toEqual([]);
    expect(r.endpoints.map(brief)).toEqual([
      `smtpd (opportunistic TLS) | TLSv1,TLSv1.1,TLSv1.2,TLSv1.3@29:26* | aNULL:-aNULL:HIGH:MEDIUM:+RC4:@STRENGTH@29:26* | groups ${AUTO}`,
      `smtp (opportunistic TLS) | TLSv1,TLSv1.1,TLSv1.2,TLSv1.3@32:25* | aNULL:-aNULL:HIGH:MEDIUM:+RC4:@STRENGTH@32:25* | groups ${AUTO.replaceAll('29:26', '32:25')}`,
    ]);
  });

  it('hardened: >=TLSv1.2, high grade with exclusions, $parameter references, dane client', () => {
    const r = read('hardened');
    expect(r.errors).toEqual([]);
    const curves = 'groups prime256v1@14:25 secp384r1@14:36';
    expect(r.endpoints.map(brief)).toEqual([
      `smtpd (opportunistic TLS) | TLSv1.2,TLSv1.3@8:23 | ECDHE+AESGCM:DHE+AESGCM:@STRENGTH:!aNULL:!SHA1@13:23 | ${curves}`,
      `smtpd (mandatory TLS) | TLSv1.2,TLSv1.3@9:33 | ECDHE+AESGCM:DHE+AESGCM:@STRENGTH:!aNULL:!SHA1@13:23 | ${curves}`,
      `smtp (opportunistic TLS) | TLSv1.2,TLSv1.3@8:23 | aNULL:-aNULL:HIGH:MEDIUM:+RC4:@STRENGTH:!aNULL@16:27* | ${curves}`,
      `smtp (mandatory TLS) | TLSv1.2,TLSv1.3@19:32 | ECDHE+AESGCM:DHE+AESGCM:@STRENGTH:!aNULL@13:23 | ${curves}`,
    ]);
  });

  it('legacy: smtpd_use_tls, !SSLv2 exclusions, export and low grades, an RC4 cipher list', () => {
    const r = read('legacy');
    expect(r.errors).toEqual([]);
    const auto = (where: string) => `groups ${['X25519', 'X448', 'prime256v1', 'secp521r1', 'secp384r1'].map((g) => `${g}@${where}`).join(' ')}*`;
    expect(r.endpoints.map(brief)).toEqual([
      `smtpd (opportunistic TLS) | TLSv1,TLSv1.1,TLSv1.2,TLSv1.3@6:23 | aNULL:-aNULL:HIGH:MEDIUM:LOW:EXPORT:+RC4:@STRENGTH@7:21* | ${auto('3:17')}`,
      `smtpd (mandatory TLS) | TLSv1,TLSv1.1,TLSv1.2,TLSv1.3@3:17* | ALL:RC4-MD5:DES-CBC-SHA:@SECLEVEL=0@9:22 | ${auto('3:17')}`,
      `smtp (mandatory TLS) | TLSv1,TLSv1.1,TLSv1.2,TLSv1.3@12:32 | ALL:RC4-MD5:DES-CBC-SHA:@SECLEVEL=0@9:22 | ${auto('11:27')}`,
    ]);
  });

  it('malformed: each problem where it is; services whose TLS Postfix turns off give no endpoint', () => {
    const r = read('malformed');
    expect(r.errors.map((e) => `${at(e.location)} ${e.message.en}`)).toEqual([
      '1:3 a line that starts with whitespace continues a setting, but none comes before it',
      `3:1 "this" has no "=": Postfix stops with "missing '=' after attribute name"`,
      '5:34 smtpd_tls_protocols: "TLSv1.4" is not a TLS protocol Postfix knows (SSLv2, SSLv3, TLSv1, TLSv1.1, TLSv1.2, TLSv1.3): Postfix disables TLS ("Invalid TLS protocol list")',
      '6:21 smtpd_tls_ciphers: "strong" is not a cipher grade (export, low, medium, high, null): Postfix aborts TLS ("invalid cipher grade")',
      `8:33 smtp_tls_exclude_ciphers: "!MD5" starts with "!", which an exclusion cannot: Postfix aborts TLS ("invalid unary '!+-@' in cipher exclusion")`,
      '11:27 lmtp_tls_security_level: "maybe" is not a TLS security level Postfix knows',
    ]);
    expect(r.endpoints).toEqual([]);
  });
});

describe('main.cf syntax', () => {
  it('continuation lines, comment lines, last setting wins', () => {
    const cf = readMainCf('a = 1\n# a = 2\nb = x,\n    y\n  # comment inside\n    z\na = 3\nc =\n  late\n', 'main.cf');
    expect(cf.params.get('a')?.raw).toBe('3');
    expect(cf.params.get('b')?.raw).toBe('x, y z');
    expect(cf.params.get('c')?.raw).toBe('late');
    expect(cf.params.get('c')?.at).toEqual({ path: 'main.cf', line: 9, column: 3 });
    expect(cf.problems).toEqual([]);
  });
  it('hexadecimal bounds and include lists', () => {
    const r = postfixEndpoints('smtpd_tls_security_level = encrypt\nsmtpd_tls_mandatory_protocols = >=0x0302, <=0303\nsmtp_tls_security_level = may\nsmtp_tls_protocols = TLSv1.2 TLSv1.3\n', 'main.cf');
    expect(r.endpoints.map((e) => `${e.name} ${e.protocols?.map((p) => p.value).join(',')}`)).toEqual([
      'smtpd (mandatory TLS) TLSv1.1,TLSv1.2', 'smtp (opportunistic TLS) TLSv1.2,TLSv1.3',
    ]);
  });
  it('a server that asks for client certificates leaves anonymous suites out', () => {
    const r = postfixEndpoints('smtpd_tls_security_level = may\nsmtpd_tls_ask_ccert = yes\n', 'main.cf');
    expect(r.endpoints[0]?.cipherString?.value).toBe('aNULL:-aNULL:HIGH:MEDIUM:+RC4:@STRENGTH:!aNULL');
  });
});

describe('the postfix extractor', () => {
  it('matches main.cf only', () => {
    expect(postfixExtractor.id).toBe('postfix');
    expect(isPostfixMainCf('etc/postfix/main.cf')).toBe(true);
    expect(isPostfixMainCf('main.cf')).toBe(true);
    expect(isPostfixMainCf('etc/postfix/master.cf')).toBe(false);
    expect(isPostfixMainCf('etc/postfix/main.cf.proto')).toBe(false);
  });
  it('scan() reports the default protocols and suites at the line that turns TLS on', async () => {
    const r = await scan(['legacy', 'debian-default'], { cwd: ROOT, extractors: [postfixExtractor], at: '2026-11-21' });
    const lines = r.findings.map((f) => `${f.location?.path}:${f.location?.line}:${f.location?.column} ${f.ruleId} ${f.input}`);
    expect(lines).toContain('debian-default/main.cf:29:26 cryptrec/monitored TLSv1');
    expect(lines).toContain('legacy/main.cf:9:26 cryptrec/unlisted RC4-MD5');
    const dflt = r.findings.find((f) => f.location?.path === 'debian-default/main.cf' && f.input === 'TLSv1');
    expect(dflt?.messages.en).toMatch(/Postfix 3\.7 default/);
  });
});

describe('never throws', () => {
  it('on arbitrary text and mutated fixtures', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => {
      postfixExtractor.extract(s, { path: 'main.cf', absolutePath: '/main.cf', readFile: async () => undefined, include: () => ({ files: [], unreadable: [] }) });
    }), { numRuns: 300 });
    const pieces = ['$', '${', '\n ', '=', '!', '>=', 'TLSv9', '\n', '#', 'smtpd_tls_security_level = encrypt\n', '$smtpd_tls_ciphers'];
    fc.assert(fc.property(fc.constantFrom(...CASES), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...pieces)), { maxLength: 8 }), (name, edits) => {
      let t = text(name);
      for (const [pos, piece] of edits) {
        const p = pos % (t.length + 1);
        t = t.slice(0, p) + piece + t.slice(p);
      }
      postfixEndpoints(t, 'm.cf');
    }), { numRuns: 200 });
  });
  it('on self-referencing parameters', () => {
    const r = postfixEndpoints('smtpd_tls_security_level = may\nsmtpd_tls_ciphers = $smtpd_tls_ciphers\ntls_medium_cipherlist = ${tls_medium_cipherlist}x\n', 'main.cf');
    expect(Array.isArray(r.endpoints)).toBe(true);
  });
});

// postconf -d as the oracle for the defaults, with a checked-in snapshot of its output (Postfix 3.7.11, Debian 12).
describe('Postfix 3.7 defaults', () => {
  const snapshot = new Map(readFileSync(`${ROOT}postconf-d.txt`, 'utf8').trim().split('\n').map((l) => {
    const eq = l.indexOf(' = ');
    return [l.slice(0, eq === -1 ? l.length - 2 : eq), eq === -1 ? '' : l.slice(eq + 3)] as const;
  }));
  it('the table is the snapshot of postconf -d', () => {
    expect(snapshot.get('mail_version')).toMatch(/^3\.7\./);
    for (const [k, v] of Object.entries(POSTFIX_TLS_DEFAULTS)) expect(snapshot.get(k), k).toBe(v);
  });
  const has = spawnSync('postconf', ['-d', 'mail_version']).status === 0;
  if (!has) console.warn('postconf is not installed: the live postconf -d comparison is skipped');
  it.skipIf(!has)('the snapshot is what postconf -d prints here', () => {
    const live = spawnSync('postconf', ['-d', ...Object.keys(POSTFIX_TLS_DEFAULTS)], { encoding: 'utf8' }).stdout.trim().split('\n');
    const version = spawnSync('postconf', ['-d', 'mail_version'], { encoding: 'utf8' }).stdout.trim();
    if (!version.startsWith('mail_version = 3.7.')) {
      console.warn(`postconf is not Postfix 3.7 (${version}): the live comparison is skipped`);
      return;
    }
    for (const l of live) {
      const eq = l.indexOf(' =');
      expect(l.slice(eq + 3).trim(), l).toBe(snapshot.get(l.slice(0, eq)));
    }
  });
});
