/**
 * What the renderers take. Findings are data (DESIGN.md, "findings are data; every renderer works from the same array"):
 * a scan or a check is turned into one ScanReport, and each format renders that object, nothing else.
 * @module
 */
import type { Lang } from '../i18n/messages.js';
import type { Provenance, Purpose, Status } from '../judge/types.js';
import type { Finding } from '../scan/types.js';

/** The statuses `--fail-on` accepts, best to worst. */
export type FailOn = 'recommended' | 'candidate' | 'monitored' | 'unlisted';
export const FAIL_ON_VALUES: readonly FailOn[] = ['recommended', 'candidate', 'monitored', 'unlisted'];

/** The tool, as reports name it. */
export interface ToolInfo {
  readonly name: string;
  readonly version: string;
  readonly informationUri: string;
}

/** The list version judged against, with the newer provisional version the user could choose instead. */
export interface ReportList extends Provenance {
  readonly newerProvisional?: string;
}

/** Something a scan could not do for one path (ScanWarning's shape). */
export interface ReportWarning {
  readonly code: string;
  readonly message: string;
  readonly path: string;
  readonly line?: number;
}

/** One scan (or check) to render. */
export interface ScanReport {
  readonly tool: ToolInfo;
  readonly list: ReportList;
  /** The date judged at, YYYY-MM-DD. */
  readonly at: string;
  readonly purpose: Purpose;
  /** Sorted by path, line, column and rule; suppressed findings included, marked. */
  readonly findings: readonly Finding[];
  readonly warnings: readonly ReportWarning[];
  readonly files: number;
  readonly skipped: number;
  readonly durationMs: number;
  /** The absolute directory that finding paths are relative to (SARIF's %SRCROOT%). */
  readonly root: string;
}

/** How to render. */
export interface RenderOptions {
  readonly lang: Lang;
  readonly color: boolean;
  readonly failOn: FailOn;
  readonly strict: boolean;
  /** Only what fails, no summary (text only). */
  readonly quiet?: boolean;
}

export type { Status };
