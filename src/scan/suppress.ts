/**
 * Inline suppression comments (DESIGN.md, "Suppressions"):
 *
 *   directive   := opener ws* ("cryptrec-ignore-next-line" | "cryptrec-ignore") (ws+ rule-ids)? ((":" | ws "--" ws) reason)?
 *   opener      := a comment opener the file type has: "#" "//" "/*" "*" "<!--" ";" "--" "%" "!" "REM" "::"
 *   rule-ids    := rule-id ((ws | ",")+ rule-id)*      rule-id := "cryptrec/" kebab-name | kebab-name
 *
 * `cryptrec-ignore` suppresses findings on its own line, `cryptrec-ignore-next-line` those on the line after. Without rule ids
 * every rule is suppressed. A reason is asked for: without one the comment still works, and the scan warns.
 * @module
 */
import { RULE_IDS, type RuleId } from './types.js';

/** One suppression comment. */
export interface Suppression {
  /** The line of the comment (1-based). */
  readonly line: number;
  /** The line whose findings it suppresses. */
  readonly target: number;
  /** The rules it suppresses; empty for all. */
  readonly rules: readonly RuleId[];
  readonly reason?: string;
}

/** Something wrong with a suppression comment. */
export interface SuppressionProblem {
  readonly line: number;
  readonly code: 'suppression-without-reason' | 'suppression-unknown-rule';
  readonly detail: string;
}

const HASH = ['#'];
const SLASH = ['//', '/*', '*'];
const XML = ['<!--'];
const ALL = ['#', '//', '/*', '*', '<!--', ';', '--', '%', '!', 'REM', '::'];

/** Comment openers by file extension (lower case, no dot) or by name. */
const OPENERS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ...['yml', 'yaml', 'sh', 'bash', 'zsh', 'fish', 'py', 'rb', 'pl', 'r', 'tf', 'hcl', 'toml', 'env', 'service', 'dockerfile', 'makefile', 'nginx', 'mk', 'ps1', 'cmake']
    .map((e) => [e, HASH] as const),
  ...['conf', 'cfg', 'ini', 'cnf', 'inf', 'desktop'].map((e) => [e, ['#', ';']] as const),
  ['properties', ['#', '!']],
  ...['js', 'mjs', 'cjs', 'ts', 'mts', 'cts', 'tsx', 'jsx', 'java', 'c', 'h', 'cc', 'cpp', 'hpp', 'cxx', 'cs', 'go', 'rs', 'swift', 'kt', 'kts', 'scala',
    'dart', 'groovy', 'gradle', 'json', 'jsonc', 'json5', 'css', 'scss', 'less', 'proto', 'zig'].map((e) => [e, SLASH] as const),
  ['php', [...SLASH, '#']],
  ...['html', 'htm', 'xml', 'xhtml', 'svg', 'md', 'markdown', 'plist', 'xsd', 'wsdl', 'jsp'].map((e) => [e, XML] as const),
  ['vue', [...XML, ...SLASH]],
  ['svelte', [...XML, ...SLASH]],
  ...['sql', 'lua', 'hs', 'elm', 'ada', 'adb'].map((e) => [e, ['--', '/*', '*']] as const),
  ...['tex', 'erl', 'hrl', 'm', 'matlab'].map((e) => [e, ['%']] as const),
  ...['bat', 'cmd'].map((e) => [e, ['REM', '::']] as const),
  ...['asm', 's', 'lisp', 'clj', 'el', 'scm'].map((e) => [e, [';']] as const),
]);

/**
 * The comment openers a file type has (all of them for a type not known here).
 * @example
 * commentOpeners('config/app.yml'); // ['#']
 */
export function commentOpeners(path: string): readonly string[] {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  if (name === '.env' || name.startsWith('.env.')) return HASH;
  const dot = name.lastIndexOf('.');
  const ext = dot > 0 ? name.slice(dot + 1) : name;
  return OPENERS.get(ext) ?? ALL;
}

const DIRECTIVE = /cryptrec-ignore(-next-line)?(?![\w-])/g;
const RULE_SET: ReadonlySet<string> = new Set(RULE_IDS);

