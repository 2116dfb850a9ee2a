/**
 * Each benchmark row's tier, asked of the library itself: `check(input)` against the latest bundled CRYPTREC list, so the
 * rows follow the data rather than a copy of it. A name the library cannot judge is reported as `unknown`, never guessed.
 * @module
 */
import { check, type CheckInput, type Status } from '../../../src/index.js';

/** A row's standing on the list, with the words `check()` gives for it and the document it rests on. */
export interface TierInfo {
  readonly tier: Status;
  readonly statusText: string;
  readonly list: string;
}

/**
 * The status of `input` on the latest list, with `check()`'s first reason in English.
 * @example
 * tierOf('sha-256'); // { tier: 'recommended', statusText: 'SHA-256 is on the e-Government Recommended Ciphers List …', list: 'LS-0001-2022R1' }
 */
export function tierOf(input: CheckInput): TierInfo {
  try {
    const verdict = check(input);
    return { tier: verdict.status, statusText: verdict.reasons[0]?.en ?? verdict.status, list: verdict.list.document };
  } catch (error) {
    return { tier: 'unknown', statusText: `check() failed: ${(error as Error).message}`, list: '' };
  }
}
