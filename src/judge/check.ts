/**
 * check(input, options) -> Verdict: read a name (or an object with parameters), choose the list version, and judge.
 * Verdicts are cached per list version, date and purpose, because CI runs ask about the same few names many times.
 * @module
 */
import { bundledCatalog } from '../catalog/catalog.js';
import { getList, type CipherList } from '../catalog/versions.js';
import { resolveCurve } from '../names/curves.js';
import { resolve, suggestNames } from '../names/resolve.js';
import type { Usage } from '../names/types.js';
import type { WebCryptoAlgorithm } from '../names/resolve.js';
import { judge, unknownVerdict, type JudgeContext } from './judge.js';
import { PURPOSES, type CheckObject, type CheckOptions, type Purpose, type Verdict } from './types.js';

/** What check() accepts: a name in any ecosystem's spelling, an object with parameters, or a WebCrypto algorithm object. */
export type CheckInput = string | CheckObject | WebCryptoAlgorithm;

const CACHE_LIMIT = 50_000;
const DAY_MS = 86_400_000;
const cache = new WeakMap<CipherList, Map<string, Verdict>>();

/**
 * The verdict for one input.
 * @example
 * check('aes-128-gcm').status;                         // 'recommended'
 * check('sha1').status;                                // 'monitored'
 * check({ algorithm: 'rsa', keyBits: 1024 }).status;   // 'unlisted' (weak-key)
 * check('RSA-2048', { at: '2031-01-01' }).status;      // 'unlisted' (112-bit, new protection ended with 2030)
 * check('RSA-2048', { at: '2031-01-01', purpose: 'process' }).status; // 'monitored' (legacy use)
 */
export function check(input: CheckInput, options: CheckOptions = {}): Verdict {
  const list = getList(options.list ?? 'latest');
  const purpose = purposeOf(options.purpose);
  if (typeof input === 'string') {
    // The hot path of a scan: one Map lookup keyed by day, purpose and name; the Date is built only on a miss.
    const day = dayOf(options.at);
    return cached(list, `${day}|${purpose}|${input}`, () => judgeInput(input, resolve(input), list, new Date(day * DAY_MS), purpose, undefined));
  }
  if (typeof input !== 'object' || input === null) throw new TypeError(`input must be a name or an object, not ${input === null ? 'null' : typeof input}`);
  if ('algorithm' in input) {
    const object = input as CheckObject;
    if (typeof object.algorithm !== 'string') throw new TypeError('input.algorithm must be a string');
    // Keys and certificates of a scan repeat the same few objects ({ rsa, 2048 }): they are cached by their fields.
    const day = dayOf(options.at);
    const key = `${day}|${purpose}|\u0001${OBJECT_FIELDS.map((f) => String(object[f] ?? '')).join('\u0001')}`;
    return cached(list, key, () => {
      const base = resolve(object.algorithm);
      const usage = base && withParameters(base, object);
      return judgeInput(object.algorithm, usage, list, new Date(day * DAY_MS), purpose, object);
    });
  }
  const at = dateOf(options.at);
  if ('name' in input) {
    if (typeof input.name !== 'string') throw new TypeError('input.name must be a string');
    return judgeInput(input.name, resolve(input), list, at, purpose, undefined);
  }
  throw new TypeError('input must be a name, { algorithm, ... } or a WebCrypto algorithm { name, ... }');
}

/** Every field of a CheckObject, in a fixed order (the cache key of an object input). */
const OBJECT_FIELDS: readonly (keyof CheckObject)[] = [
  'algorithm', 'keyBits', 'curve', 'outputBits', 'ivBits', 'tagBits', 'usage', 'blocksPerKey', 'fixedLength',
];

function dayOf(at: Date | string | undefined): number {
  return Math.floor((at === undefined ? Date.now() : dateOf(at).getTime()) / DAY_MS);
}

function cached(list: CipherList, key: string, compute: () => Verdict): Verdict {
  let byList = cache.get(list);
  const hit = byList?.get(key);
  if (hit) return hit;
  const verdict = compute();
  if (!byList) cache.set(list, (byList = new Map()));
  if (byList.size >= CACHE_LIMIT) byList.clear();
  byList.set(key, verdict);
  return verdict;
}

