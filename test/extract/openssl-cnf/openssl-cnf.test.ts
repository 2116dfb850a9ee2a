import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readConf } from '../../../src/extract/openssl-cnf/conf.js';
import { opensslCnfEndpoints } from '../../../src/extract/openssl-cnf/endpoints.js';
import { isOpensslCnf, opensslCnfExtractor } from '../../../src/extract/openssl-cnf/extractor.js';
import type { TlsEndpoint } from '../../../src/extract/tls/endpoint.js';
import { includer, readIncluded } from '../../../src/scan/include.js';
import { scan } from '../../../src/scan/scan.js';
import type { Location } from '../../../src/scan/types.js';

const ROOT = fileURLToPath(new URL('../../fixtures/openssl-cnf/', import.meta.url));
const include = includer(ROOT, (abs) => readIncluded(abs, 1 << 21));
function read(name: string) {
  const absolutePath = `${ROOT}${name}/openssl.cnf`;
  return opensslCnfEndpoints(readFileSync(absolutePath, 'utf8'), { path: `${name}/openssl.cnf`, absolutePath, include });
}
const at = (l: Location | undefined) => (l ? `${l.path}:${l.line}:${l.column}` : '-');
/** One line per setting: `field value @path:line:column [default]`. */
function brief(e: TlsEndpoint): string[] {
  const out = [`name ${e.name ?? ''}`];
  out.push(`protocols ${(e.protocols ?? []).map((p) => p.value).join(',')} @${at(e.protocols?.[0]?.origin.location)}${e.protocols?.[0]?.origin.defaultOf ? ' default' : ''}`);
  for (const k of ['cipherString', 'ciphersuites'] as const) {
    const s = e[k];
    if (s) out.push(`${k} ${s.value} @${at(s.origin.location)}${s.origin.defaultOf ? ' default' : ''}`);
  }
  for (const k of ['groups', 'sigalgs'] as const) for (const g of e[k]?.value ?? []) out.push(`${k} ${g.value} @${at(g.origin.location)}`);
  if (e.seclevel !== undefined) out.push(`seclevel ${e.seclevel}`);
  return out;
}
const DEFAULT_SUITES = 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256';

