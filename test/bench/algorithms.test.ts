/**
 * Keeps the algorithm benchmark (scripts/bench/algorithms) working: a run on a tiny budget writes JSON, Markdown and SVG that
 * are well formed and agree with each other; a wrong known-answer vector aborts its rows, is recorded, and the rest runs on;
 * CMAC composed from node:crypto's AES-CBC matches @noble/ciphers on any message. Nothing here asserts how fast anything is.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hex, toHex } from '../../scripts/bench/algorithms/bytes.js';
import { main, parseArgs } from '../../scripts/bench/algorithms/cli.js';
import { nodeCmac } from '../../scripts/bench/algorithms/impl-node.js';
import { nobleCmac } from '../../scripts/bench/algorithms/impl-noble.js';
import { RESULTS_HEADER } from '../../scripts/bench/algorithms/render-markdown.js';
import type { BenchReport } from '../../scripts/bench/algorithms/report.js';
import { runAlgorithmBench, type AlgorithmBenchResult } from '../../scripts/bench/algorithms/run.js';
import { defaultSubjects } from '../../scripts/bench/algorithms/subjects.js';
import type { AgreementSubject, BulkSubject, SignatureSubject } from '../../scripts/bench/algorithms/types.js';

/**
 * A strict well-formedness check for the XML subset an SVG uses (declaration, comments, elements, attributes, text,
 * predefined and numeric entities). Returns the problem, or undefined when the document is well formed.
 */
function xmlProblem(text: string): string | undefined {
  const stack: string[] = [];
  let roots = 0;
  const entity = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/y;
  const checkText = (s: string, at: number): string | undefined => {
    for (let i = 0; i < s.length; i++) {
      if (s[i] === '<') return `"<" in text at ${at + i}`;
      if (s[i] === '&') {
        entity.lastIndex = i;
        if (!entity.test(s)) return `bad entity at ${at + i}`;
      }
    }
    return undefined;
  };
  let i = 0;
  if (text.startsWith('<?xml')) {
    const end = text.indexOf('?>');
    if (end < 0) return 'unterminated declaration';
    i = end + 2;
  }
  const name = /[A-Za-z_][\w.:-]*/y;
  const attribute = /\s+([A-Za-z_][\w.:-]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/y;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    const chunk = lt < 0 ? text.slice(i) : text.slice(i, lt);
    if (stack.length === 0 && chunk.trim()) return `text outside the root at ${i}`;
    const bad = checkText(chunk, i);
    if (bad) return bad;
    if (lt < 0) break;
    if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt + 4);
      if (end < 0) return `unterminated comment at ${lt}`;
      i = end + 3;
      continue;
    }
    if (text[lt + 1] === '/') {
      name.lastIndex = lt + 2;
      const m = name.exec(text);
      if (!m) return `bad end tag at ${lt}`;
      const close = text.indexOf('>', name.lastIndex);
      if (close < 0 || text.slice(name.lastIndex, close).trim()) return `bad end tag at ${lt}`;
      if (stack.pop() !== m[0]) return `</${m[0]}> does not close the open element at ${lt}`;
      i = close + 1;
      continue;
    }
    name.lastIndex = lt + 1;
    const m = name.exec(text);
    if (!m) return `bad start tag at ${lt}`;
    let at = name.lastIndex;
    const seen = new Set<string>();
    for (;;) {
      attribute.lastIndex = at;
      const a = attribute.exec(text);
      if (!a) break;
      if (seen.has(a[1]!)) return `attribute ${a[1]} twice at ${at}`;
      seen.add(a[1]!);
      const badValue = checkText(a[3] ?? a[4] ?? '', at);
      if (badValue) return badValue;
      at = attribute.lastIndex;
    }
    const rest = /\s*(\/?)>/y;
    rest.lastIndex = at;
    const r = rest.exec(text);
    if (!r) return `bad start tag <${m[0]} at ${lt}`;
    if (stack.length === 0) roots++;
    if (roots > 1) return 'more than one root element';
    if (!r[1]) stack.push(m[0]);
    i = rest.lastIndex;
  }
  if (stack.length) return `unclosed <${stack.at(-1)}>`;
  return roots === 1 ? undefined : 'no root element';
}

/** The rows of the Markdown table that starts with `header`. */
function markdownTable(markdown: string, header: readonly string[]): string[][] | undefined {
  const lines = markdown.split('\n');
  const start = lines.indexOf(`| ${header.join(' | ')} |`);
  if (start < 0) return undefined;
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('| ')) break;
    rows.push(line.slice(2, -2).split(/(?<!\\) \| /));
  }
  return rows;
}

const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;

