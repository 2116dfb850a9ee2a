/**
 * The nginx configuration lexer: words, `;`, `{` and `}`, as nginx's own reader (src/core/ngx_conf_file.c,
 * ngx_conf_read_token) splits a file. Grammar, as nginx reads it:
 *
 *   - whitespace (space, tab, CR, LF) separates words; `#` at the start of a word starts a comment to the end of the line;
 *   - `;` ends a directive, `{` opens a block, `}` closes one (at the start of a word); inside an unquoted word `;` and
 *     `{` end the word (except `{` right after `$`, as in `${var}`), while `}` and quotes are ordinary characters;
 *   - a word that starts with `"` or `'` runs to the same unescaped quote, over line breaks; a backslash escapes the next
 *     character (`\"`, `\'` and `\\` lose the backslash); after the closing quote only whitespace, `;`, `{` or `)` may come.
 *
 * Errors are collected, never thrown, and reading goes on: an unterminated quote is reported at the quote and taken to
 * end with its line, so that the rest of the file is still read.
 * @module
 */
import type { Localized } from '../../catalog/types.js';

/** A word, with where its first character is (after the quote for a quoted word) and where it ends (1-based, inclusive). */
export interface NginxWord {
  readonly kind: 'word';
  /** The text with quotes and escapes removed. */
  readonly text: string;
  readonly quoted: boolean;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  /** The column just after the word's last character (before the closing quote). */
  readonly endColumn: number;
}

/** `;`, `{` or `}`. */
export interface NginxPunct {
  readonly kind: ';' | '{' | '}';
  readonly line: number;
  readonly column: number;
}

export type NginxToken = NginxWord | NginxPunct;

/** A syntax problem at a place. */
export interface SyntaxProblem {
  readonly message: Localized;
  readonly line: number;
  readonly column: number;
}

/**
 * Splits nginx configuration text into tokens.
 * @example
 * lexNginx('ssl_protocols TLSv1.2;').tokens.map((t) => t.kind === 'word' ? t.text : t.kind); // ['ssl_protocols', 'TLSv1.2', ';']
 */
export function lexNginx(text: string): { tokens: NginxToken[]; problems: SyntaxProblem[] } {
  const tokens: NginxToken[] = [];
  const problems: SyntaxProblem[] = [];
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let lineStart = i;
  const col = (at: number) => at - lineStart + 1;
  // Lines of a span the lexer jumps over (quoted words over several lines).
  const advanceTo = (end: number) => {
    // Only the span itself is looked at: searching past it for a line break would make a file of quotes quadratic.
    for (let k = i; k < end; k++) {
      if (text.charCodeAt(k) === 10) {
        line++;
        lineStart = k + 1;
      }
    }
    i = end;
  };

  while (i < n) {
    const ch = text.charCodeAt(i);
    if (ch === 10) {
      line++;
      i++;
      lineStart = i;
      continue;
    }
    if (ch === 32 || ch === 9 || ch === 13) {
      i++;
      continue;
    }
    if (ch === 35) { // '#'
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? n : nl;
      continue;
    }
    if (ch === 59 || ch === 123 || ch === 125) { // ; { }
      tokens.push({ kind: text[i] as ';' | '{' | '}', line, column: col(i) });
      i++;
      continue;
    }
    if (ch === 34 || ch === 39) { // " '
      const close = closingQuote(text, i);
      if (close === -1) {
        problems.push({ line, column: col(i), message: {
          en: `unterminated quoted string: the closing ${text[i]} is missing`,
          ja: `引用符 ${text[i]} が閉じていない`,
        } });
        const nl = text.indexOf('\n', i);
        const end = nl === -1 ? n : nl;
        let raw = text.slice(i + 1, end).replace(/\r$/, '');
        // The quote was most likely meant to close before a `;` at the end of its line: keep that `;`.
        const semicolon = /;\s*$/.exec(raw);
        if (semicolon) raw = raw.slice(0, semicolon.index);
        tokens.push({ kind: 'word', text: unescape(raw), quoted: true, line, column: col(i + 1), endLine: line, endColumn: col(i + 1) + raw.length });
        if (semicolon) tokens.push({ kind: ';', line, column: col(i + 1) + raw.length });
        i = end;
        continue;
      }
      const startLine = line;
      const startColumn = col(i + 1);
      const raw = text.slice(i + 1, close);
      advanceTo(close);
      tokens.push({ kind: 'word', text: unescape(raw), quoted: true, line: startLine, column: startColumn, endLine: line, endColumn: col(close) });
      i = close + 1;
      const next = text.charCodeAt(i);
      if (!(i >= n || next === 32 || next === 9 || next === 13 || next === 10 || next === 59 || next === 123 || next === 41)) {
        problems.push({ line, column: col(i), message: {
          en: `unexpected ${JSON.stringify(text[i])} right after a quoted string (a space, ";" or "{" must follow)`,
          ja: `引用符で囲んだ文字列の直後に ${JSON.stringify(text[i])} がある（空白、「;」または「{」が必要）`,
        } });
      }
      continue;
    }
    // An unquoted word.
    const start = i;
    let j = i;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === 32 || c === 9 || c === 13 || c === 10 || c === 59) break;
      if (c === 123 && !(j > start && text.charCodeAt(j - 1) === 36)) break; // '{' ends a word unless it follows '$'
      if (c === 92 && j + 1 < n && text.charCodeAt(j + 1) !== 10) {
        j += 2;
        continue;
      }
      j++;
    }
    const raw = text.slice(start, j);
    tokens.push({ kind: 'word', text: unescape(raw), quoted: false, line, column: col(start), endLine: line, endColumn: col(j) });
    i = j;
  }
  return { tokens, problems };
}

/** The index of the quote that closes the one at `open`, or -1. */
function closingQuote(text: string, open: number): number {
  const q = text.charCodeAt(open);
  for (let j = open + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 92) j++;
    else if (c === q) return j;
  }
  return -1;
}

/** nginx drops the backslash of `\"`, `\'` and `\\` (and turns `\t`, `\r`, `\n` into the characters). */
function unescape(raw: string): string {
  if (!raw.includes('\\')) return raw;
  return raw.replace(/\\(["'\\tnr])/g, (_, c: string) => (c === 't' ? '\t' : c === 'n' ? '\n' : c === 'r' ? '\r' : c));
}
