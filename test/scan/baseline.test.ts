import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CryptrecError } from '../../src/errors.js';
import { applyBaseline, baselineText, createBaseline, loadBaseline, parseBaseline, saveBaseline } from '../../src/scan/baseline.js';
import { scan } from '../../src/scan/scan.js';
import { makeTree, removeTree } from './helpers.js';

let tree: string;
beforeAll(async () => {
  tree = await makeTree();
});
afterAll(async () => {
  await removeTree(tree);
});

describe('baseline round trip', () => {
  it('write, then scan again: everything that was open is suppressed by the baseline', async () => {
    const first = await scan(['.'], { cwd: tree });
    const open = first.findings.filter((f) => !f.suppressed);
    expect(open.length).toBeGreaterThan(5);
    const file = join(tree, 'cryptrec-baseline.json');
    await saveBaseline(file, first.findings);
    const baseline = await loadBaseline(file);
    expect(baseline.fingerprints).toHaveLength(open.length);

    const second = await scan(['.'], { cwd: tree, baseline });
    expect(second.findings).toHaveLength(first.findings.length);
    expect(second.findings.filter((f) => !f.suppressed)).toEqual([]);
    for (const f of second.findings) {
      const before = first.findings.find((g) => g.fingerprint === f.fingerprint)!;
      expect(f.suppressed).toEqual(before.suppressed ?? { kind: 'baseline' });
    }
  });

  it('an edit to an unrelated line above a finding leaves its fingerprint alone; an edit to its line does not', async () => {
    const file = join(tree, 'config', 'app.yml');
    const original = await readFile(file, 'utf8');
    const first = await scan(['config/app.yml'], { cwd: tree });
    const baseline = createBaseline(first.findings);
    try {
      await writeFile(file, original.replace('  port: 8443\n', '  port: 9443\n  host: example.com\n  # another comment\n'));
      const moved = await scan(['config/app.yml'], { cwd: tree, baseline });
      const rc4 = moved.findings.find((f) => f.input === 'rc4')!;
      expect(rc4.location?.line).toBe(10);
      expect(rc4.fingerprint).toBe(first.findings.find((f) => f.input === 'rc4')!.fingerprint);
      expect(moved.findings.filter((f) => !f.suppressed)).toEqual([]);

      await writeFile(file, original.replace('      - rc4\n', '      - rc4 # still needed\n'));
      const edited = await scan(['config/app.yml'], { cwd: tree, baseline });
      expect(edited.findings.filter((f) => !f.suppressed).map((f) => f.input)).toEqual(['rc4']);
    } finally {
      await writeFile(file, original);
    }
  });

  it('a second identical line is a new finding', async () => {
    const file = join(tree, 'sub', 'kept.yml');
    const original = await readFile(file, 'utf8');
    const baseline = createBaseline((await scan(['sub/kept.yml'], { cwd: tree })).findings);
    try {
      await writeFile(file, `${original}other:\n  hash: md5\n`);
      const result = await scan(['sub/kept.yml'], { cwd: tree, baseline });
      expect(result.findings.map((f) => Boolean(f.suppressed))).toEqual([true, false]);
    } finally {
      await writeFile(file, original);
    }
  });
});

describe('baseline file format', () => {
  it('is sorted and deterministic, leaves out passes and inline suppressions', async () => {
    const { findings } = await scan(['.'], { cwd: tree, all: true });
    const text = baselineText(createBaseline(findings));
    expect(baselineText(createBaseline([...findings].reverse()))).toBe(text);
    const data = JSON.parse(text) as { version: number; tool: string; fingerprints: { path: string; ruleId: string; input: string; fingerprint: string }[] };
    expect(data.version).toBe(1);
    expect(data.tool).toBe('cryptrec');
    expect(Object.keys(data.fingerprints[0]!)).toEqual(['fingerprint', 'ruleId', 'path', 'input']);
    const keys = data.fingerprints.map((e) => [e.path, e.ruleId, e.input, e.fingerprint].join('\0'));
    expect(keys).toEqual([...keys].sort());
    expect(data.fingerprints.some((e) => e.ruleId === 'cryptrec/recommended')).toBe(false);
    const inline = findings.filter((f) => f.suppressed?.kind === 'inline').map((f) => f.fingerprint);
    expect(data.fingerprints.some((e) => inline.includes(e.fingerprint))).toBe(false);
    expect(text.endsWith('}\n')).toBe(true);
    expect(parseBaseline(text)).toEqual(createBaseline(findings));
  });

  it.each([
    ['{', /baseline is not JSON/],
    ['[]', /expected an object/],
    ['{"version":2,"tool":"cryptrec","fingerprints":[]}', /version must be 1, not 2/],
    ['{"version":1,"tool":"other","fingerprints":[]}', /tool must be "cryptrec"/],
    ['{"version":1,"tool":"cryptrec"}', /fingerprints must be an array/],
    ['{"version":1,"tool":"cryptrec","fingerprints":[{"fingerprint":"x","ruleId":"r","path":"p","input":"i"}]}', /fingerprints\[0\]\.fingerprint must be 64/],
    [`{"version":1,"tool":"cryptrec","fingerprints":[{"fingerprint":"${'a'.repeat(64)}","ruleId":1,"path":"p","input":"i"}]}`, /fingerprints\[0\]\.ruleId must be a string/],
  ])('rejects %s', (text, message) => {
    expect(() => parseBaseline(text, 'b.json')).toThrow(message);
    try {
      parseBaseline(text, 'b.json');
    } catch (e) {
      expect(e).toBeInstanceOf(CryptrecError);
      expect((e as CryptrecError).code).toBe('invalid-baseline');
      expect((e as CryptrecError).file).toBe('b.json');
    }
  });

  it('gives the position of a JSON syntax error', () => {
    try {
      parseBaseline('{\n  "version": 1,\n  oops\n}', 'b.json');
      expect.unreachable();
    } catch (e) {
      expect((e as CryptrecError).line).toBe(3);
      expect((e as CryptrecError).column).toBe(3);
    }
  });

  it('loadBaseline names a file it cannot read', async () => {
    await expect(loadBaseline(join(tree, 'missing.json'))).rejects.toMatchObject({ code: 'baseline-unreadable' });
  });

  it('applyBaseline leaves inline suppressions as they are', async () => {
    const { findings } = await scan(['config/app.yml'], { cwd: tree });
    const all = { version: 1 as const, tool: 'cryptrec' as const, fingerprints: findings.map((f) => ({ fingerprint: f.fingerprint, ruleId: f.ruleId, path: '', input: f.input })) };
    const applied = applyBaseline(findings, all);
    expect(applied.filter((f) => f.suppressed?.kind === 'inline')).toHaveLength(findings.filter((f) => f.suppressed).length);
    expect(applied.every((f) => f.suppressed)).toBe(true);
  });
});
