/**
 * Turning what the analysis recognised into extractions (src/scan/types.ts): a `usage` placed at the characters that
 * spell the algorithm (inside the quotes of a string literal, at the identifier of a library member), a `dynamic` placed
 * at the expression that chooses the algorithm at run time, and the message context that names the API and, when the
 * value was written elsewhere (a constant), the line where the API uses it. The same use reached twice (one constant
 * passed to the same API twice) is reported once.
 * @module
 */
import type { Localized } from '../../catalog/types.js';
import type { CheckObject } from '../../judge/types.js';
import type { Usage } from '../../names/types.js';
import type { Extraction, Location } from '../../scan/types.js';
import { spanOf, type Node, type Span } from './ast.js';
import type { Value } from './evaluate.js';

/** What a usage judges: a name resolve() reads, a parsed Usage, or a name with parameters. */
export type Subject = string | Usage | CheckObject;

/** The longest run-time expression quoted in a message. */
const MAX_INPUT = 80;

/**
 * Collects the extractions of one file.
 * @example
 * const emit = new Emitter('src/a.ts', text);
 * emit.usage(value, 'md5', 'md5', 'crypto.createHash', callNode);
 */
export class Emitter {
  readonly out: Extraction[] = [];
  private readonly seen = new Set<string>();

  constructor(readonly path: string, private readonly text: string) {}

  /** Where characters [start, end) of a value are written; the whole value when no range is given. */
  locate(value: Value, start?: number, end?: number): Location {
    if (value.t === 'str' && value.parts.length) {
      // A name assembled from pieces written on different lines is placed where it is assembled.
      const whole = start === undefined && end === undefined;
      if (whole && value.parts[0]!.span.line !== value.parts[value.parts.length - 1]!.span.endLine) return this.spanLocation(spanOf(value.node));
      return this.strLocation(value, start ?? 0, end ?? value.v.length);
    }
    return this.spanLocation(spanOf(value.node));
  }

  /** The location of a node. */
  at(node: Node): Location {
    return this.spanLocation(spanOf(node));
  }

  spanLocation(s: Span): Location {
    return { path: this.path, line: s.line, column: s.column, endLine: s.endLine, endColumn: s.endColumn };
  }

  private strLocation(value: Value & { t: 'str' }, start: number, end: number): Location {
    const first = pointAt(value, start, false);
    const last = pointAt(value, Math.max(start, end), true);
    return { path: this.path, line: first.line, column: first.column, endLine: last.line, endColumn: last.column };
  }

  /**
   * A use of an algorithm. `where` is the value or node that spells it, `use` the call that uses it (for the context).
   */
  usage(where: Value | Location, input: string, subject: Subject, api: string, use: Node): void {
    const location = 't' in where ? this.locate(where) : where;
    const origin = 't' in where && where.t === 'str' ? where.parts[0]?.origin : undefined;
    // One literal used by two calls is one finding: the place and the name are what a reader acts on.
    const key = `u|${location.line}:${location.column}|${input}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const context = this.context(api, location, use);
    if (origin) {
      context.en += `, value from ${origin.path}:${origin.line}`;
      context.ja += `、値は ${origin.path}:${origin.line}`;
    }
    this.out.push({ kind: 'usage', input, subject, location, confidence: 'exact', context });
  }

  /** An algorithm chosen at run time, at the expression that chooses it. */
  dynamic(node: Node, api: string, use: Node, what?: string): void {
    const location = this.at(node);
    const input = this.source(node);
    const key = `d|${location.line}:${location.column}|${input}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const label = what ? `${api} ${what}` : api;
    this.out.push({ kind: 'dynamic', input, location, confidence: 'exact', context: this.context(label, location, use) });
  }

  /** An extraction made elsewhere (the TLS endpoint reader), once. */
  add(x: Extraction): void {
    const input = x.kind === 'parse-error' ? x.message.en : x.input;
    const subject = x.kind === 'usage' ? (typeof x.subject === 'string' ? x.subject : JSON.stringify(x.subject)) : '';
    const key = `${x.kind[0]}|${x.location.line}:${x.location.column}|${input}|${subject}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.out.push(x);
  }

  /** The source text of a node, on one line and shortened. */
  source(node: Node): string {
    const start = node.start ?? 0;
    const end = node.end ?? start;
    const raw = this.text.slice(start, Math.min(end, start + MAX_INPUT * 4)).replace(/\s+/g, ' ').trim();
    return raw.length > MAX_INPUT ? `${raw.slice(0, MAX_INPUT - 1)}…` : raw || '?';
  }

  private context(api: string, location: Location, use: Node): { en: string; ja: string } {
    const useLine = use.loc?.start.line;
    const useEnd = use.loc?.end.line ?? useLine;
    // Written inside the call itself (an options object over several lines): the call is plain to see.
    if (useLine === undefined || useEnd === undefined || (location.line >= useLine && location.line <= useEnd)) return { en: api, ja: api };
    return { en: `${api}, used at line ${useLine}`, ja: `${api}、${useLine} 行目で使用` };
  }
}

/** The line and column of offset `k` of a string value (at the end of a run when `end`). */
function pointAt(value: Value & { t: 'str' }, k: number, end: boolean): { line: number; column: number } {
  const parts = value.parts;
  let part = parts[parts.length - 1]!;
  for (const p of parts) {
    if (end ? k <= p.offset + p.length && k > p.offset : k < p.offset + p.length) {
      part = p;
      break;
    }
    if (p.offset >= k) {
      part = p;
      break;
    }
  }
  const within = Math.min(Math.max(k - part.offset, 0), part.length);
  if (!part.exact) return end ? { line: part.span.endLine, column: part.span.endColumn } : { line: part.span.line, column: part.span.column };
  const before = value.v.slice(part.offset, part.offset + within);
  const nl = before.lastIndexOf('\n');
  if (nl === -1) return { line: part.span.line, column: part.span.column + within };
  const lines = before.split('\n').length - 1;
  return { line: part.span.line + lines, column: within - nl };
}
