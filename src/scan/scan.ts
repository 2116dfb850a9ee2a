/**
 * scan(paths, options) -> ScanResult (DESIGN.md, "Contract"): walk files and trees, give each file to the extractors that
 * want it (by name and by its first 4 KiB), judge what they report, and return findings with content fingerprints, inline
 * suppressions and the baseline applied. Bad input (unreadable, binary, too large, loops, invalid UTF-8, unparsable) is a
 * warning or a finding, never an exception; only invalid options reject (TypeError / RangeError naming the option).
 * @module
 */
import { isAbsolute, resolve } from 'node:path';
import { defaultExtractors } from '../extract/registry.js';
import { provenance } from '../judge/judge.js';
import { applyBaseline } from './baseline.js';
import { toFinding, type FindingDraft, type JudgeSettings } from './finding.js';
import { finishFindings } from './finish.js';
import { compareFindings } from './order.js';
import { warningMessage } from './message.js';
import type { ScanOptions, ScanResult, ScanWarning } from './options.js';
import { judgeSettings } from './settings.js';
import { decodeUtf8, headText, isBinary, readWanted } from './read.js';
import { includer, readIncluded } from './include.js';
import type { ExtractContext, Extractor, Finding } from './types.js';
import { walk, type RawWarning, type WalkEntry } from './walk.js';

/** 2 MiB. */
export const DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;
/** How long the scan loop may keep the event loop before it yields. */
const YIELD_MS = 20;

/** What one file gave. */
interface FileOutcome {
  readonly read: boolean;
  readonly findings: Finding[];
  readonly warnings: RawWarning[];
}

/**
 * Scans files and directories.
 * @example
 * const result = await scan(['.'], { cwd: process.cwd(), list: 'latest' });
 * for (const f of result.findings) console.log(`${f.location?.path}:${f.location?.line} ${f.ruleId} ${f.message}`);
 */
export async function scan(paths: readonly string[], options: ScanOptions = {}): Promise<ScanResult> {
  const started = performance.now();
  if (!Array.isArray(paths) || paths.some((p) => typeof p !== 'string')) throw new TypeError('paths must be an array of strings');
  if (options.ignore !== undefined && (!Array.isArray(options.ignore) || options.ignore.some((g) => typeof g !== 'string'))) {
    throw new TypeError('ignore must be an array of glob strings');
  }
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  if (!Number.isSafeInteger(maxFileSize) || maxFileSize <= 0) throw new RangeError(`maxFileSize must be a positive whole number of bytes, not ${String(maxFileSize)}`);
  const settings = judgeSettings(options);
  const lang = settings.lang;
  const extractors = options.extractors ?? defaultExtractors({ includeBuildOutput: options.includeNodeModules === true });
  // Relative paths need a directory to be relative to: the caller's (the CLI passes its own); else node:path's default.
  const cwd = options.cwd !== undefined ? resolve(options.cwd) : resolve('.');
  const root = options.root !== undefined ? resolve(cwd, options.root) : cwd;
  const inputs = (paths.length ? paths : ['.']).map((p) => (isAbsolute(p) ? resolve(p) : resolve(cwd, p)));
  options.signal?.throwIfAborted();

  const walked = await walk(inputs, {
    root, ...(options.ignore ? { ignore: options.ignore } : {}), gitignore: options.gitignore !== false,
    includeNodeModules: options.includeNodeModules === true, ...(options.signal ? { signal: options.signal } : {}),
  });
  const files = walked.files;
  const outcomes: FileOutcome[] = new Array(files.length);
  const textCache = new Map<string, string | undefined>();
  const readOther = (p: string): string | undefined => {
    const abs = isAbsolute(p) ? p : resolve(root, p);
    if (!textCache.has(abs)) {
      const r = readWanted(abs, maxFileSize, () => true);
      textCache.set(abs, r.kind === 'read' ? decodeUtf8(r.bytes).text : undefined);
    }
    return textCache.get(abs);
  };

  const include = includer(root, (abs) => readIncluded(abs, maxFileSize));

  // One file after another: reads are synchronous system calls (see read.ts), and the loop hands the event loop back
  // every few milliseconds so that progress bars draw and aborts arrive.
  let lastYield = performance.now();
  for (let i = 0; i < files.length; i++) {
    options.signal?.throwIfAborted();
    outcomes[i] = await scanFile(files[i]!, { extractors, maxFileSize, settings, readOther, include });
    options.onProgress?.(i + 1, files.length);
    if (performance.now() - lastYield > YIELD_MS) {
      await new Promise<void>((resolveYield) => setImmediate(resolveYield));
      lastYield = performance.now();
    }
  }
  options.signal?.throwIfAborted();

  let findings: Finding[] = [];
  const raw: RawWarning[] = [...walked.warnings];
  let read = 0;
  // A file that another one includes is read twice (on its own, and through the include): a finding at a place that an
  // earlier file's findings already hold is reported once. One file's own findings are all kept, even at one place (the
  // defaults of several keywords at the top of a file, the items of one DER file).
  const firstFrom = new Map<string, number>();
  outcomes.forEach((o, i) => {
    if (o.read) read++;
    for (const f of o.findings) {
      const key = f.location ? `${f.location.path}\0${f.location.line}\0${f.location.column}\0${f.ruleId}\0${f.input}` : undefined;
      const first = key === undefined ? undefined : firstFrom.get(key);
      if (first !== undefined && first !== i) continue;
      if (key !== undefined) firstFrom.set(key, i);
      findings.push(f);
    }
    raw.push(...o.warnings);
  });
  if (options.baseline) findings = applyBaseline(findings, options.baseline);
  findings.sort(compareFindings);
  const warnings: ScanWarning[] = raw.map((w) => ({
    code: w.code, message: warningMessage(w.code, w.detail)[lang], path: w.path, ...(w.line !== undefined ? { line: w.line } : {}),
  }));
  return { findings, warnings, files: read, skipped: files.length - read, durationMs: Math.round(performance.now() - started), list: provenance(settings.list) };
}

