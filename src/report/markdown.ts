/**
 * The Markdown renderer: an audit report for people (CommonMark with GitHub tables). It cites the list document and version
 * every verdict rests on, the date judged at and the tool version, then a summary by status and by category, the findings
 * per file, the notes of the list the findings cite, and what could not be scanned, all in the chosen language.
 * @module
 */
import { bundledCatalog } from '../catalog/catalog.js';
import { CONFIDENCE_TEXT, messages, type Lang } from '../i18n/messages.js';
import { STATUS_ORDER, type Verdict, type VerdictNote } from '../judge/types.js';
import type { Finding } from '../scan/types.js';
import { countByCategory, countByStatus, groupByFile } from './summary.js';
import { statusWord } from './text.js';
import type { ScanReport } from './types.js';

/**
 * A scan as a Markdown audit report.
 * @example
 * renderMarkdown(report, 'ja').startsWith('# CRYPTREC 暗号利用監査レポート'); // true
 */
export function renderMarkdown(report: ScanReport, lang: Lang): string {
  const m = messages(lang);
  const sep = lang === 'ja' ? '：' : ': ';
  const out: string[] = [];
  const list = report.list;
  out.push(`# ${m.reportTitle}`, '', `> ${m.reportDisclaimer}`, '');
  out.push(
    `- **${m.reportList}**${sep}${list.document}${paren([
      `${m.colVersion} ${list.version}`, `${m.published} ${list.published}`,
      `${m.colConfidence} ${CONFIDENCE_TEXT[list.confidence]?.[lang] ?? list.confidence}`, ...(list.provisional ? [m.colProvisional] : []),
    ], lang)}`,
    `- **${m.reportJudgedAt}**${sep}${report.at}`,
    `- **${m.reportPurpose}**${sep}${report.purpose === 'process' ? m.purposeProcess : m.purposeNew}`,
    `- **${m.reportTool}**${sep}${report.tool.name} ${report.tool.version}`,
    `- **${m.reportFiles}**${sep}${report.files}${report.skipped ? paren([m.skippedCount(report.skipped)], lang) : ''}`,
    '',
  );
  if (list.newerProvisional) out.push(`> ${m.newerProvisional(list.version, list.newerProvisional)}`, '');

  const active = report.findings.filter((f) => !f.suppressed);
  const suppressed = report.findings.length - active.length;
  out.push(`## ${m.reportSummary}`, '', `### ${m.reportByStatus}`, '');
  const byStatus = countByStatus(active);
  out.push(`| ${m.colStatus} | ${m.colCount} |`, '| --- | ---: |');
  for (const s of STATUS_ORDER) out.push(`| ${statusWord(s, lang)} | ${byStatus[s]} |`);
  out.push(`| **${m.total}** | **${active.length}** |`, '');
  if (suppressed) out.push(m.suppressedCount(suppressed), '');

  const byCategory = countByCategory(active);
  if (byCategory.size) {
    const categories = bundledCatalog().categories;
    const order = [...categories.keys()];
    const keys = [...byCategory.keys()].sort((a, b) => rank(order, a) - rank(order, b));
    out.push(`### ${m.reportByCategory}`, '');
    out.push(`| ${m.colCategory} | ${STATUS_ORDER.map((s) => statusWord(s, lang)).join(' | ')} | ${m.total} |`);
    out.push(`| --- | ${STATUS_ORDER.map(() => '---:').join(' | ')} | ---: |`);
    for (const key of keys) {
      const row = byCategory.get(key)!;
      const name = key === '' ? m.uncategorised : categories.get(key)?.[lang] ?? key;
      out.push(`| ${cell(name)} | ${STATUS_ORDER.map((s) => row.byStatus[s]).join(' | ')} | ${row.total} |`);
    }
    out.push('');
  }

  out.push(`## ${m.reportFindings}`, '');
  if (report.findings.length === 0) out.push(m.noFindings, '');
  for (const [path, group] of groupByFile(report.findings)) {
    out.push(`### ${path ? code(path) : m.noLocation}`, '');
    out.push(`| ${m.colLocation} | ${m.colStatus} | ${m.colInput} | ${m.colRule} | ${m.colWhy} |`, '| --- | --- | --- | --- | --- |');
    for (const f of group) out.push(findingRow(f, lang));
    out.push('');
  }

  const notes = citedNotes(report.findings);
  if (notes.length) {
    out.push(`## ${m.reportNotesCited}`, '', `${list.document} (${list.version})`, '');
    for (const n of notes) out.push(`- **${n.id}**${sep}${n[lang]}`);
    out.push('');
  }

  if (report.warnings.length) {
    out.push(`## ${m.reportWarnings}`, '');
    for (const w of report.warnings) out.push(`- ${code(`${w.path}${w.line ? `:${w.line}` : ''}`)}${sep}${inline(w.message)}`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function findingRow(f: Finding, lang: Lang): string {
  const m = messages(lang);
  const where = f.location ? `${f.location.line}:${f.location.column}` : '';
  const why = `${f.messages[lang] ?? f.message}${f.suppressed ? ` *${m.suppressedMark(f.suppressed.kind, f.suppressed.reason)}*` : ''}`;
  return `| ${where} | ${statusWord(f.status, lang)} | ${f.input ? code(f.input) : ''} | ${f.ruleId} | ${cell(why)} |`;
}

/** The list notes the findings' verdicts cite (parts included), each once, by note number. */
function citedNotes(findings: readonly Finding[]): VerdictNote[] {
  const byId = new Map<string, VerdictNote>();
  const walk = (v: Verdict) => {
    for (const n of v.notes) if (!byId.has(n.id)) byId.set(n.id, n);
    v.components?.forEach(walk);
  };
  for (const f of findings) if (f.verdict) walk(f.verdict);
  const num = (id: string) => Number(/\d+/.exec(id)?.[0] ?? Number.MAX_SAFE_INTEGER);
  return [...byId.values()].sort((a, b) => num(a.id) - num(b.id) || a.id.localeCompare(b.id));
}

/** ` (a, b)` in English, `（a、b）` in Japanese (which needs no space before its brackets). */
function paren(parts: readonly string[], lang: Lang): string {
  return lang === 'ja' ? `（${parts.join('、')}）` : ` (${parts.join(', ')})`;
}

function rank(order: readonly string[], key: string): number {
  const i = order.indexOf(key);
  return i === -1 ? order.length + (key === '' ? 1 : 0) : i;
}

/** Text safe inside a table cell: no line breaks, pipes escaped. */
function cell(s: string): string {
  return inline(s).replace(/\|/g, '\\|');
}

function inline(s: string): string {
  return s.replace(/\r?\n/g, ' ');
}

/** A code span that survives backticks and pipes in the text. */
function code(s: string): string {
  const text = cell(s);
  const ticks = text.includes('`') ? '``' : '`';
  const pad = ticks.length > 1 || text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${text}${pad}${ticks}`;
}
