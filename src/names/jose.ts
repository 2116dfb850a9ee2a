/**
 * JOSE and COSE names: the `alg` and `enc` values of the IANA "JSON Web Signature and Encryption Algorithms" registry (RFC 7518,
 * RFC 8037, RFC 8812, RFC 9864), JWK key types and curves, and the integer identifiers and names of the IANA "COSE Algorithms"
 * registry (RFC 9053, RFC 9054, RFC 8230, RFC 8812, RFC 9864). The tables live in data/names/jose.yaml and data/names/cose.yaml.
 *
 * JOSE values are case-sensitive ("The alg value is a case-sensitive ASCII string", RFC 7515 §4.1.1), so `rs256` is not `RS256`
 * and matching is exact. COSE puts integers on the wire; its registered names are labels, so they match ignoring case and
 * spaces (`ECDH-ES + HKDF-256` = `ecdh-es+hkdf-256`), and `COSE:-7` / `cose:-7` / `-7` name the integer.
 * @module
 */
import { bundledCatalog } from '../catalog/catalog.js';
import type { Usage, UsageFact, UsageRole } from './types.js';

/** One primitive of a table row (the shape shared by data/names/jose.yaml, cose.yaml and webcrypto.yaml). */
export interface NamePart {
  readonly algorithm: string;
  readonly role: UsageRole;
  readonly keyBits?: number;
  readonly curve?: string;
  readonly outputBits?: number;
  readonly ivBits?: number;
  readonly tagBits?: number;
  readonly facts?: readonly UsageFact[];
}

/** A table row: one primitive (`algorithm` and its parameters) or a composite (`components`), with where it is defined. */
export interface NameRow extends Partial<NamePart> {
  readonly components?: readonly NamePart[];
  readonly spec: string;
  readonly note?: string;
}

interface JoseAlgorithmRow extends NameRow {
  readonly name: string;
  readonly use: 'alg' | 'enc';
  readonly kty?: readonly string[];
}
interface JoseKeyTypeRow { readonly kty: string; readonly spec: string; readonly algorithm?: string; readonly note?: string }
interface JoseCurveRow { readonly crv: string; readonly kty: string; readonly spec: string; readonly curve?: string; readonly algorithm?: string }
interface JoseTable {
  readonly algorithms: readonly JoseAlgorithmRow[];
  readonly keyTypes: readonly JoseKeyTypeRow[];
  readonly curves: readonly JoseCurveRow[];
}
interface CoseRow extends NameRow { readonly id: number; readonly name: string; readonly description: string }
interface CoseTable { readonly algorithms: readonly CoseRow[] }

/**
 * The members of a JWK or of a JOSE header that name cryptography. Other members (`x`, `y`, `d`, `kid`...) may be present and
 * are not read. `n` (RSA modulus) and `k` (symmetric key), base64url, give the key size.
 */
export interface JoseObject {
  readonly alg?: string;
  readonly enc?: string;
  readonly kty?: string;
  readonly crv?: string;
  readonly n?: string;
  readonly k?: string;
  readonly [member: string]: unknown;
}

/** A Usage under construction. */
export type MutableUsage = { -readonly [K in keyof Usage]: Usage[K] };

/** The parameters of a Usage that a table part may carry, in the order they are copied. */
const PARAMS = ['keyBits', 'curve', 'outputBits', 'ivBits', 'tagBits'] as const;

/**
 * The Usage of one part, as a fresh object (callers freeze it or refine it).
 * @example
 * partUsage({ algorithm: 'aes', role: 'cipher', keyBits: 128 }, 'A128GCM', 'jose'); // { input: 'A128GCM', scheme: 'jose', algorithm: 'aes', ... }
 */
export function partUsage(part: NamePart, input: string, scheme: Usage['scheme']): MutableUsage {
  const u: MutableUsage = { input, scheme, algorithm: part.algorithm, role: part.role };
  for (const p of PARAMS) if (part[p] !== undefined) (u as Record<string, unknown>)[p] = part[p];
  if (part.facts) u.facts = part.facts;
  return u;
}

/**
 * The Usage a table row denotes: a single primitive gives `algorithm`, a composite gives `components`.
 * @example
 * rowUsage({ spec: 'RFC 7518 §4.2', algorithm: 'rsaes-pkcs1-v1_5', role: 'encryption' }, 'RSA1_5', 'RSA1_5', 'jose');
 */
