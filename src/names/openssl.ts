/**
 * OpenSSL algorithm names, which are also Node.js's: what `EVP_CIPHER_fetch`, `EVP_MD_fetch`, `EVP_MAC_fetch`,
 * `EVP_KDF_fetch`, `EVP_PKEY` key types and signature names, and Node.js's `crypto.getCiphers()` / `getHashes()` /
 * `createCipheriv()` / `createHash()` / `createSign()` accept, read from data/names/openssl.yaml (built from `openssl list`,
 * `openssl list -objects` and OpenSSL's provider name table).
 *
 * OpenSSL matches names without regard to case (its name map is case-insensitive), so this parser does too; it does not
 * ignore separators, because OpenSSL does not (`aes128` is a name, `aes-128` is not).
 * @module
 */
import { bundledCatalog } from '../catalog/catalog.js';
import type { TableComponent, Usage, UsageFact } from './types.js';

interface TableEntry {
  readonly label: string;
  readonly names: readonly string[];
  readonly algorithm?: string;
  readonly keyBits?: number;
  readonly outputBits?: number;
  readonly curve?: string;
  readonly protocols?: readonly string[];
  readonly combination?: 'all' | 'any';
  readonly components?: readonly TableComponent[];
  readonly facts?: readonly UsageFact[];
}

/** data/names/openssl.yaml as parsed. */
interface OpensslNamesTable {
  readonly scheme: 'openssl';
  readonly entries: readonly TableEntry[];
}

/** No OpenSSL name is longer than this; longer input is rejected before any work. */
const MAX_LENGTH = 64;

interface OpensslIndex {
  /** Lower-cased name -> entry. */
  readonly byName: ReadonlyMap<string, TableEntry>;
  readonly names: readonly string[];
}

let index: OpensslIndex | undefined;

function buildIndex(): OpensslIndex {
  const table = bundledCatalog().names.get('openssl') as OpensslNamesTable | undefined;
  const byName = new Map<string, TableEntry>();
  const names: string[] = [];
  for (const entry of table?.entries ?? []) {
    for (const name of entry.names) {
      const key = name.toLowerCase();
      // First entry wins; test/names/openssl.test.ts asserts that no name is claimed by two entries.
      if (!byName.has(key)) byName.set(key, entry);
      names.push(name);
    }
  }
  return { byName, names: Object.freeze(names) };
}

function getIndex(): OpensslIndex {
  index ??= buildIndex();
  return index;
}

/** A component as a Usage: the table's fields plus where it came from. */
function component(c: TableComponent, input: string): Usage {
  return { ...c, input, scheme: 'openssl' };
}

/**
 * What an OpenSSL (or Node.js crypto) algorithm name denotes, or undefined for a name OpenSSL does not define.
 * @example
 * parseOpenssl('aes-128-gcm')?.components?.map((c) => c.algorithm); // ['aes', 'gcm']
 * parseOpenssl('des-ede3')?.components?.map((c) => c.algorithm); // ['tdea-3key', 'ecb']
 * parseOpenssl('RSA-SHA256')?.components?.map((c) => c.role); // ['signature', 'hash']
 * parseOpenssl('sha512-256')?.algorithm; // 'sha-512/256'
 */
export function parseOpenssl(input: string): Usage | undefined {
  if (typeof input !== 'string' || input.length > MAX_LENGTH) return undefined;
  const text = input.trim();
  if (text === '') return undefined;
  const entry = getIndex().byName.get(text.toLowerCase());
  if (entry === undefined) return undefined;
  const { names: _names, components, ...fields } = entry;
  const usage: Usage = { ...fields, input, scheme: 'openssl' };
  return components === undefined ? usage : { ...usage, components: components.map((c) => component(c, input)) };
}

/**
 * Every name and OID that parseOpenssl() reads, as spelled in data/names/openssl.yaml.
 * @example
 * opensslNames().includes('id-aes128-GCM'); // true
 */
export function opensslNames(): readonly string[] {
  return getIndex().names;
}
