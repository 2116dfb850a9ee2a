import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_FORMATS } from '../../src/extract/config-formats.js';
import { checkConfig } from '../../src/scan/check-config.js';
import type { Finding } from '../../src/scan/types.js';

const AT = { at: '2026-11-21' };
const line = (f: Finding) => `${f.location?.path}:${f.location?.line}:${f.location?.column} ${f.ruleId} ${f.input}`;

describe('checkConfig', () => {
  it('judges an nginx configuration held in memory, at the token', () => {
    const text = 'http {\n  server {\n    listen 443 ssl;\n    ssl_protocols TLSv1 TLSv1.2;\n    ssl_ciphers ECDHE+AESGCM:AES128-SHA;\n  }\n}\n';
    const got = checkConfig(text, { format: 'nginx', ...AT }).map(line);
    expect(got).toContain('<nginx>:4:19 cryptrec/monitored TLSv1');
    expect(got).toContain('<nginx>:5:30 cryptrec/monitored AES128-SHA');
    expect(got.some((g) => g.includes('ECDHE-'))).toBe(false);
  });

  it('judges an sshd_config with its defaults, and applies inline suppressions', () => {
    const text = 'Ciphers aes128-ctr,3des-cbc # cryptrec-ignore: old appliance, ticket 7\nMACs hmac-md5\n';
    const got = checkConfig(text, { format: 'sshd', path: 'etc/ssh/sshd_config', ...AT });
    const md5 = got.find((f) => f.input === 'hmac-md5');
    expect(md5 && line(md5)).toBe('etc/ssh/sshd_config:2:6 cryptrec/unlisted hmac-md5');
    expect(got.find((f) => f.input === '3des-cbc')?.suppressed).toEqual({ kind: 'inline', reason: 'old appliance, ticket 7' });
    expect(got.every((f) => typeof f.fingerprint === 'string' && f.fingerprint.length > 0)).toBe(true);
  });

  it('follows includes from disk only when given a path', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cryptrec-checkconfig-'));
    try {
      await mkdir(join(dir, 'conf.d'));
      await writeFile(join(dir, 'conf.d', 'tls.conf'), 'ssl_protocols TLSv1.1 TLSv1.2;\n');
      const text = 'http {\n  server {\n    listen 443 ssl;\n    include conf.d/*.conf;\n  }\n}\n';
      const withPath = checkConfig(text, { format: 'nginx', path: join(dir, 'nginx.conf'), ...AT });
      const included = withPath.find((f) => f.input === 'TLSv1.1');
      // Outside the working directory, paths show absolute, as scan() shows them.
      expect(included?.location?.path).toBe(join(dir, 'conf.d/tls.conf'));
      expect(checkConfig(text, { format: 'nginx', ...AT }).some((f) => f.input === 'TLSv1.1')).toBe(false);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('serves every format, and rejects what is not one', () => {
    for (const format of CONFIG_FORMATS) expect(Array.isArray(checkConfig('', { format }))).toBe(true);
    expect(() => checkConfig('', { format: 'iis' as 'nginx' })).toThrow(/format: "iis" is not one of nginx, apache/);
    expect(() => checkConfig(42 as unknown as string, { format: 'nginx' })).toThrow(TypeError);
  });
});
