/**
 * checkConfig(text, { format }) -> Finding[] (DESIGN.md, "Contract"): the scan's server-configuration extractors, for a
 * configuration held in memory (a template, a generated file). The findings are those `cryptrec scan` gives for the same
 * file: judged, fingerprinted, with inline `cryptrec-ignore` comments applied. Includes are followed on disk only when
 * `path` says where the text would live (relative includes are read from its directory); without it, each include is
 * reported as a file that could not be read, as the extractor reports any unreadable include.
 * @module
 */
import { resolve } from 'node:path';
import { configExtractor, CONFIG_FORMATS, type ConfigFormat } from '../extract/config-formats.js';
import { toFinding, type FindingDraft } from './finding.js';
import { finishFindings } from './finish.js';
import { includer, readIncluded } from './include.js';
import { DEFAULT_MAX_FILE_SIZE } from './scan.js';
import { judgeSettings, type JudgeOptions } from './settings.js';
import type { ExtractContext, Finding, IncludeResult } from './types.js';
import { displayPath } from './walk.js';

/** Options of checkConfig(). */
export interface CheckConfigOptions extends JudgeOptions {
  /** Which program's configuration the text is. */
  readonly format: ConfigFormat;
  /** Where the text lives or would live: the path findings show, and the directory relative includes are read from. */
  readonly path?: string;
}

/**
 * Judges a server configuration held in memory.
 * @example
 * const findings = checkConfig('ssl_protocols TLSv1 TLSv1.2;\nssl_ciphers HIGH:3DES;', { format: 'nginx', at: '2026-11-21' });
 * findings.map((f) => `${f.location?.line}:${f.location?.column} ${f.ruleId} ${f.input}`);
 * // ['1:15 cryptrec/monitored TLSv1', '2:18 cryptrec/monitored DES-CBC3-SHA', ...]
 */
export function checkConfig(text: string, options: CheckConfigOptions): Finding[] {
  if (typeof text !== 'string') throw new TypeError('text must be a string');
  if (typeof options !== 'object' || options === null) throw new TypeError('options must be an object with a format');
  if (!(CONFIG_FORMATS as readonly string[]).includes(options.format)) {
    throw new RangeError(`format: "${String(options.format)}" is not one of ${CONFIG_FORMATS.join(', ')}`);
  }
  if (options.path !== undefined && typeof options.path !== 'string') throw new TypeError('path must be a string');
  const settings = judgeSettings(options);
  const extractor = configExtractor(options.format);
  // Paths show as scan() shows them when run from the working directory.
  const root = resolve('.');
  const absolutePath = resolve(options.path ?? '.');
  const path = options.path === undefined ? `<${options.format}>` : displayPath(absolutePath, root);
  const include: (pattern: string, baseDir: string) => IncludeResult = options.path === undefined
    ? (pattern) => ({ files: [], unreadable: [{ path: pattern, reason: 'not followed: checkConfig() was given no path' }] })
    : includer(root, (abs) => readIncluded(abs, DEFAULT_MAX_FILE_SIZE));
  const texts = new Map<string, string>([[path, text]]);
  const ctx: ExtractContext = {
    path, absolutePath, at: settings.at,
    readFile: async () => undefined,
    include: (pattern, baseDir) => {
      const got = include(pattern, baseDir);
      for (const f of got.files) texts.set(f.path, f.text);
      return got;
    },
  };
  const extractions = extractor.extract(text, ctx);
  if (!Array.isArray(extractions)) throw new TypeError(`the ${extractor.id} extractor is not synchronous`);
  const drafts: FindingDraft[] = [];
  for (const x of extractions) {
    const draft = toFinding(x, extractor.id, settings);
    if (draft) drafts.push(draft);
  }
  return finishFindings(drafts, path, (p) => texts.get(p), []);
}
