/**
 * Markdown rendering of the algorithm benchmark (`bench-results/algorithms.md`): the machine, one table row per measured or
 * aborted row (tier, median, throughput, spread, samples, share of the fastest), the fastest recommended choice per category,
 * each implementation against node:crypto, the slowest path, each algorithm's tier in `check()`'s words, and the errors.
 * GitHub-flavoured Markdown tables; cell text is escaped so a pipe cannot break a row.
 * @module
 */
import { sig3, sizeLabel, throughputLabel, timeLabel } from './format.js';
import type { BenchReport } from './report.js';
import type { BenchRow } from './types.js';

const cell = (text: string): string => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const line = (cells: readonly string[]): string => `| ${cells.map(cell).join(' | ')} |`;
const table = (header: readonly string[], rows: readonly (readonly string[])[]): string[] =>
  [line(header), line(header.map(() => '---')), ...rows.map(line)];

/** The header of the results table; the test counts the rows under it. */
export const RESULTS_HEADER = ['Category', 'Algorithm', 'Operation', 'Size', 'Implementation', 'Tier', 'Median', 'Throughput', 'Spread (MAD)', 'Samples', 'vs fastest'] as const;

function resultCells(r: BenchRow): string[] {
  const m = r.measurement;
  const common = [r.category, r.algorithm, r.operation, sizeLabel(r.size), r.implementation + (r.note ? ' *' : ''), r.tier];
  if (!m) return [...common, 'aborted', '', '', '', r.error ? `error: ${r.error}` : ''];
  return [
    ...common,
    timeLabel(m.medianMs),
    throughputLabel(r),
    `±${sig3(m.spreadPct)} %`,
    m.opsPerSample > 1 ? `${m.samples} × ${m.opsPerSample} ops` : String(m.samples),
    r.relative === undefined ? '' : r.relative >= 0.9995 ? 'fastest' : `${sig3(r.relative * 100)} %`,
  ];
}

/**
 * Renders the report as Markdown.
 * @example
 * writeFileSync('bench-results/algorithms.md', renderMarkdown(report));
 */
export function renderMarkdown(report: BenchReport): string {
  const m = report.machine;
  const out: string[] = [
    `# Algorithm benchmark (${report.mode} mode)`,
    '',
    `Measured ${report.generated} on ${m.cpu} (${m.cores} cores, ${m.memoryGiB} GiB, ${m.os}; load average ${m.loadAverage.join(' ')} at the start,`
      + ` ${report.loadAverageEnd.join(' ')} at the end),`,
    `Node ${m.node} (V8 ${m.v8}, OpenSSL ${m.openssl}), ${Object.entries(m.libraries).map(([k, v]) => `${k} ${v}`).join(', ')}.`,
    `Tiers are \`check()\`'s verdicts against ${report.list}. Each row: ${report.budget.timeMs} ms of timing after`,
    `${report.budget.warmupMs} ms of warm-up, at least ${report.budget.minSamples} samples; the median is per operation, the spread is the`,
    'median absolute deviation over the median, and fast operations run several times per sample (shown as samples × ops).',
    'Every implementation reproduced the standards\' known-answer vectors and agreed with the others before it was timed;',
    `rows marked "aborted" did not. The run took ${sig3(report.durationMs / 1000)} s.`,
    ...(Math.max(m.loadAverage[0] ?? 0, report.loadAverageEnd[0] ?? 0) > m.cores
      ? ['', `**The machine was busy** (load average above its ${m.cores} cores): other work shared the CPU, so read the figures with their spread.`]
      : []),
    '',
    '## Results',
    '',
    ...table(RESULTS_HEADER, report.rows.map(resultCells)),
  ];
  const notes = [...new Map(report.rows.filter((r) => r.note).map((r) => [`${r.implementation}: ${r.note}`, r])).keys()];
  if (notes.length) out.push('', ...notes.map((n) => `\\* ${n}`));

  out.push('', '## Fastest recommended choice on this machine', '');
  const picks = [...report.fastestRecommended].sort((a, b) => a.category.localeCompare(b.category) || (a.size ?? 0) - (b.size ?? 0) || a.operation.localeCompare(b.operation));
  out.push(...table(['Category', 'Size or operation', 'Algorithm', 'Implementation', 'Throughput', 'Among', 'Within the spread'], picks.map((p) => [
    p.category, p.size === null ? p.operation : sizeLabel(p.size), p.algorithm, p.implementation,
    p.bytesPerSecond === undefined ? `${sig3(p.opsPerSecond)} op/s` : `${sig3(p.bytesPerSecond / 2 ** 20)} MiB/s`, `${p.among} recommended rows`,
    p.withinSpread.length ? p.withinSpread.join(', ') : '—',
  ])));

  out.push('', '## Implementations against node:crypto', '');
  out.push(...table(['Implementation', 'Geometric mean', 'Range', 'Rows', 'Furthest behind'], report.ratios.map((r) => [
    r.implementation, `${sig3(r.geometricMean)}×`, `${sig3(r.min)}× – ${sig3(r.max)}×`, String(r.rows),
    r.worst ? `${r.worst.algorithm} ${r.worst.operation}${r.worst.size === null ? '' : ` ${sizeLabel(r.worst.size)}`}` : '',
  ])));
  const s = report.slowestPath;
  if (s?.measurement && s.relative !== undefined) {
    out.push('', `Slowest path: ${s.algorithm} ${s.operation}${s.size === null ? '' : ` at ${sizeLabel(s.size)}`} with ${s.implementation},`
      + ` ${throughputLabel(s)}, ${sig3(s.relative * 100)} % of the fastest implementation of the same algorithm.`);
  }

  out.push('', '## Tiers', '');
  const tiers = new Map(report.rows.map((r) => [r.algorithm, `${r.tier}: ${r.statusText}`]));
  out.push(...[...tiers].map(([algorithm, text]) => `- ${algorithm}: ${text}`));

  out.push('', '## Errors', '');
  if (!report.errors.length) out.push('None: every implementation matched the vectors and the others.');
  else out.push(...report.errors.map((e) => `- ${e.algorithm}, ${e.implementation}${e.operation ? ` (${e.operation})` : ''}: ${e.message}`));
  return `${out.join('\n')}\n`;
}
