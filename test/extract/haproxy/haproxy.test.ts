import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { haproxyEndpoints } from '../../../src/extract/haproxy/endpoints.js';
import { haproxyExtractor, isHaproxyConfig } from '../../../src/extract/haproxy/extractor.js';
import { haproxyLines } from '../../../src/extract/haproxy/lexer.js';
import type { TlsEndpoint } from '../../../src/extract/tls/endpoint.js';
import { scan } from '../../../src/scan/scan.js';
import type { Location } from '../../../src/scan/types.js';

const ROOT = fileURLToPath(new URL('../../fixtures/haproxy/', import.meta.url));
const CASES = ['mozilla-intermediate', 'legacy', 'per-bind', 'malformed'] as const;
const text = (name: string) => readFileSync(`${ROOT}${name}/haproxy.cfg`, 'utf8');
const read = (name: string) => haproxyEndpoints(text(name), `${name}/haproxy.cfg`);
const at = (l: Location | undefined) => (l ? `${l.line}:${l.column}` : '-');
function brief(e: TlsEndpoint): string {
  const p = e.protocols ?? [];
  const d = (o: { defaultOf?: unknown } | undefined) => (o?.defaultOf ? '*' : '');
  return [
    e.name,
    `${p.map((x) => x.value).join(',')}@${at(p[0]?.origin.location)}${d(p[0]?.origin)}`,
    `ciphers ${e.cipherString?.value.slice(0, 24) ?? '?'}@${at(e.cipherString?.origin.location)}${d(e.cipherString?.origin)}`,
    `suites@${at(e.ciphersuites?.origin.location)}${d(e.ciphersuites?.origin)}`,
    ...(e.groups ? [`groups ${e.groups.value.map((g) => `${g.value}@${at(g.origin.location)}`).join(' ')}`] : []),
  ].join(' | ');
}

describe('HAProxy fixtures', () => {
  it('Mozilla intermediate: global defaults inherited; no-tlsv1x with the TLS 1.2 default minimum', () => {
    const r = read('mozilla-intermediate');
    expect(r.errors).toEqual([]);
    expect(r.endpoints.map(brief)).toEqual([
      'frontend www bind :443 | TLSv1.2,TLSv1.3@29:2* | ciphers ECDHE-ECDSA-AES128-GCM-S@11:27 | suites@12:32',
      'backend app server app1 | TLSv1.2,TLSv1.3@34:2* | ciphers ECDHE-ECDSA-AES128-GCM-S@15:29 | suites@16:34',
    ]);
  });

  it('legacy: a global ssl-min-ver TLSv1.0, force-tlsv10, and a server at @SECLEVEL=0 down to TLS 1.0', () => {
    const r = read('legacy');
    expect(r.errors).toEqual([]);
    expect(r.endpoints.map(brief)).toEqual([
      'listen pos bind 0.0.0.0:8443 | TLSv1,TLSv1.1,TLSv1.2,TLSv1.3@4:42 | ciphers ALL:!aNULL:RC4-SHA:DES-C@5:30 | suites@14:5*',
      'listen pos bind 0.0.0.0:9443 | TLSv1@15:52 | ciphers DES-CBC3-SHA:RC4-MD5:AES@15:73 | suites@15:5*',
      'listen pos server pos-backend | TLSv1,TLSv1.1,TLSv1.2,TLSv1.3@16:5* | ciphers AES128-SHA:@SECLEVEL=0@16:63 | suites@16:5*',
    ]);
    expect(r.endpoints.map((e) => e.seclevel)).toEqual([0, 0, 0]);
  });

  it('per-bind overrides, default-server and no-ssl', () => {
    const r = read('per-bind');
    expect(r.errors).toEqual([]);
    expect(r.endpoints.map(brief)).toEqual([
      'frontend public bind :443 | TLSv1.2,TLSv1.3@3:42 | ciphers ECDHE+AESGCM:ECDHE+CHACH@2:30 | suites@14:5* | groups X25519@4:29 P-256@4:36',
      'frontend public bind :8443 | TLSv1.3@16:61 | ciphers ECDHE+AESGCM:ECDHE+CHACH@2:30 | suites@16:82 | groups P-384@16:112',
      'frontend public bind 10.1.0.1:4443 | TLSv1.1,TLSv1.2,TLSv1.3@18:70 | ciphers ECDHE+AES:AES128-SHA:@SE@18:87 | suites@18:5* | groups X25519@4:29 P-256@4:36',
      'backend app server a | TLSv1.2,TLSv1.3@24:48 | ciphers DEFAULT@25:5* | suites@25:5*',
      'backend app server b | TLSv1.2,TLSv1.3@24:48 | ciphers AES256-SHA256@26:35 | suites@26:5*',
    ]);
  });

  it('malformed: every problem where it is, environment variables as dynamic, the rest still read', () => {
    const r = read('malformed');
    expect(r.errors.map((e) => `${at(e.location)} ${e.message.en}`).sort()).toEqual([
      '13:1 .else without .if: HAProxy refuses the configuration',
      '14:47 "ciphers" needs a value: HAProxy refuses the line',
      '1:5 "maxconn" stands outside any section: HAProxy refuses the configuration',
      '3:5 "ssl-default-bind-ciphers" needs a value: HAProxy refuses the configuration',
      '4:42 ssl-min-ver: "TLSv1.4" is not a version HAProxy knows (SSLv3, TLSv1.0, TLSv1.1, TLSv1.2, TLSv1.3): HAProxy refuses the line',
      '7:23 unmatched double quote: HAProxy refuses the line',
      '8:5 every SSL/TLS version is disabled on this line: HAProxy refuses the configuration',
    ]);
    expect(r.dynamic.map((x) => `${x.kind} ${x.kind === "parse-error" ? "" : x.input} ${at(x.location)}`)).toEqual(['dynamic ${LEGACY_CIPHERS} 9:55']);
    expect(r.endpoints.map((e) => e.name)).toEqual([
      'frontend broken bind :443', 'frontend broken bind :8443', 'frontend broken bind :9443', 'frontend broken bind :10443', 'frontend broken bind :11443',
    ]);
    expect(r.endpoints[3]?.cipherString?.value).toBe('RC4-SHA');
  });
});

