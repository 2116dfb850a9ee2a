/**
 * Timing of one benchmark row with tinybench (warm-up, a time budget with a minimum sample count, and its statistics:
 * median, median absolute deviation, relative margin of error, sample count). Operations shorter than the timer can resolve
 * well are run several times back to back per sample; every figure is then divided back to one operation.
 * @module
 */
import { Bench } from 'tinybench';
import type { Measurement } from './types.js';

/** How long to time one row. */
export interface Budget {
  /** Time budget per row, in milliseconds (tinybench `time`). */
  readonly timeMs: number;
  /** Warm-up budget per row, in milliseconds. */
  readonly warmupMs: number;
  /** Fewest samples per row, however long they take (tinybench `iterations`). */
  readonly minSamples: number;
}

/** A sample should take about this long, so the timer's resolution and call overhead stay well under 1 %. */
const TARGET_SAMPLE_MS = 0.2;
const MAX_OPS_PER_SAMPLE = 4096;

type Op = () => unknown;

/** Warm-up before the probe, and how long the probe itself runs, in milliseconds; the call count bounds both. */
const PROBE_WARM_MS = 2;
const PROBE_MS = 1;
const PROBE_MAX_CALLS = 10_000;

/**
 * How many operations one sample should run, from a short probe after a short warm-up (so the first, unoptimised calls do not
 * make a fast operation look slow).
 * @example
 * await opsPerSample(() => sha256(m), false); // e.g. 200 for a 64-byte message
 */
export async function opsPerSample(op: Op, async: boolean): Promise<number> {
  const run = async (ms: number): Promise<number> => {
    const t0 = performance.now();
    let calls = 0;
    let elapsed = 0;
    do {
      if (async) await op();
      else op();
      calls++;
      elapsed = performance.now() - t0;
    } while (elapsed < ms && calls < PROBE_MAX_CALLS);
    return elapsed / calls;
  };
  await run(PROBE_WARM_MS);
  const each = await run(PROBE_MS);
  if (!(each > 0)) return MAX_OPS_PER_SAMPLE;
  return Math.max(1, Math.min(MAX_OPS_PER_SAMPLE, Math.ceil(TARGET_SAMPLE_MS / each)));
}

/**
 * Times `op` and returns per-operation statistics; `bytes` (the message size) adds a throughput in bytes per second.
 * Throws the task's own error if it failed while timed.
 * @example
 * const m = await measure('SHA-256 64 B', () => sha256(msg), { timeMs: 100, warmupMs: 20, minSamples: 10 }, 64);
 * m.medianMs; m.samples;
 */
export async function measure(name: string, op: Op, budget: Budget, bytes?: number): Promise<Measurement> {
  const first = op();
  const async = first instanceof Promise;
  if (async) await first;
  const batch = await opsPerSample(op, async);
  const task = async
    ? async () => {
      for (let i = 0; i < batch; i++) await op();
    }
    : () => {
      for (let i = 0; i < batch; i++) op();
    };
  const bench = new Bench({
    name,
    time: budget.timeMs,
    iterations: budget.minSamples,
    warmupTime: budget.warmupMs,
    warmupIterations: Math.min(budget.minSamples, 4),
    throws: true,
  });
  bench.add(name, task);
  await bench.run();
  const result = bench.tasks[0]!.result;
  if (result.state === 'errored') throw result.error;
  if (result.state !== 'completed') throw new Error(`${name}: the timing ended as ${result.state}`);
  const medianMs = result.latency.p50 / batch;
  const madMs = result.latency.mad / batch;
  const opsPerSecond = medianMs > 0 ? 1000 / medianMs : 0;
  return {
    medianMs,
    madMs,
    spreadPct: medianMs > 0 ? (madMs / medianMs) * 100 : 0,
    rmePct: result.latency.rme,
    samples: result.latency.samplesCount,
    opsPerSample: batch,
    opsPerSecond,
    ...(bytes === undefined ? {} : { bytesPerSecond: opsPerSecond * bytes }),
  };
}
