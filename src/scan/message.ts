/**
 * Messages of findings and scan warnings, in English and Japanese. One short sentence says what was found and what the list
 * says of it, then the one reason that matters most; the full verdict stays on the finding for renderers that show more.
 * The scan, the renderers and the CLI all build their words here, so a finding reads the same everywhere.
 * @module
 */
import type { Localized } from '../catalog/types.js';
import { STATUS_TEXT } from '../i18n/reasons.js';
import type { Reason, Verdict } from '../judge/types.js';
import type { ScanWarningCode } from './options.js';
import type { RuleId } from './types.js';

/** A short title for each rule, in both languages (SARIF rule names, report headings). */
export const RULE_TITLE: Readonly<Record<RuleId, Localized>> = {
  'cryptrec/unlisted': { en: 'Algorithm on no CRYPTREC list', ja: 'CRYPTREC 暗号リスト外の暗号' },
  'cryptrec/monitored': { en: 'Monitored cipher (compatibility only)', ja: '運用監視暗号（互換性維持のためのみ）' },
  'cryptrec/candidate': { en: 'Candidate recommended cipher', ja: '推奨候補暗号' },
  'cryptrec/recommended': { en: 'Recommended cipher', ja: '電子政府推奨暗号' },
  'cryptrec/unknown-algorithm': { en: 'Unknown algorithm name', ja: '不明なアルゴリズム名' },
  'cryptrec/weak-key': { en: 'Key too weak', ja: '鍵長不足' },
  'cryptrec/key-deadline': { en: 'Key strength with a deadline for new protection', ja: '新規の保護に期限のある鍵強度' },
  'cryptrec/note-condition': { en: 'Used against a condition of the list', ja: 'リストの注記の条件を満たさない利用' },
  'cryptrec/dynamic-algorithm': { en: 'Algorithm chosen at run time', ja: '実行時に決まるアルゴリズム' },
  'cryptrec/parse-error': { en: 'File could not be parsed', ja: 'ファイルを解析できない' },
};

/** Reasons that only repeat what the first sentence already says. */
const SAID_BY_HEADLINE = new Set(['listed', 'not-listed', 'compatibility-only', 'unknown-name']);

/**
 * The message of a finding about a verdict.
 * @param reason the reason the rule rests on (weak-key, note-unmet, key-deadline), shown first.
 * @example
 * verdictMessage(check('sha1'), 'cryptrec/monitored', 'sha1').en;
 * // 'SHA-1 ("sha1") is monitored (compatibility only) in CRYPTREC LS-0001-2022R1: SHA-1 gives about 63 bits of collision resistance here.'
 */
export function verdictMessage(verdict: Verdict, ruleId: RuleId, input: string, context?: Localized, reason?: Reason): Localized {
  const label = verdict.label ?? verdict.algorithm?.name;
  const name: Localized = label === undefined || same(label, input)
    ? { en: label ?? input, ja: label ?? input }
    : { en: `${label} ("${input}")`, ja: `${label}（「${input}」）` };
  // Japanese sets a space between a Latin word and kana, none after a full-width bracket.
  const jn = /[）」]$/.test(name.ja) ? name.ja : `${name.ja} `;
  const doc = verdict.list.document;
  const status = STATUS_TEXT[verdict.status] ?? { en: verdict.status, ja: verdict.status };
  let head: Localized;
  switch (ruleId) {
    case 'cryptrec/weak-key':
      head = { en: `${name.en} has too weak a key for ${doc}`, ja: `${jn}の鍵は ${doc} の基準に対して弱すぎる` };
      break;
    case 'cryptrec/note-condition':
      head = { en: `${name.en} is not used as a note of ${doc} requires`, ja: `${jn}は ${doc} の注記の条件を満たさない形で使われている` };
      break;
    case 'cryptrec/key-deadline':
      // The deadline reason that follows says until when; the head only says that the tier holds for now.
      head = { en: `${name.en} is ${status.en} in ${doc} for now`, ja: `${jn}は ${doc} で現時点では「${status.ja}」` };
      break;
    case 'cryptrec/unknown-algorithm': {
      const suggestions = verdict.reasons.find((r) => r.code === 'unknown-name')?.suggestions ?? [];
      head = { en: `"${input}" is not an algorithm name cryptrec knows`, ja: `「${input}」は cryptrec が判読できないアルゴリズム名` };
      if (suggestions.length) {
        return withContext(head, context, { en: `did you mean ${suggestions.join(', ')}?`, ja: `候補：${suggestions.join('、')}` });
      }
      break;
    }
    case 'cryptrec/monitored':
      head = { en: `${name.en} is monitored (compatibility only) in ${doc}`, ja: `${jn}は ${doc} の運用監視暗号（互換性維持のためにのみ利用可）` };
      break;
    case 'cryptrec/candidate':
      head = { en: `${name.en} is a candidate (not yet recommended) in ${doc}`, ja: `${jn}は ${doc} の推奨候補暗号（推奨ではない）` };
      break;
    case 'cryptrec/recommended':
      head = { en: `${name.en} is recommended in ${doc}`, ja: `${jn}は ${doc} の電子政府推奨暗号` };
      break;
    default:
      head = { en: `${name.en} is on none of the lists of ${doc}`, ja: `${jn}は ${doc} のいずれのリストにも掲載されていない` };
  }
  const detail = reason ?? verdict.reasons.find((r) => !SAID_BY_HEADLINE.has(r.code));
  return withContext(head, context, detail);
}

