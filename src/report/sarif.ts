/**
 * The SARIF 2.1.0 renderer (OASIS Static Analysis Results Interchange Format, Version 2.1.0, with errata 01), shaped for
 * GitHub code scanning: one run; every rule described once in tool.driver.rules with English help and a Japanese
 * translation in help.markdown, `security-severity` and tags; results with URIs relative to %SRCROOT% (the scan root,
 * given in originalUriBaseIds), 1-based regions, content fingerprints in partialFingerprints (§3.27.17) and suppressions
 * (§3.35) for findings an inline comment or the baseline accepts.
 * @module
 */
import { pathToFileURL } from 'node:url';
import type { Lang } from '../i18n/messages.js';
import type { Finding, Location } from '../scan/types.js';
import { jsonList } from './json.js';
import { allRules, type RuleInfo } from './rules.js';
import type { ReportWarning, ScanReport } from './types.js';

/** The schema URI SARIF files name (the OASIS errata 01 schema). */
export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** The uriBaseId under which result URIs are relative. */
export const SRCROOT = '%SRCROOT%';
/** The key of cryptrec's fingerprint in partialFingerprints; bump the version when fingerprints change meaning. */
export const FINGERPRINT_KEY = 'cryptrec/v1';

/**
 * A scan as a SARIF 2.1.0 log.
 * @example
 * const log = JSON.parse(renderSarif(report, 'en'));
 * log.runs[0].results[0].locations[0].physicalLocation.artifactLocation; // { uri: 'app.yml', uriBaseId: '%SRCROOT%' }
 */
export function renderSarif(report: ScanReport, lang: Lang): string {
  const rules = allRules();
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: report.tool.informationUri,
            rules: rules.map(sarifRule),
          },
        },
        invocations: [
          {
            executionSuccessful: true,
            ...(report.warnings.length ? { toolExecutionNotifications: report.warnings.map(notification) } : {}),
          },
        ],
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(report.root) } },
        columnKind: 'utf16CodeUnits',
        results: report.findings.map((f) => sarifResult(f, index.get(f.ruleId) ?? -1, lang)),
        properties: { list: jsonList(report.list), at: report.at, purpose: report.purpose },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function sarifRule(r: RuleInfo) {
  const markdown = [
    `**${r.title.en}**`, '', r.text.full.en, '', r.text.help.en, '',
    '---', '', `**${r.title.ja}**（日本語）`, '', r.text.full.ja, '', r.text.help.ja,
  ].join('\n');
  return {
    id: r.id,
    name: r.name.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase()),
    shortDescription: { text: r.title.en },
    fullDescription: { text: r.text.full.en },
    help: { text: `${r.text.full.en}\n\n${r.text.help.en}`, markdown },
    defaultConfiguration: { level: r.level },
    properties: { 'security-severity': r.securitySeverity, tags: r.tags, precision: 'high', 'problem.severity': problemSeverity(r.level) },
  };
}

// GitHub reads problem.severity (error, warning, recommendation) for results that have no security-severity.
function problemSeverity(level: string): string {
  return level === 'error' ? 'error' : level === 'warning' ? 'warning' : 'recommendation';
}

function sarifResult(f: Finding, ruleIndex: number, lang: Lang) {
  return {
    ruleId: f.ruleId,
    ...(ruleIndex >= 0 ? { ruleIndex } : {}),
    level: f.level,
    message: { text: f.messages[lang] ?? f.message },
    ...(f.location ? { locations: [{ physicalLocation: physicalLocation(f.location) }] } : {}),
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    ...(f.suppressed
      ? { suppressions: [{ kind: f.suppressed.kind === 'inline' ? 'inSource' : 'external', status: 'accepted', ...(f.suppressed.reason ? { justification: f.suppressed.reason } : {}) }] }
      : {}),
    properties: {
      status: f.status,
      input: f.input,
      extractor: f.extractor,
      confidence: f.confidence,
      ...(f.algorithm ? { algorithm: f.algorithm } : {}),
      ...(f.asset ? { asset: f.asset } : {}),
    },
  };
}

function physicalLocation(loc: Location) {
  const region: Record<string, number> = { startLine: Math.max(1, loc.line), startColumn: Math.max(1, loc.column) };
  if (loc.endLine !== undefined && loc.endLine >= loc.line) region.endLine = loc.endLine;
  if (loc.endColumn !== undefined && loc.endColumn >= 1) region.endColumn = loc.endColumn;
  return { artifactLocation: artifactLocation(loc.path), region };
}

/** A relative path becomes a URI reference under %SRCROOT%; an absolute one (outside the root) a file: URI. */
function artifactLocation(path: string) {
  if (path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path)) return { uri: pathToFileURL(path).href };
  return { uri: path.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}

function notification(w: ReportWarning) {
  return {
    level: 'warning',
    message: { text: w.message },
    descriptor: { id: w.code },
    ...(w.path ? { locations: [{ physicalLocation: { artifactLocation: artifactLocation(w.path), ...(w.line ? { region: { startLine: w.line } } : {}) } }] } : {}),
  };
}
