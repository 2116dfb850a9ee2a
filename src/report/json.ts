/**
 * The JSON renderer: one document per run, with the shape fixed by the DESIGN.md contract and published as JSON Schemas
 * (schema/findings.schema.json for scan, schema/check.schema.json for check). Keys come in a fixed order so that two runs
 * over the same tree give the same bytes apart from `durationMs`.
 * @module
 */
import type { Lang } from '../i18n/messages.js';
import type { Verdict } from '../judge/types.js';
import type { Finding } from '../scan/types.js';
import { countByStatus } from './summary.js';
import type { ReportList, ScanReport } from './types.js';

/** A finding as JSON shows it (the contract's fields; the full verdict stays out, its words are in `message`). */
export interface JsonFinding {
  readonly ruleId: string;
  readonly status: string;
  readonly level: string;
  readonly message: string;
  readonly input: string;
  readonly algorithm?: Finding['algorithm'];
  readonly location?: Finding['location'];
  readonly extractor: string;
  readonly confidence: string;
  readonly fingerprint: string;
  readonly suppressed?: Finding['suppressed'];
  readonly asset?: Finding['asset'];
}

/**
 * The JSON form of one finding, in the report's language.
 * @example
 * jsonFinding(finding, 'en').ruleId; // 'cryptrec/monitored'
 */
export function jsonFinding(f: Finding, lang: Lang): JsonFinding {
  return {
    ruleId: f.ruleId,
    status: f.status,
    level: f.level,
    message: f.messages[lang] ?? f.message,
    input: f.input,
    ...(f.algorithm ? { algorithm: f.algorithm } : {}),
    ...(f.location ? { location: f.location } : {}),
    extractor: f.extractor,
    confidence: f.confidence,
    fingerprint: f.fingerprint,
    ...(f.suppressed ? { suppressed: f.suppressed } : {}),
    ...(f.asset ? { asset: f.asset } : {}),
  };
}

/**
 * The list as JSON shows it: provenance fields in a fixed order.
 * @example
 * jsonList(reportList('2012')).document; // 'CRYPTREC LS-0001-2012'
 */
export function jsonList(list: ReportList): ReportList {
  return {
    id: list.id, version: list.version, document: list.document, published: list.published, confidence: list.confidence,
    provisional: list.provisional, ...(list.newerProvisional ? { newerProvisional: list.newerProvisional } : {}),
  };
}

/**
 * A scan as one JSON document (schema/findings.schema.json).
 * @example
 * JSON.parse(renderScanJson(report, 'en')).summary.byStatus.unlisted; // 2
 */
export function renderScanJson(report: ScanReport, lang: Lang): string {
  const suppressed = report.findings.filter((f) => f.suppressed).length;
  const doc = {
    tool: { name: report.tool.name, version: report.tool.version },
    list: jsonList(report.list),
    at: report.at,
    purpose: report.purpose,
    findings: report.findings.map((f) => jsonFinding(f, lang)),
    warnings: report.warnings.map((w) => ({ code: w.code, message: w.message, path: w.path, ...(w.line ? { line: w.line } : {}) })),
    summary: {
      byStatus: countByStatus(report.findings),
      files: report.files,
      skipped: report.skipped,
      suppressed,
      durationMs: Math.round(report.durationMs),
    },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/**
 * Check verdicts as one JSON document `{ list, results }` (schema/check.schema.json).
 * @example
 * JSON.parse(renderCheckJson([check('md5')], getList())).results[0].status; // 'unlisted'
 */
export function renderCheckJson(verdicts: readonly Verdict[], list: ReportList): string {
  return `${JSON.stringify({ list: jsonList(list), results: verdicts }, null, 2)}\n`;
}
