/**
 * Choosing a list version: `latest`, an exact version, or a semver range (`2022`, `^2022.1`, `2012.x`), in the manner of
 * node-semver's maxSatisfying. Provisional versions (data not yet confirmed against the document) are like npm pre-releases:
 * a range picks one only when no final version satisfies it, and `latest` never does.
 *
 * Grammar of a selector:
 *   selector := "latest" | <semver range as node-semver reads it>
 * @module
 */
import semver from 'semver';
import { bundledCatalog } from './catalog.js';
import type { Confidence, ListDocument } from './types.js';

/** One bundled version, as `listVersions()` and `cryptrec lists` show it. */
export interface ListVersionInfo {
  readonly list: string;
  readonly version: string;
  readonly document: string;
  readonly published: string;
  readonly confidence: Confidence;
  readonly provisional: boolean;
  /** True for the version `latest` selects. */
  readonly latest: boolean;
}

/** A list version chosen for use, with what the choice should tell the user. */
export interface CipherList extends ListDocument {
  /** A newer, provisional version that exists but was not chosen. */
  readonly newerProvisional?: string;
}

/** What `list` options accept: a selector, or a list already loaded (e.g. with loadList()). */
export type ListSelector = string | ListDocument;

/**
 * The bundled list versions, oldest first.
 * @example
 * listVersions().map((v) => `${v.version}${v.latest ? ' (latest)' : ''}`);
 * // ['2012.0.0', '2022.0.0', '2022.1.0 (latest)', '2022.2.0']
 */
export function listVersions(): ListVersionInfo[] {
  const lists = bundledCatalog().lists;
  const latest = newestFinal(lists);
  return lists.map((l) => ({
    list: l.list, version: l.version, document: l.document, published: l.published, confidence: l.confidence,
    provisional: l.provisional, latest: l === latest,
  }));
}

const chosen = new Map<string, CipherList>();

/**
 * The list version a selector picks. An empty, malformed or unmatched selector is a RangeError that names it and the
 * versions available.
 * @example
 * getList().version;            // '2022.1.0' (latest; newerProvisional: '2022.2.0')
 * getList('2012').version;      // '2012.0.0'
 * getList('^2022.1').version;   // '2022.1.0' (2022.2.0 is provisional)
 * getList('2022.2').provisional; // true
 */
export function getList(selector: ListSelector = 'latest'): CipherList {
  if (typeof selector === 'object' && selector !== null && Array.isArray((selector as ListDocument).entries)) return selector as CipherList;
  if (typeof selector !== 'string') throw new TypeError(`list must be a version range string or a loaded list, not ${typeof selector}`);
  const cached = chosen.get(selector);
  if (cached) return cached;
  const lists = bundledCatalog().lists;
  const available = () => `available: latest, ${lists.map((l) => `${l.version}${l.provisional ? ' (provisional)' : ''}`).join(', ')}`;
  const text = selector.trim();
  let pick: ListDocument | undefined;
  if (text === 'latest') {
    pick = newestFinal(lists);
  } else {
    if (text === '' || semver.validRange(text) === null) {
      throw new RangeError(`list: "${selector}" is not a version or range; ${available()}`);
    }
    const matching = lists.filter((l) => semver.satisfies(l.version, text));
    pick = newestFinal(matching) ?? matching[matching.length - 1];
  }
  if (!pick) throw new RangeError(`list: no bundled version satisfies "${selector}"; ${available()}`);
  const newer = lists[lists.length - 1];
  const result: CipherList = Object.freeze(
    newer && newer !== pick && newer.provisional && semver.gt(newer.version, pick.version) ? { ...pick, newerProvisional: newer.version } : pick,
  );
  chosen.set(selector, result);
  return result;
}

function newestFinal(lists: readonly ListDocument[]): ListDocument | undefined {
  return lists.filter((l) => !l.provisional).at(-1);
}
