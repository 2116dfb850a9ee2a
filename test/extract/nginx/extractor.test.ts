import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apacheExtractor, isApacheConfig } from '../../../src/extract/apache/extractor.js';
import { readApache } from '../../../src/extract/apache/endpoints.js';
import { readNginx } from '../../../src/extract/nginx/endpoints.js';
import { isNginxConfig, nginxExtractor } from '../../../src/extract/nginx/extractor.js';
import { scan } from '../../../src/scan/scan.js';
import { brief, fixture, include, ROOT } from './helpers.js';

const ctx = (rel: string) => {
  const f = fixture(rel);
  return { text: f.text, ctx: { path: f.path, absolutePath: f.absolutePath, include, readFile: async () => undefined } };
};

describe('matches', () => {
  it('nginx: nginx.conf, and nginx-looking files on an nginx path', () => {
    expect(isNginxConfig('etc/nginx/nginx.conf', '')).toBe(true);
    expect(isNginxConfig('etc/nginx/sites-enabled/default', 'server {\n  listen 80;\n}\n')).toBe(true);
    expect(isNginxConfig('deploy/nginx/app.conf', '# x\nssl_protocols TLSv1.2;\n')).toBe(true);
    expect(isNginxConfig('etc/letsencrypt/options-ssl-nginx.conf', 'ssl_session_cache shared:x:1m;\n')).toBe(true);
    expect(isNginxConfig('etc/nginx/sites-enabled/default', '<VirtualHost *:80>\n')).toBe(false);
    expect(isNginxConfig('etc/nginx/mime.types', 'types {\n text/html html;\n}\n')).toBe(false);
    expect(isNginxConfig('config/app.conf', 'server {\n listen 80;\n}\n')).toBe(false);
    expect(nginxExtractor.id).toBe('nginx');
  });

  it('apache: httpd.conf, apache2.conf, httpd trees, and .conf files with mod_ssl lines', () => {
    expect(isApacheConfig('etc/apache2/apache2.conf', '')).toBe(true);
    expect(isApacheConfig('etc/httpd/conf/httpd.conf', '')).toBe(true);
    expect(isApacheConfig('etc/apache2/sites-enabled/default-ssl', '<VirtualHost *:443>\n')).toBe(true);
    expect(isApacheConfig('etc/httpd/conf.d/ssl.conf', 'Listen 443 https\n')).toBe(true);
    expect(isApacheConfig('conf/app.conf', '# tls\nSSLEngine on\n')).toBe(true);
    expect(isApacheConfig('conf/app.conf', 'key = value\n')).toBe(false);
    expect(isApacheConfig('etc/nginx/nginx.conf', 'http {\n')).toBe(false);
    expect(apacheExtractor.id).toBe('apache');
  });
});

describe('extract: through tlsExtractions', () => {
  it('nginx legacy: each weak protocol and suite at its word', () => {
    const { text, ctx: c } = ctx('test/fixtures/nginx/legacy/nginx.conf');
    const xs = nginxExtractor.extract(text, c);
    expect(Array.isArray(xs)).toBe(true); // synchronous
    const got = brief(xs as never);
    expect(got).toContain('usage nginx.conf:12:23 TLSv1');
    expect(got).toContain('usage nginx.conf:12:29 TLSv1.1');
    expect(got).toContain('usage nginx.conf:13:22 RC4-SHA');
    expect(got).toContain('usage nginx.conf:13:30 DES-CBC3-SHA');
    expect(got).toContain('usage nginx.conf:13:43 AES128-SHA');
    expect(got).toContain('usage nginx.conf:15:24 secp384r1');
  });

  it('nginx defaults: a default points at the server line and says it is the default', () => {
    const { text, ctx: c } = ctx('test/fixtures/nginx/defaults-only/nginx.conf');
    const xs = nginxExtractor.extract(text, c) as ReturnType<typeof readNginx>['problems'];
    const tls12 = xs.find((x) => x.kind === 'usage' && x.input === 'TLSv1.2');
    expect(tls12?.location).toMatchObject({ line: 5, column: 5 });
    expect(tls12?.kind === 'usage' && tls12.confidence).toBe('high');
    expect(tls12?.kind === 'usage' && tls12.context?.en).toContain('nginx 1.23.4+ default');
  });

  it('apache legacy: SSLProtocol all reported word by word, anonymous suites never', () => {
    const { text, ctx: c } = ctx('test/fixtures/apache/legacy/ssl.conf');
    const xs = apacheExtractor.extract(text, c) as ReturnType<typeof readApache>['problems'];
    const got = brief(xs);
    expect(got).toContain('usage ssl.conf:5:17 TLSv1');
    expect(got).toContain('usage ssl.conf:6:20 RC4-SHA');
    expect(xs.some((x) => x.kind === 'usage' && /ADH|AECDH|NULL/.test(x.input))).toBe(false);
  });
});

