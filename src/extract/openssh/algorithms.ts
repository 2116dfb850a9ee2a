/**
 * OpenSSH algorithm lists: the wildcard patterns of ssh_config(5) "PATTERNS", the check each list keyword makes of its
 * value, and how a value with a `+` (append to the default), `-` (remove from the default, wildcards allowed) or `^` (put at
 * the head of the default) becomes the effective list, with the origin of every name kept.
 *
 * The rules follow what OpenSSH 9.2p1 does, checked name for name against `sshd -T` and `ssh -G` by the differential tests:
 * - Ciphers, MACs, KexAlgorithms: every name must be one the program knows, exactly (case matters; no wildcards), except
 *   after `-`, which is not checked at all. The key lists (HostKeyAlgorithms, PubkeyAcceptedAlgorithms,
 *   HostbasedAcceptedAlgorithms, CASignatureAlgorithms) also take wildcards that match at least one key type, and the short
 *   type names (`RSA`). The check stops at the first empty name (`a,,b` passes whatever `b` is).
 * - The effective list is made by expanding each name, in order, into the supported names it matches (a wildcard in the order
 *   of `ssh -Q`), leaving out names already in the list. A `!` there is an error; so is a list that ends up empty, except after
 *   `-`, whose result is used as it is.
 * @module
 */
import type { Localized } from '../../catalog/types.js';
import { KEY_SHORT_NAMES, SUPPORTED_GSS_KEX, SUPPORTED_KEYS, type AlgorithmKeyword } from './defaults.js';

/**
 * OpenSSH's match_pattern(): `*` matches any run of characters, `?` any one character, all else itself (case-sensitive).
 * Linear in the lengths (the greedy star algorithm), where OpenSSH backtracks; the answers are the same.
 * @example
 * matchPattern('aes128-ctr', 'aes*-ctr'); // true
 * matchPattern('AES128-CTR', 'aes*');     // false
 */
export function matchPattern(s: string, pattern: string): boolean {
  let si = 0;
  let pi = 0;
  let star = -1;
  let mark = 0;
  while (si < s.length) {
    const p = pattern[pi];
    if (p !== undefined && p !== '*' && (p === '?' || p === s[si])) {
      si++;
      pi++;
    } else if (p === '*') {
      star = pi++;
      mark = si;
    } else if (star !== -1) {
      pi = star + 1;
      si = ++mark;
    } else {
      return false;
    }
  }
  while (pattern[pi] === '*') pi++;
  return pi === pattern.length;
}

/** OpenSSH limits one pattern of a list to 1023 characters and then matches nothing. */
const MAX_SUBPATTERN = 1023;

/**
 * OpenSSH's match_pattern_list(): 1 when a pattern of the comma-separated list matches, -1 when a negated one (`!pat`)
 * matches (which wins), else 0. With `lower`, the patterns (not the string) are lowercased first.
 * @example
 * matchPatternList('ssh-rsa', 'ssh-*,!ssh-rsa'); // -1
 * matchPatternList('ssh-dss', 'ssh-*,!ssh-rsa'); // 1
 */
export function matchPatternList(s: string, list: string, lower = false): 1 | 0 | -1 {
  let positive = false;
  let i = 0;
  while (i < list.length) {
    let negated = false;
    if (list[i] === '!') {
      negated = true;
      i++;
    }
    let j = list.indexOf(',', i);
    if (j === -1) j = list.length;
    if (j - i >= MAX_SUBPATTERN) return 0;
    let sub = list.slice(i, j);
    if (lower) sub = sub.replace(/[A-Z]+/g, (m) => m.toLowerCase());
    i = j < list.length ? j + 1 : j;
    if (matchPattern(s, sub)) {
      if (negated) return -1;
      positive = true;
    }
  }
  return positive ? 1 : 0;
}

/** A name of a value with its place: the index of its first character in the value's text. */
export interface ListItem {
  readonly text: string;
  readonly index: number;
}

/**
 * The comma-separated items of a value from `from`, empty ones included (as strsep() gives them).
 * @example
 * splitList('+a,,b', 1); // [{ text: 'a', index: 1 }, { text: '', index: 3 }, { text: 'b', index: 4 }]
 */
export function splitList(value: string, from = 0): ListItem[] {
  const out: ListItem[] = [];
  let i = from;
  for (;;) {
    const j = value.indexOf(',', i);
    if (j === -1) {
      out.push({ text: value.slice(i), index: i });
      return out;
    }
    out.push({ text: value.slice(i, j), index: i });
    i = j + 1;
  }
}