export function rowUsage(row: NameRow, input: string, label: string, scheme: Usage['scheme']): Usage {
  if (row.components) {
    const components = row.components.map((p) => partUsage(p, input, scheme));
    return deepFreeze({ input, scheme, label, components, ...(row.facts ? { facts: row.facts } : {}) });
  }
  return deepFreeze({ ...partUsage(row as NamePart, input, scheme), label });
}

/** The parts of a row as a list (a single-primitive row is a list of one). */
export function rowParts(row: NameRow): readonly NamePart[] {
  return row.components ?? [row as NamePart];
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}

// ── JOSE ────────────────────────────────────────────────────────────────────────────────────────────────

interface JoseIndex {
  readonly rows: ReadonlyMap<string, JoseAlgorithmRow>;
  /** alg/enc values first, then the crv and kty values a string alone can name (`P-256`, `X25519`, `EC`, `RSA`). */
  readonly usages: ReadonlyMap<string, Usage>;
  readonly keyTypes: ReadonlyMap<string, JoseKeyTypeRow>;
  readonly curves: ReadonlyMap<string, JoseCurveRow>;
}

let joseIndex: JoseIndex | undefined;
function jose(): JoseIndex {
  if (joseIndex) return joseIndex;
  const table = bundledCatalog().names.get('jose') as JoseTable;
  const rows = new Map<string, JoseAlgorithmRow>();
  const usages = new Map<string, Usage>();
  for (const row of table.algorithms) {
    rows.set(row.name, row);
    usages.set(row.name, rowUsage(row, row.name, row.name, 'jose'));
  }
  const keyTypes = new Map(table.keyTypes.map((r) => [r.kty, r] as const));
  const curves = new Map(table.curves.map((r) => [r.crv, r] as const));
  // A crv value alone is a key on that curve, and a kty value alone (EC, RSA) a key of that family; both yield to an alg of
  // the same spelling (Ed25519 is an alg and a crv, and means the same key either way).
  for (const c of table.curves) {
    const usage = keyUsage({ kty: c.kty, curve: c.curve, okp: c.algorithm }, c.crv, c.crv, keyTypes);
    if (usage && !usages.has(c.crv)) usages.set(c.crv, deepFreeze(usage));
  }
  for (const t of table.keyTypes) {
    const usage = keyUsage({ kty: t.kty }, t.kty, t.kty, keyTypes);
    if (usage && !usages.has(t.kty)) usages.set(t.kty, deepFreeze(usage));
  }
  joseIndex = { rows, usages, keyTypes, curves };
  return joseIndex;
}

/** What a JWK's kty, crv, n and k say about its key. */
interface KeyInfo {
  readonly kty: string;
  readonly curve?: string;
  /** The algorithm an OKP curve names (ed25519, x448...). */
  readonly okp?: string;
  readonly keyBits?: number;
}

/** A bare key, as the brief shape has it: `{ algorithm: 'rsa', keyBits: 2048 }`, `{ algorithm: 'ec', curve: 'secp256r1' }`. */
function keyUsage(key: KeyInfo, input: string, label: string, keyTypes: ReadonlyMap<string, JoseKeyTypeRow>): Usage | undefined {
  if (key.okp !== undefined) return { input, scheme: 'jose', label, algorithm: key.okp };
  const row = keyTypes.get(key.kty);
  if (row?.algorithm === undefined) return undefined; // oct, AKP, or OKP without crv: the key alone names no algorithm
  return {
    input, scheme: 'jose', label, algorithm: row.algorithm,
    ...(key.curve !== undefined ? { curve: key.curve } : {}), ...(key.keyBits !== undefined ? { keyBits: key.keyBits } : {}),
  };
}

/** The longest alg/enc/kty/crv value in the tables is 18 characters; anything much longer is not one. */
const MAX_JOSE_VALUE = 64;

