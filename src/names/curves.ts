/**
 * Elliptic-curve names: every spelling of the curves of data/curves.yaml (SEC 2 and ANS X9.62 names, FIPS 186-4 P-/B-/K-
 * names, RFC 5656 SSH names, RFC 5639 brainpool, RFC 7748 and RFC 8032 Curve25519/Curve448, OpenSSL's and Node.js's
 * `getCurves()` names, and the named-curve OIDs), read from data/names/curves.yaml.
 *
 * Curve names are matched ignoring case and the separators space, `-`, `_`, `.`, `/` and `:`, because the ecosystems spell
 * one curve every way (`P-256`, `p256`, `NIST P-256`, `nistP256`, `X9.62 prime256v1`); OIDs are matched exactly.
 * @module
 */
import { bundledCatalog } from '../catalog/catalog.js';
import type { Curve } from '../catalog/types.js';
import type { Usage } from './types.js';

/** data/names/curves.yaml as parsed. */
interface CurveNamesTable {
  readonly scheme: 'curve';
  readonly curves: readonly { readonly curve: string; readonly names: readonly string[]; readonly oids?: readonly string[] }[];
}

/** No curve name or OID is longer than this; longer input is rejected before any work. */
const MAX_LENGTH = 64;
const SEPARATORS = /[\s\-_./:]+/g;
const OID = /^[0-2](?:\.(?:0|[1-9][0-9]*))+$/;

interface CurveIndex {
  /** Normalised name -> curve id. */
  readonly byName: ReadonlyMap<string, string>;
  /** Dotted OID -> curve id. */
  readonly byOid: ReadonlyMap<string, string>;
  readonly curves: ReadonlyMap<string, Curve>;
  readonly names: readonly string[];
}

let index: CurveIndex | undefined;

/** The lookup key of a curve name: lower case, separators removed. */
export function normaliseCurveName(name: string): string {
  return name.toLowerCase().replace(SEPARATORS, '');
}

function buildIndex(): CurveIndex {
  const catalog = bundledCatalog();
  const table = catalog.names.get('curves') as CurveNamesTable | undefined;
  const byName = new Map<string, string>();
  const byOid = new Map<string, string>();
  const names: string[] = [];
  for (const entry of table?.curves ?? []) {
    // A curve id is itself a name of the curve, so a caller may pass back what resolveCurve() returned.
    for (const name of [entry.curve, ...entry.names]) {
      const key = normaliseCurveName(name);
      // First entry wins; test/names/curves.test.ts asserts that no key is claimed by two curves.
      if (!byName.has(key)) byName.set(key, entry.curve);
      names.push(name);
    }
    for (const oid of entry.oids ?? []) {
      if (!byOid.has(oid)) byOid.set(oid, entry.curve);
      names.push(oid);
    }
  }
  return { byName, byOid, curves: catalog.curves, names: Object.freeze([...new Set(names)]) };
}

function getIndex(): CurveIndex {
  index ??= buildIndex();
  return index;
}

/**
 * The curve id (of data/curves.yaml) that a name or OID denotes, or undefined.
 * @example
 * resolveCurve('P-256'); // 'secp256r1'
 * resolveCurve('prime256v1'); // 'secp256r1'
 * resolveCurve('1.3.36.3.3.2.8.1.1.7'); // 'brainpoolP256r1'
 * resolveCurve('Ed25519'); // 'edwards25519'
 */
export function resolveCurve(name: string): string | undefined {
  if (typeof name !== 'string' || name.length > MAX_LENGTH) return undefined;
  const text = name.trim();
  if (text === '') return undefined;
  const idx = getIndex();
  if (OID.test(text)) return idx.byOid.get(text);
  return idx.byName.get(normaliseCurveName(text));
}

/**
 * What a curve name says: a key on that curve. A Weierstrass curve gives `{ algorithm: 'ec', curve }`; Curve25519 and
 * Curve448 give X25519 and X448, the only use RFC 7748 defines for them; Edwards25519 and Edwards448 give Ed25519 and Ed448.
 * @example
 * parseCurve('secp384r1'); // { input: 'secp384r1', scheme: 'curve', label: 'NIST P-384', algorithm: 'ec', curve: 'secp384r1' }
 * parseCurve('X25519')?.algorithm; // 'x25519'
 */
export function parseCurve(input: string): Usage | undefined {
  const id = resolveCurve(input);
  if (id === undefined) return undefined;
  const curve = getIndex().curves.get(id);
  if (curve === undefined) return undefined;
  const algorithm = curve.form === 'weierstrass' ? 'ec'
    : curve.form === 'montgomery' ? (id === 'curve25519' ? 'x25519' : id === 'curve448' ? 'x448' : undefined)
      : (id === 'edwards25519' ? 'ed25519' : id === 'edwards448' ? 'ed448' : undefined);
  // A Montgomery or Edwards curve we have no algorithm id for is not guessed at.
  if (algorithm === undefined) return undefined;
  return { input, scheme: 'curve', label: curve.name, algorithm, curve: id };
}

/**
 * Every curve name and OID that resolveCurve() reads, as written in data/names/curves.yaml.
 * @example
 * curveNames().includes('nistp256'); // true
 */
export function curveNames(): readonly string[] {
  return getIndex().names;
}
