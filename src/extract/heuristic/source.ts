/**
 * One source file as the heuristic extractor reads it: the lexed text (code with comments and string contents blanked),
 * call arguments read off that code, argument values (a literal, a number, a symbol, a constant of the same file, or an
 * expression known only at run time), and the extractions made so far, each at the exact characters that name the
 * algorithm.
 *
 * Constants: a bare name (or the last part of `self::ALG`, `Constants.ALG`, `this.ALG`) is followed to its value when
 * the file assigns that name exactly once, at the start of a line, to one plain literal (`private static final String ALG
 * = "DES";`, `ALG = 'md5'`, `const Bits = 1024`, `$method = 'des-ede3-cbc';`), and no function, block or loop of the file
 * takes a parameter or loop variable of that name. Anything else (two assignments, a parameter, a name defined in another
 * file) is a value chosen at run time, reported as `dynamic`.
 * @module
 */
import type { Localized } from '../../catalog/types.js';
import type { CheckObject } from '../../judge/types.js';
import type { Usage } from '../../names/types.js';
import type { Extraction, Location } from '../../scan/types.js';
import { lex, type Lang, type Literal } from './lexer.js';

/** What a usage judges: a name resolve() reads, a parsed Usage, or a name with parameters. */
export type Subject = string | Usage | CheckObject;

/** One argument of a call: its text range (trimmed) and, for `name=value` or `name: value`, the name. */
export interface Arg {
  readonly start: number;
  readonly end: number;
  readonly keyword?: string;
  /** Where the value starts (after the keyword). */
  readonly valueStart: number;
}

/** Where a value is written. */
export interface Span {
  readonly offset: number;
  readonly length: number;
}

/** What an argument's value is. */
export type Value =
  | { readonly kind: 'string'; readonly value: string; readonly at: Span; readonly constant?: string }
  | { readonly kind: 'number'; readonly value: number; readonly at: Span; readonly constant?: string }
  | { readonly kind: 'symbol'; readonly value: string; readonly at: Span }
  | { readonly kind: 'name'; readonly name: string; readonly text: string; readonly at: Span }
  | { readonly kind: 'dynamic'; readonly text: string; readonly at: Span };

/** The longest run-time expression quoted in a message. */
const MAX_INPUT = 80;
/** How many names one file may have checked as constants. */
const MAX_CONSTANT_CHECKS = 64;
/** How far an argument list is read before it is taken as unclosed. */
const MAX_ARGS = 4000;

const LANG_LABEL: Readonly<Record<Lang, string>> = {
  java: 'Java', kotlin: 'Kotlin', python: 'Python', go: 'Go', csharp: 'C#', php: 'PHP', ruby: 'Ruby',
};

/**
 * A lexed file and the extractions made from it.
 * @example
 * const src = new Source('md = MessageDigest.getInstance(ALG);\nstatic final String ALG = "MD5";', 'java', 'A.java');
 * const open = src.code.indexOf('(');
 * src.value(src.args(open)[0]!); // { kind: 'string', value: 'MD5', at: { offset: 64, length: 3 }, constant: 'ALG' }
 */
export class Source {
  readonly code: string;
  readonly literals: readonly Literal[];
  readonly out: Extraction[] = [];
  private readonly byStart = new Map<number, Literal>();
  private readonly seen = new Set<string>();
  private lineStarts: number[] | undefined;
  private constants: Map<string, Value | null> | undefined;
  private readonly checked = new Map<string, boolean>();

  constructor(readonly text: string, readonly lang: Lang, readonly path: string) {
    const lexed = lex(text, lang);
    this.code = lexed.code;
    this.literals = lexed.literals;
    for (const l of lexed.literals) this.byStart.set(l.start, l);
    if (lexed.unterminated) {
      const what = lexed.unterminated.what;
      this.out.push({
        kind: 'parse-error',
        message: {
          en: `${LANG_LABEL[lang]}: unterminated ${what}; the rest of the file is read as part of it`,
          ja: `${LANG_LABEL[lang]}：${what === 'comment' ? 'コメント' : '文字列'}が閉じていない。ファイルの残りはその一部として読んだ`,
        },
        location: this.location(lexed.unterminated.offset, 1),
      });
    }
  }

