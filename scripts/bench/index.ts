/**
 * `npm run bench` (and `npm run bench -- --quick`): every benchmark of the tool, each as its own process so that one's
 * memory and JIT state do not colour another's. Each prints ratios against a baseline it measures in the same run.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const quick = process.argv.includes('--quick') ? ['--quick'] : [];
const benches = ['check.ts', 'scan.ts'];
let failed = 0;
for (const bench of benches) {
  console.log(`\n== ${bench} ${quick.join(' ')}`);
  const script = fileURLToPath(new URL(bench, import.meta.url));
  const run = spawnSync(process.execPath, ['--import', 'tsx', script, ...quick], { stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
