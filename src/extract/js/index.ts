/**
 * The JavaScript and TypeScript source extractor (`js`, confidence `exact`): in .js, .mjs, .cjs, .jsx, .ts, .mts, .cts and
 * .tsx files it reports each call that chooses a cryptographic algorithm through Node's crypto, WebCrypto, Node's TLS
 * options, the JWT libraries (jsonwebtoken, jws, jose, express-jwt, passport-jwt, fast-jwt, @nestjs/jwt), crypto-js,
 * node-forge, bcrypt and Argon2, at the exact characters that name the algorithm; an algorithm the code chooses at run
 * time is a `dynamic` extraction at the expression that chooses it. Values are followed through constants inside the
 * module (evaluate.ts) and, in a scan, into the project files it imports (imports.ts: relative imports, re-exports).
 *
 * Files are parsed with @babel/parser (parse.ts), and only when the text names something crypto-related (files.ts);
 * minified bundles, declaration files and build output folders are left out unless `includeBuildOutput` is set. Comments
 * and strings that merely mention an algorithm give nothing, since only arguments of recognised calls are read. A file
 * that does not parse is one `parse-error` at the first error, and what could be read around the bad lines is kept.
 * @module
 */
import type { Extraction, Extractor } from '../../scan/types.js';
import { analyze, type ModuleContext } from './analyze.js';
import { looksMinified } from '../minified.js';
import { isJsSource, mayUseCrypto } from './files.js';
import { parseSource } from './parse.js';

/** Options of the JavaScript extractor. */
export interface JsExtractorOptions {
  /** Also read build output folders (`.next`, `coverage`, `out` ...) and minified bundles (default false). */
  readonly includeBuildOutput?: boolean;
}

/** What the extractor did with a file (for benchmarks and tests). */
export type JsFileOutcome = 'minified' | 'prefiltered' | 'parsed';

/**
 * The extractions of one JavaScript or TypeScript file, and what was done with it. Never throws.
 * @example
 * extractJsFile("import { createHash } from 'crypto'; createHash('md5');", 'src/a.ts').extractions[0];
 * // { kind: 'usage', input: 'md5', subject: 'md5', location: { path: 'src/a.ts', line: 1, column: 51, ... }, ... }
 */
export function extractJsFile(
  text: string, path: string, options: JsExtractorOptions = {}, ctx?: ModuleContext,
): { outcome: JsFileOutcome; extractions: Extraction[] } {
  if (!options.includeBuildOutput && looksMinified(text)) return { outcome: 'minified', extractions: [] };
  if (!mayUseCrypto(text)) return { outcome: 'prefiltered', extractions: [] };
  const parsed = parseSource(text, path);
  const out: Extraction[] = [];
  if (parsed.error) {
    const { message, line, column } = parsed.error;
    out.push({
      kind: 'parse-error',
      message: { en: `JavaScript/TypeScript syntax error: ${message}`, ja: `JavaScript/TypeScript の構文エラー：${message}` },
      location: { path, line, column },
    });
  }
  if (parsed.program) out.push(...analyze(parsed.program, text, path, ctx));
  return { outcome: 'parsed', extractions: out };
}

/**
 * The extractions of one JavaScript or TypeScript file. With a context (the scan's), constants imported from other files
 * of the project are followed; without one they are chosen at run time as far as this file shows.
 * @example
 * extractJs("const jwt = require('jsonwebtoken'); jwt.sign(p, k, { algorithm: 'none' });", 'auth.js');
 * // [{ kind: 'usage', input: 'none', subject: 'jose:none', ... }]
 */
export function extractJs(text: string, path: string, options: JsExtractorOptions = {}, ctx?: ModuleContext): Extraction[] {
  return extractJsFile(text, path, options, ctx).extractions;
}

/**
 * A JavaScript extractor with options.
 * @example
 * await scan(['.'], { extractors: [createJsExtractor({ includeBuildOutput: true })] });
 */
export function createJsExtractor(options: JsExtractorOptions = {}): Extractor {
  return {
    id: 'js',
    matches: (path) => isJsSource(path, options.includeBuildOutput === true),
    extract: (content, ctx) => extractJs(typeof content === 'string' ? content : new TextDecoder().decode(content), ctx.path, options, ctx),
  };
}

/** The JavaScript and TypeScript extractor with default options. */
export const jsExtractor: Extractor = createJsExtractor();

export { isJsSource, looksMinified, mayUseCrypto };
