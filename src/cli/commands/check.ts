/**
 * `cryptrec check <name...>`: a verdict for each name. Exit code 1 when a name's status is at or worse than --fail-on
 * (unknown only with --strict), so `cryptrec check md5` fails and `cryptrec check aes-128` passes.
 * @module
 */
import { getList } from '../../catalog/versions.js';
import { messages } from '../../i18n/messages.js';
import { check } from '../../judge/check.js';
import { provenance } from '../../judge/judge.js';
import type { Verdict } from '../../judge/types.js';
import { renderCheckJson } from '../../report/json.js';
import { renderMarkdown } from '../../report/markdown.js';
import { renderSarif } from '../../report/sarif.js';
import { fails } from '../../report/summary.js';
import { renderCheckText } from '../../report/text.js';
import type { ReportList, ScanReport } from '../../report/types.js';
import { checkFindings } from '../check-findings.js';
import { emit } from '../output.js';
import { TOOL } from '../tool.js';
import { UsageError } from '../usage-error.js';
import type { CommandContext } from './context.js';

/**
 * Runs `check`.
 * @example
 * await runCheck({ io, fs, opts, args: ['sha1'] }); // 1 (monitored fails by default)
 */
export async function runCheck({ io, fs, opts, args }: CommandContext): Promise<number> {
  if (args.length === 0) throw new UsageError('usage', messages(opts.lang).missingNames, 'check');
  const verdicts: Verdict[] = args.map((name) => check(name, { list: opts.list, at: opts.at, purpose: opts.purpose }));
  const list = reportList(opts.list);
  const render = { lang: opts.lang, color: opts.color, failOn: opts.failOn, strict: opts.strict, quiet: opts.quiet };
  let text: string;
  switch (opts.format) {
    case 'json': text = renderCheckJson(verdicts, list); break;
    case 'sarif': text = renderSarif(asReport(verdicts, list, opts.at, opts.purpose, io.cwd, opts.lang), opts.lang); break;
    case 'markdown': text = renderMarkdown(asReport(verdicts, list, opts.at, opts.purpose, io.cwd, opts.lang), opts.lang); break;
    default: text = renderCheckText(verdicts, list, opts.at, render);
  }
  await emit(io, fs, opts, text);
  return verdicts.some((v) => fails(v.status, opts.failOn, opts.strict)) ? 1 : 0;
}

/**
 * The chosen list with the provisional version it passed over, as reports cite it.
 * @example
 * reportList('latest'); // { id: 'cryptrec', version: '2022.1.0', ..., newerProvisional: '2022.2.0' }
 */
export function reportList(selector: string): ReportList {
  const list = getList(selector);
  return { ...provenance(list), ...(list.newerProvisional ? { newerProvisional: list.newerProvisional } : {}) };
}

function asReport(verdicts: readonly Verdict[], list: ReportList, at: string, purpose: ScanReport['purpose'], root: string, lang: 'en' | 'ja'): ScanReport {
  return { tool: TOOL, list, at, purpose, findings: checkFindings(verdicts, lang), warnings: [], files: 0, skipped: 0, durationMs: 0, root };
}
