/**
 * SSH algorithm names: the encryption, MAC, key exchange and public key / certificate / signature names of the SSH transport
 * layer (RFC 4253 and the RFCs, drafts and OpenSSH extensions listed in data/names/ssh.yaml), read into Usages.
 *
 * The table holds one row per name with the pieces of its Usage; this module composes the Usages once, lazily, into a Map.
 * Two families are read by rule rather than by row:
 * - RFC 5656 §6.1 names a curve without a name of its own by its ASCII dotted OID (`ecdh-sha2-1.3.132.0.33`); the OIDs we can
 *   map to a curve id are listed in the table (`curveIdentifiers`) and expand to ecdh-sha2-, ecdsa-sha2- and (RFC 6187)
 *   x509v3-ecdsa-sha2- names.
 * - RFC 4462 §2 GSS-API key exchange names are a prefix (`gss-group14-sha256-`) followed by the base64 MD5 hash of the
 *   mechanism OID (`toWM5Slw5Ew8Mqkay+al2g==` for Kerberos V5); the prefix alone is also accepted, as OpenSSH's
 *   GSSAPIKexAlgorithms lists prefixes.
 *
 * Matching is exact. RFC 4251 §6: "Names MUST be case-sensitive", and OpenSSH compares names byte for byte (ssh -G with
 * `Ciphers AES128-CTR` fails with "Bad SSH2 cipher spec" on OpenSSH 9.2), so `AES128-CTR` in a configuration is an error the
 * tool should report as unknown rather than read as aes128-ctr. Only surrounding whitespace is ignored.
 * @module
 */
import { bundledCatalog } from '../catalog/catalog.js';
import { CryptrecError } from '../errors.js';
import { deepFreeze } from '../catalog/freeze.js';
import type { Usage, UsageFact } from './types.js';

/** The SSH algorithm lists a name can appear in: Ciphers, MACs, KexAlgorithms, and the public key / signature lists. */
export type SshNameCategory = 'cipher' | 'mac' | 'kex' | 'key';

/** One piece of a row of data/names/ssh.yaml: a primitive with its role, or a hybrid of pieces (a Usage without its origin). */
type SshPart = Omit<Usage, 'input' | 'scheme' | 'label' | 'protocols' | 'components'> & { readonly components?: readonly SshPart[] };

/** A row: a name and its Usage pieces, or `sameAs` another name of the same list. */
interface SshRow extends SshPart {
  readonly name: string;
  readonly spec: string;
  readonly sameAs?: string;
  readonly prefix?: boolean;
  readonly alsoIn?: readonly SshNameCategory[];
}

interface SshCurveIdentifier { readonly oid: string; readonly curve: string; readonly hash: string; readonly spec: string }
interface SshGssMechanism { readonly suffix: string; readonly mechanism: string; readonly oid: string; readonly spec: string }

/** data/names/ssh.yaml as compiled. */
interface SshTable {
  readonly cipher: readonly SshRow[];
  readonly mac: readonly SshRow[];
  readonly kex: readonly SshRow[];
  readonly key: readonly SshRow[];
  readonly curveIdentifiers: readonly SshCurveIdentifier[];
  readonly gssMechanisms: readonly SshGssMechanism[];
}

interface Entry {
  readonly usage: Usage;
  readonly categories: readonly SshNameCategory[];
}

interface Index {
  /** Every name of the table and every RFC 5656 OID name, with its frozen Usage. */
  readonly byName: ReadonlyMap<string, Entry>;
  /** GSS-API key exchange prefixes (ending in `-`). */
  readonly gssPrefixes: ReadonlyMap<string, Entry>;
  /** Facts naming known GSS-API mechanisms, by name suffix. */
  readonly gssFacts: ReadonlyMap<string, UsageFact>;
  readonly names: readonly string[];
}

type MutableUsage = { -readonly [K in keyof Usage]: Usage[K] };

const CATEGORIES: readonly SshNameCategory[] = ['cipher', 'mac', 'kex', 'key'];

/** RFC 4251 §6: a name is at most 64 characters. Longer input (allowing for surrounding whitespace) is not a name. */
const MAX_NAME = 64;
const MAX_INPUT = 256;

/**
 * A GSS-API mechanism suffix: base64 of a 16-byte MD5 hash, i.e. 21 characters, one whose low 4 bits are zero, and `==`.
 */
const GSS_SUFFIX = /^[A-Za-z0-9+/]{21}[AQgw]==$/;

/** sameAs chains are short (a certificate of a security-key type of a plain type); this bounds a cycle in bad data. */
const MAX_SAME_AS_DEPTH = 8;

