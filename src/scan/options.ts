/**
 * What scan() takes and gives: options, the result and its warnings (DESIGN.md, "Contract": `scan(paths, options?) ->
 * Promise<ScanResult>`). Warnings are collected, not thrown, in the manner of eemeli/yaml: a scan always finishes.
 * @module
 */
import type { ListSelector } from '../catalog/versions.js';
import type { Provenance, Purpose } from '../judge/types.js';
import type { Extractor, Finding } from './types.js';

/** The language of messages. */
export type Lang = 'en' | 'ja';

/** Why a file or directory was not scanned as asked, or what a suppression lacks. Stable, kebab-case. */
export type ScanWarningCode =
  | 'not-found' | 'unreadable' | 'symlink-loop' | 'broken-symlink' | 'binary-file' | 'file-too-large' | 'invalid-utf8'
  | 'extractor-failed' | 'suppression-without-reason' | 'suppression-unknown-rule';

/** Something the scan could not do for one path; the scan went on. */
export interface ScanWarning {
  readonly code: ScanWarningCode;
  /** The warning in the scan's language. */
  readonly message: string;
  /** Relative to the scan root with forward slashes (absolute when outside the root). */
  readonly path: string;
  /** The line the warning is about, where there is one (suppression comments). */
  readonly line?: number;
}

/** One suppressed fingerprint in a baseline file. */
export interface BaselineEntry {
  readonly fingerprint: string;
  readonly ruleId: string;
  readonly path: string;
  readonly input: string;
}

/** A baseline: findings accepted as they are, by content fingerprint (never by line number). */
export interface Baseline {
  readonly version: 1;
  readonly tool: 'cryptrec';
  readonly fingerprints: readonly BaselineEntry[];
}

/** Options of scan(). */
export interface ScanOptions {
  /** The directory relative paths are resolved against. The CLI passes its working directory; the library reads no `process`. */
  readonly cwd?: string;
  /** The directory finding paths are relative to (default: `cwd`). */
  readonly root?: string;
  /** The list to judge against (default `latest`). */
  readonly list?: ListSelector;
  /** The date to judge key strength at (default: today). */
  readonly at?: Date | string;
  readonly purpose?: Purpose;
  /** Also report what passed (status `recommended`, rule `cryptrec/recommended`, level `none`): a full inventory. */
  readonly all?: boolean;
  /** Globs (picomatch) of paths to leave out, relative to the root; a glob without a slash matches a name at any depth. */
  readonly ignore?: readonly string[];
  /** Honour `.gitignore` files in the tree and between the root and the scanned paths (default true). */
  readonly gitignore?: boolean;
  /** Also walk `node_modules`, `dist` and `build` (default false). `.git`, `.hg` and `.svn` are always left out. */
  readonly includeNodeModules?: boolean;
  /** Files larger than this many bytes are not read (default 2 MiB); one warning each, where an extractor wants the file. */
  readonly maxFileSize?: number;
  /** The extractors to run (default: defaultExtractors()). */
  readonly extractors?: readonly Extractor[];
  /** The language of messages and warnings (default `en`; both languages are always in `Finding.messages`). */
  readonly lang?: Lang;
  /** Findings whose fingerprint is in the baseline are kept, marked `suppressed: { kind: 'baseline' }`. */
  readonly baseline?: Baseline;
  /** Called as files are done: files finished so far, and files found. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Stops the scan; scan() then rejects with the signal's reason. */
  readonly signal?: AbortSignal;
}

/** What scan() gives. */
export interface ScanResult {
  /** Sorted by path, line, column and rule. Suppressed findings are included, marked. */
  readonly findings: Finding[];
  readonly warnings: ScanWarning[];
  /** Files that at least one extractor read. */
  readonly files: number;
  /** Files the walk reached but nobody read: no extractor wanted them, binary, too large, unreadable. Ignored paths are not counted. */
  readonly skipped: number;
  readonly durationMs: number;
  /** The list version the findings were judged against. */
  readonly list: Provenance;
}
