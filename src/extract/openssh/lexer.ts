/**
 * The line grammar of sshd_config(5) and ssh_config(5) as OpenSSH 9.2p1 reads it, with the file offset of every character
 * kept so that a finding can point at the exact algorithm name inside a list.
 *
 * Grammar (from the manuals and checked against `sshd -T` / `ssh -G`, see test/extract/openssh):
 * - A file is read line by line (split at LF); a NUL ends a line (the programs handle lines as C strings); trailing spaces,
 *   tabs, CR, LF and form feeds are dropped.
 * - The keyword is the first word. It ends at whitespace, at a `"` (which is dropped, and the word runs on to the next `"`), or
 *   at one `=`: `Ciphers aes128-ctr`, `Ciphers=aes128-ctr` and `Ciphers = aes128-ctr` are the same line. A keyword that begins
 *   with `#` makes the line a comment. A keyword without anything after it is an error.
 * - The rest is split into arguments at spaces and tabs. `"` and `'` quote (and are dropped); a backslash escapes a quote, a
 *   backslash, or (outside quotes) a space; any other backslash stays. A `#` at the start of an argument ends the line. An
 *   unterminated quote is an error.
 * @module
 */

/** A word of a line, after its quotes and escapes are removed. */
export interface Token {
  /** The text as the program sees it. */
  readonly text: string;
  /** The file offset of each character of `text`. */
  readonly offsets: readonly number[];
  /** The file offset where the word starts in the file (its opening quote, if any). */
  readonly start: number;
  /** The file offset just after the word's last character in the file. */
  readonly end: number;
}

/** Why a line could not be read. */
export type LineProblem = 'no-argument' | 'invalid-quotes';

/** One line with a keyword. */
export interface ConfigLine {
  /** 1-based line number. */
  readonly line: number;
  /** File offset of the line's first character. */
  readonly lineStart: number;
  readonly keyword: Token;
  /** The arguments (empty when `problem` is set). */
  readonly args: readonly Token[];
  /** File offset just after the line's last character (trailing whitespace left out). */
  readonly end: number;
  /** A line the program refuses as a line (before it looks at the keyword's meaning). */
  readonly problem?: { readonly kind: LineProblem; readonly offset: number };
}

/** What the lexer may be told about the program that reads the file. */
export interface LexOptions {
  /** sshd drops leading spaces, tabs and CRs of each line before it reads the keyword; ssh does not. */
  readonly stripLeading?: boolean;
}

const WHITESPACE = ' \t\r\n';

/** A line being cut, as parallel arrays of characters and their file offsets (a quote removed moves the rest left). */
interface Cut {
  chars: string[];
  offs: number[];
}

/**
 * The lines of a configuration file that have a keyword (comments and blank lines are left out). Never throws; linear in the
 * size of the text.
 * @example
 * const [l] = lexConfig('Ciphers "aes128-ctr,aes256-ctr" # strong\n');
 * l.keyword.text;  // 'Ciphers'
 * l.args[0].text;  // 'aes128-ctr,aes256-ctr'
 * l.args[0].offsets[0]; // 9: the offset of the `a` after the quote
 */
export function lexConfig(text: string, options: LexOptions = {}): ConfigLine[] {
  const out: ConfigLine[] = [];
  let lineStart = 0;
  let line = 1;
  while (lineStart <= text.length) {
    let end = text.indexOf('\n', lineStart);
    if (end === -1) end = text.length;
    const got = lexLine(text, lineStart, end, line, options);
    if (got) out.push(got);
    lineStart = end + 1;
    line++;
  }
  return out;
}

function lexLine(text: string, lineStart: number, lineEnd: number, line: number, options: LexOptions): ConfigLine | undefined {
  let end = lineEnd;
  const nul = text.indexOf('\0', lineStart);
  if (nul !== -1 && nul < end) end = nul;
  let begin = lineStart;
  if (options.stripLeading) while (begin < end && ' \t\r'.includes(text[begin]!)) begin++;
  while (end > begin && (WHITESPACE + '\f').includes(text[end - 1]!)) end--;
  if (end <= begin) return undefined;
  // A quote in the keyword is removed in place, as OpenSSH's memmove() does, so the line is cut as characters with offsets.
  const cut: Cut = { chars: [], offs: [] };
  for (let i = begin; i < end; i++) {
    cut.chars.push(text[i]!);
    cut.offs.push(i);
  }
  let first = strdelim(cut, 0);
  if (first === undefined) return undefined;
  let keyword = first.token;
  let rest = first.next;
  if (keyword.text === '') {
    if (rest === undefined) return undefined;
    first = strdelim(cut, rest);
    if (first === undefined) return undefined;
    keyword = first.token;
    rest = first.next;
  }
  if (keyword.text === '' || keyword.text.startsWith('#')) return undefined;
  if (rest === undefined || rest >= cut.chars.length) {
    return { line, lineStart, keyword, args: [], end, problem: { kind: 'no-argument', offset: keyword.end } };
  }
  const split = argvSplit(cut, rest);
  if ('unterminated' in split) {
    return { line, lineStart, keyword, args: [], end, problem: { kind: 'invalid-quotes', offset: split.unterminated } };
  }
  return { line, lineStart, keyword, args: split.args, end };
}

