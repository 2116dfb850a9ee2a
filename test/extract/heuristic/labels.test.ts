/**
 * Precision and recall of the heuristic extractor per language, over hand-labelled fixtures (test/fixtures/source/other:
 * realistic files with tricky negatives, labels.json). An extraction counts as right when it is at a labelled line and
 * column, of the labelled kind, and (for a usage) judged the same as the labelled subject: same rule, status and
 * algorithms, so that `SHA-1` and `sha1` are the same answer.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractHeuristic, heuristicSourceExtractor } from '../../../src/extract/heuristic/index.js';
import type { CheckObject } from '../../../src/judge/types.js';
import { toFinding } from '../../../src/scan/finding.js';
import { judgeSettings } from '../../../src/scan/settings.js';
import type { Extraction } from '../../../src/scan/types.js';

const ROOT = new URL('../../fixtures/source/other/', import.meta.url).pathname;
interface Label {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly expected: string | CheckObject;
}
const LABELS = (JSON.parse(readFileSync(join(ROOT, 'labels.json'), 'utf8')) as { labels: Label[] }).labels;
const SETTINGS = judgeSettings({ all: true, at: '2025-06-01' });
const LOCATION = { path: 'x', line: 1, column: 1 };

/** What the scan would make of a usage: rule, status and the algorithms the verdict names. */
function meaning(x: Extraction): string {
  if (x.kind !== 'usage') return x.kind;
  const f = toFinding(x, 'heuristic-source', SETTINGS);
  const v = f?.verdict;
  const ids = v?.algorithm?.id ?? (v?.components ?? []).map((c) => c.algorithm?.id ?? '?').sort().join('+');
  return `${f?.ruleId}|${f?.status}|${ids}`;
}
function expectedMeaning(l: Label): string {
  if (l.expected === 'dynamic') return 'dynamic';
  return meaning({ kind: 'usage', input: 'label', subject: l.expected, location: LOCATION, confidence: 'heuristic' });
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

const LANGUAGE: Readonly<Record<string, string>> = {
  java: 'Java', kt: 'Kotlin', kts: 'Kotlin', py: 'Python', go: 'Go', cs: 'C#', php: 'PHP', rb: 'Ruby',
};
const languageOf = (path: string) => LANGUAGE[path.slice(path.lastIndexOf('.') + 1)] ?? 'other';

interface Tally { tp: number; fp: number; fn: number; misses: string[]; alarms: string[] }
const tallies = new Map<string, Tally>();
const tally = (lang: string) => {
  let t = tallies.get(lang);
  if (!t) tallies.set(lang, (t = { tp: 0, fp: 0, fn: 0, misses: [], alarms: [] }));
  return t;
};

for (const abs of files(ROOT).filter((p) => !p.endsWith('.json')).sort()) {
  const path = relative(ROOT, abs);
  const text = readFileSync(abs, 'utf8');
  const found = heuristicSourceExtractor.matches(path, text.slice(0, 4096)) ? extractHeuristic(text, path) : [];
  const labels = LABELS.filter((l) => l.file === path);
  const t = tally(languageOf(path));
  const part = tally(`${languageOf(path)} ${path.startsWith('heldout/') ? 'held-out' : 'tuned'}`);
  const matched = new Set<Label>();
  for (const x of found) {
    const label = labels.find((l) => !matched.has(l) && l.line === x.location.line && l.column === x.location.column
      && expectedMeaning(l) === meaning(x));
    if (label) {
      matched.add(label);
      t.tp++;
      part.tp++;
    } else {
      t.fp++;
      part.fp++;
      const alarm = `${path}:${x.location.line}:${x.location.column} ${x.kind} ${x.kind === 'parse-error' ? x.message.en : x.input} (${meaning(x)})`;
      t.alarms.push(alarm);
      part.alarms.push(alarm);
    }
  }
  for (const l of labels) {
    if (matched.has(l)) continue;
    t.fn++;
    part.fn++;
    const miss = `${path}:${l.line}:${l.column} ${JSON.stringify(l.expected)} (${expectedMeaning(l)})`;
    t.misses.push(miss);
    part.misses.push(miss);
  }
}

describe('precision and recall over the labelled fixtures', () => {
  afterAll(() => {
    const rows = [...tallies].sort(([a], [b]) => a.localeCompare(b)).map(([lang, t]) => {
      const precision = t.tp / Math.max(1, t.tp + t.fp);
      const recall = t.tp / Math.max(1, t.tp + t.fn);
      const detail = lang.includes(' ') && (t.misses.length || t.alarms.length) ? `\n    ${[...t.misses.map((m) => `missed ${m}`), ...t.alarms.map((a) => `false alarm ${a}`)].join('\n    ')}` : '';
      return `${lang.padEnd(16)} labels ${String(t.tp + t.fn).padStart(3)}  found ${String(t.tp + t.fp).padStart(3)}  precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}${detail}`;
    });
    console.log(`heuristic-source over test/fixtures/source/other\n${rows.join('\n')}`);
  });

  it('every label is on a fixture that exists', () => {
    for (const l of LABELS) expect(() => readFileSync(join(ROOT, l.file)), l.file).not.toThrow();
    expect(LABELS.length).toBeGreaterThan(70);
  });

  it.each(['Java', 'Kotlin', 'Python', 'Go', 'C#', 'PHP', 'Ruby'])('%s: precision >= 0.9 and recall >= 0.85', (lang) => {
    const t = tallies.get(lang)!;
    expect(t, lang).toBeDefined();
    const precision = t.tp / Math.max(1, t.tp + t.fp);
    const recall = t.tp / Math.max(1, t.tp + t.fn);
    expect(precision, `false alarms:\n${t.alarms.join('\n')}`).toBeGreaterThanOrEqual(0.9);
    expect(recall, `missed:\n${t.misses.join('\n')}`).toBeGreaterThanOrEqual(0.85);
  });

  it('labels mean something the judge knows (no unknown-algorithm among them)', () => {
    for (const l of LABELS) expect(expectedMeaning(l), JSON.stringify(l)).not.toMatch(/unknown/);
  });
});
