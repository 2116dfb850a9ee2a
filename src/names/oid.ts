/**
 * Object identifiers of algorithms: the signature, key, hash, cipher, MAC and key-derivation OIDs of X.509 (RFC 5280 and
 * the algorithm RFCs it leans on), CMS, PKCS #1, #5, #8 and #12 and the NIST Computer Security Objects Register, read in
 * dotted form (`1.2.840.113549.1.1.11`, also `OID.1.2...` as Java writes it and `urn:oid:1.2...` as RFC 3061 does) or by
 * name (`sha256WithRSAEncryption`, OpenSSL's `RSA-SHA256`, `ecdsa-with-SHA384`, `ED25519`, `rsassaPss`).
 * The table is data/names/oids.yaml; OpenSSL's object table is its oracle (test/names/oid.test.ts).
 * @module
 */
import { bundledCatalog } from '../catalog/catalog.js';
import type { TableComponent, Usage, UsageFact } from './types.js';

/** One component of a composite OID (sha256WithRSAEncryption = RSASSA-PKCS1-v1_5 + SHA-256). */
export type OidComponent = TableComponent;

/** One entry of data/names/oids.yaml. */
export interface OidEntry {
  /** Dotted form. */
  readonly oid: string;
  /** The ASN.1 name its specification gives it. */
  readonly name: string;
  readonly aliases?: readonly string[];
  /** What OpenSSL prints for it (`text`, its long name where it has one) and its short name when that differs. */
  readonly openssl?: { readonly text: string; readonly sn?: string };
  readonly kind: 'signature' | 'key' | 'encryption' | 'key-agreement' | 'kem' | 'hash' | 'mac' | 'cipher' | 'kdf' | 'pbe';
  readonly spec: string;
  readonly algorithm?: string;
  readonly keyBits?: number;
  readonly curve?: string;
  readonly components?: readonly OidComponent[];
  readonly facts?: readonly UsageFact[];
}

interface OidTable {
  readonly oids: readonly OidEntry[];
}

interface OidIndex {
  readonly entries: readonly OidEntry[];
  readonly byOid: ReadonlyMap<string, OidEntry>;
  /** Every name of every entry, exactly as written. */
  readonly byName: ReadonlyMap<string, OidEntry>;
  /** Lower-cased names; `null` marks a lower-cased name that two entries share (never the case today; see the test). */
  readonly byLowerName: ReadonlyMap<string, OidEntry | null>;
}

let index: OidIndex | undefined;

/** Builds the lookup maps once, on first use. */
function oidIndex(): OidIndex {
  if (index) return index;
  const table = bundledCatalog().names.get('oids') as OidTable | undefined;
  const entries = table?.oids ?? [];
  const byOid = new Map<string, OidEntry>();
  const byName = new Map<string, OidEntry>();
  const byLowerName = new Map<string, OidEntry | null>();
  for (const entry of entries) {
    byOid.set(entry.oid, entry);
    for (const name of namesOf(entry)) {
      if (!byName.has(name)) byName.set(name, entry);
      const lower = name.toLowerCase();
      const seen = byLowerName.get(lower);
      // Two different OIDs under one case-folded name would make a case-insensitive match a guess: keep neither.
      byLowerName.set(lower, seen === undefined || seen === entry ? entry : null);
    }
  }
  index = { entries, byOid, byName, byLowerName };
  return index;
}

/** Every name an entry answers to: its ASN.1 name, its aliases and OpenSSL's names. */
export function namesOf(entry: OidEntry): string[] {
  const names = [entry.name, ...(entry.aliases ?? [])];
  if (entry.openssl) names.push(entry.openssl.text, ...(entry.openssl.sn ? [entry.openssl.sn] : []));
  return [...new Set(names)];
}

const DOTTED = /^[0-2](?:\.(?:0|[1-9]\d{0,9})){1,40}$/;
/** The longest name in the table is well under this; longer input cannot match and is not scanned. */
const MAX_INPUT = 256;

/**
 * The entry an OID or OID name denotes, or undefined.
 * @example
 * lookupOid('1.2.840.113549.1.1.11')?.name; // 'sha256WithRSAEncryption'
 * lookupOid('RSA-SHA256')?.oid;             // '1.2.840.113549.1.1.11'
 */
