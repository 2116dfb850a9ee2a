/**
 * Verdicts of `cryptrec check` as findings, so that the SARIF and Markdown renderers (which render findings only) can
 * report a check too. The rule, level and message are chosen as a scan chooses them (scan/rules.ts, scan/message.ts);
 * the fingerprint rests on the name alone, since a name on the command line has no file or line.
 * @module
 */
import type { Verdict } from '../judge/types.js';
import { fingerprint } from '../scan/fingerprint.js';
import { verdictMessage } from '../scan/message.js';
import { ruleFor } from '../scan/rules.js';
import type { Finding } from '../scan/types.js';
import type { Lang } from '../i18n/messages.js';

/**
 * One finding per verdict (a passing verdict gets `cryptrec/recommended`, level `none`).
 * @example
 * checkFindings([check('sha1')], 'en')[0].ruleId; // 'cryptrec/monitored'
 */
export function checkFindings(verdicts: readonly Verdict[], lang: Lang): Finding[] {
  return verdicts.map((v) => {
    const rule = ruleFor(v, true) ?? { ruleId: 'cryptrec/recommended' as const, level: 'none' as const };
    const messages = verdictMessage(v, rule.ruleId, v.input, undefined, rule.reason);
    return {
      ruleId: rule.ruleId,
      status: v.status,
      level: rule.level,
      message: messages[lang],
      messages,
      input: v.input,
      ...(v.algorithm ? { algorithm: { id: v.algorithm.id, name: v.algorithm.name, ...(v.algorithm.category ? { category: v.algorithm.category } : {}) } } : {}),
      extractor: 'command-line',
      confidence: 'exact',
      verdict: v,
      fingerprint: fingerprint({ path: '', lineText: v.input, input: v.input, ruleId: rule.ruleId }, 0),
    };
  });
}