/**
 * Reads a JOSE name: a JWS/JWE `alg` value, a JWE `enc` value, or a JWK `crv` or `kty` value (matched exactly, since JOSE
 * values are case-sensitive; a `jose:` prefix is allowed), or the members of a JWK or JOSE header (`alg`, `enc`, `kty`, `crv`,
 * and `n` or `k` for the key size).
 * @example
 * parseJose('ES256');   // { components: [{ algorithm: 'ecdsa', curve: 'secp256r1', role: 'signature' }, { algorithm: 'sha-256', role: 'hash' }] }
 * parseJose('es256');   // undefined: alg values are case-sensitive
 * parseJose('A128CBC-HS256')?.components?.find((c) => c.algorithm === 'hmac')?.outputBits; // 128
 * parseJose({ kty: 'RSA', alg: 'PS256', n: '…' }); // rsa-pss with keyBits from n, + sha-256
 */
export function parseJose(input: string | JoseObject): Usage | undefined {
  if (typeof input === 'string') {
    if (input.length === 0 || input.length > MAX_JOSE_VALUE) return undefined;
    const value = input.length > 5 && input[4] === ':' && input.slice(0, 4).toLowerCase() === 'jose' ? input.slice(5) : input;
    const usage = jose().usages.get(value);
    if (usage === undefined) return undefined;
    return value === input ? usage : { ...usage, input };
  }
  if (input === null || typeof input !== 'object') return undefined;
  try {
    return parseJoseObject(input);
  } catch {
    // A hostile object (a throwing getter, a revoked Proxy) is not a JOSE object.
    return undefined;
  }
}

const RSA_SCHEMES = new Set(['rsassa-pkcs1-v1_5', 'rsa-pss', 'rsa-oaep', 'rsaes-pkcs1-v1_5']);

function stringMember(o: JoseObject, key: string): string | undefined | null {
  const v = o[key];
  if (v === undefined) return undefined;
  return typeof v === 'string' && v.length > 0 ? v : null; // null: present but not a usable string
}

function parseJoseObject(o: JoseObject): Usage | undefined {
  const alg = stringMember(o, 'alg');
  const enc = stringMember(o, 'enc');
  const kty = stringMember(o, 'kty');
  const crv = stringMember(o, 'crv');
  if (alg === null || enc === null || kty === null || crv === null) return undefined;
  const idx = jose();
  const algRow = alg !== undefined ? idx.rows.get(alg) : undefined;
  const encRow = enc !== undefined ? idx.rows.get(enc) : undefined;
  // In a JOSE header alg is a key-management or signature value and enc a content-encryption value; in a JWK, alg names the
  // algorithm the key is for, which may be an enc value (Node exports an AES-GCM key with alg A128GCM).
  if (alg !== undefined && (algRow === undefined || (algRow.use === 'enc' && (kty === undefined || enc !== undefined)))) return undefined;
  if (enc !== undefined && encRow?.use !== 'enc') return undefined;

  // The key, when the object is a JWK.
  let key: KeyInfo | undefined;
  if (kty !== undefined || crv !== undefined) {
    const crvRow = crv !== undefined ? idx.curves.get(crv) : undefined;
    if (crv !== undefined && crvRow === undefined) return undefined;
    const keyType = kty ?? crvRow!.kty;
    if (!idx.keyTypes.has(keyType) || (crvRow !== undefined && crvRow.kty !== keyType)) return undefined;
    let keyBits: number | undefined;
    if (keyType === 'RSA' && o.n !== undefined) {
      keyBits = typeof o.n === 'string' ? base64urlBits(o.n, true) : undefined;
      if (keyBits === undefined) return undefined;
    }
    if (keyType === 'oct' && o.k !== undefined) {
      keyBits = typeof o.k === 'string' ? base64urlBits(o.k, false) : undefined;
      if (keyBits === undefined) return undefined;
    }
    key = { kty: keyType, curve: crvRow?.curve, okp: crvRow?.algorithm, keyBits };
  }
  const read: Record<string, string> = {};
  for (const [k, v] of [['alg', alg], ['enc', enc], ['kty', kty], ['crv', crv]] as const) if (v !== undefined) read[k] = v;
  const input = JSON.stringify(read);
  const keyLabel = key ? [key.kty, crv, key.keyBits].filter((x) => x !== undefined).join(' ') : undefined;
  const names = [alg, enc].filter((x): x is string => x !== undefined).join(' + ');
  const label = names && keyLabel ? `${names} (${keyLabel})` : names || keyLabel || '';

  if (!algRow && !encRow) return key ? keyUsage(key, input, label, idx.keyTypes) : undefined;

  const parts: MutableUsage[] = [];
  if (algRow) {
    if (key && algRow.kty && !algRow.kty.includes(key.kty)) return undefined; // e.g. RS256 with an EC key
    for (const p of rowParts(algRow)) {
      const u = partUsage(p, alg!, 'jose');
      if (key && !refineWithKey(u, key, algRow)) return undefined;
      parts.push(u);
    }
  }
  if (encRow) for (const p of rowParts(encRow)) parts.push(partUsage(p, enc!, 'jose'));
  // A single-primitive row keeps its facts on its part; only a composite row's own facts (dir) belong to the whole.
  const facts = [algRow, encRow].flatMap((r) => (r?.components && r.facts ? r.facts : []));
  if (parts.length === 1 && !encRow) return { ...parts[0]!, input, label };
  return { input, scheme: 'jose', label, components: parts, ...(facts.length ? { facts } : {}) };
}

