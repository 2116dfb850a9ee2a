/**
 * The OpenSSL CONF file syntax (openssl.cnf), read as OpenSSL 3.0's NCONF_load does (config(5), "SYNTAX"; the character
 * classes of crypto/conf/conf_def.h, CONF_type_default): logical lines joined at a trailing backslash, `#` comments outside
 * quotes, `[section]` headers, `name = value` and `section::name = value` assignments, values with `'`, `"` and `` ` ``
 * quoting, backslash escapes (`\n`, `\r`, `\b`, `\t`), `$var`, `${var}`, `$(var)` and `$section::var` expansion of values
 * defined earlier (in the section, else in the default section), the `.pragma` directive (dollarid, abspath, includedir)
 * and the `.include` directive (a file, or every `*.cnf` and `*.conf` file of a directory).
 *
 * Every character of a value keeps the place it was written (expanded variables keep the place of their definition), so
 * that a word inside a list is reported where it stands.
 *
 * Includes: a relative `.include` path is read from the `includedir` pragma's directory when there is one, else from the
 * directory of the including file. OpenSSL itself first prepends the OPENSSL_CONF_INCLUDE environment variable and else
 * reads the path from its current working directory, neither of which a scan can know; the including file's directory is
 * what such configurations are written for. The current section carries on into an included file and back, as in OpenSSL.
 *
 * OpenSSL refuses a whole file at its first syntax error (and then runs on its built-in defaults); this reader reports the
 * error and reads on, so that one mistake does not hide the rest.
 * @module
 */
import { dirname, isAbsolute, join } from 'node:path';
import type { Localized } from '../../catalog/types.js';
import type { ExtractContext, Extraction, Location } from '../../scan/types.js';

/** A parse-error extraction. */
export type ParseError = Extract<Extraction, { kind: 'parse-error' }>;

/** Where each character of a value was written: runs of consecutive columns on one line of one file. */
interface Run {
  /** Offset in the value where the run starts. */
  readonly start: number;
  readonly path: string;
  readonly line: number;
  readonly column: number;
}

/** One `name = value` assignment. */
export interface ConfEntry {
  /** The section it belongs to (`default` before the first header; the `section::` prefix when written). */
  readonly section: string;
  /** The name as written (`CipherString`, `1.OU`, `ssl_conf`). */
  readonly name: string;
  readonly nameAt: Location;
  /** The value after quotes, escapes and expansion. */
  readonly value: string;
  /** Where the value's first character was written (for an empty value: where it would start). */
  readonly at: Location;
  /** A variable that cannot be known before run time (`$ENV::HOME`): the value then holds only what is known. */
  readonly unresolved?: string;
  /** Where the character at `offset` of the value was written. */
  readonly locate: (offset: number) => Location;
}

/** A read configuration file with the files it includes. */
export interface ConfDocument {
  /** The entries of each section in the order written (a name may repeat: lookups take the last). */
  readonly sections: ReadonlyMap<string, readonly ConfEntry[]>;
  /** Where each section's first header is (the default section: the top of the main file). */
  readonly headers: ReadonlyMap<string, Location>;
  readonly errors: readonly ParseError[];
}

/** What readConf needs to know about the file. */
export interface ConfReadOptions {
  /** The path findings show. */
  readonly path: string;
  /** The absolute path, to resolve relative includes; without it includes are not followed. */
  readonly absolutePath?: string;
  /** Reads included files (ExtractContext.include); without it includes are reported as not followed. */
  readonly include?: ExtractContext['include'];
}

/** Reports past this many stop, so that a megabyte of garbage gives a readable answer. */
const MAX_ERRORS = 50;
/** Includes nest at most this deep (OpenSSL has no limit but loops forever on a cycle). */
const MAX_INCLUDE_DEPTH = 8;
/** OpenSSL's MAX_CONF_VALUE_LENGTH: an expansion past this is an error. */
const MAX_VALUE_LENGTH = 65536;

