/**
 * Benchmark: the cost of starting. The CLI's cold start (`cryptrec check aes-128-gcm`, a fresh process each time) against
 * `node -e 0`, and importing the built package against importing an empty module, each a fresh process, alternated so
 * that both sides see the same machine; the median of the runs counts.
 *
 *   npx tsx scripts/bench/startup.ts [--quick]
 * @module
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { median, spreadOf, writePart, type ToolRow } from './rows.js';

const quick = process.argv.includes('--quick');
const RUNS = quick ? 7 : 25;
const ROOT = resolve(import.meta.dirname, '../..');

function ms(args: readonly string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
  if (r.error) throw r.error;
  return performance.now() - t0;
}

/** Runs both commands RUNS times, alternately, and gives the row (times in ms: a ratio above 1 is slower). */
function compare(task: string, args: readonly string[], baseline: string, baseArgs: readonly string[]): ToolRow {
  const a: number[] = [];
  const b: number[] = [];
  ms(args);
  ms(baseArgs);
  for (let i = 0; i < RUNS; i++) {
    b.push(ms(baseArgs));
    a.push(ms(args));
  }
  return {
    part: 'startup', task, value: median(a), unit: 'ms', baseline, baselineValue: median(b), ratio: median(a) / median(b),
    samples: RUNS, spread: spreadOf(a),
  };
}

if (!existsSync(join(ROOT, 'dist/index.js'))) spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
const dir = mkdtempSync(join(tmpdir(), 'cryptrec-startup-'));
try {
  const empty = join(dir, 'empty.mjs');
  writeFileSync(empty, 'export {};\n');
  writeFileSync(empty.replace(/\.mjs$/, '.cjs'), '');
  const rows = [
    compare('CLI cold start: cryptrec check aes-128-gcm', ['bin/cryptrec.js', 'check', 'aes-128-gcm'], 'node -e 0', ['-e', '0']),
    compare('import cryptrec (ESM, dist/index.js)', ['--input-type=module', '-e', `await import(${JSON.stringify(join(ROOT, 'dist/index.js'))})`],
      'import an empty module', ['--input-type=module', '-e', `await import(${JSON.stringify(empty)})`]),
    compare('require cryptrec (CJS, dist/index.cjs)', ['-e', `require(${JSON.stringify(join(ROOT, 'dist/index.cjs'))})`],
      'require an empty module', ['-e', `require(${JSON.stringify(empty.replace(/\.mjs$/, '.cjs'))})`]),
  ];
  await writePart('startup', rows);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