/** Narrows an algorithm's part with what the key says; false when the key contradicts the algorithm. */
function refineWithKey(u: MutableUsage, key: KeyInfo, row: JoseAlgorithmRow): boolean {
  const a = u.algorithm!;
  if (key.keyBits !== undefined && key.kty === 'RSA' && RSA_SCHEMES.has(a)) u.keyBits = key.keyBits;
  if (key.curve !== undefined && (a === 'ecdsa' || a === 'ecdh')) {
    if (u.curve !== undefined && u.curve !== key.curve) return false; // ES256 with a P-384 key
    u.curve = key.curve;
  }
  if (key.okp !== undefined) {
    const signing = key.okp === 'ed25519' || key.okp === 'ed448';
    if (a === 'eddsa' || a === 'ed25519' || a === 'ed448') {
      if (!signing || (a !== 'eddsa' && a !== key.okp)) return false;
      u.algorithm = key.okp;
    } else if (a === 'ecdh') {
      if (signing) return false;
      u.algorithm = key.okp;
    }
  }
  if (key.keyBits !== undefined && key.kty === 'oct') {
    if (a === 'hmac' && u.role === 'mac' && u.keyBits === undefined) u.keyBits = key.keyBits;
    // A key for AES key wrap or AES encryption has the size the alg names; a PBES2 "key" is a password of any length, and an
    // AES_CBC_HMAC_SHA2 key holds the MAC key and the AES key end to end (RFC 7518 §5.2.2.1).
    const parts = rowParts(row);
    const aesBits = parts.find((p) => p.algorithm === 'aes')?.keyBits;
    const macBits = parts.find((p) => p.algorithm === 'hmac' && p.role === 'mac')?.keyBits;
    if (a === 'aes' && aesBits !== undefined && !parts.some((p) => p.algorithm === 'pbkdf2') && aesBits + (macBits ?? 0) !== key.keyBits) return false;
  }
  return true;
}

const B64URL = new Int8Array(128).fill(-1);
for (const [i, c] of [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'].entries()) B64URL[c.charCodeAt(0)] = i;
/** RSA moduli up to 65536 bits; longer text is not a key we can read. */
const MAX_B64URL = 11_000;

/**
 * The size in bits of a base64url value (RFC 7515 §2: unpadded; trailing `=` tolerated): for an integer (`significant`), the
 * bit length of the big-endian number (leading zero octets do not count); for a key, all its octets. Undefined when the text
 * is not base64url or encodes nothing.
 */
function base64urlBits(text: string, significant: boolean): number | undefined {
  let end = text.length;
  while (end > 0 && end > text.length - 2 && text[end - 1] === '=') end--;
  if (end === 0 || end > MAX_B64URL || end % 4 === 1) return undefined;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || B64URL[c] === -1) return undefined;
  }
  const octets = Math.floor((end * 6) / 8);
  if (!significant) return octets * 8;
  let acc = 0;
  let accBits = 0;
  let i = 0;
  for (let octet = 0; octet < octets; octet++) {
    while (accBits < 8) {
      acc = ((acc << 6) | B64URL[text.charCodeAt(i++)]!) & 0xfff;
      accBits += 6;
    }
    const byte = (acc >> (accBits - 8)) & 0xff;
    accBits -= 8;
    if (byte !== 0) return (octets - octet - 1) * 8 + (32 - Math.clz32(byte));
  }
  return undefined;
}

