/**
 * Validates one list version (the bundled ones and an organisation's own) against the list schema and its meaning:
 * required fields and their types, semver version, ISO dates, tiers, known algorithms, categories and notes, no duplicate
 * entries. Every problem becomes a CryptrecError with a code and the position of the offending value; all are collected.
 * The same checks run in the data linter (scripts/build-data.ts) and in loadList(), so both give the same errors.
 * @module
 */
import semver from 'semver';
import { CryptrecError } from '../errors.js';
import type { YamlSource } from './yaml-source.js';
import type { CategoryNote, Confidence, ListDocument, ListEntry, Localized, Note, NoteCondition, Tier } from './types.js';

export const TIERS: readonly Tier[] = ['recommended', 'candidate', 'monitored'];
export const CONFIDENCES: readonly Confidence[] = ['high', 'medium', 'low'];

/** What a list may refer to. */
export interface ListReferences {
  readonly algorithms: ReadonlySet<string>;
  readonly categories: ReadonlySet<string>;
}

export interface ListValidation {
  /** The list, when there were no errors. */
  readonly list?: ListDocument;
  readonly errors: readonly CryptrecError[];
  /** Problems that do not stop the list from loading (an unused note, say). */
  readonly warnings: readonly CryptrecError[];
}

type Path = (string | number)[];
const ROOT_FIELDS = ['list', 'version', 'document', 'title', 'published', 'supersedes', 'source', 'confidence', 'provisional',
  'unconfirmed', 'entries', 'categoryNotes', 'notes'];
const ENTRY_FIELDS = ['algorithm', 'tier', 'category', 'notes', 'keyBits', 'confidence'];
const NOTE_FIELDS = ['ja', 'en', 'confidence', 'conditions'];
const CONDITION_FIELDS: Readonly<Record<string, readonly string[]>> = {
  'max-blocks-per-key': ['blocks', 'with'],
  'iv-bits': ['bits'],
  'min-output-bits': ['bits'],
  'usage-only': ['usage'],
  'block-bits': ['bits'],
  'prefer-block-bits': ['bits'],
  'fixed-length-messages': [],
  'plaintext-multiple-of-bits': ['bits'],
  construction: ['construction'],
  'protocols-only': ['protocols'],
  'compatibility-only': [],
};
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * Checks a parsed list version and returns it typed, or the errors found.
 * @example
 * const v = validateList(parseYamlSource(text, 'policy.yaml'), { algorithms, categories });
 * if (v.errors.length) console.error(v.errors.map(String).join('\n'));
 */
