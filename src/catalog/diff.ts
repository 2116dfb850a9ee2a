/**
 * What changed between two list versions, derived from their full entry lists: entries added, removed, and moved (tier or
 * category changed), plus notes added, removed and reworded. Pure: it works on two ListDocuments.
 * @module
 */
import type { ListDocument, Tier } from './types.js';
import { getList, type ListSelector } from './versions.js';

export interface DiffEntry {
  readonly algorithm: string;
  readonly tier: Tier;
  readonly category: string;
}

export interface DiffMove {
  readonly algorithm: string;
  readonly from: { readonly tier: Tier; readonly category: string };
  readonly to: { readonly tier: Tier; readonly category: string };
}

export interface ListDiff {
  readonly from: { readonly version: string; readonly document: string };
  readonly to: { readonly version: string; readonly document: string };
  readonly added: readonly DiffEntry[];
  readonly removed: readonly DiffEntry[];
  readonly moved: readonly DiffMove[];
  /** Entries whose attached notes changed (by note id), tier and category unchanged. */
  readonly renoted: readonly { readonly algorithm: string; readonly from: readonly string[]; readonly to: readonly string[] }[];
  readonly notes: { readonly added: readonly string[]; readonly removed: readonly string[]; readonly changed: readonly string[] };
}

/**
 * Compares two list versions.
 * @example
 * const d = diffLists(getList('2012.0.0'), getList('2022.0.0'));
 * d.moved.find((m) => m.algorithm === 'tdea-3key'); // { from: { tier: 'recommended', … }, to: { tier: 'monitored', … } }
 */
export function diffLists(from: ListDocument, to: ListDocument): ListDiff {
  const before = new Map(from.entries.map((e) => [e.algorithm, e]));
  const after = new Map(to.entries.map((e) => [e.algorithm, e]));
  const pick = (e: DiffEntry): DiffEntry => ({ algorithm: e.algorithm, tier: e.tier, category: e.category });
  const added = to.entries.filter((e) => !before.has(e.algorithm)).map(pick);
  const removed = from.entries.filter((e) => !after.has(e.algorithm)).map(pick);
  const moved: DiffMove[] = [];
  const renoted: { algorithm: string; from: readonly string[]; to: readonly string[] }[] = [];
  for (const e of to.entries) {
    const old = before.get(e.algorithm);
    if (!old) continue;
    if (old.tier !== e.tier || old.category !== e.category) {
      moved.push({ algorithm: e.algorithm, from: { tier: old.tier, category: old.category }, to: { tier: e.tier, category: e.category } });
    } else if (old.notes.join() !== e.notes.join()) {
      renoted.push({ algorithm: e.algorithm, from: old.notes, to: e.notes });
    }
  }
  const oldNotes = from.notes;
  const newNotes = to.notes;
  return {
    from: { version: from.version, document: from.document },
    to: { version: to.version, document: to.document },
    added,
    removed,
    moved,
    renoted,
    notes: {
      added: Object.keys(newNotes).filter((id) => !(id in oldNotes)),
      removed: Object.keys(oldNotes).filter((id) => !(id in newNotes)),
      changed: Object.keys(newNotes).filter((id) => {
        const a = oldNotes[id];
        const b = newNotes[id];
        return a !== undefined && b !== undefined && (a.en !== b.en || a.ja !== b.ja);
      }),
    },
  };
}

/**
 * What changed between two list versions, each given as a version, a range or a loaded list.
 * @example
 * diff('2012.0.0', '2022.0.0').removed.map((e) => e.algorithm); // ['sc2000', 'rc4']
 */
export function diff(from: ListSelector, to: ListSelector): ListDiff {
  return diffLists(getList(from), getList(to));
}