let index: Index | undefined;

/**
 * Reads an SSH algorithm name (cipher, MAC, key exchange, public key, certificate or signature algorithm).
 * @example
 * parseSsh('aes128-ctr');
 * // { input: 'aes128-ctr', scheme: 'ssh', label: 'aes128-ctr',
 * //   components: [ { algorithm: 'aes', role: 'cipher', keyBits: 128, ... }, { algorithm: 'ctr', role: 'mode', ... } ] }
 * parseSsh('diffie-hellman-group14-sha256')?.components?.[0]?.keyBits; // 2048
 * parseSsh('AES128-CTR'); // undefined: SSH names are case-sensitive
 */
export function parseSsh(input: string): Usage | undefined {
  if (typeof input !== 'string' || input.length > MAX_INPUT) return undefined;
  const usage = lookup(input)?.usage;
  if (usage) return usage;
  const text = input.trim();
  if (text === input || text === '') return undefined;
  const trimmed = lookup(text)?.usage;
  return trimmed ? Object.freeze({ ...trimmed, input }) : undefined;
}

/**
 * The list an SSH algorithm name belongs to, or undefined for a name this module cannot read. `none` and the RFC 5647
 * `AEAD_AES_*_GCM` names are valid both as ciphers and as MACs: they give 'cipher' here (see sshNameCategories).
 * @example
 * sshNameCategory('hmac-sha2-256-etm@openssh.com'); // 'mac'
 * sshNameCategory('rsa-sha2-512-cert-v01@openssh.com'); // 'key'
 * sshNameCategory('gss-group14-sha256-toWM5Slw5Ew8Mqkay+al2g=='); // 'kex'
 */
export function sshNameCategory(name: string): SshNameCategory | undefined {
  return sshNameCategories(name)[0];
}

/**
 * Every list an SSH algorithm name is valid in (empty for an unknown name).
 * @example
 * sshNameCategories('none'); // ['cipher', 'mac']
 */
export function sshNameCategories(name: string): readonly SshNameCategory[] {
  if (typeof name !== 'string' || name.length > MAX_INPUT) return [];
  return (lookup(name) ?? lookup(name.trim()))?.categories ?? [];
}

/**
 * Every name of the table, with the RFC 5656 OID names it expands to and the GSS-API prefixes (not the suffixed names).
 * @example
 * sshNames().includes('chacha20-poly1305@openssh.com'); // true
 */
export function sshNames(): readonly string[] {
  return getIndex().names;
}

function lookup(name: string): Entry | undefined {
  if (name.length > MAX_NAME) return undefined;
  const idx = getIndex();
  const hit = idx.byName.get(name);
  if (hit || !name.startsWith('gss-')) return hit;
  // Base64 has no '-', so the mechanism suffix starts after the last one.
  const cut = name.lastIndexOf('-') + 1;
  const entry = idx.gssPrefixes.get(name.slice(0, cut));
  const suffix = name.slice(cut);
  if (!entry || !GSS_SUFFIX.test(suffix)) return undefined;
  const mechanism = idx.gssFacts.get(suffix);
  const facts = mechanism ? Object.freeze([...(entry.usage.facts ?? []), mechanism]) : entry.usage.facts;
  const usage: MutableUsage = { ...entry.usage, input: name, label: name };
  if (facts) usage.facts = facts;
  return { usage: Object.freeze(usage), categories: entry.categories };
}

function getIndex(): Index {
  index ??= buildIndex(bundledCatalog().names.get('ssh') as SshTable | undefined);
  return index;
}