describe('the algorithm benchmark on a tiny budget', () => {
  let dir: string;
  let result: AlgorithmBenchResult;
  let json: BenchReport;
  let markdown: string;
  let svg: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cryptrec-bench-algorithms-'));
    result = await runAlgorithmBench({ quick: true, budgetMs: 2, outDir: dir });
    json = JSON.parse(readFileSync(join(dir, 'algorithms.json'), 'utf8')) as BenchReport;
    markdown = readFileSync(join(dir, 'algorithms.md'), 'utf8');
    svg = readFileSync(join(dir, 'algorithms.svg'), 'utf8');
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('validates and measures every row of every default subject', () => {
    expect(json.errors).toEqual([]);
    expect(result.ok).toBe(true);
    expect(json.rows.length).toBeGreaterThan(100);
    expect(json.rows.every((r) => r.measurement && !r.error)).toBe(true);
    const subjects = new Set(json.rows.map((r) => r.subject));
    for (const s of defaultSubjects()) expect(subjects).toContain(s.id);
  });

  it('writes JSON rows with implementation, algorithm, size, median, spread, samples and tier', () => {
    expect(json.tool).toBe('cryptrec bench:algorithms');
    expect(json.mode).toBe('quick');
    expect(json.sizes).toEqual([64, 65536]);
    for (const r of json.rows) {
      expect(typeof r.implementation).toBe('string');
      expect(typeof r.algorithm).toBe('string');
      expect(r.size === null || (Number.isInteger(r.size) && r.size > 0)).toBe(true);
      expect(r.measurement!.medianMs).toBeGreaterThan(0);
      expect(r.measurement!.spreadPct).toBeGreaterThanOrEqual(0);
      expect(r.measurement!.samples).toBeGreaterThanOrEqual(3);
      expect(['recommended', 'candidate', 'monitored', 'unlisted', 'unknown']).toContain(r.tier);
      expect(r.statusText.length).toBeGreaterThan(0);
      expect(r.relative!).toBeGreaterThan(0);
      expect(r.relative!).toBeLessThanOrEqual(1);
    }
    expect(json.machine.node).toBe(process.versions.node);
    expect(json.list).toMatch(/LS-0001/);
  });

  it('takes each tier from check(): the monitored and unlisted comparisons are marked so', () => {
    const tier = (subject: string) => json.rows.find((r) => r.subject === subject)?.tier;
    expect(tier('sha-256')).toBe('recommended');
    expect(tier('aes-128-gcm')).toBe('recommended');
    expect(tier('sha-1')).toBe('monitored');
    expect(tier('des-ede3-cbc')).toBe('monitored');
    expect(tier('md5')).toBe('unlisted');
    expect(json.fastestRecommended.every((p) => json.rows.some((r) => r.algorithm === p.algorithm && r.tier === 'recommended'))).toBe(true);
  });

  it('writes a Markdown table with the header and one line per row', () => {
    const rows = markdownTable(markdown, RESULTS_HEADER);
    expect(rows).toBeDefined();
    expect(rows!.length).toBe(json.rows.length);
    expect(rows!.every((cells) => cells.length === RESULTS_HEADER.length)).toBe(true);
    expect(rows![0]![1]).toBe(json.rows[0]!.algorithm);
    expect(markdown).toContain('## Fastest recommended choice on this machine');
  });

  it('writes an SVG that parses as XML with one bar per measured row', () => {
    expect(xmlProblem(svg)).toBeUndefined();
    const bars = svg.match(/<rect class="bar"/g) ?? [];
    expect(bars.length).toBe(json.rows.filter((r) => r.measurement).length);
  });

  it.skipIf(!hasXmllint)('writes an SVG that xmllint accepts', () => {
    const r = spawnSync('xmllint', ['--noout', join(dir, 'algorithms.svg')], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
  if (!hasXmllint) console.warn('xmllint not found (Debian package libxml2-utils): the XML check relies on the in-test parser alone');
});

describe('the XML check itself', () => {
  it('refuses what is not well formed', () => {
    expect(xmlProblem('<svg><rect></svg>')).toMatch(/does not close/);
    expect(xmlProblem('<svg><text>a & b</text></svg>')).toMatch(/entity/);
    expect(xmlProblem('<svg a="1" a="2"/>')).toMatch(/twice/);
    expect(xmlProblem('<svg/><svg/>')).toMatch(/root/);
    expect(xmlProblem('<?xml version="1.0"?>\n<svg><g><text>a &amp; b</text></g></svg>\n')).toBeUndefined();
  });
});

describe('a known-answer mismatch', () => {
  it('aborts that row with the error recorded, runs the rest, and reports failure', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cryptrec-bench-algorithms-bad-'));
    try {
      const subjects = defaultSubjects();
      const sha256 = subjects.find((s) => s.id === 'sha-256') as BulkSubject;
      const wrong = Uint8Array.from(sha256.vectors[0]!.expected);
      wrong[0]! ^= 0xff;
      const broken: BulkSubject = { ...sha256, vectors: [{ ...sha256.vectors[0]!, expected: wrong }] };
      const md5 = subjects.find((s) => s.id === 'md5')!;
      const { ok, report } = await runAlgorithmBench({ subjects: [broken, md5], budgetMs: 1, sizes: [64], outDir: dir });
      expect(ok).toBe(false);
      const shaRows = report.rows.filter((r) => r.subject === 'sha-256');
      expect(shaRows.length).toBe(3);
      for (const r of shaRows) {
        expect(r.measurement).toBeUndefined();
        expect(r.error).toContain('FIPS 180-4');
        expect(r.error).toContain(`expected ${toHex(wrong)}`);
      }
      expect(report.errors.map((e) => e.implementation).sort()).toEqual(['@noble/hashes', 'WebCrypto', 'node:crypto']);
      expect(report.rows.filter((r) => r.subject === 'md5').every((r) => r.measurement)).toBe(true);
      const saved = JSON.parse(readFileSync(join(dir, 'algorithms.json'), 'utf8')) as BenchReport;
      expect(saved.errors.length).toBe(3);
      const md = readFileSync(join(dir, 'algorithms.md'), 'utf8');
      expect(markdownTable(md, RESULTS_HEADER)!.filter((cells) => cells[6] === 'aborted').length).toBe(3);
      expect((readFileSync(join(dir, 'algorithms.svg'), 'utf8').match(/<rect class="bar"/g) ?? []).length).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('aborts only the implementation that disagrees', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cryptrec-bench-algorithms-odd-'));
    try {
      const sha256 = defaultSubjects().find((s) => s.id === 'sha-256') as BulkSubject;
      const liar: BulkSubject = {
        ...sha256,
        implementations: { ...sha256.implementations, '@noble/hashes': { bind: async () => () => hex('00'.repeat(32)) } },
      };
      const { ok, report } = await runAlgorithmBench({ subjects: [liar], budgetMs: 1, sizes: [64], outDir: dir });
      expect(ok).toBe(false);
      expect(report.rows.filter((r) => r.error).map((r) => r.implementation)).toEqual(['@noble/hashes']);
      expect(report.rows.filter((r) => r.measurement).map((r) => r.implementation)).toEqual(['node:crypto', 'WebCrypto']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('signatures and key agreement', () => {
  it('aborts the sign rows of a signer whose signatures the others refuse, and keeps its verify rows', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cryptrec-bench-algorithms-sig-'));
    try {
      const ed = defaultSubjects().find((s) => s.id === 'ed25519') as SignatureSubject;
      const honest = ed.implementations['@noble/curves']!;
      const forger: SignatureSubject = {
        ...ed,
        implementations: {
          ...ed.implementations,
          '@noble/curves': { ...honest, bind: async (keys) => ({ ...(await honest.bind(keys)), sign: () => new Uint8Array(64) }) },
        },
      };
      const { ok, report } = await runAlgorithmBench({ subjects: [forger], budgetMs: 1, outDir: dir });
      expect(ok).toBe(false);
      const aborted = report.rows.filter((r) => r.error).map((r) => `${r.implementation} ${r.operation}`);
      expect(aborted).toEqual(['@noble/curves sign']);
      expect(report.rows.find((r) => r.implementation === '@noble/curves' && r.operation === 'verify')?.measurement).toBeDefined();
      expect(report.errors.some((e) => e.message.includes('RFC 8032'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('aborts a key agreement that misses RFC 7748', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cryptrec-bench-algorithms-dh-'));
    try {
      const x = defaultSubjects().find((s) => s.id === 'x25519') as AgreementSubject;
      const broken: AgreementSubject = { ...x, implementations: { ...x.implementations, WebCrypto: { bind: async () => () => new Uint8Array(32) } } };
      const { report } = await runAlgorithmBench({ subjects: [broken], budgetMs: 1, outDir: dir });
      expect(report.rows.filter((r) => r.error).map((r) => r.implementation)).toEqual(['WebCrypto']);
      expect(report.errors[0]!.message).toContain('RFC 7748 §6.1');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('CMAC composed from node:crypto AES-CBC', () => {
  it('matches @noble/ciphers on any message and key', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ minLength: 16, maxLength: 16 }), fc.uint8Array({ maxLength: 100 }), async (key, message) => {
      const a = await (await nodeCmac('aes-128-cbc').bind({ key }))(message);
      const b = await (await nobleCmac.bind({ key }))(message);
      expect(toHex(a)).toBe(toHex(b));
    }), { numRuns: 200 });
  });
});

describe('the command line', () => {
  it('reads its options and refuses unknown ones', () => {
    expect(parseArgs(['--quick', '--budget', '5', '--only', 'md5,sha-1', '--sizes', '64,1024', '--out', 'x'])).toEqual({
      quick: true, budgetMs: 5, only: ['md5', 'sha-1'], sizes: [64, 1024], outDir: 'x',
    });
    expect(() => parseArgs(['--fast'])).toThrow(/unknown option "--fast"/);
    expect(() => parseArgs(['--budget', '-1'])).toThrow(/not a positive number/);
  });

  it('exits 0 after a clean run, 2 on a bad option', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cryptrec-bench-algorithms-cli-'));
    try {
      const lines: string[] = [];
      expect(await main(['--only', 'md5', '--budget', '1', '--sizes', '64', '--out', dir], (l) => lines.push(l))).toBe(0);
      expect(lines.some((l) => l.startsWith('MD5 digest 64 B'))).toBe(true);
      expect(await main(['--only'], () => undefined)).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
