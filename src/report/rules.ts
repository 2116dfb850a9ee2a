/**
 * What reports say about each rule besides its texts: the severity code-scanning dashboards sort by (GitHub's
 * `security-severity`, a CVSS-like score: 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low), tags, and the CWE each rule is an
 * instance of. Texts come from i18n (RULE_TEXT) and scan/message.ts (RULE_TITLE).
 * @module
 */
import { RULE_TEXT, type RuleText } from '../i18n/messages.js';
import { RULE_TITLE } from '../scan/message.js';
import { RULE_LEVEL } from '../scan/rules.js';
import { RULE_IDS, type Level, type RuleId } from '../scan/types.js';
import type { Localized } from '../catalog/types.js';

/** One rule, everything a report needs. */
export interface RuleInfo {
  readonly id: RuleId;
  /** The id without `cryptrec/`: the docs page name. */
  readonly name: string;
  readonly title: Localized;
  readonly text: RuleText;
  readonly level: Level;
  /** GitHub code scanning's security-severity, as a decimal string. */
  readonly securitySeverity: string;
  readonly tags: readonly string[];
}

const SEVERITY: Readonly<Record<RuleId, string>> = {
  'cryptrec/unlisted': '7.5',
  'cryptrec/weak-key': '7.5',
  'cryptrec/note-condition': '7.5',
  'cryptrec/monitored': '5.0',
  'cryptrec/key-deadline': '5.0',
  'cryptrec/unknown-algorithm': '3.0',
  'cryptrec/dynamic-algorithm': '3.0',
  'cryptrec/parse-error': '2.0',
  'cryptrec/candidate': '1.0',
  'cryptrec/recommended': '0.0',
};

// CWE-327: use of a broken or risky cryptographic algorithm; CWE-326: inadequate encryption strength.
const CWE: Readonly<Partial<Record<RuleId, string>>> = {
  'cryptrec/unlisted': 'external/cwe/cwe-327',
  'cryptrec/monitored': 'external/cwe/cwe-327',
  'cryptrec/note-condition': 'external/cwe/cwe-327',
  'cryptrec/weak-key': 'external/cwe/cwe-326',
  'cryptrec/key-deadline': 'external/cwe/cwe-326',
};

/**
 * Everything about one rule.
 * @example
 * ruleInfo('cryptrec/weak-key').securitySeverity; // '7.5'
 */
export function ruleInfo(id: RuleId): RuleInfo {
  const name = id.slice('cryptrec/'.length);
  const text = RULE_TEXT[name];
  if (!text) throw new RangeError(`rule ${id} has no texts in i18n/messages.ts`);
  const cwe = CWE[id];
  return {
    id, name, title: RULE_TITLE[id], text, level: RULE_LEVEL[id], securitySeverity: SEVERITY[id],
    tags: ['security', 'cryptography', 'cryptrec', ...(cwe ? [cwe] : [])],
  };
}

/**
 * Every rule, in RULE_IDS order.
 * @example
 * allRules().map((r) => r.name); // ['monitored', 'unlisted', 'candidate', ...]
 */
export function allRules(): RuleInfo[] {
  return RULE_IDS.map(ruleInfo);
}