export function lookupOid(input: string): OidEntry | undefined {
  if (typeof input !== 'string' || input.length > MAX_INPUT) return undefined;
  const text = input.trim();
  if (text === '') return undefined;
  const idx = oidIndex();
  const dotted = stripOidPrefix(text);
  if (dotted !== undefined) return idx.byOid.get(dotted);
  return idx.byName.get(text) ?? idx.byLowerName.get(text.toLowerCase()) ?? undefined;
}

/**
 * The dotted OID in `text` when it is one (bare, `OID.`-prefixed as Java writes it, or `urn:oid:` as RFC 3061 does), else
 * undefined.
 */
export function stripOidPrefix(text: string): string | undefined {
  let t = text;
  const lower = t.slice(0, 8).toLowerCase();
  if (lower.startsWith('urn:oid:')) t = t.slice(8);
  else if (lower.startsWith('oid.') || lower.startsWith('oid:')) t = t.slice(4);
  return DOTTED.test(t) ? t : undefined;
}

/**
 * Reads an OID, dotted or by name, as a Usage. Parameters carried in the AlgorithmIdentifier (the RSASSA-PSS hash, the
 * curve of an EC key) are not in the OID: the caller adds them, and the facts say where they are.
 * @example
 * parseOid('1.2.840.113549.1.1.11');
 * // { input, scheme: 'oid', label: 'sha256WithRSAEncryption', components: [
 * //   { algorithm: 'rsassa-pkcs1-v1_5', role: 'signature', ... }, { algorithm: 'sha-256', role: 'hash', ... } ] }
 * parseOid('rsaEncryption'); // { input, scheme: 'oid', label: 'rsaEncryption', algorithm: 'rsa' }
 */
export function parseOid(input: string): Usage | undefined {
  const entry = lookupOid(input);
  return entry ? usageOf(entry, input) : undefined;
}

/** The Usage an entry denotes, with `input` as the text it was read from. */
export function usageOf(entry: OidEntry, input: string): Usage {
  const base = { input, scheme: 'oid' as const, label: entry.name };
  const facts = entry.facts ? { facts: entry.facts } : {};
  if (entry.components) {
    return {
      ...base,
      components: entry.components.map((c) => ({ input, scheme: 'oid' as const, ...c })),
      ...facts,
    };
  }
  return {
    ...base,
    algorithm: entry.algorithm,
    ...(entry.keyBits !== undefined ? { keyBits: entry.keyBits } : {}),
    ...(entry.curve !== undefined ? { curve: entry.curve } : {}),
    ...facts,
  };
}

/**
 * The dotted form of an OID name (or of a dotted OID the table knows), or undefined.
 * @example
 * oidOf('ecdsa-with-SHA256'); // '1.2.840.10045.4.3.2'
 * oidOf('ED25519');           // '1.3.101.112'
 */
export function oidOf(name: string): string | undefined {
  return lookupOid(name)?.oid;
}

/**
 * The ASN.1 name of a dotted OID, or undefined when the table does not know it.
 * @example
 * nameOfOid('1.2.840.113549.1.1.10'); // 'id-RSASSA-PSS'
 */
export function nameOfOid(dotted: string): string | undefined {
  if (typeof dotted !== 'string' || dotted.length > MAX_INPUT) return undefined;
  const oid = stripOidPrefix(dotted.trim());
  return oid === undefined ? undefined : oidIndex().byOid.get(oid)?.name;
}

/**
 * What OpenSSL prints for a dotted OID (`openssl x509 -text`, `openssl asn1parse`), or undefined when OpenSSL 3.0 does
 * not know it or the table does not.
 * @example
 * opensslNameOfOid('1.3.101.112'); // 'ED25519'
 */
export function opensslNameOfOid(dotted: string): string | undefined {
  if (typeof dotted !== 'string' || dotted.length > MAX_INPUT) return undefined;
  const oid = stripOidPrefix(dotted.trim());
  return oid === undefined ? undefined : oidIndex().byOid.get(oid)?.openssl?.text;
}

/**
 * Every entry of the table, in its order (for coverage tests and documentation).
 * @example
 * listOids().length; // 231
 */
export function listOids(): readonly OidEntry[] {
  return oidIndex().entries;
}
