/**
 * Benchmark: the JavaScript/TypeScript extractor's throughput in lines of source per second over the installed
 * node_modules (real code of every style: CommonJS, ESM, TypeScript, bundles), against a baseline measured in the same
 * run over the same files: reading each file and counting its newlines. Also prints the share of files the cheap
 * pre-filter lets skip parsing (no crypto-related name in the text) and the share left out as minified.
 *
 *   npx tsx scripts/bench/source.ts [--quick]
 *
 * Each side runs twice over a warm page cache; the faster run counts. Results also go to bench-results/tool-source.json.
 * @module
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { extractJsFile, isJsSource, type JsFileOutcome } from '../../src/extract/js/index.js';
import { parseSource } from '../../src/extract/js/parse.js';
import { writePart } from './rows.js';

const quick = process.argv.includes('--quick');
const ROOT = join(process.cwd(), 'node_modules');
const MAX_FILES = quick ? 800 : 20_000;
/** The scan's default size limit (2 MiB): larger files are not read by a scan either. */
const MAX_BYTES = 2 * 1024 * 1024;

function collect(dir: string, out: string[]): void {
  if (out.length >= MAX_FILES) return;
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of names) {
    if (out.length >= MAX_FILES) return;
    const p = join(dir, name);
    let st;
    try {
      st = statSync(p);
    } catch {
      continue;
    }
    if (st.isDirectory()) collect(p, out);
    else if (st.size <= MAX_BYTES && isJsSource(relative(ROOT, p).split(sep).join('/'))) out.push(p);
  }
}

function baseline(files: readonly string[]): { ms: number; lines: number } {
  const t0 = performance.now();
  let lines = 0;
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    let i = -1;
    lines++;
    while ((i = text.indexOf('\n', i + 1)) !== -1) lines++;
  }
  return { ms: performance.now() - t0, lines };
}

function extractor(files: readonly string[]): { ms: number; outcomes: Record<JsFileOutcome, number>; extractions: number; parsedLines: number; parseMs: number } {
  const outcomes: Record<JsFileOutcome, number> = { minified: 0, prefiltered: 0, parsed: 0 };
  let extractions = 0;
  let parsedLines = 0;
  let parseMs = 0;
  const t0 = performance.now();
  for (const f of files) {
    const text = readFileSync(f, 'utf8');
    const t1 = performance.now();
    const r = extractJsFile(text, relative(ROOT, f).split(sep).join('/'));
    if (r.outcome === 'parsed') {
      parseMs += performance.now() - t1;
      parsedLines += text.split('\n').length;
    }
    outcomes[r.outcome]++;
    extractions += r.extractions.length;
  }
  return { ms: performance.now() - t0, outcomes, extractions, parsedLines, parseMs };
}

const files: string[] = [];
collect(ROOT, files);
if (!files.length) {
  console.log('no node_modules to read: run npm ci first');
  process.exit(1);
}
const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
console.log(`corpus: ${files.length} JavaScript/TypeScript files, ${(bytes / 1048576).toFixed(1)} MB under node_modules${quick ? ' (quick)' : ''}`);

/** Parsing alone (@babel/parser), over the files the extractor parses: how much the analysis adds to the parser. */
function parseOnly(paths: readonly string[]): { ms: number; lines: number } {
  let ms = 0;
  let lines = 0;
  for (const f of paths) {
    const text = readFileSync(f, 'utf8');
    const t0 = performance.now();
    parseSource(text, f);
    ms += performance.now() - t0;
    lines += text.split('\n').length;
  }
  return { ms, lines };
}

const b = [baseline(files), baseline(files)].sort((x, y) => x.ms - y.ms)[0]!;
const e = [extractor(files), extractor(files)].sort((x, y) => x.ms - y.ms)[0]!;
const parsedFiles = files.filter((f) => extractJsFile(readFileSync(f, 'utf8'), f).outcome === 'parsed');
const p = [parseOnly(parsedFiles), parseOnly(parsedFiles)].sort((x, y) => x.ms - y.ms)[0]!;
const perSecond = (lines: number, ms: number) => lines / (ms / 1000);
const share = (n: number) => `${((n / files.length) * 100).toFixed(1)}%`;

console.log(`baseline (read + count newlines): ${Math.round(perSecond(b.lines, b.ms)).toLocaleString('en')} lines/s`);
console.log(`extractor (read + extract):       ${Math.round(perSecond(b.lines, e.ms)).toLocaleString('en')} lines/s, ${e.extractions} extractions`);
console.log(`files: ${share(e.outcomes.prefiltered)} skipped by the pre-filter, ${share(e.outcomes.minified)} skipped as minified, ${share(e.outcomes.parsed)} parsed`);
console.log(`parsed files alone: ${Math.round(perSecond(e.parsedLines, e.parseMs)).toLocaleString('en')} lines/s extracted, ${Math.round(perSecond(p.lines, p.ms)).toLocaleString('en')} lines/s parsed only (@babel/parser)`);

await writePart('source', [
  {
    part: 'source', task: `js extractor over node_modules (${files.length} files, ${b.lines} lines)`, value: perSecond(b.lines, e.ms),
    unit: 'lines/s', baseline: 'reading the files and counting newlines', baselineValue: perSecond(b.lines, b.ms),
    ratio: perSecond(b.lines, e.ms) / perSecond(b.lines, b.ms), samples: 2,
  },
  {
    part: 'source', task: 'js extractor over the files it parses', value: perSecond(e.parsedLines, e.parseMs), unit: 'lines/s',
    baseline: 'parsing the same files with @babel/parser only', baselineValue: perSecond(p.lines, p.ms),
    ratio: perSecond(e.parsedLines, e.parseMs) / perSecond(p.lines, p.ms), samples: 2,
  },
  {
    part: 'source', task: 'share of files the pre-filter skips', value: e.outcomes.prefiltered / files.length, unit: 'share',
    baseline: 'all files read', baselineValue: 1, ratio: e.outcomes.prefiltered / files.length,
  },
]);
