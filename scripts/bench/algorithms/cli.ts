/**
 * `npm run bench:algorithms [-- --quick] [--out DIR] [--budget MS] [--only ID,ID] [--sizes N,N]`: command-line entry of the
 * algorithm benchmark. Prints one line per row as it is measured, then the fastest recommended choices, the implementation
 * ratios and the slowest path; exits 1 when any row was aborted (a known-answer or cross-check mismatch), 2 on a bad option.
 * @module
 */
import { relative } from 'node:path';
import { sig3, sizeLabel } from './format.js';
import { runAlgorithmBench, type AlgorithmBenchOptions } from './run.js';

const USAGE = 'usage: tsx scripts/bench/algorithms/cli.ts [--quick] [--out DIR] [--budget MS] [--only ID,ID] [--sizes BYTES,BYTES]';

/**
 * Reads the command line into options; throws a RangeError naming a bad option.
 * @example
 * parseArgs(['--quick', '--budget', '5']); // { quick: true, budgetMs: 5 }
 */
export function parseArgs(argv: readonly string[]): AlgorithmBenchOptions {
  const options: { -readonly [K in keyof AlgorithmBenchOptions]: AlgorithmBenchOptions[K] } = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new RangeError(`${arg}: a value is needed`);
      return v;
    };
    const numbers = (text: string): number[] => text.split(',').map((s) => {
      const n = Number(s);
      if (!Number.isFinite(n) || n <= 0) throw new RangeError(`${arg}: "${s}" is not a positive number`);
      return n;
    });
    switch (arg) {
      case '--quick': options.quick = true; break;
      case '--out': options.outDir = value(); break;
      case '--budget': options.budgetMs = numbers(value())[0]!; break;
      case '--only': options.only = value().split(',').filter(Boolean); break;
      case '--sizes': options.sizes = numbers(value()); break;
      default: throw new RangeError(`unknown option "${arg}"; valid: --quick, --out, --budget, --only, --sizes`);
    }
  }
  return options;
}

/**
 * Runs the benchmark from the command line and returns the exit code.
 * @example
 * process.exitCode = await main(['--quick']);
 */
export async function main(argv: readonly string[], print: (line: string) => void = console.log): Promise<number> {
  let options: AlgorithmBenchOptions;
  try {
    options = parseArgs(argv);
  } catch (error) {
    print(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  let result: Awaited<ReturnType<typeof runAlgorithmBench>>;
  try {
    result = await runAlgorithmBench({ ...options, log: print });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    print(`${error.message}\n${USAGE}`);
    return 2;
  }
  const { report, ok, files } = result;
  print('');
  print('fastest recommended choice on this machine:');
  for (const p of report.fastestRecommended) {
    const figure = p.bytesPerSecond === undefined ? `${sig3(p.opsPerSecond)} op/s` : `${sig3(p.bytesPerSecond / 2 ** 20)} MiB/s`;
    const close = p.withinSpread.length ? ` (within the spread: ${p.withinSpread.join(', ')})` : '';
    print(`  ${p.category.padEnd(14)} ${(p.size === null ? p.operation : sizeLabel(p.size)).padEnd(8)} ${p.algorithm} with ${p.implementation}: ${figure}${close}`);
  }
  print('implementations against node:crypto (geometric mean of op/s ratios):');
  for (const r of report.ratios) print(`  ${r.implementation.padEnd(15)} ${sig3(r.geometricMean)}x  (${sig3(r.min)}x to ${sig3(r.max)}x over ${r.rows} rows)`);
  const s = report.slowestPath;
  if (s?.relative !== undefined) print(`slowest path: ${s.algorithm} ${s.operation}${s.size === null ? '' : ` ${sizeLabel(s.size)}`} with ${s.implementation}, ${sig3(s.relative * 100)}% of the fastest`);
  print(`wrote ${Object.values(files).map((f) => relative(process.cwd(), f)).join(', ')} in ${sig3(report.durationMs / 1000)} s`);
  if (!ok) print(`${report.errors.length} row error(s): see the Errors section of ${relative(process.cwd(), files.markdown)}`);
  return ok ? 0 : 1;
}

if (process.argv[1] && /algorithms[\\/]cli\.ts$/.test(process.argv[1])) {
  process.exitCode = await main(process.argv.slice(2));
}