function judgeInput(
  input: string, usage: Usage | undefined, list: CipherList, at: Date, purpose: Purpose, use: CheckObject | undefined,
): Verdict {
  const ctx: JudgeContext = { catalog: bundledCatalog(), list, at, purpose, ...(use ? { use } : {}) };
  const verdict = usage ? judge(usage, ctx) : unknownVerdict(input, ctx, suggestNames(input));
  return freezeVerdict({ ...verdict, input });
}

/** Parameters given beside the name override what the name says; they apply to the primitive (or to a composite's key part). */
function withParameters(usage: Usage, o: CheckObject): Usage {
  const params: { -readonly [K in keyof Usage]?: Usage[K] } = {};
  for (const key of ['keyBits', 'curve', 'outputBits', 'ivBits', 'tagBits'] as const) {
    const value = o[key];
    if (value === undefined) continue;
    if (key === 'curve' ? typeof value !== 'string' : !Number.isSafeInteger(value) || (value as number) <= 0) {
      throw new RangeError(`${key} must be ${key === 'curve' ? 'a curve name' : 'a positive whole number of bits'}, not ${JSON.stringify(value)}`);
    }
    // A curve may be given in any spelling (`prime256v1`, `P-256`); the judge knows curves by their SEC names.
    (params as Record<string, unknown>)[key] = key === 'curve' ? resolveCurve(value as string) ?? value : value;
  }
  if (!usage.components?.length) return { ...usage, ...params };
  // In a composite each parameter belongs to one part: output sizes to the hash, IV and tag sizes to the mode, key sizes and
  // curves to the one keyed part. Where that part is not unique (a TLS suite has a key exchange, a signature and a cipher),
  // the parameter cannot be placed, and saying so beats guessing.
  const owners = (key: keyof typeof params): Usage[] => usage.components!.filter((c) =>
    key === 'outputBits' ? c.role === 'hash'
      : key === 'ivBits' || key === 'tagBits' ? c.role === 'mode' || c.role === 'aead'
        : c.role !== 'hash' && c.role !== 'mode' && c.role !== 'mac' && c.role !== 'prf' && c.role !== 'padding');
  const placed = new Map<Usage, Record<string, unknown>>();
  for (const [key, value] of Object.entries(params) as [keyof typeof params, unknown][]) {
    const candidates = owners(key);
    if (candidates.length !== 1) {
      throw new RangeError(`${key} cannot be placed in "${usage.label ?? usage.input}": it has ${candidates.length === 0 ? 'no part' : `${candidates.length} parts (${candidates.map((c) => c.role).join(', ')})`} it could belong to; check that part's own name instead`);
    }
    placed.set(candidates[0]!, { ...placed.get(candidates[0]!), [key]: value });
  }
  return { ...usage, components: usage.components.map((c) => (placed.has(c) ? { ...c, ...placed.get(c) } : c)) };
}

/**
 * Verdicts are shared through the cache, so they are frozen: the verdict, its arrays and its components. Reasons, notes and
 * strength are built fresh per verdict or come frozen from the catalog, so freezing them one by one would only cost time.
 */
function freezeVerdict(v: Verdict): Verdict {
  Object.freeze(v.reasons);
  Object.freeze(v.notes);
  if (v.strength) Object.freeze(v.strength);
  if (v.components) {
    for (const c of v.components) freezeVerdict(c);
    Object.freeze(v.components);
  }
  return Object.freeze(v);
}

function dateOf(at: Date | string | undefined): Date {
  if (at === undefined) return new Date();
  const date = typeof at === 'string' ? (/^\d{4}-\d{2}-\d{2}$/.test(at) ? new Date(`${at}T00:00:00Z`) : new Date(Number.NaN)) : at;
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new RangeError(`at: ${JSON.stringify(at)} is not a date; give a Date or YYYY-MM-DD`);
  }
  return date;
}

function purposeOf(purpose: string | undefined): Purpose {
  if (purpose === undefined) return 'new';
  if (!(PURPOSES as readonly string[]).includes(purpose)) throw new RangeError(`purpose: "${purpose}" is not one of ${PURPOSES.join(', ')}`);
  return purpose as Purpose;
}
