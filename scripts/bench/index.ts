/**
 * `npm run bench` (and `npm run bench -- --quick`, under a minute): both kinds of benchmark, each in its own process so
 * that one's memory and JIT state do not colour the other's: the listed algorithms in every JavaScript implementation
 * (`npm run bench:algorithms`, bench-results/algorithms.*) and the tool's own speed and size (`npm run bench:tool`,
 * bench-results/tool.*). Every figure is a ratio against a baseline measured in the same run.
 * @module
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const quick = process.argv.includes('--quick') ? ['--quick'] : [];
let failed = 0;
for (const script of ['algorithms/cli.ts', 'tool.ts']) {
  console.log(`\n==== ${script} ${quick.join(' ')}`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL(script, import.meta.url)), ...quick], { stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