// Character classes of CONF_type_default (conf_def.h), ASCII only: anything above 127 is in no class.
const WS = new Set([' ', '\t', '\n', '\r']);
const PUNCT = new Set(['!', '%', '&', '*', '+', ',', '-', '.', '/', ';', '?', '@', '^', '|', '~']);
const QUOTES = new Set(['"', "'", '`']);
function isAlnum(c: string | undefined): boolean {
  return c !== undefined && /^[A-Za-z0-9_]$/.test(c);
}
function isAlnumPunct(c: string | undefined): boolean {
  return c !== undefined && (isAlnum(c) || PUNCT.has(c));
}

/** A logical line: the text with backslash continuations joined, and where each piece of it came from. */
interface LogicalLine {
  readonly text: string;
  /** Pieces: offset in `text` where a physical line starts, its line number and the column of its first character. */
  readonly pieces: readonly { readonly start: number; readonly line: number; readonly column: number }[];
  readonly path: string;
}

function positionIn(l: LogicalLine, offset: number): { line: number; column: number } {
  let piece = l.pieces[0]!;
  for (const p of l.pieces) {
    if (p.start > offset) break;
    piece = p;
  }
  return { line: piece.line, column: piece.column + (offset - piece.start) };
}

function locationIn(l: LogicalLine, offset: number): Location {
  const { line, column } = positionIn(l, offset);
  return { path: l.path, line, column };
}

/** Splits a text into logical lines as def_load_bio does: `\r\n` stripped, a line ending in an unescaped `\` continued. */
function logicalLines(text: string, path: string, stripBom: boolean): LogicalLine[] {
  const out: LogicalLine[] = [];
  let body = text;
  let bom = 0;
  if (stripBom && body.charCodeAt(0) === 0xfeff) {
    body = body.slice(1);
    bom = 1;
  }
  let buffer = '';
  let pieces: { start: number; line: number; column: number }[] = [];
  let lineNo = 0;
  let pos = 0;
  while (pos <= body.length) {
    const nl = body.indexOf('\n', pos);
    const end = nl === -1 ? body.length : nl;
    let raw = body.slice(pos, end);
    lineNo++;
    while (raw.endsWith('\r') || raw.endsWith('\n')) raw = raw.slice(0, -1);
    pieces.push({ start: buffer.length, line: lineNo, column: lineNo === 1 ? 1 + bom : 1 });
    buffer += raw;
    const continued = buffer.endsWith('\\') && !buffer.endsWith('\\\\');
    if (continued) buffer = buffer.slice(0, -1);
    if (!continued || nl === -1) {
      if (buffer !== '' || nl !== -1) out.push({ text: buffer, pieces, path });
      buffer = '';
      pieces = [];
    }
    if (nl === -1) break;
    pos = nl + 1;
  }
  return out;
}

/** The end of the comment-free part of a line (clear_comments): `#` outside quotes, skipping escaped characters. */
function commentStart(s: string): number {
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (c === '#') return i;
    if (QUOTES.has(c)) {
      i++;
      while (i < s.length && s[i] !== c) i += s[i] === '\\' && i + 1 < s.length ? 2 : 1;
      if (i < s.length) i++;
      continue;
    }
    i += c === '\\' && i + 1 < s.length ? 2 : 1;
  }
  return s.length;
}

function skipWs(s: string, i: number, end = s.length): number {
  while (i < end && WS.has(s[i]!)) i++;
  return i;
}

/** eat_alpha_numeric: a run of name characters, backslash escapes included. */
function nameEnd(s: string, i: number, end: number, dollarid: boolean): number {
  while (i < end) {
    const c = s[i]!;
    if (c === '\\') {
      i += i + 1 < end ? 2 : 1;
      continue;
    }
    if (!isAlnumPunct(c) || (dollarid && c === '$')) return i;
    i++;
  }
  return i;
}

/** A value being built, with where each character came from. */
class ValueBuilder {
  text = '';
  readonly runs: Run[] = [];
  unresolved: string | undefined;