/**
 * Every registered JOSE alg and enc value in the table, in table order.
 * @example
 * joseAlgorithmNames().includes('RSA-OAEP-256'); // true
 */
export function joseAlgorithmNames(): readonly string[] {
  return [...jose().rows.keys()];
}

/**
 * The JWK key types (`kty`) the table knows.
 * @example
 * joseKeyTypes(); // ['EC', 'RSA', 'oct', 'OKP', 'AKP']
 */
export function joseKeyTypes(): readonly string[] {
  return [...jose().keyTypes.keys()];
}

/**
 * The JWK curves (`crv`) the table knows.
 * @example
 * joseCurves().includes('secp256k1'); // true
 */
export function joseCurves(): readonly string[] {
  return [...jose().curves.keys()];
}

// ── COSE ────────────────────────────────────────────────────────────────────────────────────────────────

interface CoseIndex {
  readonly byId: ReadonlyMap<number, Usage>;
  readonly byName: ReadonlyMap<string, Usage>;
  readonly byLoose: ReadonlyMap<string, Usage>;
  readonly list: readonly { readonly id: number; readonly name: string }[];
}

/** Lower case, whitespace removed: COSE names are labels, and `ECDH-ES + HKDF-256` is also written `ECDH-ES+HKDF-256`. */
function coseLoose(name: string): string {
  return name.toLowerCase().replace(/\s+/g, '');
}

let coseIndex: CoseIndex | undefined;
function cose(): CoseIndex {
  if (coseIndex) return coseIndex;
  const table = bundledCatalog().names.get('cose') as CoseTable;
  const byId = new Map<number, Usage>();
  const byName = new Map<string, Usage>();
  const byLoose = new Map<string, Usage>();
  for (const row of table.algorithms) {
    const usage = rowUsage(row, row.name, `${row.name} (${row.id})`, 'cose');
    byId.set(row.id, usage);
    byName.set(row.name, usage);
    byLoose.set(coseLoose(row.name), usage);
  }
  coseIndex = { byId, byName, byLoose, list: table.algorithms.map((r) => ({ id: r.id, name: r.name })) };
  return coseIndex;
}

/** The longest COSE name is 42 characters (`RSAES-OAEP w/ RFC 8017 default parameters`). */
const MAX_COSE_NAME = 80;

/**
 * Reads a COSE algorithm: its integer identifier (a number, or text such as `-7`, `COSE:-7`, `cose:-7`) or its registered name
 * (`ES256`, `HMAC 256/64`, `ChaCha20/Poly1305`; case and spaces ignored, a `cose:` prefix allowed).
 * @example
 * parseCose('COSE:-7')?.label;  // 'ES256 (-7)': ECDSA with SHA-256, the curve left to the key
 * parseCose(4)?.components?.[0]?.outputBits; // 64 (HMAC 256/64)
 * parseCose('AES-CCM-16-64-128')?.components?.[1]; // { algorithm: 'ccm', ivBits: 104, tagBits: 64, ... }
 */
export function parseCose(input: string | number): Usage | undefined {
  if (typeof input === 'number') {
    const usage = Number.isInteger(input) ? cose().byId.get(input) : undefined;
    return usage ? { ...usage, input: String(input) } : undefined;
  }
  if (typeof input !== 'string' || input.length === 0 || input.length > MAX_COSE_NAME) return undefined;
  let text = input.trim();
  if (text.length > 5 && text[4] === ':' && text.slice(0, 4).toLowerCase() === 'cose') text = text.slice(5).trim();
  const idx = cose();
  const usage = /^-?\d{1,6}$/.test(text) ? idx.byId.get(Number(text)) : idx.byName.get(text) ?? idx.byLoose.get(coseLoose(text));
  if (usage === undefined) return undefined;
  return usage.input === input ? usage : { ...usage, input };
}

/**
 * Every COSE algorithm in the table, with its integer identifier and registered name.
 * @example
 * coseAlgorithms().find((a) => a.id === -7)?.name; // 'ES256'
 */
export function coseAlgorithms(): readonly { readonly id: number; readonly name: string }[] {
  return cose().list;
}
