/**
 * HAProxy configuration lines (HAProxy configuration manual 2.6 to 3.0, sections 2.1 to 2.4): one statement per line,
 * words separated by spaces and tabs, `#` starting a comment outside quotes, backslash escapes (`\ `, `\#`, `\\`, `\'`,
 * `\"`, `\n`, `\r`, `\t`, `\xNN`), weak quoting with `"` (in which `$VAR` and `${VAR}` name environment variables) and
 * strong quoting with `'`. The conditional blocks `.if`/`.elif`/`.else`/`.endif` are followed when their condition is a
 * constant (`0`, `1`, empty), and read as if true otherwise, since a scan cannot evaluate `defined(...)` or
 * `version_atleast(...)`.
 * @module
 */
import { textLines } from '../lines.js';
import type { Localized } from '../../catalog/types.js';
import type { Location } from '../../scan/types.js';

/** A word with where its first character is written. */
export interface HaproxyWord {
  /** The word after quotes and escapes are removed. */
  readonly text: string;
  readonly location: Location;
  /** An environment variable the word names (`"${CIPHERS}"`): its value is known only when HAProxy starts. */
  readonly env?: string;
}

/** One statement: its words, the first being the keyword. */
export interface HaproxyLine {
  readonly words: readonly HaproxyWord[];
  readonly line: number;
}

/** A syntax problem with where it is. */
export interface HaproxyProblem {
  readonly location: Location;
  readonly message: Localized;
}

/** What lexing a file gives. */
export interface HaproxyLexed {
  readonly lines: readonly HaproxyLine[];
  readonly problems: readonly HaproxyProblem[];
}

/** A conditional block level: whether its current branch is read, and whether a branch was taken already. */
interface Level {
  readonly at: Location;
  active: boolean;
  taken: boolean;
  elseSeen: boolean;
  /** Whether the enclosing level is read. */
  readonly outer: boolean;
}

/**
 * Cuts a HAProxy configuration into statements. Never throws.
 * @example
 * haproxyLines('bind :443 ssl crt "/etc/ssl/a b.pem"\n', 'haproxy.cfg').lines[0]?.words.map((w) => w.text);
 * // ['bind', ':443', 'ssl', 'crt', '/etc/ssl/a b.pem']
 */
export function haproxyLines(text: string, path: string): HaproxyLexed {
  const lines: HaproxyLine[] = [];
  const problems: HaproxyProblem[] = [];
  const levels: Level[] = [];
  for (const { text: raw, line: lineNo, column: firstColumn } of textLines(text)) {
    const words = splitWords(raw, path, lineNo, firstColumn, problems);
    if (!words.length) continue;
    const kw = words[0]!.text;
    const reading = levels.length === 0 || levels[levels.length - 1]!.active;
    if (kw === '.if' || kw === '.elif' || kw === '.else' || kw === '.endif') {
      conditional(kw, words, levels, problems);
    } else if (reading && !/^\.(?:notice|warning|alert|diag)$/.test(kw)) {
      lines.push({ words, line: lineNo });
    }
  }
  for (const l of levels) problems.push({ location: l.at, message: { en: '.if without .endif: HAProxy refuses the configuration', ja: '.if に対応する .endif がない。HAProxy は設定を受け付けない' } });
  return { lines, problems };
}

function conditional(kw: string, words: readonly HaproxyWord[], levels: Level[], problems: HaproxyProblem[]): void {
  const at = words[0]!.location;
  const cond = words.slice(1).map((w) => w.text).join(' ').trim();
  // Constant conditions are decided; anything else is read as true, so that no setting goes unseen.
  const value = cond === '' || cond === '0' ? false : true;
  const top = levels[levels.length - 1];
  if (kw === '.if') {
    const outer = top ? top.active : true;
    levels.push({ at, active: outer && value, taken: value, elseSeen: false, outer });
    return;
  }
  if (!top) {
    problems.push({ location: at, message: { en: `${kw} without .if: HAProxy refuses the configuration`, ja: `.if のない ${kw}。HAProxy は設定を受け付けない` } });
    return;
  }
  if (kw === '.endif') {
    levels.pop();
    return;
  }
  if (top.elseSeen) {
    problems.push({ location: at, message: { en: `${kw} after .else: HAProxy refuses the configuration`, ja: `.else の後の ${kw}。HAProxy は設定を受け付けない` } });
    return;
  }
  if (kw === '.else') {
    top.elseSeen = true;
    top.active = top.outer && !top.taken;
    top.taken = true;
    return;
  }
  top.active = top.outer && !top.taken && value;
  top.taken ||= value;
}

const ENV_NAME = /^(?:\{([A-Za-z_.][A-Za-z0-9_]*)(?:\[\*\])?(?:-[^}]*)?\}|([A-Za-z_][A-Za-z0-9_]*))/;

/** Splits one line into words (HAProxy's parse_line), reporting unmatched quotes and bad escapes. */
function splitWords(raw: string, path: string, line: number, firstColumn: number, problems: HaproxyProblem[]): HaproxyWord[] {
  const words: HaproxyWord[] = [];
  const at = (i: number): Location => ({ path, line, column: i + firstColumn });
  let i = 0;
  const n = raw.length;
  while (i < n) {
    while (i < n && (raw[i] === ' ' || raw[i] === '\t')) i++;
    if (i >= n || raw[i] === '#') break;
    const start = i;
    let text = '';
    let env: string | undefined;
    let quote: '"' | "'" | '' = '';
    let quoteAt = 0;
    while (i < n) {
      const c = raw[i]!;
      if (quote === "'") {
        if (c === "'") quote = '';
        else text += c;
        i++;
        continue;
      }
      if (!quote && (c === ' ' || c === '\t' || c === '#')) break;
      if (c === '\\') {
        const e = raw[i + 1];
        if (e === undefined) {
          i++;
          continue;
        }
        if (e === 'x') {
          const hex = raw.slice(i + 2, i + 4);
          if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
            text += String.fromCharCode(parseInt(hex, 16));
            i += 4;
            continue;
          }
          problems.push({ location: at(i), message: { en: 'bad \\x escape (two hexadecimal digits needed): HAProxy refuses the line', ja: '\\x エスケープが不正（16 進 2 桁が必要）。HAProxy はこの行を受け付けない' } });
          i += 2;
          continue;
        }
        text += e === 'n' ? '\n' : e === 'r' ? '\r' : e === 't' ? '\t' : e;
        i += 2;
        continue;
      }
      if (c === '"') {
        quote = quote ? '' : '"';
        quoteAt = i;
        i++;
        continue;
      }
      if (c === "'" && !quote) {
        quote = "'";
        quoteAt = i;
        i++;
        continue;
      }
      if (c === '$' && quote === '"') {
        const m = ENV_NAME.exec(raw.slice(i + 1));
        if (m) {
          env ??= `$${m[0]}`;
          i += 1 + m[0].length;
          continue;
        }
      }
      text += c;
      i++;
    }
    if (quote) {
      problems.push({ location: at(quoteAt), message: { en: `unmatched ${quote === '"' ? 'double' : 'single'} quote: HAProxy refuses the line`, ja: `${quote === '"' ? '二重' : '一重'}引用符が閉じていない。HAProxy はこの行を受け付けない` } });
    }
    // The place of the word's first character that is part of its text (after an opening quote).
    const first = raw[start] === '"' || raw[start] === "'" ? start + 1 : start;
    words.push({ text, location: at(first), ...(env ? { env } : {}) });
  }
  return words;
}