/**
 * The suppression comments of a file, and what is wrong with them.
 * @example
 * findSuppressions('# cryptrec-ignore-next-line cryptrec/monitored: legacy client\nhash: sha1\n', 'app.yml').suppressions;
 * // [{ line: 1, target: 2, rules: ['cryptrec/monitored'], reason: 'legacy client' }]
 */
export function findSuppressions(text: string, path: string): { suppressions: Suppression[]; problems: SuppressionProblem[] } {
  const suppressions: Suppression[] = [];
  const problems: SuppressionProblem[] = [];
  if (!text.includes('cryptrec-ignore')) return { suppressions, problems };
  const openers = commentOpeners(path);
  let line = 1;
  let lineStart = 0;
  let counted = 0;
  for (const m of text.matchAll(DIRECTIVE)) {
    const at = m.index;
    for (let i = text.indexOf('\n', counted); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
      line++;
      lineStart = i + 1;
    }
    counted = at;
    const lineEnd = text.indexOf('\n', at);
    const before = text.slice(lineStart, at).trimEnd();
    const opener = openerAtEnd(before, openers);
    if (opener === undefined) continue;
    let rest = text.slice(at + m[0].length, lineEnd === -1 ? text.length : lineEnd).replace(/\r$/, '');
    const close = opener === '<!--' ? rest.indexOf('-->') : opener === '/*' || opener === '*' ? rest.indexOf('*/') : -1;
    if (close !== -1) rest = rest.slice(0, close);
    const { rules, reason, unknown } = parseRest(rest);
    for (const u of unknown) problems.push({ line, code: 'suppression-unknown-rule', detail: u });
    if (!reason) problems.push({ line, code: 'suppression-without-reason', detail: '' });
    suppressions.push({ line, target: m[1] ? line + 1 : line, rules, ...(reason ? { reason } : {}) });
  }
  return { suppressions, problems };
}

/**
 * The suppression that covers a finding of `ruleId` on `line`, if any.
 * @example
 * suppressionFor(suppressions, 2, 'cryptrec/monitored')?.reason; // 'legacy client'
 */
export function suppressionFor(suppressions: readonly Suppression[], line: number, ruleId: RuleId): Suppression | undefined {
  return suppressions.find((s) => s.target === line && (s.rules.length === 0 || s.rules.includes(ruleId)));
}

function openerAtEnd(before: string, openers: readonly string[]): string | undefined {
  // The longest opener first, so that `<!--` is not read as `--`, nor `/*` as `*`.
  let best: string | undefined;
  for (const o of openers) {
    const hit = o === 'REM'
      ? /(?:^|\s)rem$/i.test(before)
      : before.endsWith(o) && (o !== '*' || /^\s*\*$/.test(before) || before.endsWith('/*'));
    if (hit && (best === undefined || o.length > best.length)) best = o === '*' && before.endsWith('/*') ? '/*' : o;
  }
  return best;
}

function parseRest(rest: string): { rules: RuleId[]; reason: string; unknown: string[] } {
  const text = rest.trim();
  const sep = /(?::|\s--(?:\s|$))/.exec(text);
  const head = sep ? text.slice(0, sep.index) : text;
  const tail = sep ? text.slice(sep.index + sep[0].length).trim() : '';
  const tokens = head.split(/[\s,]+/).filter(Boolean);
  const rules: RuleId[] = [];
  const unknown: string[] = [];
  let i = 0;
  for (; i < tokens.length; i++) {
    const t = tokens[i]!;
    const id = t.startsWith('cryptrec/') ? t : `cryptrec/${t}`;
    if (RULE_SET.has(id)) rules.push(id as RuleId);
    else if (t.startsWith('cryptrec/')) unknown.push(t);
    else break;
  }
  // Words that are not rule ids before any separator are taken as the reason, so a comment with no colon still reads.
  const reason = i < tokens.length ? text.slice(text.indexOf(tokens[i]!, 0)).trim() : tail;
  return { rules, reason, unknown };
}
