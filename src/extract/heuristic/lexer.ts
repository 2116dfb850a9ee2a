/**
 * A light lexer for the heuristic source extractor: it tells code from comments and string literals in Java, Kotlin,
 * Python, Go, C#, PHP and Ruby, following each language's own reference for comment and literal syntax (the Java Language
 * Specification §3.7 and §3.10 text blocks; Kotlin grammar, nested block comments and `${}` templates; Python Language
 * Reference §2.4 string prefixes and triple quotes, f-string replacement fields; The Go Programming Language Specification,
 * raw and interpreted string and rune literals; C# language reference: verbatim `@""`, interpolated `$""` and raw `"""`
 * strings; PHP manual "Strings" (single, double, heredoc, nowdoc) and "Comments", with text outside `<?php ... ?>`; Ruby
 * syntax documentation "Literals": `#{}` interpolation, `%q()` style literals, heredocs, `=begin`/`=end`, `__END__`).
 *
 * It is not a parser: it only produces `code`, the text with every comment and every literal's content blanked to spaces
 * (newlines kept, so offsets, lines and columns stay those of the text), and the list of string literals with their
 * values. Code inside interpolation (`"#{Digest::MD5.hexdigest(x)}"`) stays code. One pass over the text, recursion only
 * for interpolation and bounded in depth, so any input finishes in linear time.
 * @module
 */

/** The languages the heuristic extractor reads. */
export type Lang = 'java' | 'kotlin' | 'python' | 'go' | 'csharp' | 'php' | 'ruby';

/** A string literal. Offsets are UTF-16 offsets into the text; `end` and `contentEnd` are exclusive. */
export interface Literal {
  /** The literal's first character (a prefix such as `r`, `@`, `$` or the opening quote). */
  readonly start: number;
  readonly contentStart: number;
  readonly contentEnd: number;
  readonly end: number;
  /** The content with backslash (or doubled-quote) escapes of quotes and backslashes undone. */
  readonly value: string;
  /** False when the literal interpolates values (`f"{x}"`, `"$x"`, `"#{x}"`): its value is not known statically. */
  readonly plain: boolean;
}

/** What the lexer found. */
export interface Lexed {
  /** The text with comments and literal contents blanked (same length, newlines kept). */
  readonly code: string;
  /** String literals in the order they start. */
  readonly literals: readonly Literal[];
  /** A comment, string or heredoc that runs to the end of the text without closing: where it starts. */
  readonly unterminated?: { readonly offset: number; readonly what: 'comment' | 'string' };
}

/** How deep interpolation may nest before the rest of a literal is taken as plain content. */
const MAX_DEPTH = 16;

type Escapes = 'backslash' | 'quote-backslash' | 'doubled' | 'none';
type Interp = 'dollar-brace' | 'brace' | 'hash-brace' | 'php' | 'none';

/** How one string literal is written. */
interface StringSpec {
  /** Characters before the content (prefix and opening delimiter). */
  readonly open: number;
  readonly close: string;
  readonly escapes: Escapes;
  readonly interp: Interp;
  readonly multiline: boolean;
  /** For Ruby `%q(...)` literals: the opening bracket that nests. */
  readonly nest?: string;
}

const ID = /[A-Za-z0-9_$\u0080-\uffff]/;

/**
 * Lexes a source text.
 * @example
 * const { code, literals } = lex('x = hashlib.md5()  # not "md5"', 'python');
 * code.trimEnd();     // 'x = hashlib.md5()' (the comment is blanked to spaces)
 * literals.length;    // 0 (the quotes inside the comment are comment)
 */
export function lex(text: string, lang: Lang): Lexed {
  return new Lexer(text, lang).run();
}

class Lexer {
  private readonly buf: Uint16Array;
  private readonly literals: Literal[] = [];
  private unterminated: Lexed['unterminated'];
  /** Ruby heredocs opened on the current line, read when the line ends. */
  private pending: { id: string; squiggly: boolean; raw: boolean; start: number }[] = [];

