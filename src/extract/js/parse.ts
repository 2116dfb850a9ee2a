/**
 * Parsing JavaScript, TypeScript, JSX and Flow with `@babel/parser` 7 (options as documented at
 * https://babeljs.io/docs/babel-parser): TypeScript for .ts/.mts/.cts (with JSX for .tsx), JSX for JavaScript files and
 * Flow as a second try for a .js file that JSX alone cannot read (React Native and older Facebook-style code). The module
 * or script goal is chosen by the file's extension (.mjs/.mts module, .cjs/.cts script) or else by the presence of
 * import/export (`sourceType: 'unambiguous'`), and code that runs as a CommonJS body (top-level `return`) is accepted.
 *
 * A file that does not parse gives its first syntax error with the position; the line of each error is then blanked (its
 * characters replaced by spaces, so every other position stays where it was) and the file is parsed again, a bounded
 * number of times, so that the code before and after a bad line is still read.
 * @module
 */
import { parse, type ParserOptions, type ParserPlugin } from '@babel/parser';
import type { File, Program } from '@babel/types';

/** A syntax error, 1-based. */
export interface SyntaxProblem {
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

/** What parsing gave: the program (possibly of a text with bad lines blanked), and the first error, if any. */
export interface Parsed {
  readonly program: Program | undefined;
  readonly error: SyntaxProblem | undefined;
}

/** How many times a file with syntax errors is parsed again with the bad line blanked. */
const MAX_RETRIES = 6;

type Dialect = 'ts' | 'tsx' | 'js';

function dialectOf(path: string): Dialect {
  const lower = path.toLowerCase();
  if (lower.endsWith('.tsx')) return 'tsx';
  if (/\.[cm]?ts$/.test(lower)) return 'ts';
  return 'js';
}

function sourceTypeOf(path: string): ParserOptions['sourceType'] {
  const lower = path.toLowerCase();
  if (lower.endsWith('.mjs') || lower.endsWith('.mts')) return 'module';
  if (lower.endsWith('.cjs') || lower.endsWith('.cts')) return 'script';
  return 'unambiguous';
}

const COMMON: readonly ParserPlugin[] = ['decorators-legacy', 'explicitResourceManagement', 'importMeta', 'exportDefaultFrom'];

function pluginSets(dialect: Dialect): readonly (readonly ParserPlugin[])[] {
  switch (dialect) {
    case 'ts': return [['typescript', ...COMMON]];
    case 'tsx': return [['typescript', 'jsx', ...COMMON]];
    case 'js': return [['jsx', ...COMMON], [['flow', { all: true }], 'jsx', ...COMMON]];
  }
}

function options(path: string, plugins: readonly ParserPlugin[]): ParserOptions {
  return {
    sourceType: sourceTypeOf(path),
    allowReturnOutsideFunction: true,
    allowAwaitOutsideFunction: true,
    allowImportExportEverywhere: true,
    allowNewTargetOutsideFunction: true,
    allowSuperOutsideMethod: true,
    allowUndeclaredExports: true,
    errorRecovery: true,
    plugins: [...plugins],
  };
}

function tryParse(text: string, opts: ParserOptions): { file: File } | { problem: SyntaxProblem; offset: number } {
  try {
    return { file: parse(text, opts) };
  } catch (e) {
    return problemOf(e, text);
  }
}

function problemOf(e: unknown, text: string): { problem: SyntaxProblem; offset: number } {
  const err = e as { message?: unknown; loc?: { line?: unknown; column?: unknown }; pos?: unknown };
  const raw = typeof err?.message === 'string' ? err.message : String(e);
  // Babel appends "(line:column)" to its messages; the position is given apart.
  const message = raw.replace(/\s*\(\d+:\d+\)\s*$/, '');
  const line = typeof err?.loc?.line === 'number' ? err.loc.line : 1;
  const column = typeof err?.loc?.column === 'number' ? err.loc.column + 1 : 1;
  const offset = typeof err?.pos === 'number' ? err.pos : text.length;
  return { problem: { message, line, column }, offset };
}

/** The text with the line holding `offset` blanked; undefined when blanking changes nothing. */
function blankLine(text: string, offset: number): string | undefined {
  if (offset < 0 || offset >= text.length) return undefined;
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  let end = text.indexOf('\n', offset);
  if (end === -1) end = text.length;
  const line = text.slice(start, end);
  const blank = line.replace(/[^\s]/g, ' ');
  if (blank === line) return undefined;
  return text.slice(0, start) + blank + text.slice(end);
}

/**
 * Parses a file; never throws.
 * @example
 * parseSource("import { createHash } from 'node:crypto';", 'a.ts').program?.body.length; // 1
 * parseSource('const = ;', 'a.js').error; // { message: 'Unexpected token', line: 1, column: 7 }
 */
export function parseSource(text: string, path: string): Parsed {
  const sets = pluginSets(dialectOf(path));
  let first: { problem: SyntaxProblem; offset: number } | undefined;
  for (const plugins of sets) {
    const r = tryParse(text, options(path, plugins));
    if ('file' in r) return { program: r.file.program, error: undefined };
    first ??= r;
  }
  // Read around the bad lines with the first dialect (the one the extension names).
  const opts = options(path, sets[0]!);
  let current = text;
  let offset = first!.offset;
  for (let i = 0; i < MAX_RETRIES; i++) {
    const next = blankLine(current, offset);
    if (next === undefined) break;
    current = next;
    const r = tryParse(current, opts);
    if ('file' in r) return { program: r.file.program, error: first!.problem };
    offset = r.offset;
  }
  return { program: undefined, error: first!.problem };
}
