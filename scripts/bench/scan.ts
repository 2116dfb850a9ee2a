/**
 * Benchmark: scan() throughput against `grep -rE` with an alternation of algorithm names, over the same generated tree in
 * the same run (so the ratio holds whatever the machine). The tree is at least 50 MB of mixed files (`--quick`: 5 MB):
 * configs in every format generic-config reads, source code and text, with algorithm names here and there, nested in
 * directories like a repository's. Each side runs twice over a warm page cache; the faster run counts.
 *
 *   npx tsx scripts/bench/scan.ts [--quick] [--keep]
 *
 * Prints MB/s and files/s for both and the ratio of times (scan / grep); the target is a ratio of at most 3 on one core.
 * Results also go to bench-results/tool-scan.json (ratio: scan's MB/s over grep's).
 * @module
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scan } from '../../src/scan/scan.js';
import { writePart } from './rows.js';

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const keep = args.has('--keep');
const TARGET_BYTES = (quick ? 5 : 50) * 1024 * 1024;
const FILES_PER_DIR = 40;

/** Deterministic pseudo-random numbers (mulberry32), so every run scans the same tree. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = rng(20240516);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

const ALGORITHMS = ['md5', 'sha1', 'SHA-256', 'AES-128', 'rc4', 'DES', 'HMAC-SHA1', '3-key Triple DES', 'RSA-2048', 'RSA-1024', 'Camellia-128'];
const CRYPTO_KEYS = ['hash_algorithm', 'cipher', 'digest', 'jwtAlgorithm', 'signature_algorithm', 'mac'];
const KEYS = ['name', 'host', 'port', 'timeout', 'enabled', 'path', 'url', 'user', 'retries', 'level', 'region', 'bucket', 'replicas',
  'image', 'tag', 'memory', 'cpu', 'interval', 'format', 'locale', 'title', 'owner', 'queue', 'topic', 'driver', 'schema', 'pool'];
const WORDS = ['the', 'service', 'request', 'returns', 'value', 'user', 'data', 'config', 'when', 'error', 'with', 'from', 'into', 'table',
  'record', 'update', 'index', 'cache', 'query', 'result', 'handler', 'stream', 'buffer', 'token', 'session', 'client', 'server', 'and'];

const scalar = () => pick([() => String(int(1, 65535)), () => pick(WORDS), () => `/var/lib/${pick(WORDS)}`, () => `https://${pick(WORDS)}.example.com/${pick(WORDS)}`, () => pick(['true', 'false'])])();
const sentence = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
const maybeAlgorithm = (p: number) => rand() < p;

function yamlFile(bytes: number): string {
  const out: string[] = [];
  let size = 0;
  while (size < bytes) {
    const block = [`${pick(KEYS)}_${int(1, 999)}:`];
    for (let i = int(2, 8); i > 0; i--) block.push(`  ${pick(KEYS)}: ${scalar()}`);
    if (maybeAlgorithm(0.05)) block.push(`  ${pick(CRYPTO_KEYS)}: ${pick(ALGORITHMS)}`);
    const text = block.join('\n');
    out.push(text);
    size += text.length + 1;
  }
  return `${out.join('\n')}\n`;
}

function jsonFile(bytes: number): string {
  const items: string[] = [];
  let size = 0;
  while (size < bytes) {
    const fields = Array.from({ length: int(2, 8) }, () => `"${pick(KEYS)}${int(1, 99)}": ${JSON.stringify(scalar())}`);
    if (maybeAlgorithm(0.05)) fields.push(`"${pick(CRYPTO_KEYS)}": "${pick(ALGORITHMS)}"`);
    const text = `    {${fields.join(', ')}}`;
    items.push(text);
    size += text.length + 2;
  }
  return `{\n  "items": [\n${items.join(',\n')}\n  ]\n}\n`;
}

function keyValueFile(bytes: number, style: 'properties' | 'env' | 'ini'): string {
  const out: string[] = [];
  let size = 0;
  while (size < bytes) {
    let line: string;
    if (style === 'ini' && rand() < 0.1) line = `[${pick(WORDS)}]`;
    else if (maybeAlgorithm(0.03)) line = `${style === 'env' ? pick(CRYPTO_KEYS).toUpperCase() : pick(CRYPTO_KEYS)}=${pick(ALGORITHMS)}`;
    else line = `${style === 'env' ? pick(KEYS).toUpperCase() : `${pick(WORDS)}.${pick(KEYS)}`}=${scalar()}`;
    out.push(line);
    size += line.length + 1;
  }
  return `${out.join('\n')}\n`;
}

function sourceFile(bytes: number): string {
  const out: string[] = [];
  let size = 0;
  while (size < bytes) {
    const f = `${pick(WORDS)}${int(1, 99)}`;
    const lines = [
      `// ${sentence(int(4, 12))}`,
      `export function ${f}(${pick(WORDS)}: string, ${pick(WORDS)}: number): string {`,
      `  const ${pick(WORDS)} = ${pick(WORDS)}.${pick(WORDS)}(${int(0, 1000)});`,
      maybeAlgorithm(0.02) ? `  const digest = createHash('${pick(ALGORITHMS)}').update(${pick(WORDS)}).digest('hex');` : `  if (${pick(WORDS)} > ${int(0, 100)}) return '${pick(WORDS)}';`,
      `  return \`${sentence(int(2, 6))}\`;`,
      '}',
      '',
    ];
    const text = lines.join('\n');
    out.push(text);
    size += text.length + 1;
  }
  return out.join('\n');
}

function textFile(bytes: number): string {
  const out: string[] = [];
  let size = 0;
  while (size < bytes) {
    const line = maybeAlgorithm(0.01) ? `${sentence(int(3, 10))} ${pick(ALGORITHMS)} ${sentence(int(3, 10))}` : sentence(int(6, 18));
    out.push(line);
    size += line.length + 1;
  }
  return `${out.join('\n')}\n`;
}

/** Kinds of file by share of bytes, with their names and size ranges. */
const KINDS: readonly { share: number; ext: () => string; size: () => number; make: (bytes: number) => string }[] = [
  { share: 0.12, ext: () => pick(['yml', 'yaml']), size: () => int(500, 20_000), make: yamlFile },
  { share: 0.10, ext: () => 'json', size: () => int(500, 40_000), make: jsonFile },
  { share: 0.03, ext: () => 'properties', size: () => int(200, 8_000), make: (b) => keyValueFile(b, 'properties') },
  { share: 0.02, ext: () => 'env', size: () => int(100, 2_000), make: (b) => keyValueFile(b, 'env') },
  { share: 0.03, ext: () => pick(['ini', 'cfg', 'conf']), size: () => int(200, 8_000), make: (b) => keyValueFile(b, 'ini') },
  { share: 0.40, ext: () => pick(['ts', 'js', 'py', 'java', 'go']), size: () => int(1_000, 60_000), make: sourceFile },
  { share: 0.30, ext: () => pick(['md', 'txt', 'log']), size: () => (rand() < 0.05 ? int(300_000, 1_500_000) : int(1_000, 30_000)), make: textFile },
];