  constructor(private readonly text: string, private readonly lang: Lang) {
    this.buf = new Uint16Array(text.length);
    for (let i = 0; i < text.length; i++) this.buf[i] = text.charCodeAt(i);
  }

  run(): Lexed {
    let i = 0;
    if (this.lang === 'php') {
      // Text outside <?php ... ?> is output, not code.
      while (i < this.text.length) {
        const open = this.phpOpen(i);
        if (open === -1) {
          this.blank(i, this.text.length);
          break;
        }
        const tag = this.text.startsWith('<?php', open) ? 5 : this.text.startsWith('<?=', open) ? 3 : 2;
        this.blank(i, open);
        i = this.code(open + tag, 0, false);
        if (i < this.text.length && this.text.startsWith('?>', i)) i += 2;
      }
    } else {
      this.code(0, 0, false);
    }
    const code = decode(this.buf);
    this.literals.sort((a, b) => a.start - b.start);
    return { code, literals: this.literals, ...(this.unterminated ? { unterminated: this.unterminated } : {}) };
  }

  private phpOpen(from: number): number {
    let at = this.text.indexOf('<?', from);
    while (at !== -1) {
      const next = this.text[at + 2];
      if (this.text.startsWith('<?php', at) || next === '=' || next === undefined || /\s/.test(next)) return at;
      at = this.text.indexOf('<?', at + 2);
    }
    return -1;
  }

  private blank(from: number, to: number): void {
    for (let k = from; k < to; k++) if (this.buf[k] !== 10) this.buf[k] = 32;
  }

  private fail(offset: number, what: 'comment' | 'string'): void {
    this.unterminated ??= { offset, what };
  }