/** Composes every Usage of the table. Inconsistent data (unknown sameAs, a name twice) is a catalog error, not a miss. */
function buildIndex(table: SshTable | undefined): Index {
  if (!table) throw new CryptrecError('catalog-invalid', 'the compiled catalog lacks data/names/ssh.yaml; run npm run build:data');
  const rows = new Map<string, { row: SshRow; category: SshNameCategory }>();
  const add = (row: SshRow, category: SshNameCategory): void => {
    if (rows.has(row.name)) throw new CryptrecError('catalog-invalid', `data/names/ssh.yaml lists "${row.name}" twice`);
    rows.set(row.name, { row, category });
  };
  for (const category of CATEGORIES) for (const row of table[category]) add(row, category);
  for (const c of table.curveIdentifiers) for (const row of curveRows(c)) add(row.row, row.category);

  const usages = new Map<string, Usage>();
  const compose = (name: string, depth: number): Usage => {
    const done = usages.get(name);
    if (done) return done;
    const found = rows.get(name);
    if (!found || depth > MAX_SAME_AS_DEPTH) {
      throw new CryptrecError('catalog-invalid', `data/names/ssh.yaml: "${name}" is not a name of the table (or sameAs loops)`);
    }
    const { row, category } = found;
    let usage: MutableUsage;
    if (row.sameAs !== undefined) {
      if (rows.get(row.sameAs)?.category !== category) {
        throw new CryptrecError('catalog-invalid', `data/names/ssh.yaml: "${row.name}" is sameAs "${row.sameAs}", which is not a ${category} name`);
      }
      const base = compose(row.sameAs, depth + 1);
      usage = { ...base, input: name, label: name };
      // The components came from the other name; restamp them so that every part reads as part of this one.
      if (base.components) usage.components = base.components.map((c) => restamp(c, name));
      const facts = [...(base.facts ?? []), ...(row.facts ?? [])];
      if (facts.length > 0) usage.facts = facts;
    } else {
      usage = { ...partUsage(row, name), label: name };
    }
    const frozen = deepFreeze(usage);
    usages.set(name, frozen);
    return frozen;
  };

  const byName = new Map<string, Entry>();
  const gssPrefixes = new Map<string, Entry>();
  for (const [name, { row, category }] of rows) {
    const entry: Entry = Object.freeze({ usage: compose(name, 0), categories: Object.freeze([category, ...(row.alsoIn ?? [])]) });
    byName.set(name, entry);
    if (row.prefix) gssPrefixes.set(name, entry);
  }
  const gssFacts = new Map<string, UsageFact>(table.gssMechanisms.map((m) => [m.suffix, Object.freeze({
    about: `GSS-API mechanism ${m.mechanism} (OID ${m.oid}), named by the base64 MD5 hash of its DER-encoded OID`,
    source: `RFC 4462 §2; ${m.spec}`,
  })]));
  return { byName, gssPrefixes, gssFacts, names: Object.freeze([...rows.keys()]) };
}

/** The Usage of a row or part: one primitive with its parameters, or its components. */
function partUsage(part: SshPart, input: string): MutableUsage {
  const u: MutableUsage = { input, scheme: 'ssh' };
  if (part.algorithm !== undefined) u.algorithm = part.algorithm;
  if (part.role !== undefined) u.role = part.role;
  if (part.keyBits !== undefined) u.keyBits = part.keyBits;
  if (part.subgroupBits !== undefined) u.subgroupBits = part.subgroupBits;
  if (part.curve !== undefined) u.curve = part.curve;
  if (part.outputBits !== undefined) u.outputBits = part.outputBits;
  if (part.ivBits !== undefined) u.ivBits = part.ivBits;
  if (part.tagBits !== undefined) u.tagBits = part.tagBits;
  if (part.components !== undefined) u.components = part.components.map((c) => partUsage(c, input));
  if (part.combination !== undefined) u.combination = part.combination;
  if (part.facts !== undefined) u.facts = part.facts;
  return u;
}

function restamp(u: Usage, input: string): Usage {
  const copy: MutableUsage = { ...u, input };
  if (u.components) copy.components = u.components.map((c) => restamp(c, input));
  return copy;
}

/** The rows an RFC 5656 curve OID expands to: key exchange, signature, and RFC 6187 X.509v3 signature names. */
function curveRows(c: SshCurveIdentifier): { row: SshRow; category: SshNameCategory }[] {
  const named: UsageFact = { about: `the curve ${c.curve} is identified by its OID ${c.oid}`, source: `RFC 5656 §6.1; ${c.spec}` };
  const hash: SshPart = { algorithm: c.hash, role: 'hash' };
  return [
    { category: 'kex', row: { name: `ecdh-sha2-${c.oid}`, spec: 'RFC 5656 §6.3', facts: [named],
      components: [{ algorithm: 'ecdh', role: 'kx', curve: c.curve }, hash] } },
    { category: 'key', row: { name: `ecdsa-sha2-${c.oid}`, spec: 'RFC 5656 §6.2', facts: [named],
      components: [{ algorithm: 'ecdsa', role: 'signature', curve: c.curve }, hash] } },
    { category: 'key', row: { name: `x509v3-ecdsa-sha2-${c.oid}`, spec: 'RFC 6187', sameAs: `ecdsa-sha2-${c.oid}`, facts: [{
      about: 'X.509v3 certificate chain carrying an ECDSA key; signatures as ecdsa-sha2-*', source: 'RFC 6187' }] } },
  ];
}