/** Why a value is refused, and which item (index into the value's text) is to blame. */
export interface ValueProblem {
  readonly index: number;
  readonly length: number;
  readonly message: Localized;
}

const KEY_NAMES: ReadonlySet<string> = new Set([...SUPPORTED_KEYS, ...KEY_SHORT_NAMES]);
const KEY_NAME_LIST = SUPPORTED_KEYS;

/**
 * The check a list keyword makes of its value before anything else (servconf.c / readconf.c of 9.2p1): undefined when the
 * program accepts the value, else the first bad item. `-` lists are never checked.
 * @example
 * checkValue(findKeyword(SSHD_ALGORITHM_KEYWORDS, 'Ciphers')!, 'aes128-ctr,AES256-CTR'); // { index: 11, length: 10, message: ... }
 */
export function checkValue(keyword: AlgorithmKeyword, value: string): ValueProblem | undefined {
  if (keyword.modifiers && value.startsWith('-')) return undefined;
  const from = keyword.modifiers && (value.startsWith('+') || value.startsWith('^')) ? 1 : 0;
  if (value.length === from) return { index: from, length: 0, message: emptyList(keyword) };
  for (const item of splitList(value, from)) {
    if (item.text === '') break;
    if (!validName(keyword, item.text)) return badName(keyword, item);
  }
  return undefined;
}

function validName(keyword: AlgorithmKeyword, name: string): boolean {
  switch (keyword.kind) {
    case 'cipher': case 'mac':
      return keyword.supported.includes(name);
    case 'kex':
      return keyword.supported.includes(name) || isGssName(name);
    case 'gss':
      return isGssName(name);
    case 'key': case 'sig':
      if (KEY_NAMES.has(name)) return true;
      // A pattern passes when it matches some key type, positively or negatively.
      if (!/[*?!]/.test(name)) return false;
      return KEY_NAME_LIST.some((k) => matchPatternList(k, name) !== 0);
  }
}

/** A GSSAPI key exchange name: a known prefix, maybe followed by the mechanism's hash (RFC 4462 section 2). */
function isGssName(name: string): boolean {
  return SUPPORTED_GSS_KEX.some((prefix) => name.startsWith(prefix));
}

function badName(keyword: AlgorithmKeyword, item: ListItem): ValueProblem {
  return {
    index: item.index, length: item.text.length,
    message: {
      en: `"${item.text}" is not a ${KIND_TEXT[keyword.kind].en} OpenSSH knows; ${keyword.name} refuses the value and the program does not start`,
      ja: `「${item.text}」は OpenSSH が知らない${KIND_TEXT[keyword.kind].ja}。${keyword.name} の値として拒否され、プログラムは起動しない`,
    },
  };
}

function emptyList(keyword: AlgorithmKeyword): Localized {
  return { en: `${keyword.name} has an empty list`, ja: `${keyword.name} のリストが空` };
}

const KIND_TEXT: Readonly<Record<AlgorithmKeyword['kind'], Localized>> = {
  cipher: { en: 'cipher', ja: '暗号' },
  mac: { en: 'MAC', ja: 'MAC' },
  kex: { en: 'key exchange method', ja: '鍵交換方式' },
  key: { en: 'key type or signature algorithm', ja: '鍵種別・署名アルゴリズム' },
  sig: { en: 'key type or signature algorithm', ja: '鍵種別・署名アルゴリズム' },
  gss: { en: 'GSSAPI key exchange method', ja: 'GSSAPI 鍵交換方式' },
};

/** Where a name of the effective list comes from: an item of the value (maybe a wildcard that matched it), or the default. */
export type NameSource<W> =
  | { readonly kind: 'written'; readonly where: W; readonly pattern?: string }
  | { readonly kind: 'default'; readonly modifier?: '+' | '-' | '^' };

/** One name of an effective list with its source. */
export interface EffectiveName<W> {
  readonly name: string;
  readonly source: NameSource<W>;
}

/** An effective list, or why the program refuses to build it. */
export type Assembled<W> =
  | { readonly ok: true; readonly names: readonly EffectiveName<W>[] }
  | { readonly ok: false; readonly message: Localized; readonly where?: W };

/**
 * OpenSSH's kex_assemble_names() on a value: the effective list and where each name comes from. `items` are the value's
 * comma-separated items (the modifier taken off), each with `where` it is written; `modifier` is the value's first
 * character when it is `+`, `-` or `^`. A value that is absent gives the default.
 * @example
 * assemble(kw, { modifier: '+', items: [{ text: '3des-cbc', where: loc }] });
 * // { ok: true, names: [...defaults (source default '+'), { name: '3des-cbc', source: { kind: 'written', where: loc } }] }
 */
