/**
 * Benchmark: check() on a repeated name (served from the cache) and on fresh names, in verdicts per second, against a plain
 * Map lookup measured in the same run. Figures are ratios, since the machines are shared and noisy.
 *
 *   tsx scripts/bench/check.ts [--quick]
 */
import { Bench } from 'tinybench';
import { check } from '../../src/judge/check.js';
import { resolve } from '../../src/names/resolve.js';
import { sampleNames } from './names.js';

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2000, 0, 1);

export interface BenchRow {
  readonly name: string;
  readonly opsPerSecond: number;
  readonly rme: number;
  readonly samples: number;
  readonly ratio?: number;
}

/** Runs the check() benchmarks and returns one row per task, each with its ratio to the Map-lookup baseline. */
export async function benchCheck(quick: boolean): Promise<BenchRow[]> {
  const names = sampleNames();
  const map = new Map(names.map((n) => [n, n.length]));
  let i = 0;
  let fresh = 0;
  const bench = new Bench({ time: quick ? 150 : 1000, warmupTime: quick ? 50 : 200 });
  bench
    .add('baseline: Map.get', () => {
      map.get(names[i++ % names.length]!);
    })
    .add('check() cached name', () => {
      check('aes-128-gcm');
    })
    .add('check() fresh name', () => {
      // A day never asked about before defeats the cache, so each call resolves and judges anew.
      fresh++;
      check(names[fresh % names.length]!, { at: new Date(FIRST_DAY + fresh * DAY_MS) });
    })
    .add('resolve() only', () => {
      resolve(names[i++ % names.length]!);
    });
  await bench.run();
  const rows = bench.tasks.map((t) => {
    const r = t.result as unknown as { throughput?: { mean: number; rme: number; samplesCount?: number }; latency?: { samplesCount?: number } };
    return { name: t.name, opsPerSecond: r.throughput?.mean ?? 0, rme: r.throughput?.rme ?? 0, samples: r.latency?.samplesCount ?? r.throughput?.samplesCount ?? 0 };
  });
  const base = rows[0]!.opsPerSecond;
  return rows.map((r) => ({ ...r, ratio: r.opsPerSecond / base }));
}

if (process.argv[1]?.endsWith('check.ts')) {
  const rows = await benchCheck(process.argv.includes('--quick'));
  for (const r of rows) console.log(`${r.name.padEnd(24)} ${Math.round(r.opsPerSecond).toLocaleString('en').padStart(14)} ops/s ±${r.rme.toFixed(1)}%  n=${r.samples}  ${(r.ratio ?? 1).toFixed(3)}x baseline`);
}