  push(ch: string, at: Location): void {
    const last = this.runs[this.runs.length - 1];
    const offset = this.text.length;
    if (!last || last.path !== at.path || last.line !== at.line || last.column + (offset - last.start) !== at.column) {
      this.runs.push({ start: offset, path: at.path, line: at.line, column: at.column });
    }
    this.text += ch;
  }

  /** Appends another entry's value with the places it was written. */
  pushEntry(e: ConfEntry): void {
    for (let k = 0; k < e.value.length; k++) this.push(e.value[k]!, e.locate(k));
  }
}

function locator(runs: readonly Run[], fallback: Location): (offset: number) => Location {
  return (offset) => {
    let run: Run | undefined;
    for (const r of runs) {
      if (r.start > offset) break;
      run = r;
    }
    if (!run) return fallback;
    return { path: run.path, line: run.line, column: run.column + (offset - run.start) };
  };
}

/** Why a value could not be read. */
class ValueError extends Error {
  constructor(readonly at: number, readonly text: Localized) {
    super(text.en);
  }
}

/** The reader's state across the main file and its includes. */
class Reader {
  readonly sections = new Map<string, ConfEntry[]>();
  readonly headers = new Map<string, Location>();
  readonly errors: ParseError[] = [];
  /** The last value of each `section\0name`, as the CONF hash table holds it while the file is read. */
  private readonly latest = new Map<string, ConfEntry>();
  section = 'default';
  dollarid = false;
  abspath = false;
  includedir: string | undefined;
  private suppressed = 0;

  constructor(readonly options: ConfReadOptions) {
    this.sections.set('default', []);
    this.headers.set('default', { path: options.path, line: 1, column: 1 });
  }

  error(at: Location, message: Localized): void {
    if (this.errors.length < MAX_ERRORS) {
      this.errors.push({ kind: 'parse-error', message, location: at });
      return;
    }
    if (this.suppressed++ === 0) {
      this.errors.push({
        kind: 'parse-error', location: at,
        message: { en: `more than ${MAX_ERRORS} problems; the rest are not reported`, ja: `問題が ${MAX_ERRORS} 件を超えたため、以降は報告しない` },
      });
    }
  }

  lookup(section: string | undefined, name: string): ConfEntry | undefined {
    if (section !== undefined) {
      const found = this.latest.get(`${section}\0${name}`);
      if (found) return found;
    }
    return this.latest.get(`default\0${name}`);
  }

  add(entry: ConfEntry): void {
    let list = this.sections.get(entry.section);
    if (!list) {
      list = [];
      this.sections.set(entry.section, list);
    }
    list.push(entry);
    this.latest.set(`${entry.section}\0${entry.name}`, entry);
  }

  /** Reads one file's text (the main file or an included one). */
  readText(text: string, path: string, absolutePath: string | undefined, depth: number, inDirectory: boolean): void {
    for (const l of logicalLines(text, path, depth === 0)) this.readLine(l, absolutePath, depth, inDirectory);
  }

