/**
 * The Apache httpd configuration parser: a file into a tree of directives and sections, as httpd 2.4 reads it
 * (server/util.c ap_cfg_getline and ap_getword_conf; server/config.c ap_build_config). Grammar:
 *
 *   - a logical line is a physical line, joined with the next one when it ends with a backslash (the backslash and the
 *     line break are dropped; leading and trailing whitespace of the logical line is dropped);
 *   - a logical line whose first character is `#` is a comment (a `#` later on a line is an ordinary argument);
 *   - `<Name args>` opens a section, `</Name>` closes it (names case-insensitive); anything else is `Name arg ...`;
 *   - arguments are separated by spaces and tabs; an argument that starts with `"` or `'` runs to the same quote, and a
 *     backslash before that quote keeps it in the argument.
 *
 * Positions: a joined line keeps a `\n` where each physical line ended (in `raw`), so that every word knows its own
 * line and column; `text` has those markers removed, as httpd sees the value. Problems are collected, never thrown; an
 * unclosed section is reported at its opening line and closed at the end of the file.
 * @module
 */
import type { Localized } from '../../catalog/types.js';

/** A word: its text as httpd sees it, its text with line-break markers (`raw`), and where it starts. */
export interface ApacheWord {
  readonly text: string;
  readonly raw: string;
  readonly line: number;
  readonly column: number;
}

/** A directive, or a section (`<VirtualHost *:443>`) with the directives inside it. */
export interface ApacheDirective {
  readonly name: ApacheWord;
  readonly args: readonly ApacheWord[];
  /** Set for a section: what is between its opening and closing lines. */
  readonly section?: readonly ApacheDirective[];
}

/** A syntax problem at a place. */
export interface ApacheProblem {
  readonly message: Localized;
  readonly line: number;
  readonly column: number;
}

/** At most this many problems are listed per file; the rest are counted in one last problem. */
const MAX_PROBLEMS = 50;

/**
 * Parses Apache httpd configuration text.
 * @example
 * const { directives } = parseApache('<VirtualHost *:443>\n  SSLEngine on\n</VirtualHost>\n');
 * directives[0]!.section![0]!.args[0]!.text; // 'on'
 */
export function parseApache(text: string): { directives: ApacheDirective[]; problems: ApacheProblem[] } {
  const problems: ApacheProblem[] = [];
  interface Frame { readonly list: ApacheDirective[]; readonly opener?: ApacheWord }
  const root: ApacheDirective[] = [];
  const stack: Frame[] = [{ list: root }];
  const top = () => stack[stack.length - 1]!;

  for (const logical of logicalLines(text)) {
    const body = logical.text;
    const first = body.search(/[^ \t\r\n]/);
    if (first === -1 || body[first] === '#') continue;
    if (body[first] === '<') {
      section(logical, first);
      continue;
    }
    const words = splitWords(logical, first, problems);
    const [name, ...rest] = words;
    // httpd has no comment after a directive: `# ...` is read as arguments, which httpd then refuses. Said once, dropped.
    const hash = rest.findIndex((w) => w.raw.startsWith('#'));
    const args = hash === -1 ? rest : rest.slice(0, hash);
    if (hash !== -1) {
      const w = rest[hash]!;
      problems.push({ line: w.line, column: w.column, message: {
        en: `"#" after ${name!.text} is not a comment: httpd reads "${rest.slice(hash).map((x) => x.text).join(' ')}" as arguments (a comment must be on a line of its own)`,
        ja: `${name!.text} の後の「#」はコメントではない：httpd は「${rest.slice(hash).map((x) => x.text).join(' ')}」を引数として読む（コメントは独立した行に書く）`,
      } });
    }
    if (name) top().list.push({ name, args });
  }
  for (let s = stack.length - 1; s >= 1; s--) {
    const opener = stack[s]!.opener!;
    problems.push({ line: opener.line, column: opener.column, message: {
      en: `<${opener.text}> is never closed: </${opener.text}> is missing`, ja: `<${opener.text}> が閉じていない（</${opener.text}> がない）`,
    } });
  }
  return { directives: root, problems: capped(problems) };

  function section(logical: LogicalLine, first: number): void {
    const body = logical.text;
    const closing = body[first + 1] === '/';
    const nameStart = first + (closing ? 2 : 1);
    const nameMatch = /^[^\s>]+/.exec(body.slice(nameStart).replace(/\n/g, ''));
    const where = logical.position(first);
    if (!nameMatch) {
      problems.push({ ...where, message: { en: 'a section line with no name after "<"', ja: '「<」の後にセクション名がない' } });
      return;
    }
    const rawName = nameMatch[0];
    const namePos = logical.position(nameStart);
    const end = body.lastIndexOf('>');
    if (end < nameStart) {
      problems.push({ ...where, message: { en: `<${closing ? '/' : ''}${rawName}> is missing its closing ">"`, ja: `<${closing ? '/' : ''}${rawName}> の閉じる「>」がない` } });
    }
    if (closing) {
      const open = top().opener;
      if (!open) {
        problems.push({ ...where, message: { en: `</${rawName}> without a matching <${rawName}>`, ja: `対応する <${rawName}> のない </${rawName}>` } });
        return;
      }
      if (open.text.toLowerCase() !== rawName.toLowerCase()) {
        // httpd: "Expected </X> but saw </Y>". Close the open section only if the name matches one further out.
        problems.push({ ...where, message: { en: `expected </${open.text}> but saw </${rawName}>`, ja: `</${open.text}> があるべき位置に </${rawName}> がある` } });
        const k = stack.findLastIndex((f) => f.opener?.text.toLowerCase() === rawName.toLowerCase());
        if (k >= 1) stack.length = k;
        return;
      }
      stack.pop();
      return;
    }
    const name: ApacheWord = { text: rawName, raw: rawName, ...namePos };
    const inner: LogicalLine = {
      text: body.slice(0, end >= nameStart ? end : body.length),
      position: logical.position,
    };
    const args = splitWords(inner, nameStart + rawName.length, problems);
    const list: ApacheDirective[] = [];
    top().list.push({ name, args, section: list });
    stack.push({ list, opener: name });
  }
}

