/**
 * Baseline files: findings accepted as they are, so that a CI step fails only on new ones. The file holds content
 * fingerprints (see fingerprint.ts), never line numbers, sorted so that writing the same findings twice gives the same bytes:
 *
 *   { "version": 1, "tool": "cryptrec", "fingerprints": [ { "fingerprint", "ruleId", "path", "input" } ] }
 * @module
 */
import { readFile, writeFile } from 'node:fs/promises';
import { CryptrecError } from '../errors.js';
import type { Baseline, BaselineEntry } from './options.js';
import type { Finding } from './types.js';

/**
 * A baseline of findings: all that fail or warn, except those an inline comment already suppresses.
 * @example
 * const baseline = createBaseline((await scan(['.'], { cwd })).findings);
 */
export function createBaseline(findings: readonly Finding[]): Baseline {
  const byPrint = new Map<string, BaselineEntry>();
  for (const f of findings) {
    if (f.level === 'none' || f.suppressed?.kind === 'inline') continue;
    byPrint.set(f.fingerprint, { fingerprint: f.fingerprint, ruleId: f.ruleId, path: f.location?.path ?? '', input: f.input });
  }
  return { version: 1, tool: 'cryptrec', fingerprints: sortEntries([...byPrint.values()]) };
}

/**
 * The text of a baseline file: sorted, two-space indented, with a final newline.
 * @example
 * await writeFile('cryptrec-baseline.json', baselineText(createBaseline(result.findings)));
 */
export function baselineText(baseline: Baseline): string {
  const entries = sortEntries(baseline.fingerprints).map((e) => ({ fingerprint: e.fingerprint, ruleId: e.ruleId, path: e.path, input: e.input }));
  return `${JSON.stringify({ version: 1, tool: 'cryptrec', fingerprints: entries }, null, 2)}\n`;
}

/**
 * Reads the text of a baseline file. Malformed text is a CryptrecError `invalid-baseline` with its position.
 * @example
 * parseBaseline('{"version":1,"tool":"cryptrec","fingerprints":[]}').fingerprints; // []
 */
export function parseBaseline(text: string, file?: string): Baseline {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const at = /position (\d+)/.exec(String((e as Error).message));
    const pos = at ? positionOf(text, Number(at[1])) : {};
    throw new CryptrecError('invalid-baseline', `baseline is not JSON: ${(e as Error).message}`, { ...(file ? { file } : {}), ...pos });
  }
  const fail = (what: string): never => { throw new CryptrecError('invalid-baseline', `baseline: ${what}`, file ? { file } : {}); };
  if (typeof data !== 'object' || data === null || Array.isArray(data)) fail('expected an object { version, tool, fingerprints }');
  const o = data as Record<string, unknown>;
  if (o.version !== 1) fail(`version must be 1, not ${JSON.stringify(o.version)}`);
  if (o.tool !== 'cryptrec') fail(`tool must be "cryptrec", not ${JSON.stringify(o.tool)}`);
  if (!Array.isArray(o.fingerprints)) fail('fingerprints must be an array');
  const entries = (o.fingerprints as unknown[]).map((e, i): BaselineEntry => {
    if (typeof e !== 'object' || e === null) return fail(`fingerprints[${i}] must be an object`);
    const r = e as Record<string, unknown>;
    if (typeof r.fingerprint !== 'string' || !/^[0-9a-f]{64}$/.test(r.fingerprint)) fail(`fingerprints[${i}].fingerprint must be 64 lower-case hex digits`);
    for (const k of ['ruleId', 'path', 'input'] as const) if (typeof r[k] !== 'string') fail(`fingerprints[${i}].${k} must be a string`);
    return { fingerprint: r.fingerprint as string, ruleId: r.ruleId as string, path: r.path as string, input: r.input as string };
  });
  return { version: 1, tool: 'cryptrec', fingerprints: entries };
}

/**
 * Reads a baseline file.
 * @example
 * const baseline = await loadBaseline('cryptrec-baseline.json');
 */
export async function loadBaseline(file: string): Promise<Baseline> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new CryptrecError('baseline-unreadable', `baseline ${file} could not be read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, { file });
  }
  return parseBaseline(text, file);
}

/**
 * Writes a baseline file of the findings.
 * @example
 * await saveBaseline('cryptrec-baseline.json', result.findings);
 */
export async function saveBaseline(file: string, findings: readonly Finding[]): Promise<Baseline> {
  const baseline = createBaseline(findings);
  await writeFile(file, baselineText(baseline));
  return baseline;
}

/**
 * Marks findings whose fingerprint is in the baseline (an inline suppression, being more specific, stays as it is).
 * @example
 * applyBaseline(findings, baseline).filter((f) => f.suppressed?.kind === 'baseline');
 */
export function applyBaseline(findings: readonly Finding[], baseline: Baseline): Finding[] {
  const known = new Set(baseline.fingerprints.map((e) => e.fingerprint));
  return findings.map((f) => (f.suppressed || !known.has(f.fingerprint) ? f : { ...f, suppressed: { kind: 'baseline' } }));
}

function sortEntries(entries: readonly BaselineEntry[]): BaselineEntry[] {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...entries].sort((a, b) => cmp(a.path, b.path) || cmp(a.ruleId, b.ruleId) || cmp(a.input, b.input) || cmp(a.fingerprint, b.fingerprint));
}

function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}
