import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { jsExtractor } from '../../../src/extract/js/index.js';
import { scan } from '../../../src/scan/scan.js';
import type { Finding } from '../../../src/scan/types.js';
import { preparedCorpus, type Label } from './labels.js';

const ROOT = fileURLToPath(new URL('../../fixtures/source/js/', import.meta.url));
const corpus = preparedCorpus(ROOT);
afterAll(() => rmSync(corpus.dir, { recursive: true, force: true }));

function statusOf(f: Finding): string {
  if (f.ruleId === 'cryptrec/dynamic-algorithm') return 'dynamic';
  if (f.ruleId === 'cryptrec/parse-error') return 'parse-error';
  return f.status;
}
const keyOf = (path: string, line: number, column: number | undefined, input: string) =>
  column === undefined ? `${path}:${line}:parse-error` : `${path}:${line}:${column}:${input}`;

describe('the labelled JavaScript/TypeScript corpus', () => {
  it('has at least 150 labelled call sites and no label comment reaches the extractor', () => {
    expect(corpus.labels.length).toBeGreaterThanOrEqual(150);
    const seen = readFileSync(`${corpus.dir}/legacy/crypto-helpers.js`, 'utf8');
    expect(seen).not.toContain('expect:');
  });

  it('is read with at least 95% precision and 90% recall', async () => {
    const result = await scan(['.'], { cwd: corpus.dir, all: true, gitignore: false, extractors: [jsExtractor] });
    const labels = new Map<string, Label>();
    for (const l of corpus.labels) labels.set(keyOf(l.path, l.line, l.column, l.input), l);
    const found = new Set<string>();
    const falsePositives: string[] = [];
    const wrongStatus: string[] = [];
    for (const f of result.findings) {
      const loc = f.location!;
      const status = statusOf(f);
      const key = keyOf(loc.path, loc.line, status === 'parse-error' ? undefined : loc.column, f.input);
      const label = labels.get(key);
      if (!label) {
        falsePositives.push(`${key} ${status} (${f.message})`);
        continue;
      }
      found.add(key);
      if (label.status !== status) wrongStatus.push(`${key}: expected ${label.status}, got ${status} (${f.message})`);
    }
    const missed = [...labels.keys()].filter((k) => !found.has(k));
    const tp = result.findings.length - falsePositives.length;
    const precision = tp / Math.max(result.findings.length, 1);
    const recall = found.size / labels.size;
    console.log(`JS/TS corpus: ${corpus.files} files, ${labels.size} labels, ${result.findings.length} findings; ` +
      `precision ${(precision * 100).toFixed(1)}%, recall ${(recall * 100).toFixed(1)}%, status agreement ` +
      `${(((found.size - wrongStatus.length) / Math.max(found.size, 1)) * 100).toFixed(1)}%`);
    if (falsePositives.length) console.log(`false positives:\n  ${falsePositives.join('\n  ')}`);
    if (missed.length) console.log(`missed:\n  ${missed.join('\n  ')}`);
    if (wrongStatus.length) console.log(`wrong status:\n  ${wrongStatus.join('\n  ')}`);
    expect(result.warnings).toEqual([]);
    expect(precision).toBeGreaterThanOrEqual(0.95);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(wrongStatus).toEqual([]);
  });
});
