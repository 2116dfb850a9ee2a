/**
 * `runAlgorithmBench()`: measures every listed algorithm in every implementation Node can run (node:crypto, WebCrypto,
 * @noble/hashes, @noble/ciphers, @noble/curves), after checking each against the standards' known-answer vectors and the
 * others, and writes `algorithms.json`, `algorithms.md` and `algorithms.svg` to the output folder (`bench-results/` by
 * default, which git ignores). A row whose implementation fails validation or errors while timed is aborted with its error
 * recorded; the rest runs on, and the result says whether anything was aborted.
 * @module
 */
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { sig3, sizeLabel, throughputLabel } from './format.js';
import { machineInfo } from './machine.js';
import { measure, type Budget } from './measure.js';
import { buildReport, type BenchError, type BenchReport } from './report.js';
import { renderMarkdown } from './render-markdown.js';
import { renderSvg } from './render-svg.js';
import { defaultSubjects } from './subjects.js';
import { tierOf } from './tiers.js';
import { IMPLEMENTATIONS, type BenchRow, type ImplementationName, type Measurement, type Subject } from './types.js';
import { validate, type BenchInputs, type ValidationError } from './validate.js';

/** Message sizes of the full run (64 B, 1 KiB, 64 KiB, 1 MiB) and of the quick run (64 B, 64 KiB). */
export const FULL_SIZES: readonly number[] = [64, 1024, 65536, 1048576];
export const QUICK_SIZES: readonly number[] = [64, 65536];

export interface AlgorithmBenchOptions {
  /** Short budget and two sizes: well under 40 s on two cores. */
  readonly quick?: boolean;
  /** Where the three files go; default `bench-results` under the working directory. */
  readonly outDir?: string;
  /** Timing budget per row in milliseconds, overriding the mode's (a test passes a few ms). */
  readonly budgetMs?: number;
  /** Message sizes for bulk primitives, overriding the mode's. */
  readonly sizes?: readonly number[];
  /** The subjects to run; default every one. A test passes its own, e.g. with a wrong vector. */
  readonly subjects?: readonly Subject[];
  /** Keep only the subjects with these ids. */
  readonly only?: readonly string[];
  /** Progress lines; silent when absent. */
  readonly log?: (line: string) => void;
}

export interface AlgorithmBenchResult {
  readonly report: BenchReport;
  /** False when any row was aborted (a vector or cross-check mismatch, or an error while timing). */
  readonly ok: boolean;
  readonly files: { readonly json: string; readonly markdown: string; readonly svg: string };
}

/**
 * The timing budget for a mode, or for an explicit per-row budget in milliseconds.
 * @example
 * budgetFor(true); // { timeMs: 100, warmupMs: 20, minSamples: 10 }
 */
