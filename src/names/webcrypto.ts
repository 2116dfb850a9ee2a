/**
 * WebCrypto names: the algorithm names and algorithm dictionaries of the W3C Web Cryptography API (with the WICG Secure
 * Curves and Modern Algorithms additions), as passed to `crypto.subtle` or read from a `CryptoKey`'s `algorithm`. The table
 * lives in data/names/webcrypto.yaml.
 *
 * Names match ASCII case-insensitively, because the API's algorithm normalisation does (`aes-gcm` is `AES-GCM`); `namedCurve`
 * matches exactly, because the API compares it as given (`p-256` is rejected). A member the API would reject (an unknown
 * hash, an AES length other than 128, 192 or 256, a negative modulus length) makes the whole dictionary unreadable rather than
 * being ignored: the API would throw, and we do not guess what was meant.
 * @module
 */
import { bundledCatalog } from '../catalog/catalog.js';
import { partUsage, rowParts, rowUsage, type MutableUsage, type NameRow } from './jose.js';
import type { Usage } from './types.js';

/**
 * A WebCrypto algorithm dictionary (AlgorithmIdentifier, or a CryptoKey's KeyAlgorithm). Only the members that carry
 * strength are read; `publicExponent`, `iv`, `counter`, `salt`, `info`, `label`, `saltLength`, `additionalData` and any
 * other member are accepted and ignored.
 */
export interface WebCryptoAlgorithm {
  readonly name: string;
  /** A digest algorithm name, or a dictionary naming one (a KeyAlgorithm carries `{ name }`). */
  readonly hash?: string | { readonly name: string };
  /** RSA modulus length in bits. */
  readonly modulusLength?: number;
  /** `P-256`, `P-384` or `P-521`. */
  readonly namedCurve?: string;
  /** AES or HMAC key length in bits. */
  readonly length?: number;
  /** AEAD tag length in bits (AES-GCM, AES-OCB). */
  readonly tagLength?: number;
  /** XOF output length in bits (cSHAKE, TurboSHAKE, KangarooTwelve). */
  readonly outputLength?: number;
  readonly [member: string]: unknown;
}

type ParamFamily = 'rsa' | 'ec' | 'aes' | 'hmac' | 'kdf' | 'digest' | 'xof' | 'none';
interface WebCryptoRow extends NameRow { readonly name: string; readonly params: ParamFamily }
interface WebCryptoCurveRow { readonly namedCurve: string; readonly curve: string; readonly spec: string }
interface WebCryptoTable { readonly algorithms: readonly WebCryptoRow[]; readonly curves: readonly WebCryptoCurveRow[] }

interface WebCryptoIndex {
  /** By ASCII-lower-cased name. */
  readonly rows: ReadonlyMap<string, { readonly row: WebCryptoRow; readonly usage: Usage }>;
  readonly curves: ReadonlyMap<string, string>;
}

let index: WebCryptoIndex | undefined;
function webcrypto(): WebCryptoIndex {
  if (index) return index;
  const table = bundledCatalog().names.get('webcrypto') as WebCryptoTable;
  index = {
    rows: new Map(table.algorithms.map((row) => [row.name.toLowerCase(), { row, usage: rowUsage(row, row.name, row.name, 'webcrypto') }] as const)),
    curves: new Map(table.curves.map((c) => [c.namedCurve, c.curve] as const)),
  };
  return index;
}

/** Printable ASCII only: the API lower-cases ASCII letters alone, so a non-ASCII look-alike (the Kelvin sign K) is no name. */
const NAME = /^[\x21-\x7e]{1,40}$/;

function lookup(name: string): { readonly row: WebCryptoRow; readonly usage: Usage } | undefined {
  return NAME.test(name) ? webcrypto().rows.get(name.toLowerCase()) : undefined;
}

/**
 * Reads a WebCrypto algorithm name (`'AES-GCM'`, `'ed25519'`, an optional `webcrypto:` prefix) or an algorithm dictionary
 * (`{ name: 'RSA-PSS', modulusLength: 2048, hash: 'SHA-256' }`, or a CryptoKey's `algorithm`).
 * @example
 * parseWebCrypto({ name: 'RSA-PSS', modulusLength: 2048, hash: 'SHA-256' });
 * // { components: [{ algorithm: 'rsa-pss', keyBits: 2048, role: 'signature' }, { algorithm: 'sha-256', role: 'hash' }], ... }
 * parseWebCrypto({ name: 'ECDH', namedCurve: 'P-256' }); // { algorithm: 'ecdh', curve: 'secp256r1', role: 'kx', ... }
 * parseWebCrypto('Ed25519');                            // { algorithm: 'ed25519', role: 'signature', ... }
 */
export function parseWebCrypto(input: string | WebCryptoAlgorithm): Usage | undefined {
  if (typeof input === 'string') {
    const name = input.length > 10 && input[9] === ':' && input.slice(0, 9).toLowerCase() === 'webcrypto' ? input.slice(10) : input;
    const hit = lookup(name);
    if (hit === undefined) return undefined;
    return hit.usage.input === input ? hit.usage : { ...hit.usage, input };
  }
  if (input === null || typeof input !== 'object') return undefined;
  try {
    return parseDictionary(input);
  } catch {
    // A hostile object (a throwing getter, a revoked Proxy) is no algorithm dictionary.
    return undefined;
  }
}

