/**
 * nginx -t and apache2 -t as oracles: the good fixtures are valid configurations, the malformed ones are refused, and
 * the files nginx -T reads through includes are the files this reader follows. Without the programs, the checked-in
 * snapshots (test/fixtures/<format>/oracle/) hold the programs' answers and the reader is checked against them.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readApache } from '../../../src/extract/apache/endpoints.js';
import { readNginx } from '../../../src/extract/nginx/endpoints.js';
import { fixture, include, ROOT } from './helpers.js';

interface Snapshot { results: Record<string, { ok: boolean; cryptrecWarns?: string }>; includes?: Record<string, string[]> }
const NGINX_SNAPSHOT = JSON.parse(readFileSync(`${ROOT}/test/fixtures/nginx/oracle/nginx-t.json`, 'utf8')) as Snapshot;
const APACHE_SNAPSHOT = JSON.parse(readFileSync(`${ROOT}/test/fixtures/apache/oracle/apache2-t.json`, 'utf8')) as Snapshot;

const runs = (cmd: string, args: string[]) => spawnSync(cmd, args, { encoding: 'utf8' });
const hasNginx = runs('nginx', ['-v']).status === 0;
const hasApache = runs('apache2', ['-v']).status === 0;
const hasOpenssl = runs('openssl', ['version']).status === 0;
if (!hasNginx) console.warn('nginx is not installed (Debian: nginx-light libnginx-mod-stream): checking against the snapshot only');
if (!hasApache) console.warn('apache2 is not installed (Debian: apache2): checking against the snapshot only');

const work = mkdtempSync(join(tmpdir(), 'cryptrec-oracle-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let credentials: { cert: string; key: string; dh: string } | undefined;
function testCredentials() {
  if (!credentials) {
    const cert = join(work, 'cert.pem');
    const key = join(work, 'key.pem');
    const dh = join(work, 'dh.pem');
    runs('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes', '-subj', '/CN=test', '-keyout', key, '-out', cert, '-days', '2']);
    runs('openssl', ['genpkey', '-genparam', '-algorithm', 'DH', '-pkeyopt', 'group:ffdhe2048', '-out', dh]);
    credentials = { cert, key, dh };
  }
  return credentials;
}

/** A copy of a fixture's folder whose certificate, key and dhparam paths name real test files. */
function copyWithCredentials(format: 'nginx' | 'apache', rel: string, rewrite: (text: string) => string): string {
  const to = join(work, format, rel.replace(/\//g, '_'));
  cpSync(`${ROOT}/test/fixtures/${format}/${dirname(rel)}`, to, { recursive: true });
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else writeFileSync(p, rewrite(readFileSync(p, 'utf8')));
    }
  };
  walk(to);
  return join(to, basename(rel));
}

const parseErrors = (problems: readonly { kind: string }[]) => problems.filter((p) => p.kind === 'parse-error').length;

describe('nginx -t', () => {
  const cases = Object.entries(NGINX_SNAPSHOT.results);

  it.each(cases)('the reader agrees with the snapshot: %s', (rel, expected) => {
    const f = fixture(`test/fixtures/nginx/${rel}`);
    const r = readNginx(f.text, { path: f.path, absolutePath: f.absolutePath, include });
    expect(parseErrors(r.problems) > 0).toBe(!expected.ok);
  });

  it.skipIf(!hasNginx || !hasOpenssl).each(cases)('nginx itself still says so: %s', (rel, expected) => {
    const c = testCredentials();
    const file = copyWithCredentials('nginx', rel, (t) => {
      const out = t.replace(/(ssl_certificate)\s+[^;]+;/g, `$1 ${c.cert};`).replace(/(ssl_certificate_key)\s+[^;]+;/g, `$1 ${c.key};`)
        .replace(/(ssl_dhparam)\s+[^;]+;/g, `$1 ${c.dh};`);
      return /^stream\s*\{/m.test(out) ? `load_module /usr/lib/nginx/modules/ngx_stream_module.so;\n${out}` : out;
    });
    const r = runs('nginx', ['-t', '-q', '-c', file, '-g', `pid ${join(work, 'nginx.pid')};`]);
    expect(r.status === 0, r.stderr).toBe(expected.ok);
  });

  it('includes: the files followed are the files nginx -T reads (snapshot)', () => {
    for (const [rel, files] of Object.entries(NGINX_SNAPSHOT.includes ?? {})) {
      const f = fixture(`test/fixtures/nginx/${rel}`);
      const r = readNginx(f.text, { path: f.path, absolutePath: f.absolutePath, include });
      expect([...r.files].sort()).toEqual(files.map((x) => `test/fixtures/nginx/${x}`).sort());
    }
  });

  it.skipIf(!hasNginx || !hasOpenssl)('includes: nginx -T reads the same files', () => {
    const c = testCredentials();
    for (const [rel, files] of Object.entries(NGINX_SNAPSHOT.includes ?? {})) {
      const file = copyWithCredentials('nginx', rel, (t) => t.replace(/(ssl_certificate)\s+[^;]+;/g, `$1 ${c.cert};`).replace(/(ssl_certificate_key)\s+[^;]+;/g, `$1 ${c.key};`));
      const out = runs('nginx', ['-T', '-c', file, '-g', `pid ${join(work, 'nginx.pid')};`]).stdout;
      const dir = dirname(file);
      const read = [...out.matchAll(/^# configuration file (.+):$/gm)].map((m) => m[1]!.slice(dir.length + 1));
      expect(read.sort()).toEqual(files.map((x) => x.slice(rel.indexOf('/') + 1)).sort());
    }
  });
});

describe('apache2 -t', () => {
  const cases = Object.entries(APACHE_SNAPSHOT.results);

  it.each(cases)('the reader agrees with the snapshot: %s', (rel, expected) => {
    const f = fixture(`test/fixtures/apache/${rel}`);
    const r = readApache(f.text, { path: f.path, absolutePath: f.absolutePath, include });
    expect(parseErrors(r.problems) > 0).toBe(!expected.ok || expected.cryptrecWarns !== undefined);
  });

  it.skipIf(!hasApache || !hasOpenssl).each(cases)('apache2 itself still says so: %s', (rel, expected) => {
    const c = testCredentials();
    const file = copyWithCredentials('apache', rel, (t) => t.replace(/^(\s*SSLCertificateFile)\s+.*$/gim, `$1 ${c.cert}`).replace(/^(\s*SSLCertificateKeyFile)\s+.*$/gim, `$1 ${c.key}`));
    const m = '/usr/lib/apache2/modules';
    const r = runs('apache2', ['-t', '-d', dirname(file), '-f', file,
      '-C', `LoadModule mpm_event_module ${m}/mod_mpm_event.so`, '-C', `LoadModule ssl_module ${m}/mod_ssl.so`,
      '-C', `LoadModule socache_shmcb_module ${m}/mod_socache_shmcb.so`, '-C', `LoadModule authz_core_module ${m}/mod_authz_core.so`,
      '-C', 'ServerName localhost', '-C', `Mutex file:${work}`, '-C', `DefaultRuntimeDir ${work}`, '-C', 'ErrorLog /dev/null']);
    expect(r.status === 0, r.stderr).toBe(expected.ok);
  });
});