export function assemble<W>(
  keyword: AlgorithmKeyword,
  value: { readonly modifier?: '+' | '-' | '^'; readonly items: readonly { readonly text: string; readonly where: W }[] } | undefined,
): Assembled<W> {
  const fromDefault = (modifier?: '+' | '-' | '^'): EffectiveName<W>[] =>
    keyword.defaults.map((name) => ({ name, source: modifier ? { kind: 'default', modifier } : { kind: 'default' } }));
  if (value === undefined || (value.modifier === undefined && value.items.length === 1 && value.items[0]!.text === '')) {
    return { ok: true, names: fromDefault() };
  }
  if (!keyword.modifiers) {
    // A plain list (GSSAPIKexAlgorithms) is used as written.
    return {
      ok: true,
      names: value.items.map((i) => ({ name: i.text, source: { kind: 'written', where: i.where } })),
    };
  }
  if (value.modifier === '-') {
    const filter = value.items.map((i) => i.text).join(',');
    const kept: EffectiveName<W>[] = [];
    for (const name of keyword.defaults) if (matchPatternList(name, filter) !== 1) kept.push({ name, source: { kind: 'default', modifier: '-' } });
    return { ok: true, names: kept };
  }

  // The list before wildcards are expanded, as kex_names_cat() joins it: duplicates of the first part stay, the second part
  // stops at its first empty item and skips items already present.
  type Entry = { readonly text: string; readonly source: NameSource<W> };
  const written: Entry[] = value.items.map((i) => ({ text: i.text, source: { kind: 'written', where: i.where } }));
  const defaults: Entry[] = keyword.defaults.map((text) => ({ text, source: { kind: 'default', modifier: value.modifier! } }));
  let list: Entry[];
  if (value.modifier === '+') list = namesCat(defaults, written);
  else if (value.modifier === '^') list = namesCat(written, defaults);
  else list = written;

  const out: EffectiveName<W>[] = [];
  const seen = new Set<string>();
  for (const entry of list) {
    if (entry.text.startsWith('!')) {
      return {
        ok: false, ...(entry.source.kind === 'written' ? { where: entry.source.where } : {}),
        message: {
          en: `${keyword.name} may not negate a name ("${entry.text}"); only a "-" list removes names`,
          ja: `${keyword.name} では名前を否定（「${entry.text}」）できない。名前を除けるのは「-」のリストだけ`,
        },
      };
    }
    const wildcard = /[*?]/.test(entry.text);
    for (const name of keyword.supported) {
      if (seen.has(name) || !(wildcard ? matchPattern(name, entry.text) : name === entry.text)) continue;
      seen.add(name);
      const source: NameSource<W> = entry.source.kind === 'written' && wildcard
        ? { kind: 'written', where: entry.source.where, pattern: entry.text }
        : entry.source;
      out.push({ name, source });
    }
  }
  if (out.length === 0) {
    return {
      ok: false, ...(written[0] ? { where: value.items[0]!.where } : {}),
      message: {
        en: `no algorithm of ${keyword.name} remains that ${OPENSSH_NAME} supports; the program does not start`,
        ja: `${keyword.name} に ${OPENSSH_NAME} が対応するアルゴリズムが一つも残らない。プログラムは起動しない`,
      },
    };
  }
  return { ok: true, names: out };
}

const OPENSSH_NAME = 'OpenSSH';

function namesCat<E extends { readonly text: string }>(a: readonly E[], b: readonly E[]): E[] {
  if (a.length === 0 || (a.length === 1 && a[0]!.text === '')) return [...b];
  if (b.length === 0 || (b.length === 1 && b[0]!.text === '')) return [...a];
  const out = [...a];
  const present = new Set(a.map((e) => e.text));
  for (const e of b) {
    if (e.text === '') break;
    if (present.has(e.text)) continue;
    present.add(e.text);
    out.push(e);
  }
  return out;
}

/**
 * The keyword an argument of `keywords` spells (case-insensitive, old names included).
 * @example
 * findKeyword(SSHD_ALGORITHM_KEYWORDS, 'PubkeyAcceptedKeyTypes')?.name; // 'PubkeyAcceptedAlgorithms'
 */
export function findKeyword(keywords: readonly AlgorithmKeyword[], word: string): AlgorithmKeyword | undefined {
  const w = word.toLowerCase();
  return keywords.find((k) => k.aliases.includes(w));
}
