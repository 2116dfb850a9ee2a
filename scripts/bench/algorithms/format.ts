/**
 * How the algorithm benchmark writes its figures for people: sizes in binary units (64 B, 64 KiB), throughput in MiB/s for
 * bulk rows and operations per second otherwise, times with a unit that keeps three significant figures.
 * @module
 */
import type { BenchRow } from './types.js';

/**
 * A message size in binary units.
 * @example
 * sizeLabel(65536); // '64 KiB'
 */
export function sizeLabel(bytes: number | null): string {
  if (bytes === null) return '—';
  if (bytes >= 2 ** 20 && bytes % 2 ** 20 === 0) return `${bytes / 2 ** 20} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} B`;
}

/**
 * A number with three significant figures and thousands separators for large values.
 * @example
 * sig3(1234.5); // '1,235'
 */
export function sig3(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const rounded = Number(n.toPrecision(3));
  if (Math.abs(rounded) >= 1000) return Math.round(n).toLocaleString('en-US');
  return rounded.toString();
}

/**
 * A duration in ms with a unit that suits it.
 * @example
 * timeLabel(0.00042); // '420 ns'
 */
export function timeLabel(ms: number): string {
  if (ms >= 1000) return `${sig3(ms / 1000)} s`;
  if (ms >= 1) return `${sig3(ms)} ms`;
  if (ms >= 0.001) return `${sig3(ms * 1000)} µs`;
  return `${sig3(ms * 1e6)} ns`;
}

/**
 * A row's throughput: MiB/s for bulk rows, op/s for the others, or the empty string when the row was not measured.
 * @example
 * throughputLabel(row); // '1,234 MiB/s'
 */
export function throughputLabel(row: BenchRow): string {
  const m = row.measurement;
  if (!m) return '';
  return m.bytesPerSecond === undefined ? `${sig3(m.opsPerSecond)} op/s` : `${sig3(m.bytesPerSecond / 2 ** 20)} MiB/s`;
}