  private readLine(l: LogicalLine, absolutePath: string | undefined, depth: number, inDirectory: boolean): void {
    const s = l.text;
    const end = commentStart(s);
    let i = skipWs(s, 0, end);
    if (i >= end) return;
    if (s[i] === '[') {
      this.readHeader(l, i, end);
      return;
    }
    const nameStart = i;
    let nEnd = nameEnd(s, i, end, this.dollarid);
    let section = this.section;
    let name = s.slice(nameStart, nEnd);
    let nameAt = locationIn(l, nameStart);
    if (s[nEnd] === ':' && s[nEnd + 1] === ':') {
      section = name;
      const start = nEnd + 2;
      nEnd = nameEnd(s, start, end, this.dollarid);
      name = s.slice(start, nEnd);
      nameAt = locationIn(l, start);
    }
    const p = skipWs(s, nEnd, end);
    for (const directive of ['.pragma', '.include'] as const) {
      if (name.startsWith(directive) && (p !== nameStart + directive.length || s[p] === '=')) {
        let v = p;
        if (s[v] === '=') v = skipWs(s, v + 1, end);
        let vEnd = end;
        while (vEnd > v && WS.has(s[vEnd - 1]!)) vEnd--;
        if (directive === '.pragma') this.pragma(l, v, vEnd);
        else this.includeDirective(l, v, vEnd, section, absolutePath, depth, inDirectory);
        return;
      }
    }
    if (s[p] !== '=') {
      this.error(locationIn(l, p < s.length ? p : nEnd), p >= end
        ? { en: `"${clip(name)}" has no "= value": OpenSSL refuses the whole file`, ja: `「${clip(name)}」に「= 値」がない。OpenSSL はファイル全体を受け付けない` }
        : { en: `expected "=" after "${clip(name)}", found "${s[p]}": OpenSSL refuses the whole file`, ja: `「${clip(name)}」の後に「=」が必要だが「${s[p]}」がある。OpenSSL はファイル全体を受け付けない` });
      return;
    }
    const vStart = skipWs(s, p + 1, end);
    let vEnd = end;
    while (vEnd > vStart && WS.has(s[vEnd - 1]!)) vEnd--;
    const at = locationIn(l, vStart);
    try {
      const b = this.decode(l, vStart, vEnd, section);
      this.add({
        section, name: unescapeName(name), nameAt, value: b.text, at: b.runs[0] ? locator(b.runs, at)(0) : at,
        ...(b.unresolved ? { unresolved: b.unresolved } : {}), locate: locator(b.runs, at),
      });
    } catch (e) {
      if (!(e instanceof ValueError)) throw e;
      this.error(locationIn(l, e.at), e.text);
    }
  }

  private readHeader(l: LogicalLine, open: number, end: number): void {
    const s = l.text;
    const start = skipWs(s, open + 1, end);
    let ss = start;
    let nEnd: number;
    // A header may hold several words ("[ a b ]"): conf_def.c keeps reading name runs up to the "]".
    for (;;) {
      nEnd = nameEnd(s, ss, end, this.dollarid);
      const p = skipWs(s, nEnd, end);
      if (s[p] === ']' && p < end) break;
      if (p < end && ss !== p) {
        ss = p;
        continue;
      }
      this.error(locationIn(l, open), { en: 'section header without "]": OpenSSL refuses the whole file', ja: 'セクション見出しに「]」がない。OpenSSL はファイル全体を受け付けない' });
      return;
    }
    try {
      const name = this.decode(l, start, nEnd, undefined).text;
      this.section = name;
      if (!this.sections.has(name)) this.sections.set(name, []);
      if (!this.headers.has(name)) this.headers.set(name, locationIn(l, start));
    } catch (e) {
      if (!(e instanceof ValueError)) throw e;
      this.error(locationIn(l, e.at), e.text);
    }
  }

  private pragma(l: LogicalLine, v: number, vEnd: number): void {
    const body = l.text.slice(v, vEnd);
    const colon = body.indexOf(':');
    const key = colon <= 0 ? '' : body.slice(0, colon).trim();
    const value = colon <= 0 ? '' : body.slice(colon + 1).trim();
    if (!key || !value) {
      this.error(locationIn(l, v), { en: `.pragma needs "keyword:value", not "${clip(body)}": OpenSSL refuses the whole file`, ja: `.pragma には「キーワード:値」が必要（「${clip(body)}」）。OpenSSL はファイル全体を受け付けない` });
      return;
    }
    if (key === 'dollarid' || key === 'abspath') {
      const on = /^(?:on|true)$/i.test(value);
      if (!on && !/^(?:off|false)$/i.test(value)) {
        this.error(locationIn(l, v + colon + 1), { en: `.pragma ${key} takes on, true, off or false, not "${clip(value)}"`, ja: `.pragma ${key} の値は on、true、off、false のいずれか（「${clip(value)}」ではない）` });
        return;
      }
      if (key === 'dollarid') this.dollarid = on;
      else this.abspath = on;
    } else if (key === 'includedir') {
      this.includedir = value;
    }
    // OpenSSL ignores pragmas it does not know.
  }

