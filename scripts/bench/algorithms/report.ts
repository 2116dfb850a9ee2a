/**
 * The algorithm benchmark's result document: what `bench-results/algorithms.json` holds and what the Markdown and SVG
 * renderers draw from (findings are data; renderers only render). Rows come first; the summaries are derived from them.
 * @module
 */
import type { MachineInfo } from './machine.js';
import { fastestRecommended, implementationRatios, slowestPath, withRelative, type FastestPick, type ImplementationRatio } from './summary.js';
import type { BenchRow, ImplementationName } from './types.js';

/** An aborted row's cause, listed once per subject and implementation (and operation). */
export interface BenchError {
  readonly subject: string;
  readonly algorithm: string;
  readonly implementation: ImplementationName;
  readonly operation?: string;
  readonly message: string;
}

export interface BenchReport {
  readonly tool: 'cryptrec bench:algorithms';
  /** Bumped when the shape of this document changes. */
  readonly schemaVersion: 1;
  readonly generated: string;
  readonly mode: 'quick' | 'full';
  readonly budget: { readonly timeMs: number; readonly warmupMs: number; readonly minSamples: number };
  readonly sizes: readonly number[];
  /** The CRYPTREC document the tiers come from. */
  readonly list: string;
  readonly machine: MachineInfo;
  /** Load average when the run ended (the start's is in `machine`): a figure above the core count means others shared the CPU. */
  readonly loadAverageEnd: readonly number[];
  readonly durationMs: number;
  readonly rows: readonly BenchRow[];
  readonly errors: readonly BenchError[];
  readonly fastestRecommended: readonly FastestPick[];
  readonly ratios: readonly ImplementationRatio[];
  readonly slowestPath?: BenchRow;
}

/** Everything but the rows and what is derived from them. */
export type ReportMeta = Omit<BenchReport, 'tool' | 'schemaVersion' | 'rows' | 'errors' | 'fastestRecommended' | 'ratios' | 'slowestPath'>;

/**
 * Builds the report from the rows, deriving relative throughput, the fastest recommended picks, the ratios and the slowest path.
 * @example
 * const report = buildReport(rows, errors, meta); report.fastestRecommended.length;
 */
export function buildReport(rows: readonly BenchRow[], errors: readonly BenchError[], meta: ReportMeta): BenchReport {
  const ranked = withRelative(rows);
  const slowest = slowestPath(ranked);
  return {
    tool: 'cryptrec bench:algorithms',
    schemaVersion: 1,
    ...meta,
    rows: ranked,
    errors,
    fastestRecommended: fastestRecommended(ranked),
    ratios: implementationRatios(ranked),
    ...(slowest ? { slowestPath: slowest } : {}),
  };
}