describe('openssl.cnf fixtures', () => {
  it("Debian 12's stock openssl.cnf sets nothing for TLS: no endpoint, no error", () => {
    const r = read('debian-stock');
    expect(r.endpoints).toEqual([]);
    expect(r.errors).toEqual([]);
  });

  it('the Debian 10/11 style system_default raises the level and the minimum', () => {
    const r = read('debian11-style');
    expect(r.errors).toEqual([]);
    expect(r.endpoints.map(brief)).toEqual([[
      'name system_default',
      'protocols TLSv1.2,TLSv1.3 @debian11-style/openssl.cnf:27:15',
      'cipherString DEFAULT@SECLEVEL=2 @debian11-style/openssl.cnf:28:16',
      `ciphersuites ${DEFAULT_SUITES} @debian11-style/openssl.cnf:26:2 default`,
      'seclevel 2',
    ]]);
  });

  it('ALL:@SECLEVEL=0 with MinProtocol TLSv1 enables TLS 1.0 and 1.1', () => {
    expect(read('seclevel0-legacy').endpoints.map(brief)).toEqual([[
      'name system_default',
      'protocols TLSv1,TLSv1.1,TLSv1.2,TLSv1.3 @seclevel0-legacy/openssl.cnf:12:15',
      'cipherString ALL:@SECLEVEL=0 @seclevel0-legacy/openssl.cnf:11:16',
      `ciphersuites ${DEFAULT_SUITES} @seclevel0-legacy/openssl.cnf:10:2 default`,
      'seclevel 0',
    ]]);
  });

  it('a hardened policy: each group and signature algorithm at its own column', () => {
    expect(read('hardened').endpoints.map(brief)).toEqual([[
      'name system_default',
      'protocols TLSv1.2,TLSv1.3 @hardened/openssl.cnf:19:15',
      'cipherString ECDHE+AESGCM:!aNULL:!eNULL:@SECLEVEL=2 @hardened/openssl.cnf:21:16',
      'ciphersuites TLS_AES_256_GCM_SHA384:TLS_AES_128_GCM_SHA256 @hardened/openssl.cnf:22:16',
      'groups P-256 @hardened/openssl.cnf:23:10', 'groups P-384 @hardened/openssl.cnf:23:16',
      'sigalgs ECDSA+SHA256 @hardened/openssl.cnf:24:23', 'sigalgs ECDSA+SHA384 @hardened/openssl.cnf:24:36',
      'sigalgs rsa_pss_rsae_sha256 @hardened/openssl.cnf:24:49', 'sigalgs rsa_pss_rsae_sha384 @hardened/openssl.cnf:24:69',
      'seclevel 2',
    ]]);
  });

  it('follows a directory .include (only *.cnf and *.conf), and places expanded variables where they are defined', () => {
    const r = read('include');
    expect(r.errors).toEqual([]);
    expect(r.endpoints.map(brief)).toEqual([[
      'name system_default',
      'protocols TLSv1.2,TLSv1.3 @include/tls.d/10-policy.cnf:7:15',
      'cipherString HIGH:!aNULL:!kRSA:3DES @include/tls.d/10-policy.cnf:3:11',
      `ciphersuites ${DEFAULT_SUITES} @include/tls.d/10-policy.cnf:6:2 default`,
      'groups X25519 @include/tls.d/10-policy.cnf:4:10', 'groups prime256v1 @include/tls.d/10-policy.cnf:4:17',
    ]]);
  });

  it('a malformed file: every error where it is, and the rest still read', () => {
    const r = read('malformed');
    expect(r.errors.map((e) => `${at(e.location)} ${e.message.en}`)).toEqual([
      'malformed/openssl.cnf:9:1 section header without "]": OpenSSL refuses the whole file',
      'malformed/openssl.cnf:10:6 expected "=" after "this", found "l": OpenSSL refuses the whole file',
      'malformed/openssl.cnf:15:16 $undefined_suites has no value (variables must be defined before use): OpenSSL refuses the whole file',
      'malformed/openssl.cnf:13:15 MinProtocol: "TLSv1.4" is not a protocol version (OpenSSL accepts None, SSLv3, TLSv1, TLSv1.1, TLSv1.2, TLSv1.3, DTLSv1, DTLSv1.2)',
      'malformed/openssl.cnf:14:1 "CipherStrng" is not an SSL configuration command OpenSSL 3.0 knows: OpenSSL rejects the section',
    ]);
    expect(r.endpoints.map(brief)).toEqual([[
      'name system_default',
      'protocols TLSv1.2,TLSv1.3 @malformed/openssl.cnf:12:2 default',
      'cipherString DEFAULT:RC4-MD5 @malformed/openssl.cnf:16:16',
      `ciphersuites ${DEFAULT_SUITES} @malformed/openssl.cnf:12:2 default`,
    ]]);
  });
});