export function validateList(src: YamlSource, refs: ListReferences): ListValidation {
  const errors: CryptrecError[] = [];
  const warnings: CryptrecError[] = [];
  const fail = (code: string, path: Path, message: string) => errors.push(new CryptrecError(code, message, src.positionOf(path)));
  const where = (path: Path) => path.join('.') || 'the document';

  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const object = (v: unknown, path: Path, fields: readonly string[]): Record<string, unknown> | undefined => {
    if (!isObject(v)) {
      fail('invalid-type', path, `${where(path)} must be a mapping`);
      return undefined;
    }
    for (const key of Object.keys(v)) {
      if (!fields.includes(key)) fail('unknown-field', [...path, key], `unknown field "${key}" in ${where(path)}; known fields: ${fields.join(', ')}`);
    }
    return v;
  };
  const required = (o: Record<string, unknown>, key: string, path: Path): unknown => {
    if (o[key] === undefined || o[key] === null) fail('missing-field', path, `${where(path)} needs the field "${key}"`);
    return o[key];
  };
  const string = (v: unknown, path: Path): string | undefined => {
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string' || v.trim() === '') {
      fail('invalid-type', path, `${where(path)} must be a non-empty string`);
      return undefined;
    }
    return v;
  };
  const oneOf = <T extends string>(v: unknown, path: Path, allowed: readonly T[], code: string): T | undefined => {
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
      fail(code, path, `${where(path)} is ${JSON.stringify(v)}; it must be one of ${allowed.join(', ')}`);
      return undefined;
    }
    return v as T;
  };
  const positiveInt = (v: unknown, path: Path): number | undefined => {
    if (!Number.isSafeInteger(v) || (v as number) <= 0) {
      fail('invalid-type', path, `${where(path)} must be a positive whole number`);
      return undefined;
    }
    return v as number;
  };
  const array = (v: unknown, path: Path): unknown[] => {
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) {
      fail('invalid-type', path, `${where(path)} must be a list`);
      return [];
    }
    return v;
  };
  const localized = (v: unknown, path: Path, extra: readonly string[] = []): Localized | undefined => {
    const o = object(v, path, ['ja', 'en', ...extra]);
    if (!o) return undefined;
    const ja = string(required(o, 'ja', path), [...path, 'ja']);
    const en = string(required(o, 'en', path), [...path, 'en']);
    return ja !== undefined && en !== undefined ? { ja, en } : undefined;
  };
  const isoDate = (v: unknown, path: Path): string | undefined => {
    // YAML reads an unquoted 2024-05-16 as a string here (yaml 1.2 core schema), but accept a Date too.
    const text = v instanceof Date ? v.toISOString().slice(0, 10) : v;
    if (typeof text !== 'string' || !ISO_DATE.test(text) || Number.isNaN(Date.parse(text))) {
      fail('invalid-date', path, `${where(path)} must be a date written YYYY-MM-DD, not ${JSON.stringify(v)}`);
      return undefined;
    }
    return text;
  };
  const version = (v: unknown, path: Path): string | undefined => {
    const text = typeof v === 'number' ? String(v) : v;
    if (typeof text !== 'string' || semver.valid(text) !== text) {
      fail('invalid-version', path, `${where(path)} must be a semver version such as 2022.1.0, not ${JSON.stringify(v)}`);
      return undefined;
    }
    return text;
  };

  const root = object(src.value, [], ROOT_FIELDS);
  if (!root) return { errors, warnings };
  const listId = string(required(root, 'list', []), ['list']);
  const ver = root.version === undefined ? (required(root, 'version', []), undefined) : version(root.version, ['version']);
  const document = string(required(root, 'document', []), ['document']);
  const title = root.title === undefined ? (required(root, 'title', []), undefined) : localized(root.title, ['title']);
  const published = root.published === undefined ? (required(root, 'published', []), undefined) : isoDate(root.published, ['published']);
  const supersedes = root.supersedes === undefined ? undefined : version(root.supersedes, ['supersedes']);
  const source = string(required(root, 'source', []), ['source']);
  const confidence = oneOf(required(root, 'confidence', []), ['confidence'], CONFIDENCES, 'invalid-confidence');
  const provisional = root.provisional ?? false;
  if (typeof provisional !== 'boolean') fail('invalid-type', ['provisional'], 'provisional must be true or false');
  const unconfirmed = array(root.unconfirmed, ['unconfirmed']).map((u, i) => localized(u, ['unconfirmed', i]));

  // Notes first, so that entries can be checked against them.
  const notes: Record<string, Note> = {};
  const rawNotes = root.notes ?? {};
  const notesObject = isObject(rawNotes) ? rawNotes : (fail('invalid-type', ['notes'], 'notes must be a mapping of note ids'), {});
  for (const [id, raw] of Object.entries(notesObject)) {
    const path = ['notes', id];
    const text = localized(raw, path, NOTE_FIELDS.slice(2));
    if (!text || !isObject(raw)) continue;
    const note: { -readonly [K in keyof Note]: Note[K] } = { ...text };
    if (raw.confidence !== undefined) note.confidence = oneOf(raw.confidence, [...path, 'confidence'], CONFIDENCES, 'invalid-confidence');
    if (raw.conditions !== undefined) {
      note.conditions = array(raw.conditions, [...path, 'conditions']).flatMap((c, i) => {
        const condition = noteCondition(c, [...path, 'conditions', i]);
        return condition ? [condition] : [];
      });
    }
    notes[id] = note;
  }
  const used = new Set<string>();
  const noteRefs = (v: unknown, path: Path): string[] =>
    array(v, path).flatMap((n, i) => {
      const id = string(n, [...path, i]);
      if (id === undefined) return [];
      if (!(id in notes)) {
        fail('unknown-note', [...path, i], `note "${id}" is not defined under notes${Object.keys(notes).length ? ` (defined: ${Object.keys(notes).join(', ')})` : ''}`);
        return [];
      }
      used.add(id);
      return [id];
    });

  function noteCondition(v: unknown, path: Path): NoteCondition | undefined {
    if (!isObject(v)) return (fail('invalid-type', path, `${where(path)} must be a mapping`), undefined);
    const type = oneOf(v.type, [...path, 'type'], Object.keys(CONDITION_FIELDS), 'invalid-condition');
    if (type === undefined) return (v.type === undefined && fail('missing-field', path, `${where(path)} needs the field "type"`), undefined);
    object(v, path, ['type', ...(CONDITION_FIELDS[type] ?? [])]);
    for (const field of CONDITION_FIELDS[type] ?? []) {
      if (field === 'with') continue;
      const value = required(v, field, path);
      if (field === 'protocols') array(value, [...path, field]).forEach((p, i) => string(p, [...path, field, i]));
      else if (field === 'usage' || field === 'construction') string(value, [...path, field]);
      else if (value !== undefined) positiveInt(value, [...path, field]);
    }
    return v as unknown as NoteCondition;
  }

  const entries: ListEntry[] = [];
  const seen = new Map<string, number>();
  const rawEntries = required(root, 'entries', []);
  const entryList = array(rawEntries, ['entries']);
  if (Array.isArray(rawEntries) && entryList.length === 0) fail('missing-field', ['entries'], 'entries must list at least one algorithm');
  entryList.forEach((raw, i) => {
    const path = ['entries', i];
    const e = object(raw, path, ENTRY_FIELDS);
    if (!e) return;
    const algorithm = string(required(e, 'algorithm', path), [...path, 'algorithm']);
    if (algorithm !== undefined && !refs.algorithms.has(algorithm)) {
      fail('unknown-algorithm', [...path, 'algorithm'], `unknown algorithm "${algorithm}"${suggest(algorithm, refs.algorithms)}`);
    }
    const tier = oneOf(required(e, 'tier', path), [...path, 'tier'], TIERS, 'invalid-tier');
    const category = string(required(e, 'category', path), [...path, 'category']);
    if (category !== undefined && !refs.categories.has(category)) {
      fail('unknown-category', [...path, 'category'], `unknown category "${category}"; categories: ${[...refs.categories].join(', ')}`);
    }
    const entryNotes = noteRefs(e.notes, [...path, 'notes']);
    const keyBits = e.keyBits === undefined ? undefined : array(e.keyBits, [...path, 'keyBits']).map((b, j) => positiveInt(b, [...path, 'keyBits', j]));
    const entryConfidence = e.confidence === undefined ? undefined : oneOf(e.confidence, [...path, 'confidence'], CONFIDENCES, 'invalid-confidence');
    if (algorithm !== undefined) {
      const earlier = seen.get(algorithm);
      if (earlier !== undefined) {
        const first = src.positionOf(['entries', earlier]);
        fail('duplicate-entry', [...path, 'algorithm'], `"${algorithm}" is listed twice (first at line ${first.line})`);
      } else seen.set(algorithm, i);
    }
    if (algorithm !== undefined && tier !== undefined && category !== undefined) {
      entries.push({
        algorithm, tier, category, notes: entryNotes,
        ...(keyBits && keyBits.every((b) => b !== undefined) ? { keyBits: keyBits as number[] } : {}),
        ...(entryConfidence ? { confidence: entryConfidence } : {}),
      });
    }
  });

  const categoryNotes: CategoryNote[] = array(root.categoryNotes, ['categoryNotes']).flatMap((raw, i) => {
    const path = ['categoryNotes', i];
    const c = object(raw, path, ['category', 'tier', 'notes']);
    if (!c) return [];
    const category = string(required(c, 'category', path), [...path, 'category']);
    if (category !== undefined && !refs.categories.has(category)) fail('unknown-category', [...path, 'category'], `unknown category "${category}"`);
    const tier = oneOf(required(c, 'tier', path), [...path, 'tier'], TIERS, 'invalid-tier');
    const ns = noteRefs(c.notes, [...path, 'notes']);
    return category !== undefined && tier !== undefined ? [{ category, tier, notes: ns }] : [];
  });

  for (const id of Object.keys(notes)) {
    if (!used.has(id)) warnings.push(new CryptrecError('unused-note', `note "${id}" is attached to no entry`, src.positionOf(['notes', id])));
  }

  if (errors.length > 0 || !listId || !ver || !document || !title || !published || !source || !confidence) return { errors, warnings };
  const list: ListDocument = {
    list: listId, version: ver, document, title, published, source, confidence, provisional: provisional === true,
    ...(supersedes ? { supersedes } : {}),
    ...(unconfirmed.length ? { unconfirmed: unconfirmed.filter((u): u is Localized => u !== undefined) } : {}),
    entries, notes,
    ...(categoryNotes.length ? { categoryNotes } : {}),
  };
  return { list, errors, warnings };
}

/** ", did you mean …?" with the closest known ids, or nothing. */
export function suggest(input: string, known: Iterable<string>): string {
  const close = closest(input, known, 3);
  return close.length ? `; did you mean ${close.map((c) => `"${c}"`).join(' or ')}?` : '';
}

/** The known names nearest to `input` by edit distance, at most `max`, none further than a third of the input's length. */
export function closest(input: string, known: Iterable<string>, max: number): string[] {
  const target = input.toLowerCase();
  const limit = Math.max(2, Math.floor(target.length / 3));
  const scored: [string, number][] = [];
  for (const k of known) {
    const d = editDistance(target, k.toLowerCase(), limit);
    if (d <= limit) scored.push([k, d]);
  }
  return scored.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).slice(0, max).map(([k]) => k);
}

/** Levenshtein distance, giving up (returning limit + 1) once it must exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      row.push(v);
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length] ?? limit + 1;
}
