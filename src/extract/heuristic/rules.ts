/**
 * The pattern tables of the heuristic extractor and the engine that applies them. A table is a list of rules, each
 * matched against a file's code (comments and string contents blanked, see lexer.ts), so that a comment or a log
 * message that mentions an algorithm never matches:
 * - a `name` rule: the API itself names the algorithm (`hashlib.md5`, `MD5.Create()`, `Digest::SHA1`); the named group
 *   `alg` of its pattern is the token reported.
 * - a `call` rule: a call whose argument names the algorithm (`Cipher.getInstance("DES")`) or the key size
 *   (`rsa.GenerateKey(rand.Reader, 1024)`); its pattern ends at the call's `(` (Ruby: or at the space of a call without
 *   parentheses). A literal argument (or a constant of the file) gives a usage at its characters; anything else is a
 *   `dynamic` extraction at the argument, since the algorithm is then chosen at run time.
 * @module
 */
import type { Arg, Source, Span, Subject, Value } from './source.js';

/** The named groups of a rule's match. */
export type Groups = Readonly<Record<string, string | undefined>>;

/** A rule whose API names the algorithm itself. */
export interface NameRule {
  readonly kind: 'name';
  /** The API as messages name it. */
  readonly api: string | ((m: RegExpExecArray) => string);
  /** A global pattern with indices (`gd`) and a named group `alg`. */
  readonly re: RegExp;
  /** The subject the token stands for, or undefined when the match names nothing to report. */
  readonly subject: (token: string, groups: Groups, src: Source) => Subject | undefined;
  /** A constant that means a choice only where the code does not compare or switch on it (see {@link compared}). */
  readonly choice?: boolean;
}

/** A rule whose call takes the algorithm or key size as an argument. */
export interface CallRule {
  readonly kind: 'call';
  readonly api: string | ((m: RegExpExecArray) => string);
  /** A global pattern with indices (`gd`) ending at the `(`; a named group `alg` marks the algorithm's token, if any. */
  readonly re: RegExp;
  /** The argument's position, and its name where the language has named arguments. */
  readonly arg?: number;
  readonly keyword?: string;
  /** A string (or Ruby symbol) argument's subject; undefined when the value names no algorithm (an empty string). */
  readonly string?: (value: string, groups: Groups, src: Source) => Subject | undefined;
  /** A number argument's subject (a key size). */
  readonly number?: (value: number, groups: Groups, src: Source) => Subject | undefined;
  /** A name the API knows (`OPENSSL_ALGO_SHA1`, `AES.MODE_ECB`), by its text, or undefined. */
  readonly known?: (text: string, groups: Groups, src: Source) => Subject | undefined;
  /** What the call means when the argument is left out (a documented default), with the input shown. */
  readonly missing?: (groups: Groups, src: Source) => { readonly input: string; readonly subject: Subject; readonly note: string } | undefined;
  /** Whether an argument known only at run time is reported (`dynamic`); default true. */
  readonly dynamic?: boolean;
  /** Words for the dynamic message (`key size`). */
  readonly what?: string;
}

/** A rule of a language table. */
export type Rule = NameRule | CallRule;

/** What a language module gives the extractor. */
export interface LanguageTable {
  /** Whether the text may use any API of the table at all (a cheap test before the file is lexed). */
  readonly prefilter: RegExp;
  readonly rules: readonly Rule[];
  /** An argument that is itself an API another rule reports (`hashlib.sha1` passed as `digestmod`) is not dynamic. */
  readonly apiRef?: RegExp;
  /** Uses that need more than a pattern (imports, a key size set a few lines later). */
  readonly extra?: (src: Source) => void;
}

/** How many matches of one rule a file may give: a file past this is not written by hand. */
const MAX_MATCHES = 5000;

/**
 * Applies a table's rules to a file.
 * @example
 * applyRules(new Source('MessageDigest.getInstance("MD5");', 'java', 'A.java'), JAVA.rules, JAVA.apiRef);
 */
export function applyRules(src: Source, rules: readonly Rule[], apiRef?: RegExp): void {
  for (const rule of rules) {
    const re = rule.re;
    re.lastIndex = 0;
    let count = 0;
    for (let m = re.exec(src.code); m && count < MAX_MATCHES; m = re.exec(src.code), count++) {
      if (m[0].length === 0) re.lastIndex++;
      const api = typeof rule.api === 'string' ? rule.api : rule.api(m);
      if (rule.kind === 'name') applyName(src, rule, m, api);
      else applyCall(src, rule, m, api, apiRef);
    }
  }
}

