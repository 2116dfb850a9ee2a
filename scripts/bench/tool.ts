/**
 * `npm run bench:tool` (`-- --quick` for a short run): the tool's own speed and size, every figure a ratio against a
 * baseline measured in the same run. Each part runs in its own process (so one's memory and JIT state do not colour
 * another's) and writes bench-results/tool-<part>.json; this runner gathers them into bench-results/tool.json and tool.md.
 * @module
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { markdownTable, type ToolRow } from './rows.js';

/** Each part: its script and the name of the file it writes. */
const PARTS: readonly (readonly [script: string, part: string])[] = [
  ['check.ts', 'check'], ['resolve.ts', 'resolve'], ['cipher-string.ts', 'cipher-string'], ['scan.ts', 'scan'],
  ['source.ts', 'source'], ['certificates.ts', 'certificates'], ['startup.ts', 'startup'], ['size.ts', 'size'],
];

/**
 * Runs every part and writes the gathered report; resolves to the number of parts that failed.
 * @example
 * await runToolBench({ quick: true });
 */
export async function runToolBench(options: { quick: boolean }): Promise<number> {
  const flags = options.quick ? ['--quick'] : [];
  const rows: ToolRow[] = [];
  const failed: string[] = [];
  for (const [script, part] of PARTS) {
    const path = fileURLToPath(new URL(script, import.meta.url));
    if (!existsSync(path)) continue;
    console.log(`\n== ${part} ${flags.join(' ')}`);
    const run = spawnSync(process.execPath, ['--import', 'tsx', path, ...flags], { stdio: 'inherit' });
    const file = `bench-results/tool-${part}.json`;
    if (run.status !== 0 || !existsSync(file)) {
      failed.push(part);
      continue;
    }
    rows.push(...(JSON.parse(await readFile(file, 'utf8')) as { rows: ToolRow[] }).rows);
  }
  const machine = `${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, Node ${process.versions.node}, ${process.platform}`;
  await mkdir('bench-results', { recursive: true });
  await writeFile('bench-results/tool.json', `${JSON.stringify({ date: new Date().toISOString(), quick: options.quick, machine, failed, rows }, null, 2)}\n`);
  await writeFile('bench-results/tool.md', [
    `# cryptrec: the tool's own speed and size`, '', `${new Date().toISOString().slice(0, 10)}, ${machine}${options.quick ? ', quick mode' : ''}.`,
    'Every figure is a ratio against a baseline measured in the same run (for ms and bytes, more is worse).', '',
    markdownTable(rows), '', ...(failed.length ? [`Parts that failed: ${failed.join(', ')}.`, ''] : []),
  ].join('\n'));
  console.log(`\nwrote bench-results/tool.md and tool.json (${rows.length} rows${failed.length ? `; failed: ${failed.join(', ')}` : ''})`);
  return failed.length;
}

if (process.argv[1]?.endsWith('tool.ts')) process.exitCode = (await runToolBench({ quick: process.argv.includes('--quick') })) ? 1 : 0;
