/** Deep freezing for data handed to users: the catalog and loaded lists are immutable. @module */

/**
 * Freezes `value` and everything reachable from it; returns it.
 * @example
 * const list = deepFreeze({ entries: [{ algorithm: 'aes' }] });
 * Object.isFrozen(list.entries[0]); // true
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}