function applyName(src: Source, rule: NameRule, m: RegExpExecArray, api: string): void {
  const token = m.groups?.alg;
  const at = m.indices?.groups?.alg;
  if (token === undefined || at === undefined) return;
  if (rule.choice && compared(src, m.index, at[1])) return;
  const subject = rule.subject(token, m.groups ?? {}, src);
  if (subject !== undefined) src.usage({ offset: at[0], length: at[1] - at[0] }, token, subject, api);
}

function applyCall(src: Source, rule: CallRule, m: RegExpExecArray, api: string, apiRef?: RegExp): void {
  const end = m.index + m[0].length;
  const token = m.groups?.alg;
  const at = m.indices?.groups?.alg;
  const alg = token !== undefined && at ? { token, span: { offset: at[0], length: at[1] - at[0] } } : undefined;
  callAt(src, rule, api, { start: m.index, end, groups: m.groups ?? {}, ...(alg ? { alg } : {}) }, apiRef);
}

/** One call found in the code: where it starts, where its `(` is (or its name ends), and the algorithm's token. */
export interface CallSite {
  readonly start: number;
  /** The offset after the `(` (or after the name of a Ruby call without parentheses). */
  readonly end: number;
  readonly groups: Groups;
  readonly alg?: { readonly token: string; readonly span: Span };
}

/**
 * Reads the argument of a call and reports what it is. Exported for the modules whose calls are found by other means than
 * a rule's pattern (Python's imports).
 * @example
 * callAt(src, { kind: 'call', api: 'hashlib.new', re: /x/g, arg: 0, string: (v) => v }, 'hashlib.new', { start, end, groups: {} });
 */
export function callAt(src: Source, rule: CallRule, api: string, call: CallSite, apiRef?: RegExp): void {
  const args = src.code[call.end - 1] === '(' ? src.args(call.end - 1) : src.lineArgs(call.end);
  const arg = src.pick(args, rule.arg, rule.keyword);
  if (!arg) {
    const missing = rule.missing?.(call.groups, src);
    if (missing) src.usage(call.alg?.span ?? { offset: call.start, length: call.end - call.start }, missing.input, missing.subject, `${api} (${missing.note})`);
    return;
  }
  reportValue(src, rule, call, api, src.value(arg), arg, apiRef);
}

function reportValue(src: Source, rule: CallRule, call: CallSite, api: string, v: Value, arg: Arg, apiRef: RegExp | undefined): void {
  switch (v.kind) {
    case 'string':
    case 'symbol': {
      if (!rule.string || v.value.trim() === '') return;
      const subject = rule.string(v.value, call.groups, src);
      if (subject !== undefined) src.usage(v.at, v.value, subject, api, call.start, v.kind === 'string' ? v.constant : undefined);
      return;
    }
    case 'number': {
      if (!rule.number) return;
      const subject = rule.number(v.value, call.groups, src);
      if (subject === undefined) return;
      if (call.alg) src.usage(call.alg.span, call.alg.token, subject, api);
      else src.usage(v.at, String(v.value), subject, api, call.start, v.constant);
      return;
    }
    case 'name': {
      const known = rule.known?.(v.text.replace(/\s+/g, ''), call.groups, src);
      if (known !== undefined) {
        src.usage(v.at, v.text, known, api);
        return;
      }
      if (rule.dynamic === false || apiRef?.test(v.text)) return;
      src.dynamic(v.at, v.text, api, rule.what);
      return;
    }
    case 'dynamic':
      if (rule.dynamic === false || apiRef?.test(src.code.slice(arg.valueStart, arg.end))) return;
      src.dynamic(v.at, v.text, api, rule.what);
  }
}

/**
 * Whether the token at [start, end) is compared or switched on (`x == tls.VersionTLS10`, `case tls.TLS_RSA_...:`) rather
 * than chosen: such a mention selects nothing.
 * @example
 * const src = new Source('if v == tls.VersionTLS10 {}', 'go', 'a.go');
 * compared(src, 8, 24); // true
 */
export function compared(src: Source, start: number, end: number): boolean {
  const before = src.code.slice(Math.max(0, start - 40), start);
  const after = src.code.slice(end, end + 8);
  return /(?:[=!]==?|[<>]=?|\bcase|\bwhen|HasFlag\s*\()\s*(?:[\w.]+\s*\.\s*)?$/.test(before) || /^\s*(?:[=!]=|:(?!:)|=>)/.test(after);
}
