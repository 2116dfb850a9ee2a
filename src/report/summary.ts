/**
 * Counting findings: by status, by category, and which of them fail a run. The exit code and every report's summary use
 * these, so a report never says something different from the exit code. Order (DESIGN.md): recommended < candidate <
 * monitored < unlisted; `unknown` stands apart and fails only under --strict; suppressed findings never fail.
 * @module
 */
import { STATUS_ORDER, type Status } from '../judge/types.js';
import { isInformational } from '../scan/rules.js';
import type { Finding } from '../scan/types.js';
import type { FailOn } from './types.js';

const RANK: Readonly<Record<FailOn, number>> = { recommended: 0, candidate: 1, monitored: 2, unlisted: 3 };

/**
 * Whether a status is at or worse than the --fail-on threshold.
 * @example
 * fails('monitored', 'monitored', false); // true
 * fails('candidate', 'monitored', false); // false
 * fails('unknown', 'monitored', false);   // false (true with strict)
 */
export function fails(status: Status, failOn: FailOn, strict: boolean): boolean {
  if (status === 'unknown') return strict;
  return RANK[status] >= RANK[failOn];
}

/**
 * Whether a finding fails the run: not suppressed, and its status fails.
 * @example
 * findingFails({ ...finding, status: 'unlisted' }, 'monitored', false); // true
 */
export function findingFails(f: Finding, failOn: FailOn, strict: boolean): boolean {
  return f.suppressed === undefined && !isInformational(f) && fails(f.status, failOn, strict);
}

/**
 * Counts of unsuppressed findings by status, every status present (zeros included), in status order.
 * @example
 * countByStatus(findings).unlisted; // 2
 */
export function countByStatus(findings: readonly Finding[]): Record<Status, number> {
  const out = Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as Record<Status, number>;
  for (const f of findings) if (!f.suppressed) out[f.status]++;
  return out;
}

/**
 * Counts of unsuppressed findings by list category id ('' for findings without one), with their statuses.
 * @example
 * countByCategory(findings).get('hash-function'); // { total: 3, byStatus: { monitored: 2, unlisted: 1, ... } }
 */
export function countByCategory(findings: readonly Finding[]): Map<string, { total: number; byStatus: Record<Status, number> }> {
  const out = new Map<string, { total: number; byStatus: Record<Status, number> }>();
  for (const f of findings) {
    if (f.suppressed) continue;
    const key = f.algorithm?.category ?? f.verdict?.algorithm?.category ?? '';
    let row = out.get(key);
    if (!row) out.set(key, (row = { total: 0, byStatus: Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as Record<Status, number> }));
    row.total++;
    row.byStatus[f.status]++;
  }
  return out;
}

/**
 * Findings grouped by file path, in the order they come (scan() sorts them); findings without a location under ''.
 * @example
 * [...groupByFile(findings).keys()]; // ['app.yml', 'nginx.conf']
 */
export function groupByFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = f.location?.path ?? '';
    const group = out.get(key);
    if (group) group.push(f);
    else out.set(key, [f]);
  }
  return out;
}
