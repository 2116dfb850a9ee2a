/**
 * The one output format of the tool benchmarks (`npm run bench:tool`): every part measures its tasks and a baseline in the
 * same run and gives rows with the ratio to that baseline; each part writes bench-results/tool-<part>.json, and the runner
 * gathers them into bench-results/tool.json and tool.md.
 * @module
 */
import { mkdir, writeFile } from 'node:fs/promises';
import type { Bench } from 'tinybench';

/** One measured figure and its baseline. */
export interface ToolRow {
  /** The part: `check`, `resolve`, `cipher-string`, `scan`, `certificates`, `startup`, `size` ... */
  readonly part: string;
  readonly task: string;
  readonly value: number;
  /** `ops/s`, `MB/s`, `lines/s`, `ms`, `bytes`. */
  readonly unit: string;
  /** What the task is compared with, measured in the same run. */
  readonly baseline: string;
  readonly baselineValue: number;
  /** value / baselineValue, in the unit's sense (for `ms` and `bytes`, more is worse). */
  readonly ratio: number;
  readonly samples?: number;
  /** Relative margin of error (%) or spread of the samples, where there are samples. */
  readonly spread?: number;
}

/** The rows of a tinybench run in ops/s, each against the task named `baseline`. */
export function benchRows(part: string, bench: Bench, baseline: string): ToolRow[] {
  const rows = bench.tasks.map((t) => {
    const r = t.result as unknown as { throughput?: { mean: number; rme: number; samplesCount?: number }; latency?: { samplesCount?: number } };
    return { task: t.name, value: r.throughput?.mean ?? 0, spread: r.throughput?.rme ?? 0, samples: r.latency?.samplesCount ?? r.throughput?.samplesCount ?? 0 };
  });
  const base = rows.find((r) => r.task === baseline);
  if (!base) throw new Error(`no baseline task ${baseline}`);
  return rows.filter((r) => r !== base).map((r) => ({
    part, task: r.task, value: r.value, unit: 'ops/s', baseline, baselineValue: base.value, ratio: r.value / base.value,
    samples: r.samples, spread: r.spread,
  }));
}

/** Median of numbers (the figure of repeated process runs). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Relative spread of samples: (max - min) / median, in percent. */
export function spreadOf(xs: readonly number[]): number {
  return ((Math.max(...xs) - Math.min(...xs)) / median(xs)) * 100;
}

/** Writes a part's rows to bench-results/tool-<part>.json and prints them. */
export async function writePart(part: string, rows: readonly ToolRow[]): Promise<void> {
  await mkdir('bench-results', { recursive: true });
  await writeFile(`bench-results/tool-${part}.json`, `${JSON.stringify({ part, date: new Date().toISOString(), rows }, null, 2)}\n`);
  for (const r of rows) console.log(formatRow(r));
}

/** One row as a line of text. */
export function formatRow(r: ToolRow): string {
  const extra = r.samples ? `  ±${(r.spread ?? 0).toFixed(1)}%  n=${r.samples}` : '';
  return `${r.task.padEnd(44)} ${fmt(r.value).padStart(14)} ${r.unit.padEnd(7)} ${r.ratio.toFixed(3).padStart(8)}x ${r.baseline}${extra}`;
}

/** The rows as a Markdown table. */
export function markdownTable(rows: readonly ToolRow[]): string {
  const head = '| part | task | value | unit | ratio | baseline | spread | samples |\n|---|---|--:|---|--:|---|--:|--:|';
  const body = rows.map((r) => `| ${r.part} | ${r.task} | ${fmt(r.value)} | ${r.unit} | ${r.ratio.toFixed(3)}× | ${r.baseline} (${fmt(r.baselineValue)}) | ${r.spread === undefined ? '' : `±${r.spread.toFixed(1)}%`} | ${r.samples ?? ''} |`);
  return [head, ...body].join('\n');
}

function fmt(n: number): string {
  return n >= 100 ? Math.round(n).toLocaleString('en') : n.toPrecision(3);
}