describe('HAProxy syntax', () => {
  it('quotes, escapes and comments', () => {
    const words = haproxyLines("bind :443 ssl crt 'a b.pem' ciphers \"HIGH:!aNULL\" x\\ y # c\n", 'h.cfg').lines[0]!.words;
    expect(words.map((w) => `${w.text}@${w.location.column}`)).toEqual(['bind@1', ':443@6', 'ssl@11', 'crt@15', 'a b.pem@20', 'ciphers@29', 'HIGH:!aNULL@38', 'x y@51']);
  });
  it('.if 0 blocks are skipped, others read', () => {
    const l = haproxyLines('.if 0\na\n.elif 1\nb\n.else\nc\n.endif\n.if defined(X)\nd\n.endif\n', 'h.cfg');
    expect(l.lines.map((x) => x.words[0]!.text)).toEqual(['b', 'd']);
    expect(l.problems).toEqual([]);
  });
  it('HAProxy 2.2+ version rules: a lower ssl-max-ver alone lowers the minimum; bounds make no-tlsv1x ignored', () => {
    const r = haproxyEndpoints('frontend f\n bind :1 ssl crt x ssl-max-ver TLSv1.1\n bind :2 ssl crt x ssl-min-ver TLSv1.0 no-tlsv11\n bind :3 ssl crt x no-tlsv12\n', 'h.cfg');
    expect(r.endpoints.map((e) => e.protocols?.map((p) => p.value).join(','))).toEqual(['TLSv1.1', 'TLSv1,TLSv1.1,TLSv1.2,TLSv1.3', 'TLSv1.3']);
  });
});

