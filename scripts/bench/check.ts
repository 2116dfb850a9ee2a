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
import { benchRows, writePart, type ToolRow } from './rows.js';

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2000, 0, 1);

/** Runs the check() benchmarks: one row per task, each with its ratio to the Map-lookup baseline. */
export async function benchCheck(quick: boolean): Promise<ToolRow[]> {
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
  return benchRows('check', bench, 'baseline: Map.get');
}

if (process.argv[1]?.endsWith('check.ts')) await writePart('check', await benchCheck(process.argv.includes('--quick')));
