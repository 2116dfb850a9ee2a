/**
 * `cryptrec diff` as text: what moved between two list versions, grouped by the list's categories (named as the catalog
 * names them, in the chosen language), then the notes added, removed and reworded with their texts.
 * @module
 */
import { bundledCatalog } from '../catalog/catalog.js';
import type { ListDiff } from '../catalog/diff.js';
import type { ListDocument, Tier } from '../catalog/types.js';
import { messages, type Lang } from '../i18n/messages.js';
import { style, table, type Style } from './ansi.js';
import { statusWord } from './text.js';

/**
 * A diff as text.
 * @example
 * renderDiffText(diff('2012', '2022.0'), getList('2012'), getList('2022.0'), 'en', false);
 * // 'Changes from CRYPTREC LS-0001-2012 (2012.0.0) to CRYPTREC LS-0001-2022 (2022.0.0)\n\n64-bit block cipher\n  ~ 3-key Triple DES  ...'
 */
export function renderDiffText(d: ListDiff, from: ListDocument, to: ListDocument, lang: Lang, color: boolean): string {
  const m = messages(lang);
  const s = style(color);
  const catalog = bundledCatalog();
  const name = (id: string) => catalog.algorithms.get(id)?.name ?? id;
  const tier = (t: Tier) => s.status(t, statusWord(t, lang));
  const categoryName = (id: string) => catalog.categories.get(id)?.[lang] ?? id;
  const arrow = ' → ';
  const paren = (x: string) => (lang === 'ja' ? `（${x}）` : ` (${x})`);

  const rows = new Map<string, string[][]>();
  const add = (category: string, row: string[]) => {
    const group = rows.get(category);
    if (group) group.push(row);
    else rows.set(category, [row]);
  };
  for (const e of d.added) add(e.category, [s.green('+'), name(e.algorithm), `${tier(e.tier)}${paren(m.added)}`]);
  for (const e of d.removed) add(e.category, [s.red('-'), name(e.algorithm), `${tier(e.tier)}${paren(m.removed)}`]);
  for (const mv of d.moved) {
    const moved = mv.from.category === mv.to.category ? '' : paren(`${categoryName(mv.from.category)}${arrow}${categoryName(mv.to.category)}`);
    add(mv.to.category, [s.yellow('~'), name(mv.algorithm), `${tier(mv.from.tier)}${arrow}${tier(mv.to.tier)}${moved}`]);
  }
  for (const r of d.renoted) {
    const category = to.entries.find((e) => e.algorithm === r.algorithm)?.category ?? '';
    add(category, [s.dim('*'), name(r.algorithm), `${m.renoted}: ${r.from.join(', ') || '-'}${arrow}${r.to.join(', ') || '-'}`]);
  }

  const out: string[] = [s.bold(m.diffTitle(`${d.from.document} (${d.from.version})`, `${d.to.document} (${d.to.version})`))];
  const order = [...catalog.categories.keys()];
  const keys = [...rows.keys()].sort((a, b) => rankOf(order, a) - rankOf(order, b));
  for (const key of keys) out.push(`${s.bold(key ? categoryName(key) : m.otherCategory)}\n${table(rows.get(key)!, '  ')}`);

  const noteLines = [
    ...noteBlock(m.notesAdded, d.notes.added, to, lang, s),
    ...noteBlock(m.notesRemoved, d.notes.removed, from, lang, s),
    ...noteBlock(m.notesChanged, d.notes.changed, to, lang, s),
  ];
  if (noteLines.length) out.push(`${s.bold(m.noteChanges)}\n${noteLines.join('\n')}`);
  if (keys.length === 0 && noteLines.length === 0) out.push(m.noChanges);
  return `${out.join('\n\n')}\n`;
}

function noteBlock(title: string, ids: readonly string[], list: ListDocument, lang: Lang, s: Style): string[] {
  if (!ids.length) return [];
  return [`  ${title}`, ...ids.map((id) => `    ${s.dim(`[${id}]`)} ${list.notes[id]?.[lang] ?? ''}`.trimEnd())];
}

function rankOf(order: readonly string[], key: string): number {
  const i = order.indexOf(key);
  return i === -1 ? order.length : i;
}