  private includeDirective(
    l: LogicalLine, v: number, vEnd: number, section: string, absolutePath: string | undefined, depth: number, inDirectory: boolean,
  ): void {
    const at = locationIn(l, v);
    let target: string;
    try {
      const b = this.decode(l, v, vEnd, section);
      if (b.unresolved) {
        this.error(at, { en: `.include names ${b.unresolved}, known only at run time: the file is not read`, ja: `.include が実行時にしか分からない ${b.unresolved} を使うため、ファイルを読まない` });
        return;
      }
      target = b.text;
    } catch (e) {
      if (!(e instanceof ValueError)) throw e;
      this.error(locationIn(l, e.at), e.text);
      return;
    }
    if (target === '') {
      this.error(at, { en: '.include names no file', ja: '.include がファイルを指定していない' });
      return;
    }
    if (this.abspath && !isAbsolute(target) && this.includedir === undefined) {
      this.error(at, { en: `.include "${clip(target)}" is relative while ".pragma abspath" requires absolute paths: OpenSSL refuses the whole file`, ja: `「.pragma abspath」があるのに .include「${clip(target)}」が相対パス。OpenSSL はファイル全体を受け付けない` });
      return;
    }
    const include = this.options.include;
    if (!include) {
      this.error(at, { en: `.include "${clip(target)}" is not followed here: its settings are not read`, ja: `.include「${clip(target)}」はここでは読まないため、その設定は読んでいない` });
      return;
    }
    if (depth >= MAX_INCLUDE_DEPTH) {
      this.error(at, { en: `.include "${clip(target)}" nests more than ${MAX_INCLUDE_DEPTH} files deep (a loop?): not read`, ja: `.include「${clip(target)}」の入れ子が ${MAX_INCLUDE_DEPTH} 段を超える（循環？）ため読まない` });
      return;
    }
    const base = this.includedir ?? (absolutePath ? dirname(absolutePath) : undefined);
    if (!isAbsolute(target) && base === undefined) {
      this.error(at, { en: `.include "${clip(target)}" is relative and the file's directory is unknown: not read`, ja: `.include「${clip(target)}」は相対パスで、基準のディレクトリが分からないため読まない` });
      return;
    }
    const dir = base ?? '/';
    const got = include(target, dir);
    if (got.files.length) {
      for (const f of got.files) this.readText(f.text, f.path, f.absolutePath, depth + 1, inDirectory);
      return;
    }
    const reason = got.unreadable[0]?.reason ?? 'missing';
    if (/directory|not a regular file/i.test(reason)) {
      if (inDirectory) {
        this.error(at, { en: `.include "${clip(target)}" names a directory from a file read from a directory: OpenSSL ignores it`, ja: `ディレクトリから読んだファイルの .include「${clip(target)}」がディレクトリを指すため、OpenSSL は無視する` });
        return;
      }
      // OpenSSL reads the directory in readdir() order, which no scan can reproduce: byte order of the names is used.
      const folder = isAbsolute(target) ? target : join(dir, target);
      const files = [...include('*.cnf', folder).files, ...include('*.conf', folder).files]
        .sort((a, b) => (a.absolutePath < b.absolutePath ? -1 : a.absolutePath > b.absolutePath ? 1 : 0));
      for (const f of files) this.readText(f.text, f.path, f.absolutePath, depth + 1, true);
      return;
    }
    // "missing include file is not fatal error" (conf_def.c): OpenSSL goes on without it.
    this.error(at, { en: `.include "${clip(target)}" cannot be read (${reason}): OpenSSL goes on without it`, ja: `.include「${clip(target)}」を読めない（${reason}）。OpenSSL はそれなしで続ける` });
  }