/** A logical line: its text with `\n` where physical lines were joined, and the place of any of its characters. */
interface LogicalLine {
  readonly text: string;
  readonly position: (index: number) => { line: number; column: number };
}

/** The logical lines of a text (continuation lines joined). */
function* logicalLines(text: string): Generator<LogicalLine> {
  const n = text.length;
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  while (start < n) {
    const firstLine = line;
    const parts: string[] = [];
    let pos = start;
    for (;;) {
      const nl = text.indexOf('\n', pos);
      let physical = text.slice(pos, nl === -1 ? n : nl);
      if (physical.endsWith('\r')) physical = physical.slice(0, -1);
      pos = nl === -1 ? n : nl + 1;
      // A backslash at the end continues the line; two backslashes do not (httpd: "[^\\]\\[\r]\n only").
      const continued = nl !== -1 && physical.endsWith('\\') && !physical.endsWith('\\\\');
      line++;
      if (continued) {
        parts.push(physical.slice(0, -1));
        continue;
      }
      parts.push(physical);
      break;
    }
    const joined = parts.join('\n');
    yield { text: joined, position: positionIn(joined, firstLine) };
    start = pos;
  }
}

function positionIn(joined: string, line: number): (index: number) => { line: number; column: number } {
  const breaks: number[] = [];
  for (let k = joined.indexOf('\n'); k !== -1; k = joined.indexOf('\n', k + 1)) breaks.push(k);
  if (!breaks.length) return (index) => ({ line, column: index + 1 });
  return (index) => {
    // The number of breaks before index, by binary search: a line joined from many lines stays fast.
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid]! < index) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? { line, column: index + 1 } : { line: line + lo, column: index - breaks[lo - 1]! };
  };
}

/** The words of a logical line from `from`, as ap_getword_conf splits them. */
function splitWords(logical: LogicalLine, from: number, problems: ApacheProblem[]): ApacheWord[] {
  const s = logical.text;
  const out: ApacheWord[] = [];
  let i = from;
  const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\r';
  while (i < s.length) {
    while (i < s.length && isSpace(s[i])) i++;
    if (i >= s.length) break;
    const q = s[i];
    if (q === '"' || q === "'") {
      let j = i + 1;
      while (j < s.length && !(s[j] === q && s[j - 1] !== '\\')) j++;
      if (j >= s.length) {
        problems.push({ ...logical.position(i), message: { en: `unterminated quoted string: the closing ${q} is missing (httpd takes the rest of the line)`, ja: `引用符 ${q} が閉じていない（httpd は行末までを値とする）` } });
      }
      const raw = s.slice(i + 1, j).split(`\\${q}`).join(q);
      out.push(word(raw, logical.position(i + 1)));
      i = j + 1;
      continue;
    }
    let j = i;
    while (j < s.length && !isSpace(s[j])) j++;
    out.push(word(s.slice(i, j), logical.position(i)));
    i = j;
  }
  return out;
}

function word(raw: string, at: { line: number; column: number }): ApacheWord {
  return { text: raw.replace(/\n/g, ''), raw, ...at };
}

function capped(problems: ApacheProblem[]): ApacheProblem[] {
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  if (problems.length <= MAX_PROBLEMS) return problems;
  const rest = problems.length - MAX_PROBLEMS;
  const last = problems[MAX_PROBLEMS]!;
  return [...problems.slice(0, MAX_PROBLEMS), { line: last.line, column: last.column, message: {
    en: `and ${rest} more syntax problems after this one`, ja: `この後にも ${rest} 件の構文上の問題がある`,
  } }];
}