/** A positive integer no larger than `max`, or undefined. */
function positiveInteger(v: unknown, max: number): number | undefined {
  return typeof v === 'number' && Number.isInteger(v) && v > 0 && v <= max ? v : undefined;
}

/** Sentinel: the member is present and the API would reject it. */
const INVALID = Symbol('invalid');

function readHash(v: unknown): { readonly algorithm: string; readonly name: string } | undefined | typeof INVALID {
  if (v === undefined) return undefined;
  const name = typeof v === 'string' ? v : v !== null && typeof v === 'object' ? (v as { name?: unknown }).name : undefined;
  if (typeof name !== 'string') return INVALID;
  const hit = lookup(name);
  if (hit?.row.params !== 'digest' || hit.row.algorithm === undefined) return INVALID;
  return { algorithm: hit.row.algorithm, name: hit.row.name };
}

function parseDictionary(o: WebCryptoAlgorithm): Usage | undefined {
  if (typeof o.name !== 'string') return undefined;
  const hit = lookup(o.name);
  if (hit === undefined) return undefined;
  const { row } = hit;
  const parts: MutableUsage[] = rowParts(row).map((p) => partUsage(p, row.name, 'webcrypto'));
  const first = parts[0]!;
  const shown: Record<string, string | number> = {};
  const bits = (member: 'modulusLength' | 'length' | 'tagLength' | 'outputLength', max: number): number | undefined | typeof INVALID => {
    const v = o[member];
    if (v === undefined) return undefined;
    const n = positiveInteger(v, max);
    if (n === undefined) return INVALID;
    shown[member] = n;
    return n;
  };
  let hash: ReturnType<typeof readHash> = undefined;
  switch (row.params) {
    case 'rsa': {
      // RSA moduli beyond 65536 bits do not occur; a larger number is garbage, not a key size.
      const modulus = bits('modulusLength', 65536);
      if (modulus === INVALID) return undefined;
      if (modulus !== undefined) first.keyBits = modulus;
      hash = readHash(o.hash);
      break;
    }
    case 'ec': {
      if (o.namedCurve !== undefined) {
        const curve = typeof o.namedCurve === 'string' ? webcrypto().curves.get(o.namedCurve) : undefined;
        if (curve === undefined) return undefined;
        first.curve = curve;
        shown.namedCurve = o.namedCurve as string;
      }
      // EcdsaParams carries a hash; ECDH takes none, and the API ignores a stray one, so do we.
      if (first.algorithm === 'ecdsa') hash = readHash(o.hash);
      break;
    }
    case 'aes': {
      const length = bits('length', 256);
      if (length === INVALID || (length !== undefined && length !== 128 && length !== 192 && length !== 256)) return undefined;
      const aes = parts.find((p) => p.algorithm === 'aes')!;
      if (length !== undefined) aes.keyBits = length;
      const tag = bits('tagLength', 128);
      if (tag === INVALID || (tag !== undefined && tag % 8 !== 0)) return undefined;
      const mode = parts.find((p) => p.role === 'mode');
      if (tag !== undefined) {
        if (mode === undefined || (mode.algorithm !== 'gcm' && mode.algorithm !== 'ocb')) return undefined; // no tag in CTR, CBC, KW
        mode.tagBits = tag;
      }
      break;
    }
    case 'hmac': {
      const length = bits('length', 65536);
      if (length === INVALID) return undefined;
      if (length !== undefined) first.keyBits = length;
      hash = readHash(o.hash);
      break;
    }
    case 'kdf':
      hash = readHash(o.hash);
      break;
    case 'xof': {
      const out = bits('outputLength', 1 << 20);
      if (out === INVALID) return undefined;
      if (out !== undefined) first.outputBits = out;
      break;
    }
    default:
      break;
  }
  if (hash === INVALID) return undefined;
  if (hash !== undefined) {
    parts.push({ input: row.name, scheme: 'webcrypto', algorithm: hash.algorithm, role: 'hash' });
    shown.hash = hash.name;
  }
  const input = JSON.stringify({ name: o.name, ...shown });
  const members = Object.entries(shown).map(([k, v]) => `${k}=${v}`).join(', ');
  const label = members ? `${row.name}(${members})` : row.name;
  if (parts.length === 1) return { ...first, input, label };
  return { input, scheme: 'webcrypto', label, components: parts };
}

/**
 * Every algorithm name the table knows, in its canonical spelling.
 * @example
 * webCryptoNames().includes('RSASSA-PKCS1-v1_5'); // true
 */
export function webCryptoNames(): readonly string[] {
  return [...webcrypto().rows.values()].map((r) => r.row.name);
}

/**
 * The `namedCurve` values the table knows.
 * @example
 * webCryptoCurves(); // ['P-256', 'P-384', 'P-521']
 */
export function webCryptoCurves(): readonly string[] {
  return [...webcrypto().curves.keys()];
}
