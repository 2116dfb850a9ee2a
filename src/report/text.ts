/**
 * The text renderer for terminals: scan findings grouped by file, one line each (`path:line:col  status  input  why`,
 * the form editors and terminals turn into links), a summary by status; and check verdicts, one block per name.
 * Colour comes from a Style decided by the CLI; without colour the output is plain and stable for logs.
 * @module
 */
import { STATUS_TEXT } from '../i18n/reasons.js';
import { BASIS_TEXT, CONFIDENCE_TEXT, messages, type Lang, type Messages } from '../i18n/messages.js';
import type { Status, Strength, Verdict } from '../judge/types.js';
import type { Finding } from '../scan/types.js';
import { style, table, type Style } from './ansi.js';
import { countByStatus, fails, findingFails, groupByFile } from './summary.js';
import type { RenderOptions, ReportList, ScanReport } from './types.js';

/** Worst first: the order summaries name statuses in. */
const WORST_FIRST: readonly Status[] = ['unlisted', 'monitored', 'candidate', 'recommended', 'unknown'];

/**
 * The word for a status in a language.
 * @example
 * statusWord('monitored', 'ja'); // '運用監視'
 */
export function statusWord(status: Status, lang: Lang): string {
  return STATUS_TEXT[status]?.[lang] ?? status;
}

/**
 * A scan as text.
 * @example
 * renderScanText(report, { lang: 'en', color: false, failOn: 'monitored', strict: false });
 * // 'app.yml:3:9  monitored  sha1  SHA-1 ("sha1") is monitored ...\n\n1 finding in 1 file (4 files scanned in 0.1 s): 1 monitored\n...'
 */
export function renderScanText(report: ScanReport, o: RenderOptions): string {
  const m = messages(o.lang);
  const s = style(o.color);
  const shown = report.findings.filter((f) => (o.quiet ? findingFails(f, o.failOn, o.strict) : !f.suppressed));
  const blocks: string[] = [];
  for (const [path, group] of groupByFile(shown)) {
    blocks.push(table(group.map((f) => findingRow(f, path, o.lang, s, m))));
  }
  if (o.quiet) return blocks.length ? `${blocks.join('\n\n')}\n` : '';

  if (report.warnings.length) {
    blocks.push(report.warnings.map((w) => `${s.yellow(`${m.warning}:`)} ${w.path}${w.line ? `:${w.line}` : ''}: ${w.message}`).join('\n'));
  }
  blocks.push(scanSummary(report, o, s, m));
  return `${blocks.join('\n\n')}\n`;
}

function findingRow(f: Finding, path: string, lang: Lang, s: Style, m: Messages): string[] {
  const where = f.location ? `${path}:${f.location.line}:${f.location.column}` : m.noLocation;
  return [s.bold(where), s.status(f.status, statusWord(f.status, lang)), f.input, f.messages[lang] ?? f.message];
}

function scanSummary(report: ScanReport, o: RenderOptions, s: Style, m: Messages): string {
  const active = report.findings.filter((f) => !f.suppressed);
  const suppressed = report.findings.length - active.length;
  const files = new Set(active.map((f) => f.location?.path ?? '')).size;
  const counts = countByStatus(active);
  const parts = WORST_FIRST.filter((st) => counts[st] > 0).map((st) => `${counts[st]} ${s.status(st, statusWord(st, o.lang))}`);
  const extra = [suppressed ? m.suppressedCount(suppressed) : '', report.skipped ? m.skippedCount(report.skipped) : '']
    .filter(Boolean);
  const seconds = (report.durationMs / 1000).toFixed(1);
  const head = active.length === 0
    ? `${m.noFindings} ${m.scannedOnly(report.files, seconds)}`
    : `${m.scanSummary(active.length, files, report.files, seconds)}${o.lang === 'ja' ? '：' : ': '}${parts.join(o.lang === 'ja' ? '、' : ', ')}`;
  const failing = active.filter((f) => fails(f.status, o.failOn, o.strict)).length;
  const lines = [
    s.bold(head) + (extra.length ? `${o.lang === 'ja' ? '。' : '; '}${extra.join(o.lang === 'ja' ? '、' : ', ')}` : ''),
    failing ? s.red(m.failingLine(failing, threshold(o), o.strict)) : s.green(m.failingLine(0, threshold(o), o.strict)),
    s.dim(listLine(report.list, report.at, o.lang)),
  ];
  if (report.list.newerProvisional) lines.push(s.dim(m.newerProvisional(report.list.version, report.list.newerProvisional)));
  if (report.list.provisional) lines.push(s.yellow(m.provisionalChosen(report.list.version)));
  return lines.join('\n');
}

/** The --fail-on threshold as the summary names it: the option value in English, the status word in Japanese. */
function threshold(o: RenderOptions): string {
  return o.lang === 'ja' ? statusWord(o.failOn, 'ja') : o.failOn;
}