describe('the haproxy extractor', () => {
  it('matches HAProxy configurations only', () => {
    expect(haproxyExtractor.id).toBe('haproxy');
    expect(isHaproxyConfig('etc/haproxy/haproxy.cfg', '')).toBe(true);
    expect(isHaproxyConfig('etc/haproxy/conf.d/10-web.cfg', '')).toBe(true);
    expect(isHaproxyConfig('lb.cfg', 'global\n    ssl-default-bind-ciphers HIGH\n')).toBe(true);
    expect(isHaproxyConfig('lb.cfg', 'frontend www\n    mode http\n    bind :443 ssl crt x.pem\n')).toBe(true);
    expect(isHaproxyConfig('setup.cfg', '[metadata]\nname = x\n')).toBe(false);
    expect(isHaproxyConfig('etc/haproxy/errors/503.http', '')).toBe(false);
  });

  it('scan() places suites at the cipher word and a default protocol at the bind line', async () => {
    const r = await scan(['legacy', 'mozilla-intermediate'], { cwd: ROOT, extractors: [haproxyExtractor], at: '2026-11-21' });
    const lines = r.findings.map((f) => `${f.location?.path}:${f.location?.line}:${f.location?.column} ${f.ruleId} ${f.input}`);
    expect(lines).toContain('legacy/haproxy.cfg:15:86 cryptrec/unlisted RC4-MD5');
    expect(lines).toContain('legacy/haproxy.cfg:15:52 cryptrec/monitored TLSv1');
    expect(lines).toContain('legacy/haproxy.cfg:16:5 cryptrec/monitored TLSv1');
    expect(lines.filter((l) => l.startsWith('mozilla-intermediate/') && / TLSv1(?:\.1)?$/.test(l))).toEqual([]);
  });
});

describe('never throws', () => {
  it('on arbitrary text and mutated fixtures', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => {
      haproxyExtractor.extract(s, { path: 'h.cfg', absolutePath: '/h.cfg', readFile: async () => undefined, include: () => ({ files: [], unreadable: [] }) });
    }), { numRuns: 300 });
    const pieces = ['"', "'", '\\', '#', '\n', '.if ', '.endif\n', 'ssl ', 'ciphers ', 'ssl-min-ver ', 'force-tlsv10 ', '${X}', 'frontend x\n'];
    fc.assert(fc.property(fc.constantFrom(...CASES), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...pieces)), { maxLength: 8 }), (name, edits) => {
      let t = text(name);
      for (const [pos, piece] of edits) {
        const p = pos % (t.length + 1);
        t = t.slice(0, p) + piece + t.slice(p);
      }
      haproxyEndpoints(t, 'm.cfg');
    }), { numRuns: 200 });
  });
});

// haproxy -c as an oracle: the good fixtures are valid configurations, the malformed one is not.
const hasHaproxy = spawnSync('haproxy', ['-v']).status === 0 && spawnSync('openssl', ['version']).status === 0;
if (!hasHaproxy) console.warn('haproxy or openssl is not installed: the haproxy -c oracle test is skipped');
describe.skipIf(!hasHaproxy)('against haproxy -c', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cryptrec-haproxy-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const pem = join(dir, 'site.pem');
  if (hasHaproxy) {
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'k.pem'), '-out', join(dir, 'c.pem'), '-subj', '/CN=localhost', '-days', '2'], { stdio: 'pipe' });
    writeFileSync(pem, readFileSync(join(dir, 'c.pem'), 'utf8') + readFileSync(join(dir, 'k.pem'), 'utf8'));
  }
  const check = (name: string) => {
    const cfg = join(dir, `${name}.cfg`);
    writeFileSync(cfg, text(name).replace(/crt "?\/\S+/g, `crt ${pem}`).replace(/^\s*(?:chroot|user|group|log) .*$/gm, ''));
    return spawnSync('haproxy', ['-c', '-f', cfg], { encoding: 'utf8' });
  };
  it.each(['mozilla-intermediate', 'legacy', 'per-bind'])('%s is valid, and we report no error for it', (name) => {
    const got = check(name);
    expect(got.status, got.stdout + got.stderr).toBe(0);
    expect(read(name).errors).toEqual([]);
  });
  it('malformed is refused, and we report errors for it', () => {
    expect(check('malformed').status).not.toBe(0);
    expect(read('malformed').errors.length).toBeGreaterThan(0);
  });
});