describe('the CONF syntax', () => {
  const doc = (text: string) => readConf(text, { path: 'x.cnf' });
  it('quotes, escapes, continuation lines and comments', () => {
    const d = doc('a = "x # y" # comment\nb = one\\\n two\nc = \\#not a comment\n[ s ]\nd = \'q\'\\n\n');
    const v = (s: string, n: string) => d.sections.get(s)?.find((e) => e.name === n)?.value;
    expect(v('default', 'a')).toBe('x # y');
    expect(v('default', 'b')).toBe('one two');
    expect(v('default', 'c')).toBe('#not a comment');
    expect(v('s', 'd')).toBe('q\n');
    expect(d.errors).toEqual([]);
  });
  it('expansion: $var, ${var}, $(var), $section::var, defaults section fallback, dollarid', () => {
    const d = doc('g = G\n[a]\nx = X\ny = $x-${x}-$(x)-$g-$a::x\n.pragma dollarid:true\nz = a$b-${x}\n');
    const a = d.sections.get('a')!;
    expect(a.find((e) => e.name === 'y')?.value).toBe('X-X-X-G-X');
    expect(a.find((e) => e.name === 'z')?.value).toBe('a$b-X');
    // The expanded X of y is placed where x was defined.
    expect(a.find((e) => e.name === 'y')?.locate(0)).toEqual({ path: 'x.cnf', line: 3, column: 5 });
  });
  it('$ENV values are known only at run time', () => {
    const r = opensslCnfEndpoints('openssl_conf = i\n[i]\nssl_conf = s\n[s]\nsystem_default = d\n[d]\nCipherString = $ENV::CIPHERS\n', { path: 'e.cnf' });
    expect(r.dynamic.map((x) => `${x.kind} ${x.kind === "parse-error" ? "" : x.input} ${at(x.location)}`)).toEqual(['dynamic $ENV::CIPHERS e.cnf:7:16']);
    expect(r.endpoints[0]?.cipherString).toBeUndefined();
  });
  it('a missing include is reported and the file goes on', () => {
    const r = opensslCnfEndpoints('.include /nonexistent/x.cnf\nopenssl_conf = i\n[i]\nssl_conf = s\n[s]\nsystem_default = d\n[d]\nMinProtocol = TLSv1.3\n', { path: 'm.cnf', absolutePath: '/tmp/m.cnf', include });
    expect(r.errors.map((e) => at(e.location))).toEqual(['m.cnf:1:10']);
    expect(r.endpoints[0]?.protocols?.map((p) => p.value)).toEqual(['TLSv1.3']);
  });
  it('named configurations are applied on top of system_default; commands ignore case and a prefix before a dot', () => {
    const r = opensslCnfEndpoints('openssl_conf = i\n[i]\nssl_conf = s\n[s]\nsystem_default = d\nserver = srv\n[d]\nminprotocol = TLSv1.2\n[srv]\n1.CIPHERSTRING = HIGH\nProtocol = -TLSv1.2\n', { path: 'n.cnf' });
    expect(r.errors).toEqual([]);
    expect(r.endpoints.map((e) => `${e.name} ${e.protocols?.map((p) => p.value).join(',')} ${e.cipherString?.value}`)).toEqual([
      'system_default TLSv1.2,TLSv1.3 DEFAULT', 'ssl_conf server TLSv1.3 HIGH',
    ]);
  });
  it('a chain that names a missing section is an error', () => {
    const r = opensslCnfEndpoints('openssl_conf = nowhere\n', { path: 'c.cnf' });
    expect(r.errors.map((e) => `${at(e.location)} ${e.message.en}`)).toEqual([
      'c.cnf:1:16 openssl_conf names the section [nowhere], which the file does not have: OpenSSL applies no configuration',
    ]);
  });
});

describe('the openssl-cnf extractor', () => {
  it('matches openssl.cnf and *.cnf files that look like one', () => {
    expect(opensslCnfExtractor.id).toBe('openssl-cnf');
    expect(isOpensslCnf('etc/ssl/openssl.cnf', '')).toBe(true);
    expect(isOpensslCnf('a/tls.cnf', '# x\nopenssl_conf = init\n')).toBe(true);
    expect(isOpensslCnf('a/tls.cnf', '[system_default_sect]\nMinProtocol = TLSv1.2\n')).toBe(true);
    expect(isOpensslCnf('etc/mysql/my.cnf', '[mysqld]\nport = 3306\n')).toBe(false);
    expect(isOpensslCnf('a/openssl.conf', 'openssl_conf = x')).toBe(false);
  });

  it('scan() reports each suite at the word of the cipher string that let it in, and parse errors where they are', async () => {
    const r = await scan(['malformed', 'seclevel0-legacy'], { cwd: ROOT, extractors: [opensslCnfExtractor], at: '2026-11-21' });
    const lines = r.findings.map((f) => `${f.location?.path}:${f.location?.line}:${f.location?.column} ${f.ruleId} ${f.input}`);
    expect(lines).toContain('malformed/openssl.cnf:16:24 cryptrec/unlisted RC4-MD5');
    expect(lines).toContain('malformed/openssl.cnf:9:1 cryptrec/parse-error ');
    expect(lines).toContain('seclevel0-legacy/openssl.cnf:12:15 cryptrec/monitored TLSv1');
    expect(lines.filter((l) => l.includes('parse-error'))).toHaveLength(5);
    // A default is located at the section it applies to and says so.
    const all = await scan(['seclevel0-legacy'], { cwd: ROOT, extractors: [opensslCnfExtractor], at: '2026-11-21', all: true });
    const suite = all.findings.find((f) => f.input === 'TLS_AES_256_GCM_SHA384');
    expect(suite?.message).toMatch(/OpenSSL 3\.0 default/);
    expect(at(suite?.location)).toBe('seclevel0-legacy/openssl.cnf:10:2');
  });

  it('extract is synchronous', () => {
    const out = opensslCnfExtractor.extract('openssl_conf = i\n[i]\nssl_conf = s\n[s]\nsystem_default = d\n[d]\nCipherString = RC4\n', {
      path: 'x.cnf', absolutePath: '/x.cnf', readFile: async () => undefined, include,
    });
    expect(Array.isArray(out)).toBe(true);
  });
});