/** `list: CRYPTREC LS-0001-2022R1 (2022.1.0, published 2024-05-16); judged at 2025-01-01` */
function listLine(list: ReportList, at: string, lang: Lang): string {
  const m = messages(lang);
  return lang === 'ja'
    ? `${m.list}：${list.document}（${list.version}、${m.published} ${list.published}）、${m.judgedAt} ${at}`
    : `${m.list}: ${list.document} (${list.version}, ${m.published} ${list.published}); ${m.judgedAt} ${at}`;
}

/**
 * Check verdicts as text: one block per name with its status, label, list document and version, strength, reasons, notes,
 * parts and the quantum flag.
 * @example
 * renderCheckText([check('sha1')], getList(), '2025-01-01', { lang: 'en', color: false, failOn: 'monitored', strict: false });
 */
export function renderCheckText(verdicts: readonly Verdict[], list: ReportList, at: string, o: RenderOptions): string {
  const m = messages(o.lang);
  const s = style(o.color);
  const shown = o.quiet ? verdicts.filter((v) => fails(v.status, o.failOn, o.strict)) : verdicts;
  const blocks = shown.map((v) => verdictBlock(v, o.lang, s, m));
  if (o.quiet) return blocks.length ? `${blocks.join('\n\n')}\n` : '';
  const tail: string[] = [];
  const failing = verdicts.filter((v) => fails(v.status, o.failOn, o.strict)).length;
  if (verdicts.length > 1) tail.push(m.checkSummary(verdicts.length, failing, threshold(o)));
  if (list.newerProvisional) tail.push(s.dim(m.newerProvisional(list.version, list.newerProvisional)));
  if (tail.length) blocks.push(tail.join('\n'));
  return `${blocks.join('\n\n')}\n`;
}

function verdictBlock(v: Verdict, lang: Lang, s: Style, m: Messages): string {
  const sep = lang === 'ja' ? '：' : ': ';
  const label = v.label ?? v.algorithm?.name;
  const head = `${s.bold(v.input)}${sep}${s.status(v.status, statusWord(v.status, lang))}${label && label !== v.input ? `  ${label}` : ''}`;
  const rows: string[][] = [];
  const provisional = v.list.provisional ? ` ${s.yellow(m.colProvisional)}` : '';
  rows.push([m.list, lang === 'ja'
    ? `${v.list.document}（${v.list.version}、${m.published} ${v.list.published}）${provisional}`
    : `${v.list.document} (${v.list.version}, ${m.published} ${v.list.published})${provisional}`]);
  if (v.strength) rows.push([m.strength, strengthText(v.strength, lang)]);
  // An unreadable name has no algorithm to say anything about.
  if (v.status !== 'unknown' || v.algorithm) {
    rows.push([m.quantum, v.quantumVulnerable ? s.yellow(m.quantumYes) : m.quantumNo]);
    rows.push([m.confidence, CONFIDENCE_TEXT[v.confidence]?.[lang] ?? v.confidence]);
  }
  const lines = [head, table(rows, '  ')];
  if (v.reasons.length) {
    lines.push(`  ${m.reasons}`);
    for (const r of v.reasons) lines.push(`    - ${r[lang]}`);
  }
  if (v.notes.length) {
    lines.push(`  ${m.notes}`);
    for (const n of v.notes) lines.push(`    - ${s.dim(`[${n.id}]`)} ${n[lang]}`);
  }
  if (v.components?.length) {
    lines.push(`  ${m.components}`);
    lines.push(table(v.components.map((c) => componentRow(c, lang, s)), '    '));
  }
  return lines.join('\n');
}

function componentRow(c: Verdict, lang: Lang, s: Style): string[] {
  return [c.role ?? '', c.label ?? c.algorithm?.name ?? c.input, s.status(c.status, statusWord(c.status, lang))];
}

/**
 * A strength in words.
 * @example
 * strengthText(check('RSA-2048').strength!, 'en');
 * // '112 bits (integer factorisation), level 112; new protection: allowed through 2030; processing existing data: allowed; judged at 2025-01-01'
 */
export function strengthText(st: Strength, lang: Lang): string {
  const m = messages(lang);
  const basis = BASIS_TEXT[st.basis]?.[lang] ?? st.basis;
  const newUse = st.new === 'ok' ? m.useOk : st.new === 'not-allowed' ? m.useNotAllowed : m.useUntil(st.new.slice('until-'.length));
  const processUse = st.process === 'ok' ? m.useOk : st.process === 'legacy' ? m.useLegacy : m.useNotAllowed;
  return lang === 'ja'
    ? `${m.strengthLine(st.bits, basis, st.level)}。${m.newUse}：${newUse}、${m.processUse}：${processUse}（${m.judgedAt} ${st.at}）`
    : `${m.strengthLine(st.bits, basis, st.level)}; ${m.newUse}: ${newUse}; ${m.processUse}: ${processUse}; ${m.judgedAt} ${st.at}`;
}