/**
 * The words of `text` from `start` to `end` as OpenSSH's strdelim() cuts them one after another (the way the Match line's
 * criteria are read): at whitespace, at one `=`, with `"` quoting. Reading stops at an unterminated quote, as OpenSSH does.
 * @example
 * delimWords('Match User=bob host x', 6, 21).map((t) => t.text); // ['User', 'bob', 'host', 'x']
 */
export function delimWords(text: string, start: number, end: number): Token[] {
  const cut: Cut = { chars: [], offs: [] };
  for (let i = start; i < end; i++) {
    cut.chars.push(text[i]!);
    cut.offs.push(i);
  }
  const out: Token[] = [];
  let at: number | undefined = 0;
  while (at !== undefined && at < cut.chars.length) {
    const got = strdelim(cut, at);
    if (got === undefined) break;
    out.push(got.token);
    at = got.next;
  }
  return out;
}

/**
 * OpenSSH's strdelim() with `=` as a separator: the next word from `from`, and where the one after it starts (undefined when
 * the line has ended; the word itself is undefined when a quote is never closed, and the program then ignores the line).
 */
function strdelim(cut: Cut, from: number): { token: Token; next: number | undefined } | undefined {
  const { chars, offs } = cut;
  let i = from;
  while (i < chars.length && !(WHITESPACE.includes(chars[i]!) || chars[i] === '"' || chars[i] === '=')) i++;
  if (i >= chars.length) return { token: makeToken(cut, from, chars.length), next: undefined };
  if (chars[i] === '"') {
    const quoteAt = offs[i]!;
    chars.splice(i, 1);
    offs.splice(i, 1);
    let q = i;
    while (q < chars.length && chars[q] !== '"') q++;
    if (q >= chars.length) return undefined;
    const token = makeToken(cut, from, q, from === i ? quoteAt : undefined, offs[q]! + 1);
    let next = q + 1;
    while (next < chars.length && WHITESPACE.includes(chars[next]!)) next++;
    return { token, next };
  }
  const equals = chars[i] === '=';
  const token = makeToken(cut, from, i);
  let next = i + 1;
  while (next < chars.length && WHITESPACE.includes(chars[next]!)) next++;
  if (!equals && chars[next] === '=') {
    next++;
    while (next < chars.length && WHITESPACE.includes(chars[next]!)) next++;
  }
  return { token, next };
}

function makeToken(cut: Cut, from: number, to: number, start?: number, end?: number): Token {
  const offsets = cut.offs.slice(from, to);
  const s = start ?? offsets[0] ?? cut.offs[from] ?? 0;
  const e = end ?? (offsets.length ? offsets[offsets.length - 1]! + 1 : s);
  return { text: cut.chars.slice(from, to).join(''), offsets, start: s, end: e };
}

/** OpenSSH's argv_split() ending at a comment: the arguments from `from`, or where an unterminated quote opened. */
function argvSplit(cut: Cut, from: number): { args: Token[] } | { unterminated: number } {
  const { chars, offs } = cut;
  const args: Token[] = [];
  let i = from;
  while (i < chars.length) {
    const c = chars[i]!;
    if (c === ' ' || c === '\t') {
      i++;
      continue;
    }
    if (c === '#') break;
    const start = offs[i]!;
    const text: string[] = [];
    const offsets: number[] = [];
    let quote = '';
    let quoteAt = -1;
    let end = start;
    for (; i < chars.length; i++) {
      const ch = chars[i]!;
      if (quote === '' && (ch === ' ' || ch === '\t')) break;
      if (ch === '\\') {
        const n = chars[i + 1];
        if (n === '\'' || n === '"' || n === '\\' || (quote === '' && n === ' ')) i++;
        text.push(chars[i]!);
        offsets.push(offs[i]!);
      } else if (quote === '' && (ch === '"' || ch === '\'')) {
        quote = ch;
        quoteAt = offs[i]!;
      } else if (quote !== '' && ch === quote) {
        quote = '';
      } else {
        text.push(ch);
        offsets.push(offs[i]!);
      }
      end = offs[i]! + 1;
    }
    if (quote !== '') return { unterminated: quoteAt };
    args.push({ text: text.join(''), offsets, start, end });
  }
  return { args };
}
