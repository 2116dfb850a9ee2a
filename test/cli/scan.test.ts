import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractValidator, sarifValidator } from '../report/helpers.js';
import { cli, makeProject, PROJECT, removeProject } from './helpers.js';

const AT = ['--at', '2025-01-01'];
let dir: string;
beforeAll(async () => {
  dir = await makeProject(PROJECT);
});
afterAll(async () => {
  await removeProject(dir);
});
const scan = (args: string[], io: Parameters<typeof cli>[1] = {}) => cli(['scan', ...args, ...AT], { cwd: dir, ...io });

describe('scan', () => {
  it('reports findings grouped by file with a summary, and exits 1', async () => {
    const r = await scan([]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^config\/app\.yml:2:9 +monitored +sha1 /m);
    expect(r.stdout).toMatch(/^config\/app\.yml:6:14 +unlisted +RSA-1024 /m);
    expect(r.stdout).toMatch(/^settings\.properties:1:8 +unlisted +MD5 /m);
    expect(r.stdout).toMatch(/^vendor\/lib\.yml:1:9 +unlisted +rc4 /m);
    expect(r.stdout).toContain('1 suppressed');
    expect(r.stdout).toMatch(/4 findings in 3 files/);
    // .gitignore and node_modules are left out by default; suppressed findings are not shown.
    expect(r.stdout).not.toContain('ignored.yml');
    expect(r.stdout).not.toContain('node_modules');
    expect(r.stdout).not.toMatch(/^config\/app\.yml:4:/m);
  });

  it('scans the paths given, relative to the working directory', async () => {
    const r = await scan(['settings.properties']);
    expect(r.stdout).toMatch(/^settings\.properties:1:8/m);
    expect(r.stdout).not.toContain('config/app.yml');
  });

  it('exits 0 when nothing is at or worse than --fail-on', async () => {
    expect((await scan(['config', '--fail-on', 'unlisted'])).code).toBe(1);
    expect((await scan(['vendor', '--fail-on', 'unlisted'])).code).toBe(1);
    const clean = await makeProject({ 'a.yml': 'cipher: AES-128\nhash: SHA-256\n' });
    try {
      const r = await cli(['scan', ...AT], { cwd: clean });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('No findings.');
      const all = await cli(['scan', '--all', ...AT], { cwd: clean });
      expect(all.code).toBe(0);
      expect(all.stdout).toMatch(/a\.yml:1:9 +recommended +AES-128/);
    } finally {
      await removeProject(clean);
    }
  });

  it('--ignore, --no-gitignore and --include-node-modules choose what is walked', async () => {
    expect((await scan(['--ignore', 'vendor/**'])).stdout).not.toContain('vendor/lib.yml');
    expect((await scan(['--ignore', 'vendor/**', '--ignore', 'settings.properties'])).stdout).not.toContain('settings.properties');
    expect((await scan(['--no-gitignore'])).stdout).toMatch(/^ignored\.yml:1:7/m);
    expect((await scan(['--include-node-modules'])).stdout).toMatch(/^node_modules\/pkg\/config\.yml:1:7/m);
  });

  it('--max-file-size skips larger files with a warning', async () => {
    const r = await scan(['--max-file-size', '10']);
    expect(r.stdout).toContain('warning: config/app.yml: Larger than the size limit');
    expect(r.stdout).not.toMatch(/^config\/app\.yml:2:/m);
  });

  it('--write-baseline records the findings, then --baseline accepts them', async () => {
    const file = join(dir, 'cryptrec-baseline.json');
    const write = await scan(['--write-baseline', 'cryptrec-baseline.json']);
    expect(write.code).toBe(0);
    expect(write.stderr).toContain(`wrote baseline ${file} (4 fingerprints)`);
    const baseline = JSON.parse(write.written.get(file)!);
    expect(baseline.fingerprints).toHaveLength(4);
    const again = await scan(['--baseline', 'cryptrec-baseline.json'], { files: { [file]: write.written.get(file)! } });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('5 suppressed');
    const json = JSON.parse((await scan(['--baseline', file, '--format', 'json'], { files: { [file]: write.written.get(file)! } })).stdout);
    expect(json.findings.filter((f: { suppressed?: { kind: string } }) => f.suppressed?.kind === 'baseline')).toHaveLength(4);
  });

  it('a missing or malformed baseline is exit code 2', async () => {
    const missing = await scan(['--baseline', 'nope.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('baseline: ');
    expect(missing.stderr).toContain('ENOENT');
    const bad = await scan(['--baseline', '/b.json'], { files: { '/b.json': '{"version":2}' } });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/baseline: .*version must be 1/);
  });

  it('writes JSON valid against schema/findings.schema.json', async () => {
    const r = await scan(['--format', 'json']);
    const doc = JSON.parse(r.stdout);
    const validate = contractValidator('findings');
    expect(validate(doc)).toBe(true);
    expect(validate.errors ?? []).toEqual([]);
    expect(doc.summary.byStatus).toMatchObject({ monitored: 1, unlisted: 3 });
    expect(doc.summary.suppressed).toBe(1);
    expect(doc.findings.every((f: { location: { path: string } }) => !f.location.path.startsWith('/'))).toBe(true);
    expect(r.code).toBe(1);
  });

  it('writes SARIF valid against the official schema, with URIs relative to the working directory', async () => {
    const r = await scan(['--format', 'sarif']);
    const log = JSON.parse(r.stdout);
    expect(sarifValidator()(log)).toBe(true);
    const run = log.runs[0];
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe(`file://${dir}/`);
    expect(run.results.map((x: any) => x.locations[0].physicalLocation.artifactLocation.uri)).toContain('config/app.yml');
    expect(run.results.find((x: any) => x.suppressions)?.suppressions[0]).toEqual({ kind: 'inSource', status: 'accepted', justification: 'old mobile clients, ticket 42' });
  });

  it('writes a Markdown audit report, and Japanese with --lang ja', async () => {
    const md = (await scan(['--format', 'markdown'])).stdout;
    expect(md).toContain('## Findings');
    expect(md).toContain('### `config/app.yml`');
    const ja = await scan(['--lang', 'ja']);
    expect(ja.stdout).toMatch(/^config\/app\.yml:2:9 +運用監視 +sha1 /m);
    expect(ja.stdout).toContain('3 ファイルで 4 件を検出');
    expect((await scan(['--format', 'markdown', '--lang', 'ja'])).stdout).toContain('# CRYPTREC 暗号利用監査レポート');
  });

  it('--quiet prints only failing findings', async () => {
    const r = await scan(['--quiet']);
    expect(r.stdout.trim().split('\n').filter(Boolean)).toHaveLength(4);
    expect(r.stdout).not.toContain('findings in');
    expect(r.stderr).toBe('');
  });

  it('a path that does not exist is a warning, not a crash', async () => {
    const r = await scan(['no/such/dir']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('warning: no/such/dir');
  });
});

describe('progress bar', () => {
  // A clock that jumps 400 ms at every reading: the scan "takes" over a second after a few files.
  const clock = () => {
    let t = 0;
    return () => (t += 400);
  };

  it('is drawn on stderr for a long scan on a terminal, then erased', async () => {
    const r = await scan([], { stderrIsTTY: true, now: clock() });
    expect(r.stderr).toMatch(/█*░* scanning \d+\/\d+ files/);
    expect(r.stderr.endsWith('\r\u001b[K')).toBe(true);
    expect(r.stdout).not.toContain('scanning');
  });

  it('is not drawn in CI, with --quiet, off a terminal, or for a short scan', async () => {
    expect((await scan([], { stderrIsTTY: true, now: clock(), env: { CI: 'true' } })).stderr).toBe('');
    expect((await scan(['--quiet'], { stderrIsTTY: true, now: clock() })).stderr).toBe('');
    expect((await scan([], { stderrIsTTY: false, now: clock() })).stderr).toBe('');
    expect((await scan([], { stderrIsTTY: true, now: () => 0 })).stderr).toBe('');
  });
});
