/**
 * `cryptrec explain` as text: what a name resolves to, its verdict, its tier in every bundled version, the list's notes,
 * the specifications, the LS-0003 strength table (the row of the name's strength marked) and the quantum flag.
 * @module
 */
import type { Explanation } from '../judge/explain.js';
import type { Usage } from '../names/types.js';
import { messages, type Lang } from '../i18n/messages.js';
import { style, table } from './ansi.js';
import { statusWord, strengthText } from './text.js';

/**
 * An explanation as text.
 * @example
 * renderExplainText(explain('3des'), 'en', false); // '3des: monitored  3-key Triple DES\n  resolves to ...'
 */
export function renderExplainText(e: Explanation, lang: Lang, color: boolean): string {
  const m = messages(lang);
  const s = style(color);
  const v = e.verdict;
  const sep = lang === 'ja' ? '：' : ': ';
  const label = v.label ?? v.algorithm?.name;
  const out: string[] = [`${s.bold(e.input)}${sep}${s.status(v.status, statusWord(v.status, lang))}${label && label !== e.input ? `  ${label}` : ''}`];

  const rows: string[][] = [[m.explainResolves, e.usage ? usageText(e.usage) : s.magenta(m.explainUnresolved)]];
  if (e.algorithms.length) rows.push([m.explainKind, [...new Set(e.algorithms.map((a) => a.kind))].join(', ')]);
  rows.push([m.explainVerdict, `${s.status(v.status, statusWord(v.status, lang))} (${v.list.document}, ${v.list.version})`]);
  if (v.strength) rows.push([m.strength, strengthText(v.strength, lang)]);
  if (e.curve) rows.push([m.explainCurve, `${e.curve.name} (${e.curve.id}, ${e.curve.orderBits} bits)`]);
  rows.push([m.quantum, e.quantumVulnerable ? s.yellow(m.quantumYes) : m.quantumNo]);
  out.push(table(rows, '  '));
  if (e.curveCoverage) out.push(`  ${e.curveCoverage[lang]}`);

  if (e.algorithms.length) {
    const head = [m.colVersion, ...e.algorithms.map((a) => a.name)].map(s.bold);
    const body = e.tiers.map((t) => [
      `${t.version}${t.provisional ? ` (${m.colProvisional})` : ''}`,
      ...e.algorithms.map((a) => {
        const tier = t.byAlgorithm[a.id];
        return tier ? s.status(tier, statusWord(tier, lang)) : s.dim(m.explainNotOnList);
      }),
    ]);
    out.push(`${s.bold(m.explainTiers)}\n${table([head, ...body], '  ')}`);
  }
  if (v.reasons.length) out.push(`${s.bold(m.reasons)}\n${v.reasons.map((r) => `  - ${r[lang]}`).join('\n')}`);
  if (v.notes.length) out.push(`${s.bold(m.notes)}\n${v.notes.map((n) => `  - ${s.dim(`[${n.id}]`)} ${n[lang]}`).join('\n')}`);
  const specs = [...e.specs, ...(e.curve?.specs ?? [])];
  if (specs.length) out.push(`${s.bold(m.explainSpecs)}\n${[...new Set(specs)].map((x) => `  - ${x}`).join('\n')}`);

  const level = v.strength?.level ?? undefined;
  const strengthRows = [
    ['', m.colBits, m.colSymmetric, m.colIfc, m.colFfc, m.colEcc, m.colNewUntil].map(s.bold),
    ...e.strengthTable.map((r) => [
      r.bits === level ? s.bold('>') : '',
      String(r.bits), r.symmetric, String(r.ifc), r.ffc, r.ecc, r.lastYearForNew !== undefined ? String(r.lastYearForNew) : '-',
    ]),
  ];
  out.push(`${s.bold(m.explainStrengthTable)}\n${table(strengthRows, '  ')}`);
  return `${out.join('\n\n')}\n`;
}

/** `AES-128-GCM = cipher aes (128 bits) + mode gcm`. */
function usageText(u: Usage): string {
  const params = (x: Usage) => {
    const p: string[] = [];
    if (x.keyBits !== undefined) p.push(`${x.keyBits} bits`);
    if (x.curve !== undefined) p.push(x.curve);
    if (x.outputBits !== undefined) p.push(`output ${x.outputBits}`);
    if (x.ivBits !== undefined) p.push(`IV ${x.ivBits}`);
    if (x.tagBits !== undefined) p.push(`tag ${x.tagBits}`);
    return p.length ? ` (${p.join(', ')})` : '';
  };
  const head = `${u.label ?? u.input}${u.algorithm ? ` [${u.algorithm}${params(u)}]` : params(u)}`;
  if (!u.components?.length) return head;
  const join = u.combination === 'any' ? ' | ' : ' + ';
  return `${head} = ${u.components.map((c) => `${c.role ? `${c.role} ` : ''}${c.algorithm ?? c.label ?? c.input}${params(c)}`).join(join)}`;
}
