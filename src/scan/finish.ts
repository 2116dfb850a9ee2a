/**
 * The last step for a file's findings, shared by scan() and checkConfig(): content fingerprints (never line numbers) and the
 * inline `cryptrec-ignore` comments of each file the findings point into.
 * @module
 */
import type { FindingDraft } from './finding.js';
import { fingerprintAll } from './fingerprint.js';
import { compareFindings } from './order.js';
import { findSuppressions, suppressionFor } from './suppress.js';
import type { Finding } from './types.js';
import type { RawWarning } from './walk.js';

/**
 * Fingerprints and inline suppressions, per file the findings point into (an include may point elsewhere).
 * @param textOf the text of a file findings point into (`ownPath` or an included one), undefined when unreadable.
 * @example
 * finishFindings(drafts, 'nginx.conf', (p) => texts.get(p), warnings);
 */
export function finishFindings(
  drafts: FindingDraft[], ownPath: string, textOf: (path: string) => string | undefined, warnings: RawWarning[],
): Finding[] {
  const byPath = new Map<string, FindingDraft[]>();
  for (const d of drafts) {
    const p = d.location?.path ?? ownPath;
    const group = byPath.get(p);
    if (group) group.push(d);
    else byPath.set(p, [d]);
  }
  const out: Finding[] = [];
  for (const [p, group] of byPath) {
    group.sort(compareFindings);
    const text = textOf(p);
    const texts = linesAt(text, group.map((d) => d.location?.line));
    const prints = fingerprintAll(group.map((d, i) => ({ path: p, lineText: texts[i]!, input: d.input, ruleId: d.ruleId })));
    const { suppressions, problems } = text === undefined ? { suppressions: [], problems: [] } : findSuppressions(text, p);
    for (const problem of problems) warnings.push({ code: problem.code, path: p, line: problem.line, detail: problem.detail });
    group.forEach((d, i) => {
      const line = d.location?.line;
      const sup = line === undefined ? undefined : suppressionFor(suppressions, line, d.ruleId);
      out.push({
        ...d, fingerprint: prints[i]!,
        ...(sup ? { suppressed: sup.reason ? { kind: 'inline' as const, reason: sup.reason } : { kind: 'inline' as const } } : {}),
      });
    });
  }
  return out;
}

/** The text of each line asked for (ascending line numbers, as findings are sorted), without splitting the whole file. */
function linesAt(text: string | undefined, lines: readonly (number | undefined)[]): string[] {
  let line = 1;
  let start = 0;
  return lines.map((n) => {
    if (text === undefined || n === undefined || n < line) return n !== undefined && text !== undefined ? lineOf(text, n) : '';
    while (line < n) {
      const nl = text.indexOf('\n', start);
      if (nl === -1) return '';
      start = nl + 1;
      line++;
    }
    const end = text.indexOf('\n', start);
    return text.slice(start, end === -1 ? text.length : end).replace(/\r$/, '');
  });
}

function lineOf(text: string, n: number): string {
  return linesAt(text, [n])[0]!;
}