  /** The language's display name. */
  get label(): string {
    return LANG_LABEL[this.lang];
  }

  /** The literal that starts at `offset`, if any. */
  literalAt(offset: number): Literal | undefined {
    return this.byStart.get(offset);
  }

  /** The literals that lie within [start, end), in order. */
  literalsIn(start: number, end: number): Literal[] {
    const ls = this.literals;
    let lo = 0;
    let hi = ls.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ls[mid]!.start < start) lo = mid + 1;
      else hi = mid;
    }
    const out: Literal[] = [];
    for (let k = lo; k < ls.length && ls[k]!.start < end; k++) if (ls[k]!.end <= end) out.push(ls[k]!);
    return out;
  }

  /** 1-based line of an offset. */
  lineOf(offset: number): number {
    const s = (this.lineStarts ??= lineStarts(this.text));
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** The location of `length` characters at `offset` (end column exclusive, as in SARIF). */
  location(offset: number, length: number): Location {
    const line = this.lineOf(offset);
    const column = offset - this.lineStarts![line - 1]! + 1;
    const endOffset = offset + Math.max(length, 0);
    const endLine = this.lineOf(endOffset);
    const endColumn = endOffset - this.lineStarts![endLine - 1]! + 1;
    return { path: this.path, line, column, endLine, endColumn };
  }

  /** The first non-blank offset at or after `i` in the code. */
  skipSpace(i: number): number {
    const c = this.code;
    while (i < c.length && /\s/.test(c[i]!)) i++;
    return i;
  }

  /**
   * The arguments of the call whose `(` is at `open`: split on top-level commas of the code. An argument list that does
   * not close within a few thousand characters gives what was read.
   * @example
   * src.args(src.code.indexOf('('));   // [{ start, end, valueStart }]
   */
  args(open: number): Arg[] {
    const c = this.code;
    const out: Arg[] = [];
    const limit = Math.min(c.length, open + MAX_ARGS);
    let depth = 0;
    let start = open + 1;
    const push = (end: number) => {
      const s = this.skipSpace(start);
      let e = end;
      while (e > s && /\s/.test(c[e - 1]!)) e--;
      if (e > s || out.length > 0) out.push(this.arg(s, e));
    };
    for (let i = open + 1; i < limit; i++) {
      const ch = c.charCodeAt(i);
      if (ch === 40 || ch === 91 || ch === 123) depth++;
      else if (ch === 41 || ch === 93 || ch === 125) {
        if (depth === 0) {
          push(i);
          return out.filter((a) => a.end > a.start);
        }
        depth--;
      } else if (ch === 44 && depth === 0) {
        push(i);
        start = i + 1;
      }
    }
    push(limit);
    return out.filter((a) => a.end > a.start);
  }

  /**
   * The arguments of a Ruby call written without parentheses (`OpenSSL::Cipher.new 'des'`): the rest of the line, up to
   * a trailing `if`/`unless` modifier or a block, split on top-level commas.
   */
  lineArgs(start: number): Arg[] {
    const c = this.code;
    const nl = c.indexOf('\n', start);
    let end = nl === -1 ? c.length : nl;
    const tail = /\s(?:if|unless|while|until|do)\b|\s\{|\s\|/.exec(c.slice(start, end));
    if (tail) end = start + tail.index;
    const out: Arg[] = [];
    let depth = 0;
    let s = start;
    for (let i = start; i <= end; i++) {
      const ch = i < end ? c.charCodeAt(i) : 44;
      if (ch === 40 || ch === 91 || ch === 123) depth++;
      else if (ch === 41 || ch === 93 || ch === 125) depth--;
      else if (ch === 44 && depth <= 0) {
        const a = this.skipSpace(s);
        let e = i;
        while (e > a && /\s/.test(c[e - 1]!)) e--;
        if (e > a) out.push(this.arg(a, e));
        s = i + 1;
      }
    }
    return out;
  }

  private arg(start: number, end: number): Arg {
    const head = this.code.slice(start, Math.min(end, start + 64));
    const kw = this.lang === 'python' || this.lang === 'kotlin' ? /^([A-Za-z_]\w*)\s*=(?!=)\s*/.exec(head)
      : this.lang === 'ruby' || this.lang === 'csharp' || this.lang === 'php' ? /^([A-Za-z_]\w*):(?!:)\s*/.exec(head) : null;
    if (kw) return { start, end, keyword: kw[1]!, valueStart: start + kw[0].length };
    return { start, end, valueStart: start };
  }

  /** The argument at `index`, or the one named `keyword` (Python `key_size=1024`, Ruby `cipher: 'x'`). */
  pick(args: readonly Arg[], index: number | undefined, keyword?: string): Arg | undefined {
    if (keyword !== undefined) {
      const named = args.find((a) => a.keyword === keyword);
      if (named) return named;
    }
    if (index === undefined) return undefined;
    const a = args[index];
    // A positional slot taken by a named argument is not that argument.
    return a && (a.keyword === undefined || a.keyword === keyword) ? a : undefined;
  }

  /** What an argument's value is; constants of the file are followed (see the module comment). */
  value(arg: Arg): Value {
    const v = this.literalValue(arg.valueStart, arg.end);
    if (v.kind !== 'name') return v;
    const constant = this.constant(v.name);
    if (constant && (constant.kind === 'string' || constant.kind === 'number')) return { ...constant, constant: v.name };
    return v;
  }

  /** The value written between `start` and `end` with no constant followed. */
  literalValue(start: number, end: number): Value {
    const c = this.code;
    const at = { offset: start, length: end - start };
    const text = c.slice(start, end);
    // One literal, or literals joined by + (PHP: .) or written side by side (Python).
    let i = start;
    let joined = '';
    let first: Literal | undefined;
    let plain = true;
    while (i < end) {
      const lit = this.byStart.get(i);
      if (!lit || lit.end > end) break;
      first ??= lit;
      plain &&= lit.plain;
      joined += lit.value;
      i = this.skipSpace(lit.end);
      if (i >= end) {
        if (!plain) return this.dynamicValue(start, end);
        return { kind: 'string', value: joined, at: { offset: first.contentStart, length: first.contentEnd - first.contentStart } };
      }
      if (c[i] === '+' || (this.lang === 'php' && c[i] === '.')) i = this.skipSpace(i + 1);
      else if (this.lang !== 'python') break;
    }
    const num = /^[+]?(\d[\d_]*)[lLuU]{0,2}$/.exec(text);
    if (num) return { kind: 'number', value: Number(num[1]!.replace(/_/g, '')), at };
    if (this.lang === 'ruby') {
      const sym = /^:([A-Za-z_]\w*)$/.exec(text);
      if (sym) return { kind: 'symbol', value: sym[1]!, at: { offset: start + 1, length: end - start - 1 } };
    }
    const name = /^(?:[A-Za-z_$\\][\w$\\]*\s*(?:\.|::|->|\?\.)\s*)*([A-Za-z_$][\w$]*)$/.exec(text);
    if (name) return { kind: 'name', name: name[1]!, text, at };
    return this.dynamicValue(start, end);
  }

  private dynamicValue(start: number, end: number): Value {
    const raw = this.text.slice(start, Math.min(end, start + MAX_INPUT * 4)).replace(/\s+/g, ' ').trim();
    const text = raw.length > MAX_INPUT ? `${raw.slice(0, MAX_INPUT - 1)}…` : raw || '?';
    return { kind: 'dynamic', text, at: { offset: start, length: end - start } };
  }

  /** The value of a constant of this file, or undefined when the name is not one (see the module comment). */
  constant(name: string): Value | undefined {
    const defs = (this.constants ??= this.findConstants());
    const v = defs.get(name);
    if (!v) return undefined;
    let ok = this.checked.get(name);
    if (ok === undefined) {
      // Each check reads the whole file: a file that asks about very many names gets no more answers than this.
      ok = this.checked.size < MAX_CONSTANT_CHECKS && this.assignments(name) === 1 && !this.boundElsewhere(name);
      this.checked.set(name, ok);
    }
    return ok ? v : undefined;
  }

  /** Names assigned at the start of a line to one plain literal (null: assigned so more than once, or to something else). */
  private findConstants(): Map<string, Value | null> {
    const defs = new Map<string, Value | null>();
    const c = this.code;
    const re = /^[ \t]*(?:(?:[\w@]+|[\w.]+<[^>\n]{0,60}>)[ \t]+){0,6}?(\$?[A-Za-z_]\w*)[ \t]*(?::[ \t]*[\w.?[\]]+[ \t]*)?(?::=|=)(?![=>~])[ \t]*/gm;
    for (let m = re.exec(c); m; m = re.exec(c)) {
      const name = m[1]!;
      const valueStart = m.index + m[0].length;
      const nl = c.indexOf('\n', valueStart);
      let end = nl === -1 ? c.length : nl;
      while (end > valueStart && /[\s;,]/.test(c[end - 1]!)) end--;
      const v = this.literalValue(valueStart, end);
      const ok = v.kind === 'string' || v.kind === 'number';
      defs.set(name, defs.has(name) || !ok ? null : v);
      re.lastIndex = Math.max(re.lastIndex, end);
    }
    return defs;
  }

  /** How many times the code assigns to `name` (any `name =`, `name :=`, `name +=`, `obj.name =`). */
  private assignments(name: string): number {
    const re = new RegExp(`(?<![\\w$])${escape(name)}\\s*(?::\\s*[\\w.?<>\\[\\]]+\\s*)?(?::=|[-+*/.|&]?=)(?![=>~])`, 'g');
    let n = 0;
    for (let m = re.exec(this.code); m && n < 3; m = re.exec(this.code)) n++;
    return n;
  }

  /** Whether a function, block or loop of the file binds `name` (a parameter or loop variable shadows the constant). */
  private boundElsewhere(name: string): boolean {
    const n = escape(name);
    const patterns = [
      // A parameter list after def/function/fun/func (Go methods: after the receiver), a lambda's, a loop variable.
      `\\b(?:def|function|fun|func|fn)\\b\\s*(?:\\([^)\\n]{0,80}\\)\\s*)?[\\w.$&<>]*\\s*\\([^)]{0,300}?(?<![\\w$])${n}(?![\\w$])`,
      `\\blambda\\b[^:\\n]{0,100}?(?<![\\w$])${n}(?![\\w$])`,
      `\\b(?:for|foreach)\\b[^\\n:{]{0,120}?(?<![\\w$])${n}(?![\\w$])`,
      `\\|[^|\\n]{0,80}(?<![\\w$])${n}(?![\\w$])[^|\\n]{0,80}\\|`,
      `[(,]\\s*(?:(?:final|ref|out|in|params|this|val|var)\\s+)*[\\w.<>\\[\\]?]+\\s+${n}\\s*[,)=]`,
      `[(,]\\s*${n}\\s*:\\s*[\\w.<>\\[\\]?]+\\s*[,)=]`,
      `[(,]\\s*${n}\\s+[*\\[\\]\\w.]+\\s*[,)]`,
    ];
    return patterns.some((p) => new RegExp(p).test(this.code));
  }

  /**
   * Records a use of an algorithm at `at`. `use` is the offset of the API call when the name is written elsewhere (a
   * constant), so that the message says where it is used. The same place and name are reported once.
   */
  usage(at: Span, input: string, subject: Subject, api: string, use?: number, constant?: string): void {
    const location = this.location(at.offset, at.length);
    const key = `u|${location.line}:${location.column}|${input}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.out.push({ kind: 'usage', input, subject, location, confidence: 'heuristic', context: this.context(api, location, use, constant) });
  }

  /** Records an algorithm (or key size) chosen at run time, at the expression that chooses it. */
  dynamic(at: Span, text: string, api: string, what?: string): void {
    const location = this.location(at.offset, at.length);
    const key = `d|${location.line}:${location.column}|${text}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const label = what ? `${api} ${what}` : api;
    this.out.push({ kind: 'dynamic', input: text, location, confidence: 'heuristic', context: this.context(label, location) });
  }

  private context(api: string, location: Location, use?: number, constant?: string): Localized {
    const head = `${this.label} ${api}`;
    // Only a constant's literal lies away from the call that uses it: say where that call is.
    if (use === undefined || constant === undefined) return { en: head, ja: head };
    const line = this.lineOf(use);
    if (line === location.line) return { en: head, ja: head };
    return { en: `${head}, constant ${constant} used at line ${line}`, ja: `${head}、定数 ${constant} を ${line} 行目で使用` };
  }
}

function lineStarts(text: string): number[] {
  const s = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) s.push(i + 1);
  return s;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
