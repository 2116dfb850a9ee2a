/**
 * Which rule a verdict breaks, and how loudly (DESIGN.md, rule ids; levels as SARIF 2.1.0 §3.27.10 names them).
 * A key that is too weak or a note condition that is not met says more than the status alone, so those rules come first.
 * @module
 */
import type { Reason, ReasonCode, Status, Verdict } from '../judge/types.js';
import type { Level, RuleId } from './types.js';

/** A rule and its level. */
export interface RuleChoice {
  readonly ruleId: RuleId;
  readonly level: Level;
  /** The reason the rule rests on, where one decided it. */
  readonly reason?: Reason;
}

const LISTED: ReadonlySet<Status> = new Set(['recommended', 'candidate', 'monitored']);

/** The level each rule has (the same for every finding of the rule). */
export const RULE_LEVEL: Readonly<Record<RuleId, Level>> = {
  'cryptrec/unlisted': 'error',
  'cryptrec/weak-key': 'error',
  'cryptrec/note-condition': 'error',
  'cryptrec/parse-error': 'error',
  'cryptrec/monitored': 'warning',
  'cryptrec/key-deadline': 'warning',
  'cryptrec/unknown-algorithm': 'warning',
  'cryptrec/candidate': 'note',
  'cryptrec/dynamic-algorithm': 'note',
  'cryptrec/recommended': 'none',
};

/**
 * The rule for a verdict, or undefined when it passes and `all` is not set. `until` (YYYY-MM-DD) is the date the protection
 * must last to, where an extractor knows it (a certificate's notAfter).
 * @example
 * ruleFor(check('sha1'), false);     // { ruleId: 'cryptrec/monitored', level: 'warning' }
 * ruleFor(check('RSA-1024'), false); // { ruleId: 'cryptrec/weak-key', level: 'error', reason: {...} }
 * ruleFor(check('AES-128'), false);  // undefined
 * ruleFor(check('RSA-2048', { at: '2026-01-01' }), false, '2028-06-30'); // undefined: retired before the 2030 deadline
 */
export function ruleFor(verdict: Verdict, all: boolean, until?: string): RuleChoice | undefined {
  // A KDF or password hash alone (PBKDF2, Argon2) is outside the list's categories: said, at note level, never a failure.
  const outOfScope = verdict.components === undefined && verdict.reasons.find((r) => r.code === 'out-of-scope');
  if (verdict.status === 'unlisted' && outOfScope) return { ruleId: 'cryptrec/unlisted', level: 'note', reason: outOfScope };
  const weak = deciding(verdict, 'weak-key');
  if (weak) return choice('cryptrec/weak-key', weak);
  const unmet = deciding(verdict, 'note-unmet');
  if (unmet) return choice('cryptrec/note-condition', unmet);
  if (LISTED.has(verdict.status)) {
    const deadline = anywhere(verdict, 'key-deadline');
    // A key that is retired (a certificate's notAfter) by the end of the deadline year never outlives its strength.
    const outlives = until === undefined || deadline?.deadline === undefined || Number(until.slice(0, 4)) > deadline.deadline;
    if (deadline && outlives) return choice('cryptrec/key-deadline', deadline);
  }
  switch (verdict.status) {
    case 'unlisted': return choice('cryptrec/unlisted');
    case 'monitored': return choice('cryptrec/monitored');
    case 'candidate': return choice('cryptrec/candidate');
    case 'unknown': return choice('cryptrec/unknown-algorithm');
    case 'recommended': return all ? choice('cryptrec/recommended') : undefined;
  }
}

/**
 * Whether a finding only informs (an algorithm outside the list's categories), so that it never fails a run whatever
 * --fail-on says.
 * @example
 * isInformational(findingFor('argon2')); // true
 */
export function isInformational(f: { readonly status: Status; readonly level: Level }): boolean {
  return f.status === 'unlisted' && f.level === 'note';
}

function choice(ruleId: RuleId, reason?: Reason): RuleChoice {
  return reason ? { ruleId, level: RULE_LEVEL[ruleId], reason } : { ruleId, level: RULE_LEVEL[ruleId] };
}

/** A reason of the verdict, or of a component that shares its status (the part that decided a combination). */
function deciding(verdict: Verdict, code: ReasonCode): Reason | undefined {
  const own = verdict.reasons.find((r) => r.code === code);
  if (own) return own;
  for (const c of verdict.components ?? []) {
    if (c.status !== verdict.status) continue;
    const found = deciding(c, code);
    if (found) return found;
  }
  return undefined;
}

/** A reason of the verdict or of any component: a deadline on one part binds the whole. */
function anywhere(verdict: Verdict, code: ReasonCode): Reason | undefined {
  const own = verdict.reasons.find((r) => r.code === code);
  if (own) return own;
  for (const c of verdict.components ?? []) {
    const found = anywhere(c, code);
    if (found) return found;
  }
  return undefined;
}