interface FileSettings {
  readonly extractors: readonly Extractor[];
  readonly maxFileSize: number;
  readonly settings: JudgeSettings;
  readonly readOther: (path: string) => string | undefined;
  readonly include: ExtractContext['include'];
}

async function scanFile(file: WalkEntry, s: FileSettings): Promise<FileOutcome> {
  const warnings: RawWarning[] = [];
  const path = file.path;
  let wanted: Extractor[] = [];
  let binary = false;
  let textOnBinary = false;
  const outcome = readWanted(file.absolutePath, s.maxFileSize, (head) => {
    binary = isBinary(head);
    const text = headText(head);
    const specific: Extractor[] = [];
    const fallback: Extractor[] = [];
    for (const e of s.extractors) {
      if (!safeMatches(e, path, text)) continue;
      if (binary && !e.binary) textOnBinary = true;
      else (e.fallback ? fallback : specific).push(e);
    }
    wanted = specific.length ? specific : fallback;
    return wanted.length > 0;
  });
  switch (outcome.kind) {
    case 'error':
      return { read: false, findings: [], warnings: [{ code: 'unreadable', path, detail: outcome.code }] };
    case 'not-a-file':
      return { read: false, findings: [], warnings };
    case 'too-large':
      return { read: false, findings: [], warnings: [{ code: 'file-too-large', path, detail: bytesText(s.maxFileSize) }] };
    case 'unwanted':
      // A binary file is only worth a word when an extractor wanted it by its name (a `.yml` that is not text).
      return { read: false, findings: [], warnings: textOnBinary ? [{ code: 'binary-file', path }] : [] };
    case 'read':
      break;
  }

  const bytes = outcome.bytes;
  let text: string | undefined;
  const textOf = (): string => {
    if (text === undefined) {
      const decoded = decodeUtf8(bytes);
      text = decoded.text;
      if (!decoded.valid) warnings.push({ code: 'invalid-utf8', path });
    }
    return text;
  };
  const ctx: ExtractContext = { path, absolutePath: file.absolutePath, readFile: async (p) => s.readOther(p), include: s.include, at: s.settings.at };
  const drafts: FindingDraft[] = [];
  for (const e of wanted) {
    let extractions;
    try {
      extractions = await e.extract(e.binary ? bytes : textOf(), ctx);
    } catch (err) {
      warnings.push({ code: 'extractor-failed', path, detail: `${e.id}: ${(err as Error)?.message ?? String(err)}` });
      continue;
    }
    for (const x of extractions) {
      const draft = toFinding(x, e.id, s.settings);
      if (draft) drafts.push(draft);
    }
  }
  const findings = finishFindings(drafts, path, (p) => (p === path ? (binary ? undefined : textOf()) : s.readOther(p)), warnings);
  return { read: true, findings, warnings };
}

function safeMatches(e: Extractor, path: string, head: string): boolean {
  try {
    return e.matches(path, head);
  } catch {
    return false;
  }
}

function bytesText(n: number): string {
  if (n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MiB`;
  if (n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} bytes`;
}
