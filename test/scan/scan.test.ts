import { chmod, mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultExtractors } from '../../src/extract/registry.js';
import { genericConfig } from '../../src/extract/generic-config.js';
import { scan } from '../../src/scan/scan.js';
import type { Extractor } from '../../src/scan/types.js';
import { makeTree, removeTree, summary } from './helpers.js';

let tree: string;
const temps: string[] = [];
beforeAll(async () => {
  tree = await makeTree();
  temps.push(tree);
});
afterAll(async () => {
  for (const t of temps) await removeTree(t);
});
async function temp(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cryptrec-scan-'));
  temps.push(dir);
  return dir;
}

/** What the fixture tree gives with default options. */
const EXPECTED = [
  '.env:1 cryptrec/weak-key DES',
  '.env:2 cryptrec/dynamic-algorithm ${ALG}',
  'app.properties:2 cryptrec/monitored HMAC-SHA1',
  'app.properties:4 cryptrec/unlisted md5 (suppressed)',
  'config/app.yml:8 cryptrec/unlisted rc4',
  'config/app.yml:10 cryptrec/unlisted md5',
  'config/app.yml:12 cryptrec/monitored HMAC-SHA1 (suppressed)',
  'config/app.yml:14 cryptrec/monitored sha1 (suppressed)',
  'config/app.yml:15 cryptrec/weak-key RSA-1024',
  'config/app.yml:18 cryptrec/dynamic-algorithm ${STORAGE_CIPHER}',
  'config/broken.json:3 cryptrec/monitored sha1',
  'config/broken.json:4 cryptrec/parse-error ',
  'config/broken.yml:3 cryptrec/monitored sha1',
  'config/broken.yml:3 cryptrec/unlisted md5',
  'config/broken.yml:4 cryptrec/parse-error ',
  'config/service.jsonc:3 cryptrec/unlisted md5',
  'config/service.jsonc:5 cryptrec/weak-key DES (suppressed)',
  'ignored-by-glob/bad.yml:1 cryptrec/unlisted md5',
  'latin1.properties:2 cryptrec/unlisted rc4',
  'settings.ini:3 cryptrec/unlisted rc4 (suppressed)',
  'settings.ini:4 cryptrec/monitored sha1',
  'settings.ini:6 cryptrec/key-deadline 3-key Triple DES',
  'sub/kept.yml:1 cryptrec/unlisted md5',
];