  /**
   * Reads code from `i`. With `brace`, stops after the `}` that closes an interpolation; PHP stops before `?>`. Returns
   * where it stopped.
   */
  private code(start: number, depth: number, brace: boolean): number {
    const t = this.text;
    const n = t.length;
    const lang = this.lang;
    let braces = 0;
    let i = start;
    let lineStart = true;
    while (i < n) {
      const c = t.charCodeAt(i);
      if (c === 10) {
        i++;
        lineStart = true;
        if (this.pending.length && depth === 0) i = this.heredocBodies(i);
        continue;
      }
      if (lineStart && (c === 32 || c === 9 || c === 13)) {
        i++;
        continue;
      }
      const atLineStart = lineStart;
      lineStart = false;
      if (brace) {
        if (c === 123) braces++;
        else if (c === 125) {
          if (braces === 0) return i + 1;
          braces--;
        }
      }
      // Comments.
      if (c === 47 /* / */ && lang !== 'python' && lang !== 'ruby') {
        const d = t.charCodeAt(i + 1);
        if (d === 47) {
          i = this.lineComment(i);
          continue;
        }
        if (d === 42) {
          i = this.blockComment(i);
          continue;
        }
      }
      if (c === 35 /* # */ && (lang === 'python' || lang === 'ruby' || (lang === 'php' && t[i + 1] !== '['))) {
        i = this.lineComment(i);
        continue;
      }
      if (lang === 'php' && c === 63 && t.charCodeAt(i + 1) === 62 && !brace) return i;
      if (lang === 'ruby' && atLineStart) {
        if (t.startsWith('=begin', i) && !ID.test(t[i + 6] ?? ' ')) {
          i = this.rubyBlockComment(i);
          continue;
        }
        if (t.startsWith('__END__', i) && (i + 7 === n || t[i + 7] === '\n' || t[i + 7] === '\r')) {
          this.blank(i + 7, n);
          return n;
        }
      }
      if (lang === 'ruby' && c === 36 /* $ */ && /[^\w\s{]/.test(t[i + 1] ?? 'a')) {
        // Global variables such as $' and $" are not quotes.
        i += 2;
        continue;
      }
      const spec = this.stringAt(i);
      if (spec) {
        i = this.string(i, spec, depth);
        continue;
      }
      if (lang === 'ruby' && c === 60 /* < */ && t.charCodeAt(i + 1) === 60) {
        const h = /^<<([~-]?)(['"`]?)([A-Za-z_]\w*)\2/.exec(t.slice(i, i + 80));
        if (h && (h[1] || h[2] || /^[A-Z_][A-Z0-9_]*$/.test(h[3]!)) && this.heredocContext(i)) {
          this.pending.push({ id: h[3]!, squiggly: h[1] !== '', raw: h[2] === "'", start: i });
          i += h[0].length;
          continue;
        }
      }
      if (lang === 'php' && c === 60 && t.startsWith('<<<', i)) {
        const h = /^<<<[ \t]*(['"]?)([A-Za-z_]\w*)\1\r?\n/.exec(t.slice(i, i + 80));
        if (h) {
          i = this.phpHeredoc(i, h[0].length, h[2]!, h[1] === "'");
          continue;
        }
      }
      if (ID.test(t[i]!)) {
        // Skip the rest of a word so that a prefix letter inside a name (`bar"`, `Ar"`) is never read as a literal prefix.
        let j = i + 1;
        while (j < n && ID.test(t[j]!) && t[j] !== '$') j++;
        i = j;
        continue;
      }
      i++;
    }
    if (brace) this.fail(start, 'string');
    return n;
  }

  private lineComment(i: number): number {
    const t = this.text;
    let j = i;
    while (j < t.length && t.charCodeAt(j) !== 10) {
      // A PHP one-line comment ends at ?> as well.
      if (this.lang === 'php' && t.charCodeAt(j) === 63 && t.charCodeAt(j + 1) === 62) break;
      j++;
    }
    this.blank(i, j);
    return j;
  }

  private blockComment(i: number): number {
    const t = this.text;
    const nested = this.lang === 'kotlin';
    let level = 1;
    let j = i + 2;
    while (j < t.length) {
      if (t.charCodeAt(j) === 42 && t.charCodeAt(j + 1) === 47) {
        j += 2;
        if (--level === 0 || !nested) {
          this.blank(i, j);
          return j;
        }
        continue;
      }
      if (nested && t.charCodeAt(j) === 47 && t.charCodeAt(j + 1) === 42) {
        level++;
        j += 2;
        continue;
      }
      j++;
    }
    this.blank(i, t.length);
    this.fail(i, 'comment');
    return t.length;
  }

  private rubyBlockComment(i: number): number {
    const t = this.text;
    const end = /^=end\b/gm;
    end.lastIndex = i;
    const m = end.exec(t);
    const stop = m ? m.index + m[0].length : t.length;
    const nl = t.indexOf('\n', stop);
    const to = m ? (nl === -1 ? t.length : nl) : t.length;
    this.blank(i, to);
    if (!m) this.fail(i, 'comment');
    return to;
  }

  /** Whether `<<` at i opens a Ruby heredoc rather than shifting or appending (`a << B`). */
  private heredocContext(i: number): boolean {
    const before = this.text.slice(Math.max(0, i - 40), i);
    if (/[\w)\]]\s+$/.test(before) && !/(?:^|[^\w])(?:puts|print|raise|return|p|=|\()\s+$/.test(before)) return /[~-]$|^<<[~-]/.test(this.text.slice(i, i + 3));
    return true;
  }

  /** Reads the bodies of the Ruby heredocs opened on the line that ended at `i`. */
  private heredocBodies(i: number): number {
    const t = this.text;
    const pending = this.pending;
    this.pending = [];
    for (const h of pending) {
      const term = new RegExp(`^[ \\t]*${h.id}[ \\t]*\\r?$`, 'gm');
      term.lastIndex = i;
      const m = term.exec(t);
      const bodyEnd = m ? m.index : t.length;
      const value = t.slice(i, bodyEnd);
      this.literals.push({ start: h.start, contentStart: i, contentEnd: bodyEnd, end: bodyEnd, value, plain: h.raw || !value.includes('#{') });
      this.blank(i, bodyEnd);
      if (!m) {
        this.fail(h.start, 'string');
        return t.length;
      }
      const nl = t.indexOf('\n', bodyEnd);
      this.blank(bodyEnd, nl === -1 ? t.length : nl);
      i = nl === -1 ? t.length : nl + 1;
    }
    return i;
  }

  private phpHeredoc(i: number, headLength: number, id: string, nowdoc: boolean): number {
    const t = this.text;
    const body = i + headLength;
    // PHP 7.3 lets the closing identifier be indented and followed by other code on its line.
    const term = new RegExp(`^[ \\t]*${id}(?![A-Za-z0-9_])`, 'gm');
    term.lastIndex = body;
    const m = term.exec(t);
    const bodyEnd = m ? m.index : t.length;
    const value = t.slice(body, bodyEnd);
    this.literals.push({
      start: i, contentStart: body, contentEnd: bodyEnd, end: m ? bodyEnd + m[0].length : t.length, value,
      plain: nowdoc || !/\$[A-Za-z_{]|\{\$/.test(value),
    });
    this.blank(body, bodyEnd);
    if (!m) {
      this.fail(i, 'string');
      return t.length;
    }
    return bodyEnd + m[0].length;
  }

  /**
   * The literal that starts at `i`, if any.
   */
  private stringAt(i: number): StringSpec | undefined {
    const t = this.text;
    const c = t[i];
    const prev = i > 0 ? t[i - 1]! : ' ';
    switch (this.lang) {
      case 'java':
        if (t.startsWith('"""', i)) return { open: 3, close: '"""', escapes: 'backslash', interp: 'none', multiline: true };
        if (c === '"') return { open: 1, close: '"', escapes: 'backslash', interp: 'none', multiline: false };
        if (c === "'") return this.charLiteral(i);
        return undefined;
      case 'kotlin':
        if (t.startsWith('"""', i)) return { open: 3, close: '"""', escapes: 'none', interp: 'dollar-brace', multiline: true };
        if (c === '"') return { open: 1, close: '"', escapes: 'backslash', interp: 'dollar-brace', multiline: false };
        if (c === "'") return this.charLiteral(i);
        return undefined;
      case 'go':
        if (c === '"') return { open: 1, close: '"', escapes: 'backslash', interp: 'none', multiline: false };
        if (c === '`') return { open: 1, close: '`', escapes: 'none', interp: 'none', multiline: true };
        if (c === "'") return this.charLiteral(i);
        return undefined;
      case 'python': {
        const m = /^([rRbBuUfF]{0,2})("""|'''|"|')/.exec(t.slice(i, i + 5));
        if (!m) return undefined;
        const prefix = m[1]!.toLowerCase();
        if (prefix && ID.test(prev)) return undefined;
        if (!/^(?:|r|u|b|f|br|rb|fr|rf)$/.test(prefix)) return undefined;
        const q = m[2]!;
        return {
          open: prefix.length + q.length, close: q, escapes: prefix.includes('r') ? 'quote-backslash' : 'backslash',
          interp: prefix.includes('f') ? 'brace' : 'none', multiline: q.length === 3,
        };
      }
      case 'csharp': {
        const m = /^(\$*@?\$*)("""+|")/.exec(t.slice(i, i + 12));
        if (!m) return c === "'" ? this.charLiteral(i) : undefined;
        const prefix = m[1]!;
        if (prefix && ID.test(prev)) return undefined;
        const interp = prefix.includes('$') ? 'brace' : 'none';
        if (m[2]!.length >= 3) return { open: prefix.length + m[2]!.length, close: m[2]!, escapes: 'none', interp, multiline: true };
        if (prefix.includes('@')) return { open: prefix.length + 1, close: '"', escapes: 'doubled', interp, multiline: true };
        return { open: prefix.length + 1, close: '"', escapes: 'backslash', interp, multiline: false };
      }
      case 'php':
        if (c === "'") return { open: 1, close: "'", escapes: 'quote-backslash', interp: 'none', multiline: true };
        if (c === '"') return { open: 1, close: '"', escapes: 'backslash', interp: 'php', multiline: true };
        if (c === '`') return { open: 1, close: '`', escapes: 'backslash', interp: 'php', multiline: true };
        return undefined;
      case 'ruby':
        return this.rubyString(i);
    }
  }

  /** A character literal `'x'`, `'\n'`, `'\u0041'`; a lone quote that closes nothing nearby is not one. */
  private charLiteral(i: number): StringSpec | undefined {
    const m = /^'(?:\\(?:u+[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|x[0-9A-Fa-f]{1,4}|[0-7]{1,3}|.)|[^'\\\n]{1,2})'/.exec(this.text.slice(i, i + 14));
    return m ? { open: 1, close: "'", escapes: 'backslash', interp: 'none', multiline: false } : undefined;
  }

  private rubyString(i: number): StringSpec | undefined {
    const t = this.text;
    const c = t[i];
    if (c === "'") return { open: 1, close: "'", escapes: 'quote-backslash', interp: 'none', multiline: true };
    if (c === '"' || c === '`') return { open: 1, close: c, escapes: 'backslash', interp: 'hash-brace', multiline: true };
    if (c === '/' && this.rubyRegexContext(i)) return { open: 1, close: '/', escapes: 'backslash', interp: 'hash-brace', multiline: true };
    if (c === '%') {
      const m = /^%([qQwWiIrxs]?)([^\w\s])/.exec(t.slice(i, i + 3));
      if (m && (m[1] || this.rubyPercentContext(i))) {
        const open = m[2]!;
        const close = PAIRS[open] ?? open;
        const interp = /[qwis]/.test(m[1]!) ? 'none' : 'hash-brace';
        return {
          open: m[0].length, close, escapes: interp === 'none' ? 'quote-backslash' : 'backslash', interp, multiline: true,
          ...(PAIRS[open] ? { nest: open } : {}),
        };
      }
    }
    return undefined;
  }

  /** The text of the line before `i` (at most 40 characters of it). */
  private lineBefore(i: number): string {
    const from = Math.max(0, i - 40);
    const nl = this.text.lastIndexOf('\n', i - 1);
    return this.text.slice(Math.max(from, nl + 1), i);
  }

  /** Whether `/` at i starts a regular expression: after an operator or at a line's start, not between operands. */
  private rubyRegexContext(i: number): boolean {
    const before = this.lineBefore(i);
    if (/^\s*$/.test(before) && (i < 40 || before.length < 40)) return true;
    if (/[(,=!~|&{[;?:+*<>%^]\s*$/.test(before)) return true;
    // `split /,/` but not `a / b`: a keyword or method, a space, and no space after the slash.
    return /\b(?:if|unless|when|and|or|not|return|split|scan|match|gsub!?|sub!?|index|grep|puts|while|until)\s+$/.test(before)
      && !/\s/.test(this.text[i + 1] ?? ' ');
  }

  private rubyPercentContext(i: number): boolean {
    const before = this.lineBefore(i);
    if (/^\s*$/.test(before) && (i < 40 || before.length < 40)) return true;
    return /(?:[(,=[{;|&!?:]|\b(?:puts|print|return|when|in|raise)\s)\s*$/.test(before);
  }

  /** Reads a literal at `i`; returns the offset after it. */
  private string(i: number, spec: StringSpec, depth: number): number {
    const t = this.text;
    const n = t.length;
    const contentStart = i + spec.open;
    let j = contentStart;
    let plain = true;
    let level = 0;
    // Content to blank, as [start, end) pairs: everything but the code of interpolations.
    const segments: number[] = [];
    let segStart = contentStart;
    const closeCode = spec.close.charCodeAt(0);
    const single = spec.close.length === 1;
    while (j < n) {
      const c = t.charCodeAt(j);
      if (c === 10 && !spec.multiline) break;
      if (c === 92 && spec.escapes !== 'none') {
        if (spec.escapes === 'doubled') {
          j++;
          continue;
        }
        j += 2;
        continue;
      }
      if (spec.nest !== undefined) {
        if (t[j] === spec.nest) level++;
        else if (c === closeCode && level > 0) {
          level--;
          j++;
          continue;
        }
      }
      if (c === closeCode && (single || t.startsWith(spec.close, j))) {
        if (spec.escapes === 'doubled' && t.charCodeAt(j + 1) === closeCode) {
          j += 2;
          continue;
        }
        if (!single && this.lang === 'kotlin') {
          // A Kotlin raw string closes at the last three quotes of a run (`""""` ends with one quote of content).
          let k = j + spec.close.length;
          while (k < n && t.charCodeAt(k) === closeCode && k - j < 64) k++;
          j = k - spec.close.length;
        }
        segments.push(segStart, j);
        return this.finish(i, contentStart, j, j + spec.close.length, spec, plain, segments);
      }
      const interp = this.interpolation(j, spec.interp);
      if (interp) {
        if (interp.literal) {
          j += interp.length;
          continue;
        }
        plain = false;
        if (!interp.code) {
          j += interp.length;
          continue;
        }
        const inner = j + interp.length;
        if (depth >= MAX_DEPTH) {
          j = inner;
          continue;
        }
        segments.push(segStart, inner);
        j = this.code(inner, depth + 1, true);
        // The closing brace is the literal's, not code's: blanking it keeps brackets in `code` balanced.
        segStart = this.text.charCodeAt(j - 1) === 125 ? j - 1 : j;
        continue;
      }
      j++;
    }
    // Unterminated: a one-line literal ends at the line's end; a multi-line one runs to the end of the text.
    if (spec.multiline) this.fail(i, 'string');
    const end = Math.min(j, n);
    segments.push(Math.min(segStart, end), end);
    return this.finish(i, contentStart, end, end, spec, plain, segments, true);
  }

  /**
   * The interpolation that starts at `j`, if any: its opener's length, and whether code follows up to the matching `}`
   * (`${x}`, `#{x}`, `{x}`) or not (`$name`); `literal` for an escaped brace (`{{`), which is content.
   */
  private interpolation(j: number, kind: Interp): { length: number; code: boolean; literal?: boolean } | undefined {
    const t = this.text;
    const next = t[j + 1] ?? '';
    switch (kind) {
      case 'none':
        return undefined;
      case 'dollar-brace':
        if (t[j] !== '$') return undefined;
        if (next === '{') return { length: 2, code: true };
        return /[A-Za-z_]/.test(next) ? { length: 1, code: false } : undefined;
      case 'brace':
        if (t[j] === '{') return next === '{' ? { length: 2, code: false, literal: true } : { length: 1, code: true };
        if (t[j] === '}' && next === '}') return { length: 2, code: false, literal: true };
        return undefined;
      case 'hash-brace':
        if (t[j] !== '#') return undefined;
        if (next === '{') return { length: 2, code: true };
        return /[@$]/.test(next) ? { length: 1, code: false } : undefined;
      case 'php':
        if (t[j] === '{' && next === '$') return { length: 1, code: true };
        if (t[j] === '$' && next === '{') return { length: 2, code: true };
        return t[j] === '$' && /[A-Za-z_]/.test(next) ? { length: 1, code: false } : undefined;
    }
  }

  private finish(
    start: number, contentStart: number, contentEnd: number, end: number, spec: StringSpec, plain: boolean, segments: readonly number[],
    open = false,
  ): number {
    const raw = this.text.slice(contentStart, contentEnd);
    const value = spec.escapes === 'backslash' ? raw.replace(/\\(.)/gs, '$1')
      : spec.escapes === 'quote-backslash' ? raw.replace(/\\([\\'"])/g, '$1')
        : spec.escapes === 'doubled' ? raw.replaceAll(spec.close + spec.close, spec.close) : raw;
    this.literals.push({ start, contentStart, contentEnd, end, value, plain: plain && !open });
    for (let k = 0; k < segments.length; k += 2) this.blank(segments[k]!, segments[k + 1]!);
    return end;
  }
}

const PAIRS: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}', '<': '>' };

function decode(buf: Uint16Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let k = 0; k < buf.length; k += CHUNK) out += String.fromCharCode(...buf.subarray(k, k + CHUNK));
  return out;
}
