/**
 * The order of every report: path, line, column, rule, name.
 * @module
 */
import type { Finding } from './types.js';

/**
 * Compares two findings by path, line, column, rule and name.
 * @example
 * findings.sort(compareFindings);
 */
export function compareFindings(a: Pick<Finding, 'location' | 'ruleId' | 'input'>, b: Pick<Finding, 'location' | 'ruleId' | 'input'>): number {
  const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return cmp(a.location?.path ?? '', b.location?.path ?? '')
    || (a.location?.line ?? 0) - (b.location?.line ?? 0)
    || (a.location?.column ?? 0) - (b.location?.column ?? 0)
    || cmp(a.ruleId, b.ruleId)
    || cmp(a.input, b.input);
}