describe('scan() over the fixture tree', () => {
  it('finds what the files name, sorted, with suppressions marked', async () => {
    const result = await scan(['.'], { cwd: tree });
    expect(summary(result.findings)).toEqual(EXPECTED);
    expect(result.list).toMatchObject({ id: 'cryptrec', version: '2022.1.0', document: 'CRYPTREC LS-0001-2022R1' });
    expect(result.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('maps statuses and reasons to rules and levels', async () => {
    const { findings } = await scan(['.'], { cwd: tree });
    const by = (rule: string) => findings.find((f) => f.ruleId === rule)!;
    expect(by('cryptrec/unlisted')).toMatchObject({ level: 'error', status: 'unlisted' });
    expect(by('cryptrec/monitored')).toMatchObject({ level: 'warning', status: 'monitored' });
    expect(by('cryptrec/weak-key')).toMatchObject({ level: 'error', status: 'unlisted' });
    expect(by('cryptrec/key-deadline')).toMatchObject({ level: 'warning', status: 'monitored' });
    expect(by('cryptrec/dynamic-algorithm')).toMatchObject({ level: 'note', status: 'unknown', confidence: 'heuristic' });
    expect(by('cryptrec/parse-error')).toMatchObject({ level: 'error', status: 'unknown', confidence: 'exact' });
  });

  it('fills every field of a finding', async () => {
    const { findings } = await scan(['.'], { cwd: tree });
    const md5 = findings.find((f) => f.location?.path === 'config/app.yml' && f.input === 'md5')!;
    expect(md5).toMatchObject({
      ruleId: 'cryptrec/unlisted', status: 'unlisted', level: 'error', input: 'md5', extractor: 'generic-config', confidence: 'heuristic',
      algorithm: { id: 'md5', name: 'MD5' },
      location: { path: 'config/app.yml', line: 10, column: 18, endLine: 10, endColumn: 21 },
    });
    expect(md5.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(md5.verdict?.status).toBe('unlisted');
    expect(md5.message).toBe(md5.messages.en);
    expect(md5.messages.en).toMatch(/^MD5 is on none of the lists of CRYPTREC LS-0001-2022R1 \(key security\.password_hash\)/);
    expect(md5.messages.ja).toContain('いずれのリストにも掲載されていない');
    expect(md5.suppressed).toBeUndefined();
  });

  it('keeps the reason of an inline suppression', async () => {
    const { findings } = await scan(['config/app.yml'], { cwd: tree });
    const token = findings.find((f) => f.input === 'HMAC-SHA1')!;
    expect(token.suppressed).toEqual({ kind: 'inline', reason: 'legacy partner API, ticket SEC-123' });
    expect(findings.find((f) => f.input === 'sha1')!.suppressed).toEqual({ kind: 'inline' });
  });

  it('warns once for binary text files, invalid UTF-8 and suppressions without a reason; other binaries are skipped quietly', async () => {
    const { warnings } = await scan(['.'], { cwd: tree });
    expect(warnings.map((w) => `${w.code} ${w.path}${w.line ? `:${w.line}` : ''}`)).toEqual([
      'binary-file binary.yml',
      'suppression-without-reason config/app.yml:13',
      'invalid-utf8 latin1.properties',
    ]);
    for (const w of warnings) expect(w.message.length).toBeGreaterThan(10);
  });

  it('counts files read and skipped', async () => {
    const result = await scan(['.'], { cwd: tree });
    // read: .env, app.properties, 5 under config/, ignored-by-glob/bad.yml, latin1.properties, settings.ini, sub/kept.yml,
    // src/app.ts (the JavaScript extractor)
    expect(result.files).toBe(12);
    // skipped: binary.yml, logo.png
    expect(result.skipped).toBe(2);
  });

  it('writes messages and warnings in Japanese', async () => {
    const { findings, warnings } = await scan(['.'], { cwd: tree, lang: 'ja' });
    const md5 = findings.find((f) => f.input === 'md5')!;
    expect(md5.message).toBe(md5.messages.ja);
    expect(md5.message).toMatch(/^MD5 は CRYPTREC LS-0001-2022R1 のいずれのリストにも掲載されていない（キー [\w.]+）。/);
    expect(warnings.find((w) => w.code === 'binary-file')!.message).toBe('テキストのはずのファイルがバイナリのため飛ばした。');
  });

  it('reports what passed with all: true, at level none', async () => {
    const { findings } = await scan(['config/clean.yml'], { cwd: tree, all: true });
    expect(summary(findings)).toEqual(['config/clean.yml:2 cryptrec/recommended SHA-256', 'config/clean.yml:3 cryptrec/recommended AES-128']);
    for (const f of findings) expect(f).toMatchObject({ level: 'none', status: 'recommended' });
    expect((await scan(['config/clean.yml'], { cwd: tree })).findings).toEqual([]);
  });

  it('is deterministic', async () => {
    const a = await scan(['.'], { cwd: tree });
    const b = await scan(['.'], { cwd: tree });
    expect(b.findings).toEqual(a.findings);
    expect(b.warnings).toEqual(a.warnings);
  });

  it('judges against the list and date asked for', async () => {
    const old = await scan(['settings.ini'], { cwd: tree, list: '2012' });
    expect(old.list.version).toBe('2012.0.0');
    const tdes = old.findings.find((f) => f.input === '3-key Triple DES')!;
    expect(tdes.status).toBe('recommended');
    expect(tdes.ruleId).toBe('cryptrec/key-deadline');
    const later = await scan(['settings.ini'], { cwd: tree, at: '2031-01-01' });
    expect(later.findings.find((f) => f.input === '3-key Triple DES')).toMatchObject({ ruleId: 'cryptrec/weak-key', status: 'unlisted' });
    const processing = await scan(['settings.ini'], { cwd: tree, at: '2031-01-01', purpose: 'process' });
    expect(processing.findings.find((f) => f.input === '3-key Triple DES')?.status).toBe('monitored');
  });
});

describe('what the walk leaves out', () => {
  const paths = async (opts: Parameters<typeof scan>[1]) => [...new Set((await scan(['.'], { cwd: tree, ...opts })).findings.map((f) => f.location?.path))];

  it('honours .gitignore files, nested ones too, and skips node_modules, dist and .git', async () => {
    const seen = await paths({});
    for (const p of ['secret/keys.yml', 'config/dev.local.yml', 'sub/generated.yml', 'node_modules/pkg/config.yml', 'dist/config.yml', '.git/config.yml']) {
      expect(seen).not.toContain(p);
    }
    expect(seen).toContain('sub/kept.yml');
  });

  it('reads ignored files when gitignore: false', async () => {
    const seen = await paths({ gitignore: false });
    expect(seen).toEqual(expect.arrayContaining(['secret/keys.yml', 'config/dev.local.yml', 'sub/generated.yml']));
    expect(seen).not.toContain('node_modules/pkg/config.yml');
  });

  it('walks node_modules and build output with includeNodeModules, never .git', async () => {
    const seen = await paths({ includeNodeModules: true });
    expect(seen).toEqual(expect.arrayContaining(['node_modules/pkg/config.yml', 'dist/config.yml']));
    expect(seen).not.toContain('.git/config.yml');
  });

  it('leaves out --ignore globs: by name at any depth, or by path', async () => {
    const seen = await paths({ ignore: ['ignored-by-glob/', '*.properties', 'config/broken.*'] });
    expect(seen).not.toContain('ignored-by-glob/bad.yml');
    expect(seen).not.toContain('app.properties');
    expect(seen).not.toContain('latin1.properties');
    expect(seen).not.toContain('config/broken.yml');
    expect(seen).toContain('config/app.yml');
  });

  it('applies .gitignore files above a scanned subdirectory, and reads an explicitly named file', async () => {
    await writeFile(join(tree, 'sub', 'x.local.yml'), 'hash: md5\n');
    const inSub = await scan(['sub'], { cwd: tree });
    expect(summary(inSub.findings)).toEqual(['sub/kept.yml:1 cryptrec/unlisted md5']);
    const named = await scan(['sub/generated.yml'], { cwd: tree });
    expect(summary(named.findings)).toEqual(['sub/generated.yml:1 cryptrec/unlisted md5']);
  });

  it('takes paths relative to cwd and reports them relative to root', async () => {
    const result = await scan(['kept.yml'], { cwd: join(tree, 'sub'), root: tree });
    expect(summary(result.findings)).toEqual(['sub/kept.yml:1 cryptrec/unlisted md5']);
    const abs = await scan([join(tree, 'sub', 'kept.yml')], { cwd: tmpdir(), root: tree });
    expect(summary(abs.findings)).toEqual(['sub/kept.yml:1 cryptrec/unlisted md5']);
  });
});

describe('bad input is a warning, and the scan goes on', () => {
  it('warns once for a file over the size limit (default 2 MiB)', async () => {
    const dir = await temp();
    await writeFile(join(dir, 'big.yml'), `hash: md5\n${'# padding\n'.repeat(2 * 1024 * 1024 / 10 + 1)}`);
    await writeFile(join(dir, 'big.bin'), new Uint8Array(3 * 1024 * 1024));
    await writeFile(join(dir, 'small.yml'), 'hash: md5\n');
    const result = await scan(['.'], { cwd: dir });
    expect(result.warnings.map((w) => [w.code, w.path, w.message])).toEqual([['file-too-large', 'big.yml', 'Larger than the size limit (2 MiB); skipped.']]);
    expect(summary(result.findings)).toEqual(['small.yml:1 cryptrec/unlisted md5']);
    const raised = await scan(['.'], { cwd: dir, maxFileSize: 4 * 1024 * 1024 });
    expect(summary(raised.findings)).toEqual(['big.yml:1 cryptrec/unlisted md5', 'small.yml:1 cryptrec/unlisted md5']);
    const lowered = await scan(['.'], { cwd: dir, maxFileSize: 4 });
    expect(lowered.warnings.map((w) => `${w.code} ${w.path}`)).toEqual(['file-too-large big.yml', 'file-too-large small.yml']);
  });

  it('detects symbolic link loops by real path and reports each once', async () => {
    const dir = await temp();
    await mkdir(join(dir, 'a', 'b'), { recursive: true });
    await writeFile(join(dir, 'a', 'b', 'c.yml'), 'hash: md5\n');
    await symlink('..', join(dir, 'a', 'b', 'up'));
    await symlink('../..', join(dir, 'a', 'b', 'top'));
    await symlink('self', join(dir, 'self'));
    await symlink('missing.yml', join(dir, 'dangling.yml'));
    await symlink(join(dir, 'a'), join(dir, 'alias'));
    const result = await scan(['.'], { cwd: dir });
    expect(summary(result.findings)).toEqual(['a/b/c.yml:1 cryptrec/unlisted md5']);
    expect(result.warnings.map((w) => `${w.code} ${w.path}`).sort()).toEqual([
      'broken-symlink dangling.yml', 'symlink-loop a/b/top', 'symlink-loop a/b/up', 'symlink-loop self',
    ]);
  });

  it('reads a file through a symbolic link', async () => {
    const dir = await temp();
    await mkdir(join(dir, 'real'));
    await writeFile(join(dir, 'real', 'x.txt'), 'hash: md5\n');
    await symlink(join(dir, 'real', 'x.txt'), join(dir, 'link.yml'));
    expect(summary((await scan(['.'], { cwd: dir })).findings)).toEqual(['link.yml:1 cryptrec/unlisted md5']);
  });

  it('warns for unreadable files and directories', async (ctx) => {
    if (process.getuid?.() === 0) {
      console.log('skipped "unreadable files": running as root, which reads files whatever their mode');
      ctx.skip();
    }
    const dir = await temp();
    await mkdir(join(dir, 'locked'));
    await writeFile(join(dir, 'locked', 'x.yml'), 'hash: md5\n');
    await writeFile(join(dir, 'secret.yml'), 'hash: md5\n');
    await writeFile(join(dir, 'ok.yml'), 'hash: md5\n');
    await chmod(join(dir, 'secret.yml'), 0o000);
    await chmod(join(dir, 'locked'), 0o000);
    try {
      const result = await scan(['.'], { cwd: dir });
      expect(result.warnings.map((w) => `${w.code} ${w.path}`)).toEqual(['unreadable locked', 'unreadable secret.yml']);
      expect(summary(result.findings)).toEqual(['ok.yml:1 cryptrec/unlisted md5']);
    } finally {
      await chmod(join(dir, 'locked'), 0o755);
      await chmod(join(dir, 'secret.yml'), 0o644);
    }
  });

  it('warns for a path that does not exist and scans the others', async () => {
    const result = await scan(['nope', 'sub/kept.yml'], { cwd: tree });
    expect(result.warnings.map((w) => `${w.code} ${w.path}`)).toEqual(['not-found nope']);
    expect(result.findings).toHaveLength(1);
  });

  it('never opens FIFOs', async (ctx) => {
    const dir = await temp();
    const { execFileSync } = await import('node:child_process');
    try {
      execFileSync('mkfifo', [join(dir, 'pipe.yml')]);
    } catch {
      console.log('skipped "FIFOs": mkfifo is not available');
      ctx.skip();
    }
    await writeFile(join(dir, 'a.yml'), 'hash: md5\n');
    const result = await scan(['.'], { cwd: dir });
    expect(summary(result.findings)).toEqual(['a.yml:1 cryptrec/unlisted md5']);
  });
});

describe('extractors', () => {
  it('registry: generic-config is a default extractor, and the list is a fresh copy', () => {
    const list = defaultExtractors();
    expect(list.map((e) => e.id)).toContain('generic-config');
    list.pop();
    expect(defaultExtractors().map((e) => e.id)).toContain('generic-config');
  });

  it('runs every matching extractor; a fallback only when no specific one matches', async () => {
    const dir = await temp();
    await writeFile(join(dir, 'nginx.conf'), 'ssl_ciphers RC4;\nhash = md5\n');
    await writeFile(join(dir, 'app.conf'), 'hash = md5\n');
    const nginx: Extractor = {
      id: 'nginx',
      matches: (path, head) => path.endsWith('nginx.conf') || head.includes('ssl_ciphers'),
      extract: (_text, ctx) => [{ kind: 'usage', input: 'RC4', subject: 'RC4', confidence: 'exact', location: { path: ctx.path, line: 1, column: 13 } }],
    };
    const result = await scan(['.'], { cwd: dir, extractors: [genericConfig, nginx] });
    expect(result.findings.map((f) => `${f.location?.path} ${f.extractor} ${f.input}`)).toEqual(['app.conf generic-config md5', 'nginx.conf nginx RC4']);
  });

  it('gives binary extractors bytes, text extractors text, and judges parsed usages and objects', async () => {
    const dir = await temp();
    await writeFile(join(dir, 'cert.der'), new Uint8Array([0x30, 0x82, 0, 0, 1, 2]));
    const seen: string[] = [];
    const der: Extractor = {
      id: 'der', binary: true,
      matches: (path) => path.endsWith('.der'),
      extract: (content, ctx) => {
        seen.push(content instanceof Uint8Array ? `bytes ${content.length}` : 'text');
        return [
          { kind: 'usage', input: 'md5WithRSAEncryption', subject: { input: 'md5', scheme: 'generic', algorithm: 'md5' }, confidence: 'exact', location: { path: ctx.path, line: 1, column: 1 }, asset: { kind: 'certificate', keyAlgorithm: 'rsa', keyBits: 1024 } },
          { kind: 'usage', input: 'rsa', subject: { algorithm: 'RSA', keyBits: 1024 }, confidence: 'exact', location: { path: ctx.path, line: 1, column: 1 } },
          { kind: 'usage', input: 'rsa', subject: { algorithm: 'RSA', keyBits: -1 }, confidence: 'exact', location: { path: ctx.path, line: 1, column: 1 } },
        ];
      },
    };
    const result = await scan(['.'], { cwd: dir, extractors: [der] });
    expect(seen).toEqual(['bytes 6']);
    expect(result.findings.map((f) => `${f.ruleId} ${f.input} ${f.confidence}`)).toEqual([
      'cryptrec/unknown-algorithm rsa exact', 'cryptrec/unlisted md5WithRSAEncryption exact', 'cryptrec/weak-key rsa exact',
    ]);
    expect(result.findings.find((f) => f.input === 'md5WithRSAEncryption')?.asset?.kind).toBe('certificate');
    expect(result.findings[0]!.message).toMatch(/^"rsa" could not be judged: keyBits must be/);
  });

  it('turns an extractor that throws, or whose matches throws, into a warning', async () => {
    const dir = await temp();
    await writeFile(join(dir, 'a.yml'), 'hash: md5\n');
    const bad: Extractor = { id: 'bad', matches: () => true, extract: () => { throw new Error('boom'); } };
    const worse: Extractor = { id: 'worse', matches: () => { throw new Error('no'); }, extract: () => [] };
    const result = await scan(['.'], { cwd: dir, extractors: [bad, worse, genericConfig] });
    expect(result.warnings.map((w) => `${w.code} ${w.path} ${w.message}`)).toEqual(['extractor-failed a.yml An extractor failed on this file: bad: boom']);
    expect(result.findings).toEqual([]); // bad matched, so the fallback did not run
  });

  it('reads included files for fingerprints and suppressions of findings located there', async () => {
    const dir = await temp();
    await writeFile(join(dir, 'main.yml'), 'include: other.txt\n');
    await writeFile(join(dir, 'other.txt'), '# cryptrec-ignore-next-line: old\nhash md5\n');
    const inc: Extractor = {
      id: 'inc', matches: (p) => p === 'main.yml',
      extract: async (_text, ctx) => {
        const other = await ctx.readFile('other.txt');
        return other?.includes('md5') ? [{ kind: 'usage', input: 'md5', subject: 'md5', confidence: 'exact', location: { path: 'other.txt', line: 2, column: 6 } }] : [];
      },
    };
    const result = await scan(['main.yml'], { cwd: dir, extractors: [inc] });
    expect(summary(result.findings)).toEqual(['other.txt:2 cryptrec/unlisted md5 (suppressed)']);
    expect(result.findings[0]!.suppressed).toEqual({ kind: 'inline', reason: 'old' });
  });

  it('scans a directory named on the command line even where an ancestor .gitignore leaves it out', async () => {
    const dir = await temp();
    await mkdir(join(dir, 'vendor/lib'), { recursive: true });
    await writeFile(join(dir, '.gitignore'), 'vendor/\n');
    await writeFile(join(dir, 'vendor/lib/config.yml'), 'hash: md5\n');
    await writeFile(join(dir, 'vendor/lib/.gitignore'), 'local.yml\n');
    await writeFile(join(dir, 'vendor/lib/local.yml'), 'hash: sha1\n');
    expect((await scan(['.'], { cwd: dir })).findings).toEqual([]);
    expect(summary((await scan(['vendor/lib'], { cwd: dir })).findings)).toEqual(['vendor/lib/config.yml:1 cryptrec/unlisted md5']);
  });

  it('follows include globs through ctx.include, and reports a finding read twice (included, and on its own) once', async () => {
    const dir = await temp();
    await mkdir(join(dir, 'conf.d'), { recursive: true });
    await writeFile(join(dir, 'main.inc'), 'include conf.d/*.inc\n');
    await writeFile(join(dir, 'conf.d/a.inc'), 'hash md5\n');
    await writeFile(join(dir, 'conf.d/b.inc'), 'hash sha1\n');
    const inc: Extractor = {
      id: 'inc', matches: (p) => p.endsWith('.inc'),
      extract: (text, ctx) => {
        const own = { path: ctx.path, text: String(text) };
        const included = ctx.path === 'main.inc' ? ctx.include('conf.d/*.inc', dir).files : [];
        return [own, ...included].flatMap((f) => {
          const m = /hash (\w+)/.exec(f.text);
          return m ? [{ kind: 'usage' as const, input: m[1]!, subject: m[1]!, confidence: 'exact' as const, location: { path: f.path, line: 1, column: 6 } }] : [];
        });
      },
    };
    const result = await scan(['.'], { cwd: dir, extractors: [inc] });
    expect(summary(result.findings)).toEqual(['conf.d/a.inc:1 cryptrec/unlisted md5', 'conf.d/b.inc:1 cryptrec/monitored sha1']);
  });
});

describe('options', () => {
  it('reports progress up to the number of files', async () => {
    const calls: [number, number][] = [];
    const result = await scan(['.'], { cwd: tree, onProgress: (done, total) => calls.push([done, total]) });
    expect(calls.length).toBe(result.files + result.skipped);
    expect(calls[calls.length - 1]).toEqual([calls.length, calls.length]);
  });

  it('stops when the signal aborts', async () => {
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(scan(['.'], { cwd: tree, signal: controller.signal })).rejects.toThrow('stop');
    const later = new AbortController();
    const run = scan(['.'], { cwd: tree, signal: later.signal, onProgress: () => later.abort(new Error('stopped midway')) });
    await expect(run).rejects.toThrow('stopped midway');
  });

  it.each([
    [{ lang: 'fr' }, /lang: "fr" is not one of en, ja/],
    [{ maxFileSize: 0 }, /maxFileSize must be a positive whole number/],
    [{ list: 'nope' }, /list: "nope" is not a version or range/],
    [{ at: '2024-13' }, /at: "2024-13" is not a date/],
    [{ purpose: 'archive' }, /purpose: "archive" is not one of new, process/],
  ])('rejects invalid options %j naming them', async (opts, message) => {
    await expect(scan(['.'], { cwd: tree, ...(opts as object) })).rejects.toThrow(message);
  });

  it('rejects paths and globs that are not strings', async () => {
    await expect(scan([1 as unknown as string], { cwd: tree })).rejects.toThrow(TypeError);
    await expect(scan(['.'], { cwd: tree, ignore: 'vendor' as unknown as string[] })).rejects.toThrow(/ignore must be an array/);
  });
});

describe('fingerprints', () => {
  it('do not depend on line numbers, and tell identical lines apart', async () => {
    const dir = await temp();
    const file = join(dir, 'a.yml');
    await writeFile(file, 'a:\n  hash: md5\nb:\n  hash: md5\n');
    const before = await scan(['.'], { cwd: dir });
    await writeFile(file, `# a new comment\n\n${await readFile(file, 'utf8')}`);
    const after = await scan(['.'], { cwd: dir });
    expect(after.findings.map((f) => f.location?.line)).toEqual([4, 6]);
    expect(after.findings.map((f) => f.fingerprint)).toEqual(before.findings.map((f) => f.fingerprint));
    expect(new Set(before.findings.map((f) => f.fingerprint)).size).toBe(2);
  });
});

describe('ecosystem spellings (guarded: exact once name resolution reads them)', () => {
  it.each([
    ['des-ede3-cbc', ['monitored', 'unlisted']],
    ['aes-128-gcm', ['recommended']],
    ['hmac-sha2-256', ['recommended']],
    ['RS256', ['recommended', 'monitored']],
  ] as const)('%s in a config file', async (name, statuses) => {
    const dir = await temp();
    await writeFile(join(dir, 'app.yml'), `crypto:\n  cipher: ${name}\n`);
    const { findings } = await scan(['.'], { cwd: dir, all: true });
    expect(findings).toHaveLength(1);
    const f = findings[0]!;
    expect(f.input).toBe(name);
    expect(f.location).toMatchObject({ path: 'app.yml', line: 2, column: 11 });
    const { check } = await import('../../src/judge/check.js');
    if (check(name).status === 'unknown') {
      expect(f).toMatchObject({ ruleId: 'cryptrec/unknown-algorithm', status: 'unknown', level: 'warning' });
    } else {
      expect(statuses).toContain(f.status);
      expect(f.verdict?.status).toBe(f.status);
    }
  });
});
