import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { includer, readIncluded } from '../../src/scan/include.js';

describe('include patterns', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cryptrec-include-'));
    const files: Record<string, string> = {
      'conf.d/b.conf': 'b', 'conf.d/a.conf': 'a', 'conf.d/B.conf': 'B', 'conf.d/.hidden.conf': 'h', 'conf.d/c.txt': 'c',
      'sites/one/x.conf': 'one', 'sites/two/x.conf': 'two', 'bin.conf': 'a\u0000b',
    };
    for (const [p, text] of Object.entries(files)) {
      await mkdir(join(dir, p, '..'), { recursive: true });
      await writeFile(join(dir, p), text);
    }
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));
  const include = () => includer(dir, (abs) => readIncluded(abs, 1024));

  it('expands a glob in byte order, leaving dot files to patterns that start with a dot', () => {
    const got = include()('conf.d/*.conf', dir);
    expect(got.files.map((f) => f.path)).toEqual(['conf.d/B.conf', 'conf.d/a.conf', 'conf.d/b.conf']);
    expect(got.files.map((f) => f.text)).toEqual(['B', 'a', 'b']);
    expect(include()('conf.d/.*.conf', dir).files.map((f) => f.path)).toEqual(['conf.d/.hidden.conf']);
  });

  it('expands wildcards in directory segments and reads absolute patterns', () => {
    expect(include()(join(dir, 'sites/*/x.conf'), '/elsewhere').files.map((f) => f.text)).toEqual(['one', 'two']);
    expect(include()('sites/t?o/[xy].conf', dir).files.map((f) => f.text)).toEqual(['two']);
  });

  it('says why a named file gives nothing, and gives nothing for a glob that matches nothing', () => {
    expect(include()('missing.conf', dir)).toEqual({ files: [], unreadable: [{ path: 'missing.conf', reason: 'ENOENT' }] });
    expect(include()('conf.d', dir).unreadable).toEqual([{ path: 'conf.d', reason: 'not a regular file' }]);
    expect(include()('bin.conf', dir).unreadable).toEqual([{ path: 'bin.conf', reason: 'binary file' }]);
    expect(include()('nothing/*.conf', dir)).toEqual({ files: [], unreadable: [] });
  });

  it('shows paths outside the root as absolute', () => {
    const inner = includer(join(dir, 'sites'), (abs) => readIncluded(abs, 1024));
    expect(inner('../conf.d/a.conf', join(dir, 'sites')).files[0]?.path).toBe(join(dir, 'conf.d/a.conf'));
  });
});
