/**
 * From an extraction to a finding: judge the subject against the list (check(), or judge() for a parsed Usage), choose the
 * rule and level (rules.ts), and word the message (message.ts). The fingerprint and suppression come later, per file.
 * @module
 */
import { bundledCatalog } from '../catalog/catalog.js';
import type { CipherList } from '../catalog/versions.js';
import { check } from '../judge/check.js';
import { judge } from '../judge/judge.js';
import type { CheckObject, Purpose, Verdict } from '../judge/types.js';
import type { Usage } from '../names/types.js';
import { dynamicMessage, parseErrorMessage, unjudgedMessage, verdictMessage } from './message.js';
import type { Lang } from './options.js';
import { RULE_LEVEL, ruleFor } from './rules.js';
import type { Extraction, Finding } from './types.js';

/** What every judgement of one scan shares. */
export interface JudgeSettings {
  readonly list: CipherList;
  readonly at: Date;
  readonly purpose: Purpose;
  readonly all: boolean;
  readonly lang: Lang;
}

/** A finding before its fingerprint (which needs the whole file) is known. */
export type FindingDraft = Omit<Finding, 'fingerprint'>;

/**
 * The finding for one extraction, or undefined when it passes and `all` is not set.
 * @example
 * toFinding(extraction, 'generic-config', { list: getList(), at: new Date(), purpose: 'new', all: false, lang: 'en' });
 */
export function toFinding(x: Extraction, extractor: string, settings: JudgeSettings): FindingDraft | undefined {
  const { lang } = settings;
  if (x.kind === 'parse-error') {
    const messages = parseErrorMessage(x.message);
    return {
      ruleId: 'cryptrec/parse-error', status: 'unknown', level: RULE_LEVEL['cryptrec/parse-error'], message: messages[lang], messages,
      input: '', location: x.location, extractor, confidence: 'exact',
    };
  }
  if (x.kind === 'dynamic') {
    const messages = dynamicMessage(x.input, x.context);
    return {
      ruleId: 'cryptrec/dynamic-algorithm', status: 'unknown', level: RULE_LEVEL['cryptrec/dynamic-algorithm'], message: messages[lang],
      messages, input: x.input, location: x.location, extractor, confidence: x.confidence ?? 'heuristic',
    };
  }
  let verdict: Verdict;
  try {
    verdict = judgeSubject(x.subject, settings);
  } catch (e) {
    // An extractor handed over impossible parameters (a negative key size): say so at the place, judge nothing.
    const messages = unjudgedMessage(x.input, (e as Error).message);
    return {
      ruleId: 'cryptrec/unknown-algorithm', status: 'unknown', level: RULE_LEVEL['cryptrec/unknown-algorithm'], message: messages[lang],
      messages, input: x.input, location: x.location, extractor, confidence: x.confidence, ...(x.asset ? { asset: x.asset } : {}),
    };
  }
  const rule = ruleFor(verdict, settings.all, x.until);
  if (!rule) return undefined;
  const messages = verdictMessage(verdict, rule.ruleId, x.input, x.context, rule.reason);
  const algorithm = verdict.algorithm
    ? { id: verdict.algorithm.id, name: verdict.algorithm.name, ...(verdict.algorithm.category ? { category: verdict.algorithm.category } : {}) }
    : undefined;
  return {
    ruleId: rule.ruleId, status: verdict.status, level: rule.level, message: messages[lang], messages, input: x.input,
    ...(algorithm ? { algorithm } : {}), location: x.location, extractor, confidence: x.confidence, verdict,
    ...(x.asset ? { asset: x.asset } : {}),
  };
}

/** A Usage (parsed by an extractor) is judged as it is; names and objects go through check(), which resolves and caches. */
function judgeSubject(subject: string | Usage | CheckObject, s: JudgeSettings): Verdict {
  if (typeof subject === 'object' && subject !== null && 'scheme' in subject) {
    return { ...judge(subject, { catalog: bundledCatalog(), list: s.list, at: s.at, purpose: s.purpose }), input: subject.input };
  }
  return check(subject, { list: s.list, at: s.at, purpose: s.purpose });
}