/**
 * The message of a value set at run time, which cannot be judged where it is written.
 * @example
 * dynamicMessage('${JWT_ALG}').en; // 'The algorithm is chosen at run time ("${JWT_ALG}"); check the values it can take.'
 */
export function dynamicMessage(input: string, context?: Localized): Localized {
  return withContext(
    { en: `The algorithm is chosen at run time ("${input}")`, ja: `アルゴリズムは実行時に決まる（「${input}」）` },
    context,
    { en: 'check the values it can take.', ja: 'とりうる値を確認すること。' },
  );
}

/**
 * The message of a file that could not be parsed.
 * @example
 * parseErrorMessage({ en: 'Unexpected token }', ja: '予期しない }' }).en; // 'This file could not be parsed: Unexpected token }'
 */
export function parseErrorMessage(problem: Localized): Localized {
  return { en: `This file could not be parsed: ${problem.en}`, ja: `このファイルを解析できない：${problem.ja}` };
}

/** The message of a finding whose subject could not even be judged (an extractor gave impossible parameters). */
export function unjudgedMessage(input: string, problem: string): Localized {
  return { en: `"${input}" could not be judged: ${problem}`, ja: `「${input}」を判定できない：${problem}` };
}

/** What each warning says; `detail` is the system's own words (an error code), where there are some. */
const WARNING_TEXT: Readonly<Record<ScanWarningCode, (detail: string) => Localized>> = {
  'not-found': () => ({ en: 'No such file or directory.', ja: 'ファイルまたはディレクトリが存在しない。' }),
  unreadable: (d) => ({ en: `Could not be read (${d}); skipped.`, ja: `読み取れないため飛ばした（${d}）。` }),
  'symlink-loop': (d) => ({ en: `Symbolic link loop back to ${d}; not followed.`, ja: `シンボリックリンクが ${d} へ循環しているため辿らない。` }),
  'broken-symlink': () => ({ en: 'Symbolic link to nothing; skipped.', ja: 'リンク先のないシンボリックリンクのため飛ばした。' }),
  'binary-file': () => ({ en: 'Binary file where text was expected; skipped.', ja: 'テキストのはずのファイルがバイナリのため飛ばした。' }),
  'file-too-large': (d) => ({ en: `Larger than the size limit (${d}); skipped.`, ja: `サイズ上限（${d}）を超えるため飛ばした。` }),
  'invalid-utf8': () => ({ en: 'Not valid UTF-8; read with replacement characters.', ja: 'UTF-8 として不正なバイトを含むため、置換文字で読んだ。' }),
  'extractor-failed': (d) => ({ en: `An extractor failed on this file: ${d}`, ja: `抽出器がこのファイルで失敗した：${d}` }),
  'suppression-without-reason': () => ({
    en: 'This cryptrec-ignore comment gives no reason; add one after a colon, e.g. "cryptrec-ignore: legacy client, ticket 123".',
    ja: 'この cryptrec-ignore コメントには理由がない。コロンの後に理由を書くこと（例：「cryptrec-ignore: 旧クライアント互換, チケット 123」）。',
  }),
  'suppression-unknown-rule': (d) => ({ en: `Unknown rule id in a cryptrec-ignore comment: ${d}`, ja: `cryptrec-ignore コメントに不明なルール ID：${d}` }),
};

/**
 * The text of a scan warning in both languages.
 * @example
 * warningMessage('file-too-large', '2 MiB').en; // 'Larger than the size limit (2 MiB); skipped.'
 */
export function warningMessage(code: ScanWarningCode, detail = ''): Localized {
  return WARNING_TEXT[code](detail);
}

function withContext(head: Localized, context: Localized | undefined, detail: Localized | undefined): Localized {
  const en = `${head.en}${context ? ` (${context.en})` : ''}`;
  const ja = `${head.ja}${context ? `（${context.ja}）` : ''}`;
  if (!detail) return { en: `${en}.`, ja: `${ja}。` };
  return { en: `${en}: ${detail.en}`, ja: `${ja}。${detail.ja}` };
}

/** Whether the input is only another spelling of the label (case, dashes, spaces). */
function same(label: string, input: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[\s_\-/.]/g, '');
  return norm(label) === norm(input);
}
