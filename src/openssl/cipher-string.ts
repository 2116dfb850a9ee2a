/**
 * OpenSSL cipher strings (`SSL_CTX_set_cipher_list`, nginx `ssl_ciphers`, Apache `SSLCipherSuite`, `CipherString` in
 * openssl.cnf): which TLS 1.2-and-below suites OpenSSL 3.0 enables for a string, in its order.
 *
 * Follows openssl-ciphers(1) (OpenSSL 3.0, CIPHER LIST FORMAT and CIPHER STRINGS) and, where the manual is silent, what
 * OpenSSL 3.0's ssl/ssl_ciph.c does (`ssl_cipher_process_rulestr`, `check_suiteb_cipher_list`), checked against
 * `openssl ciphers -V` on thousands of generated strings (test/openssl/cipher-string.test.ts).
 *
 * Grammar (ABNF, RFC 5234; the quoted strings are case-sensitive):
 *
 *     cipher-string = suite-b / ["DEFAULT" [":"]] *item
 *     suite-b       = ("SUITEB128ONLY" / "SUITEB128C2" / "SUITEB128" / "SUITEB192") *OCTET
 *     item          = separator / rule
 *     separator     = ":" / "," / ";" / " "
 *     rule          = [operator] selector *("+" selector)   ; selectors joined by "+" select the suites all of them do
 *                   / "@" command
 *     operator      = "!" / "-" / "+"                        ; kill, delete, move to end; none: add
 *     selector      = 1*(ALPHA / DIGIT / "-" / "." / "=")   ; a suite's OpenSSL name or an alias (aliases.ts)
 *     command       = "STRENGTH" / "SECLEVEL=" %x30-35
 *
 * How OpenSSL reads it, beyond the grammar:
 * - `DEFAULT` is only special at the very start (it adds `ALL:!COMPLEMENTOFDEFAULT:!eNULL`, and reading resumes right after
 *   it, so `DEFAULTkRSA` is `DEFAULT:kRSA`); elsewhere it is an unknown word. A string starting with a Suite B keyword is
 *   replaced as a whole by that mode's one or two ECDSA suites, whatever follows.
 * - A rule needs no separator after it: `HIGH!aNULL` is `HIGH:!aNULL`.
 * - A word that is neither a suite name (OpenSSL names only: OpenSSL 3.0 does not read IANA names here) nor a known alias
 *   makes OpenSSL skip everything up to the next separator, e.g. the `!kRSA` of `RC4!kRSA`. So does a `+` join whose words
 *   select nothing together (`HIGH+FIPS`: the strength classes do not combine).
 * - After `@STRENGTH` or `@SECLEVEL=n` the rest up to the next separator is ignored; any other command, or a level other
 *   than 0-5, makes OpenSSL refuse the whole string. So does a character that cannot start a word where a word must start:
 *   an operator or `+` with no word after it, a tab, a non-ASCII letter, `_`.
 * - When no suite is left, OpenSSL refuses the string ("no cipher match").
 * - The string ends at its first NUL character, as the C string OpenSSL receives would.
 * @module
 */
import { ALIASES, type Alias } from './aliases.js';
import { ADD, DEL, KILL, ORD, selector, startOrder, SuiteList, type Selector } from './engine.js';
import { supportedAt, type SuiteB } from './seclevel.js';
import { S_DEFAULT_MASK, S_STRONG_MASK, TLS12_MASKS, TLS12_SUITES, TLS13_SUITES } from './suites.js';
import type {
  CipherExpansion, CipherStringWarning, CipherStringWarningCode, ExpandedCipherSuite, ExpandOptions,
} from './types.js';

/** OpenSSL 3.0's default cipher list (ssl/ssl_local.h, `OSSL_default_cipher_list`; openssl-ciphers(1), DEFAULT). */
export const OPENSSL_DEFAULT_CIPHER_LIST = 'ALL:!COMPLEMENTOFDEFAULT:!eNULL';