describe('scan(): findings an auditor reads', () => {
  const run = (paths: string[]) => scan(paths.map((p) => `${ROOT}/${p}`), { cwd: ROOT, extractors: [nginxExtractor, apacheExtractor] });

  it('the Let\'s Encrypt-era and hardened nginx configurations pass; the legacy one fails at its words', async () => {
    const good = await run(['test/fixtures/nginx/letsencrypt', 'test/fixtures/nginx/hardened']);
    expect(good.findings.filter((f) => !f.suppressed && f.level !== 'none' && f.level !== 'note')).toEqual([]);
    const bad = await run(['test/fixtures/nginx/legacy']);
    const where = bad.findings.map((f) => `${f.ruleId} ${f.location?.line}:${f.location?.column} ${f.input}`);
    expect(where).toContain('cryptrec/monitored 12:23 TLSv1');
    expect(where).toContain('cryptrec/unlisted 13:22 RC4-SHA');
  });

  it('a malformed file gives parse errors with places, and its readable settings are still judged', async () => {
    const r = await run(['test/fixtures/nginx/malformed/missing-semicolon.conf']);
    const where = r.findings.map((f) => `${f.ruleId} ${f.location?.line}:${f.location?.column} ${f.input}`);
    expect(where).toContain('cryptrec/parse-error 9:36 ');
    expect(where).toContain('cryptrec/monitored 9:23 TLSv1');
  });
});

describe('bad input never throws or hangs', () => {
  const options = { path: 'x.conf', absolutePath: '/x/x.conf', include: () => ({ files: [], unreadable: [] }) };
  const NGINX = fixture('test/fixtures/nginx/include-glob/conf.d/10-shop.conf').text + fixture('test/fixtures/nginx/legacy/nginx.conf').text;
  const APACHE = fixture('test/fixtures/apache/legacy/ssl.conf').text + fixture('test/fixtures/apache/hardened/ssl.conf').text;
  const mutated = (base: string) => fc.array(fc.tuple(fc.nat(base.length), fc.nat(8), fc.string({ maxLength: 4, unit: fc.constantFrom('{', '}', ';', '"', "'", '\\', '\n', '<', '>', '#', ' ', 'a', '$') })), { maxLength: 8 })
    .map((edits) => edits.reduce((s, [at, del, ins]) => s.slice(0, at) + ins + s.slice(at + del), base));

  it('arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (s) => {
      readNginx(s, options);
      readApache(s, options);
    }), { numRuns: 300 });
  });

  it('mutated valid configurations', () => {
    fc.assert(fc.property(mutated(NGINX), (s) => {
      const r = readNginx(s, options);
      for (const p of r.problems) expect(p.location.line).toBeGreaterThan(0);
    }), { numRuns: 300 });
    fc.assert(fc.property(mutated(APACHE), (s) => {
      const r = readApache(s, options);
      for (const p of r.problems) expect(p.location.line).toBeGreaterThan(0);
    }), { numRuns: 300 });
  });

  it('a megabyte of braces, quotes or sections ends, with a bounded list of problems', () => {
    for (const junk of ['{'.repeat(1 << 20), 'a {'.repeat(300_000), '"'.repeat(1 << 20), 'listen\n'.repeat(150_000), ';'.repeat(1 << 20)]) {
      expect(readNginx(junk, options).problems.length).toBeLessThanOrEqual(60);
    }
    for (const junk of ['<IfModule a>\n'.repeat(80_000), '</VirtualHost>\n'.repeat(80_000), `SSLProtocol ${'x '.repeat(500_000)}`, '\\\n'.repeat(400_000)]) {
      expect(readApache(junk, options).problems.length).toBeLessThanOrEqual(60);
    }
  });
});
