import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseSize, formatOfPath } from '../../src/cli/options.js';
import { cli, makeProject, removeProject } from './helpers.js';

const AT = ['--at', '2025-01-01'];
const dirs: string[] = [];
const project = async (files: Record<string, string>) => {
  const dir = await makeProject(files);
  dirs.push(dir);
  return dir;
};
afterEach(async () => {
  await Promise.all(dirs.splice(0).map(removeProject));
});

describe('config files', () => {
  it('reads cryptrec.config.json found upward from the working directory', async () => {
    const dir = await project({ 'cryptrec.config.json': '{ "failOn": "unlisted", "lang": "ja" }', 'src/x.txt': '' });
    const r = await cli(['check', 'sha1', ...AT], { cwd: join(dir, 'src') });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('運用監視');
  });

  it('reads cryptrec.config.yaml, kebab-case keys too', async () => {
    const dir = await project({ 'cryptrec.config.yaml': 'fail-on: unlisted\nstrict: true\n' });
    expect((await cli(['check', 'sha1', ...AT], { cwd: dir })).code).toBe(0);
    expect((await cli(['check', 'no-such-thing', ...AT], { cwd: dir })).code).toBe(1);
  });

  it('reads the cryptrec key of package.json, and skips a package.json without one', async () => {
    const dir = await project({
      'package.json': JSON.stringify({ name: 'outer', cryptrec: { failOn: 'unlisted' } }),
      'inner/package.json': JSON.stringify({ name: 'inner' }),
    });
    expect((await cli(['check', 'sha1', ...AT], { cwd: join(dir, 'inner') })).code).toBe(0);
  });

  it('the command line wins over the config', async () => {
    const dir = await project({ 'cryptrec.config.json': '{ "failOn": "unlisted" }' });
    expect((await cli(['check', 'sha1', '--fail-on', 'monitored', ...AT], { cwd: dir })).code).toBe(1);
  });

  it('--config names a file; paths in it are relative to it', async () => {
    const dir = await project({ 'conf/strict.yml': 'failOn: candidate\noutput: ../reports/out.json\nformat: json\n', 'app.yml': 'hash: MUGI\n' });
    expect((await cli(['check', 'MUGI', '--config', 'conf/strict.yml', ...AT], { cwd: dir })).code).toBe(1);
    // output and format apply to scans only.
    const r = await cli(['scan', 'app.yml', '--config', 'conf/strict.yml', ...AT], { cwd: dir });
    expect(r.stdout).toBe('');
    expect(JSON.parse(r.written.get(join(dir, 'reports/out.json'))!).tool.name).toBe('cryptrec');
  });

  it('a scan finds the config upward from the first scanned path', async () => {
    const dir = await project({ 'svc/cryptrec.config.json': '{ "failOn": "unlisted" }', 'svc/app.yml': 'hash: sha1\n' });
    expect((await cli(['scan', 'svc', ...AT], { cwd: dir })).code).toBe(0);
    expect((await cli(['scan', 'svc/app.yml', ...AT], { cwd: dir })).code).toBe(0);
  });

  const bad: [string, Record<string, string>, RegExp][] = [
    ['unknown key', { 'cryptrec.config.json': '{ "failOnn": "unlisted" }' }, /unknown key "failOnn"; valid keys: list, at, purpose, format, failOn/],
    ['wrong type', { 'cryptrec.config.json': '{ "strict": "yes" }' }, /"strict" must be true or false/],
    ['bad value', { 'cryptrec.config.json': '{ "failOn": "sometimes" }' }, /"failOn" in .*cryptrec\.config\.json: "sometimes" is not valid; valid values: recommended, candidate, monitored, unlisted/],
    ['bad lang', { 'cryptrec.config.json': '{ "lang": "de" }' }, /"lang" in .*: "de" is not valid; valid values: en, ja/],
    ['malformed JSON', { 'cryptrec.config.json': '{ "failOn": ' }, /cryptrec\.config\.json is not valid: /],
    ['malformed YAML', { 'cryptrec.config.yaml': 'failOn: [unlisted\n' }, /cryptrec\.config\.yaml is not valid: .*line/],
    ['not an object', { 'cryptrec.config.json': '["unlisted"]' }, /must hold an object of options/],
  ];
  it.each(bad)('a config with %s is exit code 2', async (_name, files, message) => {
    const dir = await project(files);
    const r = await cli(['check', 'sha1', ...AT], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('a --config that cannot be read is exit code 2 naming it', async () => {
    const dir = await project({});
    const r = await cli(['check', 'sha1', '--config', 'missing.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('config missing.json could not be read (ENOENT)');
  });
});

describe('option values', () => {
  it('reads sizes with binary units', () => {
    expect(parseSize('524288')).toBe(524288);
    expect(parseSize('512k')).toBe(524288);
    expect(parseSize('10M')).toBe(10 * 1024 * 1024);
    expect(parseSize('2MiB')).toBe(2 * 1024 * 1024);
    expect(parseSize('1.5MB')).toBe(1572864);
    expect(parseSize('1g')).toBe(1024 ** 3);
    expect(parseSize(4096)).toBe(4096);
    for (const bad of ['ten', '-1', '0', '', '10 parsecs', 1.5, -3]) expect(parseSize(bad)).toBeUndefined();
  });

  it('infers formats from file names', () => {
    expect(formatOfPath('a.sarif')).toBe('sarif');
    expect(formatOfPath('a.sarif.json')).toBe('sarif');
    expect(formatOfPath('a.JSON')).toBe('json');
    expect(formatOfPath('a.md')).toBe('markdown');
    expect(formatOfPath('a.txt')).toBe('text');
  });
});