describe('never throws', () => {
  const fixtures = ['debian-stock', 'debian11-style', 'seclevel0-legacy', 'hardened', 'include', 'malformed']
    .map((n) => readFileSync(`${ROOT}${n}/openssl.cnf`, 'utf8'));
  it('on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (s) => {
      const r = opensslCnfEndpoints(s, { path: 'f.cnf' });
      for (const e of r.errors) expect(e.location.line).toBeGreaterThan(0);
    }), { numRuns: 300 });
  });
  it('on mutated valid files', () => {
    const pieces = ['[', ']', '=', '$', '${', '\\', '"', "'", '#', '\n', '::', '.include ', '.pragma ', 'CipherString = ', 'MinProtocol = ', '@SECLEVEL=0'];
    fc.assert(fc.property(fc.integer({ min: 0, max: fixtures.length - 1 }), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...pieces)), { maxLength: 8 }), (k, edits) => {
      let text = fixtures[k]!;
      for (const [pos, piece] of edits) {
        const p = pos % (text.length + 1);
        text = text.slice(0, p) + piece + text.slice(p);
      }
      opensslCnfExtractor.extract(text, { path: 'm.cnf', absolutePath: `${ROOT}include/openssl.cnf`, readFile: async () => undefined, include });
    }), { numRuns: 200 });
  });
  it('on a megabyte of garbage, with a bounded number of errors', () => {
    const junk = Array.from({ length: 40000 }, (_, i) => (i % 7 === 0 ? '[[[ x' : `k${i} ${'$'.repeat(i % 3)}{`)).join('\n');
    const r = opensslCnfEndpoints(junk.repeat(3).slice(0, 1 << 20), { path: 'g.cnf' });
    expect(r.errors.length).toBeLessThanOrEqual(51);
  });
});

// The real openssl as an oracle: the cipher list a program gets with the fixture as its openssl.cnf must be the list the
// endpoint's cipher string gives on its own.
const hasOpenssl = (() => {
  try {
    execFileSync('openssl', ['version'], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
})();
if (!hasOpenssl) console.warn('openssl is not installed: the openssl.cnf oracle test is skipped');
describe.skipIf(!hasOpenssl)('against openssl 3.0', () => {
  const ciphers = (cwd: string, conf: string, args: string[]) =>
    execFileSync('openssl', ['ciphers', '-s', ...args], { cwd, env: { ...process.env, OPENSSL_CONF: conf }, stdio: 'pipe' }).toString().trim();
  it.each(['debian11-style', 'seclevel0-legacy', 'hardened', 'include'])('%s: the system_default cipher string is the one read', (name) => {
    const e = read(name).endpoints[0]!;
    const fromFile = ciphers(`${ROOT}${name}`, 'openssl.cnf', []);
    const fromEndpoint = ciphers(ROOT, '/dev/null', ['-ciphersuites', e.ciphersuites!.value, e.cipherString!.value]);
    expect(fromFile).toBe(fromEndpoint);
  });
});
