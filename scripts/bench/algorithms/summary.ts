/**
 * What the measured rows say, derived from them alone: each row's throughput relative to the fastest implementation of the
 * same algorithm, operation and size; the fastest recommended choice per category and size (or operation); the ratio of each
 * implementation to node:crypto (geometric mean over the rows both measured); and the slowest path, the row furthest behind
 * the fastest implementation of its own algorithm.
 * @module
 */
import type { BenchRow, Category, ImplementationName } from './types.js';

/** The fastest recommended row of one category at one size (bulk) or for one operation (signatures, key agreement). */
export interface FastestPick {
  readonly category: Category;
  readonly operation: string;
  readonly size: number | null;
  readonly algorithm: string;
  readonly implementation: ImplementationName;
  readonly opsPerSecond: number;
  readonly bytesPerSecond?: number;
  /** How many recommended rows competed. */
  readonly among: number;
  /** Other recommended rows whose gap to the pick is within the two rows' spreads added: on this run, not told apart. */
  readonly withinSpread: readonly string[];
}

/** One implementation against node:crypto over the rows both measured. */
export interface ImplementationRatio {
  readonly implementation: ImplementationName;
  readonly against: ImplementationName;
  /** Geometric mean of (this implementation's ops/s) / (node:crypto's ops/s). */
  readonly geometricMean: number;
  readonly min: number;
  readonly max: number;
  readonly rows: number;
  /** The row where this implementation trails node:crypto most. */
  readonly worst?: { readonly algorithm: string; readonly operation: string; readonly size: number | null };
}

const groupKey = (r: BenchRow): string => `${r.subject}\u0000${r.operation}\u0000${r.size ?? ''}`;

/**
 * Adds `relative` (ops/s over the fastest implementation's ops/s in the same group) to every measured row.
 * @example
 * withRelative(rows).find((r) => r.relative === 1); // a fastest row
 */
export function withRelative(rows: readonly BenchRow[]): BenchRow[] {
  const best = new Map<string, number>();
  for (const r of rows) {
    if (!r.measurement) continue;
    const k = groupKey(r);
    best.set(k, Math.max(best.get(k) ?? 0, r.measurement.opsPerSecond));
  }
  return rows.map((r) => {
    const top = best.get(groupKey(r));
    return r.measurement && top ? { ...r, relative: r.measurement.opsPerSecond / top } : r;
  });
}

/**
 * The fastest recommended row per category and size (or operation); bulk categories compare bytes per second.
 * @example
 * fastestRecommended(rows).find((p) => p.category === 'aead' && p.size === 65536)?.algorithm; // e.g. 'AES-128-GCM'
 */
export function fastestRecommended(rows: readonly BenchRow[]): FastestPick[] {
  const groups = new Map<string, BenchRow[]>();
  for (const r of rows) {
    if (!r.measurement || r.tier !== 'recommended') continue;
    const k = `${r.category}\u0000${r.size === null ? r.operation : r.size}`;
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  const picks: FastestPick[] = [];
  for (const group of groups.values()) {
    const top = group.reduce((a, b) => (b.measurement!.opsPerSecond > a.measurement!.opsPerSecond ? b : a));
    const m = top.measurement!;
    const withinSpread = group
      .filter((r) => r !== top && r.measurement!.opsPerSecond >= m.opsPerSecond * (1 - (m.spreadPct + r.measurement!.spreadPct) / 100))
      .map((r) => `${r.algorithm} (${r.implementation})`);
    picks.push({
      category: top.category, operation: top.operation, size: top.size, algorithm: top.algorithm, implementation: top.implementation,
      opsPerSecond: m.opsPerSecond, ...(m.bytesPerSecond === undefined ? {} : { bytesPerSecond: m.bytesPerSecond }), among: group.length,
      withinSpread,
    });
  }
  return picks;
}

/**
 * Each implementation's throughput against node:crypto, over the rows where both were measured.
 * @example
 * implementationRatios(rows).find((r) => r.implementation === '@noble/hashes')?.geometricMean; // e.g. 0.4
 */
export function implementationRatios(rows: readonly BenchRow[], against: ImplementationName = 'node:crypto'): ImplementationRatio[] {
  const base = new Map<string, number>();
  for (const r of rows) if (r.implementation === against && r.measurement) base.set(groupKey(r), r.measurement.opsPerSecond);
  const byImpl = new Map<ImplementationName, { ratio: number; row: BenchRow }[]>();
  for (const r of rows) {
    if (r.implementation === against || !r.measurement) continue;
    const b = base.get(groupKey(r));
    if (!b) continue;
    byImpl.set(r.implementation, [...(byImpl.get(r.implementation) ?? []), { ratio: r.measurement.opsPerSecond / b, row: r }]);
  }
  return [...byImpl.entries()].map(([implementation, list]) => {
    const logs = list.reduce((s, x) => s + Math.log(x.ratio), 0);
    const worst = list.reduce((a, b) => (b.ratio < a.ratio ? b : a));
    return {
      implementation, against,
      geometricMean: Math.exp(logs / list.length),
      min: Math.min(...list.map((x) => x.ratio)),
      max: Math.max(...list.map((x) => x.ratio)),
      rows: list.length,
      worst: { algorithm: worst.row.algorithm, operation: worst.row.operation, size: worst.row.size },
    };
  });
}

/**
 * The measured row furthest behind the fastest implementation of its own group (lowest `relative`).
 * @example
 * slowestPath(withRelative(rows))?.implementation; // e.g. '@noble/hashes'
 */
export function slowestPath(rows: readonly BenchRow[]): BenchRow | undefined {
  return rows.filter((r) => r.relative !== undefined).reduce<BenchRow | undefined>((a, b) => (!a || b.relative! < a.relative! ? b : a), undefined);
}