export function budgetFor(quick: boolean, budgetMs?: number): Budget {
  if (budgetMs !== undefined) {
    if (!(budgetMs > 0) || !Number.isFinite(budgetMs)) throw new RangeError(`budgetMs: expected a positive number of milliseconds, got ${budgetMs}`);
    return { timeMs: budgetMs, warmupMs: Math.max(1, Math.round(budgetMs / 5)), minSamples: budgetMs < 50 ? 3 : quick ? 10 : 32 };
  }
  return quick ? { timeMs: 100, warmupMs: 20, minSamples: 10 } : { timeMs: 500, warmupMs: 100, minSamples: 32 };
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function errorFor(errors: readonly ValidationError[], implementation: ImplementationName, operation: string): string | undefined {
  const hits = errors.filter((e) => e.implementation === implementation && (e.operation === undefined || e.operation === operation));
  return hits.length ? hits.map((e) => e.message).join('; ') : undefined;
}

async function benchInputs(subject: Subject): Promise<BenchInputs> {
  switch (subject.kind) {
    case 'bulk': return { params: subject.benchParams() };
    case 'signature': return { keys: await subject.generateKeys() };
    case 'agreement': return { keys: await subject.generateKeys(), peer: await subject.generateKeys() };
  }
}

/** Every (operation, size, implementation, timed operation) of one subject, in the order they are timed. */
async function* tasks(subject: Subject, inputs: BenchInputs, sizes: readonly number[]): AsyncGenerator<{
  operation: string; size: number | null; implementation: ImplementationName; prepare: () => Promise<() => unknown>;
}> {
  const impls = IMPLEMENTATIONS.filter((name) => subject.implementations[name]);
  if (subject.kind === 'bulk') {
    for (const requested of sizes) {
      const size = subject.blockSize ? Math.max(subject.blockSize, Math.ceil(requested / subject.blockSize) * subject.blockSize) : requested;
      const message = new Uint8Array(randomBytes(size));
      for (const name of impls) {
        yield { operation: subject.operation, size, implementation: name, prepare: async () => {
          const fn = await subject.implementations[name]!.bind(inputs.params ?? {});
          return () => fn(message);
        } };
      }
    }
  } else if (subject.kind === 'signature') {
    // A 64-byte message: signing cost is dominated by the private-key operation, not by hashing the message.
    const message = new Uint8Array(randomBytes(64));
    for (const operation of ['sign', 'verify']) {
      for (const name of impls) {
        yield { operation, size: null, implementation: name, prepare: async () => {
          const s = await subject.implementations[name]!.bind(inputs.keys!);
          if (operation === 'sign') return () => s.sign(message);
          const signature = await s.sign(message);
          return () => s.verify(message, signature);
        } };
      }
    }
  } else {
    for (const name of impls) {
      yield { operation: 'derive', size: null, implementation: name, prepare: async () => {
        const derive = await subject.implementations[name]!.bind(inputs.keys!.privateKey, inputs.peer!.publicKey);
        return () => derive();
      } };
    }
  }
}

/**
 * Runs the benchmark and writes its files; resolves with the report and whether every row ran.
 * @example
 * const { ok, files } = await runAlgorithmBench({ quick: true });
 * // files.markdown === 'bench-results/algorithms.md' (absolute)
 */
export async function runAlgorithmBench(options: AlgorithmBenchOptions = {}): Promise<AlgorithmBenchResult> {
  const started = performance.now();
  const quick = options.quick ?? false;
  const budget = budgetFor(quick, options.budgetMs);
  const sizes = options.sizes ?? (quick ? QUICK_SIZES : FULL_SIZES);
  if (sizes.some((s) => !Number.isInteger(s) || s < 1)) throw new RangeError(`sizes: expected positive integers, got ${sizes.join(', ')}`);
  const only = options.only ? new Set(options.only) : undefined;
  const subjects = (options.subjects ?? defaultSubjects()).filter((s) => !only || only.has(s.id));
  if (only) {
    const unknown = [...only].filter((id) => !subjects.some((s) => s.id === id));
    if (unknown.length) throw new RangeError(`only: unknown subject ${unknown.join(', ')}; known: ${(options.subjects ?? defaultSubjects()).map((s) => s.id).join(', ')}`);
  }
  const log = options.log ?? (() => undefined);
  const machine = machineInfo();
  const rows: BenchRow[] = [];
  const errors: BenchError[] = [];
  let list = '';

  for (const subject of subjects) {
    const tier = tierOf(subject.checkInput);
    list ||= tier.list;
    let inputs: BenchInputs = {};
    let invalid: ValidationError[];
    try {
      inputs = await benchInputs(subject);
      invalid = await validate(subject, inputs);
    } catch (error) {
      invalid = IMPLEMENTATIONS.filter((n) => subject.implementations[n]).map((implementation) => ({ implementation, message: `validation failed: ${errorText(error)}` }));
    }
    for (const e of invalid) {
      errors.push({ subject: subject.id, algorithm: subject.label, implementation: e.implementation, ...(e.operation ? { operation: e.operation } : {}), message: e.message });
      log(`ABORT ${subject.label} ${e.implementation}${e.operation ? ` ${e.operation}` : ''}: ${e.message}`);
    }
    for await (const task of tasks(subject, inputs, sizes)) {
      const note = subject.implementations[task.implementation]?.note;
      const base = {
        subject: subject.id, algorithm: subject.label, category: subject.category, operation: task.operation,
        implementation: task.implementation, size: task.size, tier: tier.tier, statusText: tier.statusText, ...(note ? { note } : {}),
      };
      const invalidText = errorFor(invalid, task.implementation, task.operation);
      if (invalidText) {
        rows.push({ ...base, error: invalidText });
        continue;
      }
      let measurement: Measurement;
      try {
        const op = await task.prepare();
        measurement = await measure(`${subject.label} ${task.operation} ${sizeLabel(task.size)} ${task.implementation}`, op, budget, task.size ?? undefined);
      } catch (error) {
        const message = `while timed: ${errorText(error)}`;
        errors.push({ subject: subject.id, algorithm: subject.label, implementation: task.implementation, operation: task.operation, message });
        rows.push({ ...base, error: message });
        log(`ABORT ${subject.label} ${task.operation} ${task.implementation}: ${message}`);
        continue;
      }
      const row: BenchRow = { ...base, measurement };
      rows.push(row);
      log(`${`${subject.label} ${task.operation}${task.size === null ? '' : ` ${sizeLabel(task.size)}`}`.padEnd(38)} ${task.implementation.padEnd(15)}`
        + ` ${throughputLabel(row).padStart(16)}  ±${sig3(measurement.spreadPct)}%  n=${measurement.samples}${measurement.opsPerSample > 1 ? `×${measurement.opsPerSample}` : ''}`);
    }
  }

  const report = buildReport(rows, errors, {
    generated: new Date().toISOString(),
    mode: quick ? 'quick' : 'full',
    budget,
    sizes,
    list,
    machine,
    loadAverageEnd: loadavg().map((n) => Math.round(n * 100) / 100),
    durationMs: Math.round(performance.now() - started),
  });
  const outDir = resolve(options.outDir ?? 'bench-results');
  await mkdir(outDir, { recursive: true });
  const files = { json: join(outDir, 'algorithms.json'), markdown: join(outDir, 'algorithms.md'), svg: join(outDir, 'algorithms.svg') };
  await writeFile(files.json, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(files.markdown, renderMarkdown(report));
  await writeFile(files.svg, renderSvg(report));
  return { report, ok: errors.length === 0, files };
}