async function generate(root: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  const perKind = KINDS.map((k) => ({ ...k, budget: k.share * TARGET_BYTES }));
  let dir = root;
  while (perKind.some((k) => k.budget > 0)) {
    for (const kind of perKind) {
      if (kind.budget <= 0) continue;
      if (files % FILES_PER_DIR === 0) {
        dir = join(root, `pkg${Math.floor(files / 400)}`, `mod${Math.floor(files / FILES_PER_DIR)}`);
        await mkdir(dir, { recursive: true });
      }
      const text = kind.make(kind.size());
      await writeFile(join(dir, `${pick(WORDS)}-${files}.${kind.ext()}`), text);
      kind.budget -= text.length;
      bytes += text.length;
      files++;
    }
  }
  return { bytes, files };
}

function grepPattern(): string {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\-]/g, (c) => (c === '-' ? '-' : `\\${c}`));
  return ALGORITHMS.map(escape).join('|');
}

async function time<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

async function main(): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'cryptrec-bench-'));
  try {
    const gen = await time(() => generate(root));
    const { bytes, files } = gen.value;
    const mb = bytes / (1024 * 1024);
    console.log(`tree: ${root}\n  ${files} files, ${mb.toFixed(1)} MB (generated in ${(gen.ms / 1000).toFixed(1)} s)`);

    const pattern = grepPattern();
    const grep = () => {
      // Output goes to a pipe, not /dev/null: GNU grep stops at the first match when it sees /dev/null.
      const r = spawnSync('grep', ['-rEn', pattern, root], { maxBuffer: 1 << 30 });
      if (r.error) throw r.error;
      return r.stdout.toString().split('\n').filter(Boolean).length;
    };
    const scanOnce = () => scan([root], { cwd: root });
    // Warm the page cache, then time each side twice; the faster run counts.
    grep();
    const g1 = await time(grep);
    const s1 = await time(scanOnce);
    const g2 = await time(grep);
    const s2 = await time(scanOnce);
    const g = g1.ms < g2.ms ? g1 : g2;
    const s = s1.ms < s2.ms ? s1 : s2;

    const row = (name: string, ms: number, extra: string) =>
      console.log(`  ${name.padEnd(6)} ${(ms / 1000).toFixed(3).padStart(7)} s  ${(mb / (ms / 1000)).toFixed(1).padStart(7)} MB/s  ${Math.round(files / (ms / 1000)).toString().padStart(7)} files/s  ${extra}`);
    console.log('results (best of 2):');
    row('grep', g.ms, `${g.value} matching lines  (grep -rEn '${pattern.slice(0, 40)}...')`);
    row('scan', s.ms, `${s.value.findings.length} findings, ${s.value.files} files read, ${s.value.skipped} skipped, ${s.value.warnings.length} warnings`);
    const ratio = s.ms / g.ms;
    console.log(`ratio scan/grep: ${ratio.toFixed(2)}x  (target: at most 3x)  ${ratio <= 3 ? 'OK' : 'SLOWER THAN TARGET'}`);

    const mbps = (ms: number) => mb / (ms / 1000);
    await writePart('scan', [{
      part: 'scan', task: `scan() of a generated tree (${files} files, ${mb.toFixed(1)} MB)`, value: mbps(s.ms), unit: 'MB/s',
      baseline: 'grep -rEn of the algorithm names', baselineValue: mbps(g.ms), ratio: mbps(s.ms) / mbps(g.ms), samples: 2,
    }]);
  } finally {
    if (keep) console.log(`kept ${root}`);
    else await rm(root, { recursive: true, force: true });
  }
}

await main();
