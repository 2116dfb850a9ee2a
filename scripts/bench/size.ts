/**
 * Benchmark: sizes. The published package (`npm pack --dry-run`: the tarball and what it unpacks to) and the compiled
 * catalog (src/catalog/compiled.json, as shipped inside dist/) against the YAML sources it is built from, all read in the
 * same run.
 *
 *   npx tsx scripts/bench/size.ts
 * @module
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { writePart, type ToolRow } from './rows.js';

const ROOT = resolve(import.meta.dirname, '../..');

function bytesUnder(dir: string, ext: string): number {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && e.name.endsWith(ext)) total += statSync(join(e.parentPath, e.name)).size;
  }
  return total;
}

const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
if (pack.status !== 0) throw new Error(`npm pack failed: ${pack.stderr}`);
const info = (JSON.parse(pack.stdout) as { size: number; unpackedSize: number; entryCount: number }[])[0]!;
const compiled = readFileSync(join(ROOT, 'src/catalog/compiled.json'));
const yamlBytes = bytesUnder(join(ROOT, 'data'), '.yaml');
const row = (task: string, value: number, baseline: string, baselineValue: number): ToolRow =>
  ({ part: 'size', task, value, unit: 'bytes', baseline, baselineValue, ratio: value / baselineValue });
await writePart('size', [
  row(`package tarball (${info.entryCount} files)`, info.size, 'package unpacked', info.unpackedSize),
  row('compiled catalog (compiled.json)', compiled.length, 'data/**/*.yaml sources', yamlBytes),
  row('compiled catalog, gzip', gzipSync(compiled).length, 'compiled catalog', compiled.length),
]);