  /** str_copy: quotes, escapes and expansion of `s[start, end)` for a value in `section` (undefined: a section name). */
  private decode(l: LogicalLine, start: number, end: number, section: string | undefined): ValueBuilder {
    const s = l.text;
    const b = new ValueBuilder();
    let i = start;
    while (i < end) {
      const c = s[i]!;
      if (QUOTES.has(c)) {
        i++;
        while (i < end && s[i] !== c) {
          if (s[i] === '\\') {
            i++;
            if (i >= end) break;
          }
          b.push(s[i]!, locationIn(l, i));
          i++;
        }
        if (s[i] === c) i++;
      } else if (c === '\\') {
        if (i + 1 >= end) break;
        const e = s[i + 1]!;
        b.push(e === 'r' ? '\r' : e === 'n' ? '\n' : e === 'b' ? '\b' : e === 't' ? '\t' : e, locationIn(l, i + 1));
        i += 2;
      } else if (c === '$' && (!this.dollarid || s[i + 1] === '{' || s[i + 1] === '(')) {
        i = this.expand(l, i, end, section, b);
      } else {
        b.push(c, locationIn(l, i));
        i++;
      }
      if (b.text.length > MAX_VALUE_LENGTH) {
        throw new ValueError(start, { en: 'the value grows past 64 KiB: OpenSSL refuses the whole file', ja: '値が 64 KiB を超える。OpenSSL はファイル全体を受け付けない' });
      }
    }
    return b;
  }

  private expand(l: LogicalLine, dollar: number, end: number, section: string | undefined, b: ValueBuilder): number {
    const s = l.text;
    let i = dollar + 1;
    const close = s[i] === '{' ? '}' : s[i] === '(' ? ')' : '';
    if (close) i++;
    const isName = (c: string | undefined) => isAlnum(c) || (this.dollarid && c === '$');
    let from = section;
    let nStart = i;
    while (i < end && isName(s[i])) i++;
    if (s[i] === ':' && s[i + 1] === ':') {
      from = s.slice(nStart, i);
      i += 2;
      nStart = i;
      while (i < end && isName(s[i])) i++;
    }
    const name = s.slice(nStart, i);
    if (close) {
      if (s[i] !== close) throw new ValueError(dollar, { en: `"${clip(s.slice(dollar, i + 1))}" has no closing "${close}": OpenSSL refuses the whole file`, ja: `「${clip(s.slice(dollar, i + 1))}」に閉じる「${close}」がない。OpenSSL はファイル全体を受け付けない` });
      i++;
    }
    const ref = s.slice(dollar, i);
    const found = this.lookup(from, name);
    if (found) {
      b.pushEntry(found);
      if (found.unresolved) b.unresolved ??= found.unresolved;
      return i;
    }
    if (from === 'ENV') {
      // The environment of the program that loads the file: unknown to a scan.
      b.unresolved ??= ref;
      return i;
    }
    throw new ValueError(dollar, { en: `${ref} has no value (variables must be defined before use): OpenSSL refuses the whole file`, ja: `${ref} に値がない（変数は使う前に定義が必要）。OpenSSL はファイル全体を受け付けない` });
  }
}

function unescapeName(name: string): string {
  return name.includes('\\') ? name.replace(/\\(.)/g, '$1') : name;
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/**
 * Reads an OpenSSL configuration file and the files it includes. Never throws.
 * @example
 * const doc = readConf('openssl_conf = init\n[init]\nssl_conf = ssl\n', { path: 'openssl.cnf' });
 * doc.sections.get('init')?.[0]?.value; // 'ssl'
 */
export function readConf(text: string, options: ConfReadOptions): ConfDocument {
  const r = new Reader(options);
  r.readText(text, options.path, options.absolutePath, 0, false);
  return { sections: r.sections, headers: r.headers, errors: r.errors };
}

/**
 * The last value of a name in a section (then in the default section), as NCONF_get_string finds it.
 * @example
 * confValue(readConf('a = 1\n[s]\nb = 2\n', { path: 'x.cnf' }), 's', 'a')?.value; // '1'
 */
export function confValue(doc: ConfDocument, section: string, name: string): ConfEntry | undefined {
  const own = doc.sections.get(section);
  for (let k = (own?.length ?? 0) - 1; k >= 0; k--) if (own![k]!.name === name) return own![k];
  if (section === 'default') return undefined;
  const def = doc.sections.get('default') ?? [];
  for (let k = def.length - 1; k >= 0; k--) if (def[k]!.name === name) return def[k];
  return undefined;
}