/** What each Suite B keyword stands for (ssl/ssl_ciph.c `check_suiteb_cipher_list`), longest keyword first. */
const SUITE_B: readonly { readonly prefix: string; readonly rules: string; readonly bits: SuiteB }[] = [
  { prefix: 'SUITEB128ONLY', rules: 'ECDHE-ECDSA-AES128-GCM-SHA256', bits: 128 },
  { prefix: 'SUITEB128C2', rules: 'ECDHE-ECDSA-AES256-GCM-SHA384', bits: 192 },
  { prefix: 'SUITEB128', rules: 'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384', bits: 192 },
  { prefix: 'SUITEB192', rules: 'ECDHE-ECDSA-AES256-GCM-SHA384', bits: 192 },
];

/** More warnings than this are dropped: a megabyte of garbage would otherwise give one per word. */
const MAX_WARNINGS = 1000;
/** Results for strings up to this length are remembered (the most recent CACHE_SIZE of them). */
const CACHE_MAX_LENGTH = 4096;
const CACHE_SIZE = 512;

const COLON = 0x3a;
const PLUS = 0x2b;

const isSeparator = (c: number): boolean => c === COLON || c === 0x20 || c === 0x3b || c === 0x2c;
const isWordChar = (c: number): boolean =>
  (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e || c === 0x3d;

type Entry = { readonly kind: 'suite'; readonly index: number } | { readonly kind: 'alias'; readonly alias: Alias };

let words: Map<string, Entry> | undefined;
const TLS13_NAMES: ReadonlySet<string> = new Set(TLS13_SUITES.map((s) => s.openssl));

/** Suite names first: OpenSSL looks them up before the aliases. */
function lookup(word: string): Entry | undefined {
  if (!words) {
    words = new Map<string, Entry>();
    for (const [name, alias] of ALIASES) words.set(name, { kind: 'alias', alias });
    TLS12_SUITES.forEach((s, index) => words!.set(s.openssl, { kind: 'suite', index }));
  }
  return words.get(word);
}

interface Run {
  readonly text: string;
  readonly list: SuiteList;
  readonly warnings: CipherStringWarning[];
  seclevel: number | undefined;
}

function warn(run: Run, code: CipherStringWarningCode, start: number, end: number): void {
  if (run.warnings.length < MAX_WARNINGS || code === 'no-match') run.warnings.push(Object.freeze({ code, word: run.text.slice(start, end), start, end }));
}

/** Combines one more word into a rule's selector as OpenSSL does; false when the words can select nothing together. */
function combine(sel: Selector, e: Entry): boolean {
  const m = e.kind === 'suite' ? TLS12_MASKS[e.index]! : e.alias;
  if (m.mkey !== 0) sel.mkey = sel.mkey !== 0 ? sel.mkey & m.mkey : m.mkey;
  if (m.mkey !== 0 && sel.mkey === 0) return false;
  if (m.auth !== 0) sel.auth = sel.auth !== 0 ? sel.auth & m.auth : m.auth;
  if (m.auth !== 0 && sel.auth === 0) return false;
  if (m.enc !== 0) sel.enc = sel.enc !== 0 ? sel.enc & m.enc : m.enc;
  if (m.enc !== 0 && sel.enc === 0) return false;
  if (m.mac !== 0) sel.mac = sel.mac !== 0 ? sel.mac & m.mac : m.mac;
  if (m.mac !== 0 && sel.mac === 0) return false;
  const strong = m.strength & S_STRONG_MASK;
  if (strong !== 0) {
    if ((sel.strength & S_STRONG_MASK) !== 0) {
      sel.strength &= strong | ~S_STRONG_MASK;
      if ((sel.strength & S_STRONG_MASK) === 0) return false;
    } else {
      // OpenSSL assigns here rather than adds, so a COMPLEMENTOFDEFAULT before a strength class is forgotten.
      sel.strength = strong;
    }
  }
  const dflt = m.strength & S_DEFAULT_MASK;
  if (dflt !== 0) {
    if ((sel.strength & S_DEFAULT_MASK) !== 0) {
      sel.strength &= dflt | ~S_DEFAULT_MASK;
      if ((sel.strength & S_DEFAULT_MASK) === 0) return false;
    } else sel.strength |= dflt;
  }
  if (e.kind === 'suite') {
    // A named suite's protocol version is not part of the pattern.
    sel.cipher = e.index;
  } else if (m.minTls !== 0) {
    if (sel.minTls !== 0 && sel.minTls !== m.minTls) return false;
    sel.minTls = m.minTls;
  }
  return true;
}

/**
 * Reads `text` from `from` as ssl_cipher_process_rulestr does and applies each rule. `span`, when given, replaces the
 * span recorded for the suites it adds (for the DEFAULT and Suite B expansions, whose rules are not in the input).
 * Returns false when OpenSSL would refuse the string.
 */
function processRules(run: Run, text: string, from: number, span?: { start: number; end: number }): boolean {
  const len = text.length;
  const own = span === undefined;
  let ok = true;
  let l = from;
  while (l < len) {
    const ruleStart = l;
    const op = text.charCodeAt(l);
    if (isSeparator(op)) {
      l++;
      continue;
    }
    let rule = ADD;
    let special = false;
    if (op === 0x2d) rule = DEL;
    else if (op === PLUS) rule = ORD;
    else if (op === 0x21) rule = KILL;
    else if (op === 0x40) special = true;
    if (rule !== ADD || special) l++;

    const sel = selector();
    let found = false;
    let wordStart = l;
    let wordEnd = l;
    for (;;) {
      wordStart = l;
      while (l < len && isWordChar(text.charCodeAt(l))) l++;
      wordEnd = l;
      if (wordEnd === wordStart) {
        if (own) warn(run, 'bad-command', ruleStart, Math.min(len, l + 1));
        return false;
      }
      if (special) break;
      const multi = l < len && text.charCodeAt(l) === PLUS;
      if (multi) l++;
      const word = text.slice(wordStart, wordEnd);
      const entry = lookup(word);
      if (entry === undefined) {
        found = false;
        if (own) {
          let end = l;
          while (end < len && !isSeparator(text.charCodeAt(end))) end++;
          const skipped = text.slice(wordStart, end);
          warn(run, TLS13_NAMES.has(skipped) ? 'wrong-protocol' : 'unknown-word', wordStart, end);
        }
        break;
      }
      // The named suite is forgotten at each word: only the last word's counts.
      sel.cipher = -1;
      found = combine(sel, entry);
      if (!found || !multi) break;
    }

    if (special) {
      const command = text.slice(wordStart, wordEnd);
      if (command === 'STRENGTH') run.list.strengthSort();
      else if (command.length === 10 && command.startsWith('SECLEVEL=') && command.charCodeAt(9) >= 0x30 && command.charCodeAt(9) <= 0x35) {
        run.seclevel = command.charCodeAt(9) - 0x30;
      } else {
        ok = false;
        let end = l;
        while (end < len && !isSeparator(text.charCodeAt(end))) end++;
        if (own) warn(run, 'bad-command', ruleStart, end);
      }
      while (l < len && !isSeparator(text.charCodeAt(l))) l++;
    } else if (found) {
      const s = span ?? { start: ruleStart, end: wordEnd };
      run.list.apply(sel, rule, s.start, s.end);
    } else {
      while (l < len && !isSeparator(text.charCodeAt(l))) l++;
    }
  }
  return ok;
}

const cache = new Map<string, CipherExpansion>();
/** The one working list, reused: an expansion runs to its end before the next starts. */
const working = new SuiteList();

function checkOptions(options: ExpandOptions | undefined): void {
  if (options === undefined || options === null) return;
  if (typeof options !== 'object') throw new TypeError(`expandCipherString: options must be an object, got ${typeof options}`);
  const { seclevel } = options;
  if (seclevel === undefined) return;
  if (typeof seclevel !== 'number') throw new TypeError(`expandCipherString: options.seclevel must be a number, got ${typeof seclevel}`);
  if (!Number.isInteger(seclevel) || seclevel < 0 || seclevel > 5) {
    throw new RangeError(`expandCipherString: options.seclevel must be an integer from 0 to 5, got ${seclevel}`);
  }
}

/**
 * The TLS 1.2-and-below suites OpenSSL 3.0 enables for a cipher string, in its order, each with the span of the rule that
 * added it (or last moved it with `+`), plus what OpenSSL skips or refuses. Never throws for a string; results are frozen
 * and may be shared between calls.
 *
 * With `seclevel` (or `@SECLEVEL=n` in the string, which wins), only the suites `openssl ciphers -s` keeps at that level
 * remain; without either, the list is the one `openssl ciphers -V` prints. A string OpenSSL refuses gives no suites and
 * `accepted: false`.
 * @example
 * const { suites, warnings } = expandCipherString('HIGH:!aNULL:!MD5:RC4');
 * suites[0].openssl; // 'ECDHE-ECDSA-AES256-GCM-SHA384'
 * warnings; // [{ code: 'unknown-word', word: 'RC4', start: 17, end: 20 }]
 * expandCipherString('ECDHE+AESGCM', { seclevel: 3 }).suites.map((s) => s.openssl);
 * // ['ECDHE-ECDSA-AES256-GCM-SHA384', 'ECDHE-RSA-AES256-GCM-SHA384', 'ECDHE-ECDSA-AES128-GCM-SHA256', ...]
 */
export function expandCipherString(str: string, options?: ExpandOptions): CipherExpansion {
  if (typeof str !== 'string') throw new TypeError(`expandCipherString: str must be a string, got ${str === null ? 'null' : typeof str}`);
  checkOptions(options);
  const seclevel = options?.seclevel;
  const psk = options?.psk === true;
  const srp = options?.srp === true;
  const key = str.length <= CACHE_MAX_LENGTH ? `${seclevel ?? ''}${psk ? 'p' : ''}${srp ? 's' : ''}\u0000${str}` : undefined;
  if (key !== undefined) {
    const hit = cache.get(key);
    if (hit) {
      // Most recently used last, so that the oldest is the first to go.
      cache.delete(key);
      cache.set(key, hit);
      return hit;
    }
  }
  const result = expandFresh(str, seclevel, psk, srp);
  if (key !== undefined) {
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    cache.set(key, result);
  }
  return result;
}

/**
 * expandCipherString without its cache or argument checks, for the benchmark.
 * @example
 * expandFresh('HIGH:!aNULL', undefined, false, false).suites.length; // 125
 */
export function expandFresh(input: string, option: number | undefined, psk: boolean, srp: boolean): CipherExpansion {
  // OpenSSL receives a C string, which ends at the first NUL.
  const nul = input.indexOf('\u0000');
  const str = nul === -1 ? input : input.slice(0, nul);
  const run: Run = { text: str, list: working.reset(startOrder()), warnings: [], seclevel: undefined };
  let ok: boolean;
  const suiteB = SUITE_B.find((b) => str.startsWith(b.prefix));
  if (suiteB) {
    ok = processRules(run, suiteB.rules, 0, { start: 0, end: suiteB.prefix.length });
  } else {
    let from = 0;
    ok = true;
    if (str.startsWith('DEFAULT')) {
      ok = processRules(run, OPENSSL_DEFAULT_CIPHER_LIST, 0, { start: 0, end: 7 });
      from = str.charCodeAt(7) === COLON ? 8 : 7;
    }
    if (ok && from < str.length) ok = processRules(run, str, from);
  }
  const seclevel = run.seclevel ?? option;
  const list = run.list;
  if (ok && list.activeCount() === 0) {
    warn(run, 'no-match', 0, str.length);
    ok = false;
  }
  const filter = ok && seclevel !== undefined ? { level: seclevel, psk, srp, ...(suiteB ? { suiteB: suiteB.bits } : {}) } : undefined;
  const suites: ExpandedCipherSuite[] = [];
  // Suites added by one rule share one frozen span.
  let source: { readonly start: number; readonly end: number } = Object.freeze({ start: 0, end: 0 });
  for (let i = ok ? list.head : -1; i !== -1; i = list.next[i]!) {
    if (list.active[i] === 0 || (filter && !supportedAt(TLS12_MASKS[i]!, filter))) continue;
    const start = list.srcStart[i]!;
    const end = list.srcEnd[i]!;
    if (source.start !== start || source.end !== end) source = Object.freeze({ start, end });
    const b = TLS12_SUITES[i]!;
    suites.push(Object.freeze({
      id: b.id, iana: b.iana, openssl: b.openssl, protocol: b.protocol, kx: b.kx, au: b.au, enc: b.enc, bits: b.bits, mac: b.mac,
      strengthClass: b.strengthClass, inDefault: b.inDefault, source,
    }));
  }
  return Object.freeze({
    suites: Object.freeze(suites),
    warnings: Object.freeze(run.warnings),
    accepted: ok,
    ...(seclevel !== undefined ? { seclevel } : {}),
  });
}
