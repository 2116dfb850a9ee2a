/**
 * Java Cryptography Architecture algorithm names: what `Cipher.getInstance`, `Signature.getInstance`, `Mac.getInstance`,
 * `MessageDigest.getInstance`, `KeyAgreement`, `KeyPairGenerator`, `KeyFactory`, `KeyGenerator`, `SecretKeyFactory`,
 * `AlgorithmParameters` and `KEM` take, following the "Java Security Standard Algorithm Names" specification and the JDK's
 * providers: standard names, provider aliases (OIDs included), Cipher transformations `ALG[/MODE/PADDING]` and the composed
 * names `<digest>with<scheme>`, `Hmac<digest>`, `PBKDF2WithHmac<digest>`, `PBEWithHmac<digest>And<cipher>`.
 * Matching is case-insensitive, as the providers' is. The tables are data/names/jca.yaml; the JDK itself is their oracle
 * (test/fixtures/names/JcaNames.java).
 * @module
 */
import { bundledCatalog } from '../catalog/catalog.js';
import { parseOid, stripOidPrefix } from './oid.js';
import type { Usage, UsageFact, UsageRole } from './types.js';

/** The JCA engine classes whose algorithm names the parser reads. */
export const JCA_SERVICES = [
  'Cipher', 'Signature', 'Mac', 'MessageDigest', 'KeyAgreement', 'KeyPairGenerator', 'KeyFactory', 'KeyGenerator',
  'SecretKeyFactory', 'AlgorithmParameters', 'KEM',
] as const;

/** A JCA engine class (`Cipher`, `Signature`, ...). */
export type JcaService = (typeof JCA_SERVICES)[number];

// ── the shape of data/names/jca.yaml ─────────────────────────────────────────────────────────────────────────────────
interface Component {
  readonly algorithm: string;
  readonly role: UsageRole;
  readonly keyBits?: number;
  readonly outputBits?: number;
  readonly facts?: readonly UsageFact[];
}
interface Digest { readonly name: string; readonly in: string; readonly algorithm: string; readonly oaep?: readonly string[] }
interface SignatureScheme { readonly name: string; readonly algorithm: string; readonly pss?: string }
interface CipherEntry {
  readonly name: string;
  readonly algorithm?: string;
  readonly keyBits?: number;
  readonly type: 'block' | 'stream' | 'aead' | 'rsa';
  readonly blockBits?: number;
  readonly facts?: readonly UsageFact[];
  readonly defaultMode?: { readonly algorithm: string; readonly facts: readonly UsageFact[] };
  readonly default?: { readonly algorithm: string; readonly facts: readonly UsageFact[] };
}
interface ModeEntry { readonly name: string; readonly algorithm: string; readonly segment?: boolean }
interface RsaPadding { readonly name: string; readonly algorithm: string; readonly hash?: string; readonly facts?: readonly UsageFact[] }
interface DigestName {
  readonly prefix: string;
  readonly services: readonly JcaService[];
  readonly components: readonly Component[];
  readonly facts?: readonly UsageFact[];
}
interface FixedEntry {
  readonly name: string;
  readonly services: readonly JcaService[];
  readonly algorithm?: string;
  readonly components?: readonly Component[];
  readonly facts?: readonly UsageFact[];
}
interface JcaTable {
  readonly serviceOrder: readonly JcaService[];
  readonly digests: readonly Digest[];
  readonly signatures: readonly SignatureScheme[];
  readonly ciphers: readonly CipherEntry[];
  readonly modes: readonly ModeEntry[];
  readonly paddings: readonly { readonly name: string }[];
  readonly rsaPaddings: readonly RsaPadding[];
  readonly oaepWithDigest: { readonly algorithm: string; readonly facts: readonly UsageFact[] };
  readonly signatureSuffixes: { readonly pss: readonly string[]; readonly encoding: readonly string[] };
  readonly noneDigest: { readonly facts: readonly UsageFact[] };
  readonly digestNames: readonly DigestName[];
  readonly pbes2: {
    readonly services: readonly JcaService[];
    readonly ciphers: readonly string[];
    readonly mode: string;
    readonly facts: readonly UsageFact[];
  };
  readonly fixed: readonly FixedEntry[];
  readonly unknown: readonly { readonly name: string; readonly reason: string }[];
  readonly aliases: readonly { readonly alias: string; readonly name: string; readonly services: readonly JcaService[] }[];
}

interface JcaIndex {
  readonly table: JcaTable;
  readonly services: ReadonlyMap<string, JcaService>;
  readonly aliases: ReadonlyMap<JcaService, ReadonlyMap<string, string>>;
  readonly fixed: ReadonlyMap<JcaService, ReadonlyMap<string, FixedEntry>>;
  readonly digests: ReadonlyMap<string, Digest>;
  readonly digestsIn: ReadonlyMap<string, Digest>;
  readonly oaepDigests: ReadonlyMap<string, { readonly digest: Digest; readonly spelling: string }>;
  readonly signatures: ReadonlyMap<string, SignatureScheme>;
  readonly ciphers: ReadonlyMap<string, CipherEntry>;
  readonly modes: ReadonlyMap<string, ModeEntry>;
  readonly paddings: ReadonlyMap<string, string>;
  readonly rsaPaddings: ReadonlyMap<string, RsaPadding>;
  /** Longest prefix first, so that HmacPBE is tried before Hmac. */
  readonly digestNames: readonly DigestName[];
  readonly pbes2Ciphers: ReadonlyMap<string, CipherEntry>;
  readonly unknown: ReadonlySet<string>;
}

let index: JcaIndex | undefined;

/** Builds every lookup map once, on first use; a lookup is then a few Map reads. */
function jcaIndex(): JcaIndex {
  if (index) return index;
  const table = bundledCatalog().names.get('jca') as JcaTable | undefined;
  if (!table) throw new Error('the bundled catalog lacks data/names/jca.yaml; rebuild it with npm run build:data');
  const byLower = <T>(items: readonly T[], key: (t: T) => string) => new Map(items.map((t) => [key(t).toLowerCase(), t]));
  const perService = <T>(items: readonly T[], services: (t: T) => readonly JcaService[], key: (t: T) => string, value: (t: T) => unknown) => {
    const map = new Map<JcaService, Map<string, unknown>>();
    for (const item of items) {
      for (const service of services(item)) {
        let m = map.get(service);
        if (!m) map.set(service, (m = new Map()));
        m.set(key(item).toLowerCase(), value(item));
      }
    }
    return map;
  };
  const oaepDigests = new Map<string, { digest: Digest; spelling: string }>();
  for (const digest of table.digests) for (const spelling of digest.oaep ?? []) oaepDigests.set(spelling.toLowerCase(), { digest, spelling });
  const ciphers = byLower(table.ciphers, (c) => c.name);
  index = {
    table,
    services: new Map(JCA_SERVICES.map((s) => [s.toLowerCase(), s])),
    aliases: perService(table.aliases, (a) => a.services, (a) => a.alias, (a) => a.name) as Map<JcaService, Map<string, string>>,
    fixed: perService(table.fixed, (f) => f.services, (f) => f.name, (f) => f) as Map<JcaService, Map<string, FixedEntry>>,
    digests: byLower(table.digests, (d) => d.name),
    digestsIn: byLower(table.digests, (d) => d.in),
    oaepDigests,
    signatures: byLower(table.signatures, (s) => s.name),
    ciphers,
    modes: byLower(table.modes, (m) => m.name),
    paddings: new Map(table.paddings.map((p) => [p.name.toLowerCase(), p.name])),
    rsaPaddings: byLower(table.rsaPaddings, (p) => p.name),
    digestNames: [...table.digestNames].sort((a, b) => b.prefix.length - a.prefix.length),
    pbes2Ciphers: new Map(table.pbes2.ciphers.map((c) => [c.toLowerCase(), ciphers.get(c.toLowerCase())!])),
    unknown: new Set(table.unknown.map((u) => u.name.toLowerCase())),
  };
  return index;
}

/** JCA names are short; anything longer is not one, and is not scanned. */
const MAX_INPUT = 200;

/**
 * Reads a JCA algorithm name as a Usage, or returns undefined when it is not one the tables know.
 *
 * `service` says which engine class the name was given to (`Cipher.getInstance("AES")` is AES in ECB mode, the SunJCE
 * default, while `KeyGenerator.getInstance("AES")` only makes an AES key). Without it, the name is read as the first
 * service of data/names/jca.yaml `serviceOrder` that knows it: Cipher, then Signature, Mac, MessageDigest, KeyAgreement,
 * KeyPairGenerator, KeyFactory, KeyGenerator, SecretKeyFactory, AlgorithmParameters. A dotted OID that no provider
 * aliases is read by {@link parseOid}, and then carries scheme `oid`.
 * @example
 * parseJca('AES/GCM/NoPadding');
 * // { scheme: 'jca', label: 'AES/GCM/NoPadding', components: [{ algorithm: 'aes', role: 'cipher' }, { algorithm: 'gcm', role: 'mode' }] }
 * parseJca('SHA256withRSA');
 * // { components: [{ algorithm: 'rsassa-pkcs1-v1_5', role: 'signature' }, { algorithm: 'sha-256', role: 'hash' }] }
 * parseJca('RSA', 'KeyPairGenerator'); // { algorithm: 'rsa', ... }
 */
export function parseJca(input: string, service?: JcaService | string): Usage | undefined {
  if (typeof input !== 'string' || input.length > MAX_INPUT) return undefined;
  const text = input.trim();
  if (text === '') return undefined;
  const idx = jcaIndex();
  let services: readonly JcaService[];
  if (service === undefined) services = idx.table.serviceOrder;
  else {
    const s = typeof service === 'string' ? idx.services.get(service.toLowerCase()) : undefined;
    if (!s) return undefined;
    services = [s];
  }
  // Providers register an OID both bare and as OID.<dotted>; their lookup strips the prefix, and so does ours.
  const dotted = stripOidPrefix(text);
  const name = dotted ?? text;
  for (const s of services) {
    const usage = readAs(idx, s, input, name);
    if (usage) return usage;
  }
  return dotted !== undefined ? parseOid(dotted) : undefined;
}

/** Reads `name` as a name of one service. */
function readAs(idx: JcaIndex, service: JcaService, input: string, name: string): Usage | undefined {
  const alias = idx.aliases.get(service)?.get(name.toLowerCase());
  // Read through an alias, the parts of the standard name are not in the input: every component then points at the whole.
  const std = alias ?? name;
  const lower = std.toLowerCase();
  if (idx.unknown.has(lower)) return undefined;
  const part = alias === undefined ? (p: string) => p : () => input;
  const fixed = idx.fixed.get(service)?.get(lower);
  if (fixed) return fromFixed(fixed, input);
  switch (service) {
    case 'Cipher':
      return readTransformation(idx, input, std, part) ?? readPbes2(idx, service, input, std, part) ?? readPbeTransformation(idx, input, std);
    case 'Signature':
      return readSignature(idx, input, std, part);
    case 'Mac':
      return readDigestName(idx, service, input, std, part);
    case 'MessageDigest': {
      const d = idx.digests.get(lower);
      return d ? single(input, d.name, { algorithm: d.algorithm }) : undefined;
    }
    case 'KeyGenerator':
      return readCipherKey(idx, input, lower) ?? readDigestName(idx, service, input, std, part);
    case 'SecretKeyFactory':
      return readCipherKey(idx, input, lower) ?? readDigestName(idx, service, input, std, part) ?? readPbes2(idx, service, input, std, part);
    case 'AlgorithmParameters':
      return readCipherKey(idx, input, lower) ?? readPbes2(idx, service, input, std, part);
    default:
      return undefined;
  }
}

// ── Usage builders ───────────────────────────────────────────────────────────────────────────────────────────────────
interface Params {
  readonly algorithm: string;
  readonly keyBits?: number;
  readonly outputBits?: number;
  readonly facts?: readonly UsageFact[];
}

function params(p: Params): Omit<Params, 'algorithm'> {
  return {
    ...(p.keyBits !== undefined ? { keyBits: p.keyBits } : {}),
    ...(p.outputBits !== undefined ? { outputBits: p.outputBits } : {}),
    ...(p.facts && p.facts.length > 0 ? { facts: p.facts } : {}),
  };
}

function single(input: string, label: string, p: Params): Usage {
  return { input, scheme: 'jca', label, algorithm: p.algorithm, ...params(p) };
}

function component(input: string, role: UsageRole, p: Params): Usage {
  return { input, scheme: 'jca', algorithm: p.algorithm, role, ...params(p) };
}

function composite(input: string, label: string, components: Usage[], facts?: readonly UsageFact[]): Usage {
  return { input, scheme: 'jca', label, components, ...(facts && facts.length > 0 ? { facts } : {}) };
}

function fromFixed(f: FixedEntry, input: string): Usage {
  if (f.components) return composite(input, f.name, f.components.map((c) => component(input, c.role, c)), f.facts);
  return single(input, f.name, { algorithm: f.algorithm!, ...(f.facts ? { facts: f.facts } : {}) });
}

// ── grammars ─────────────────────────────────────────────────────────────────────────────────────────────────────────
/** An algorithm name alone in KeyGenerator, SecretKeyFactory and AlgorithmParameters: the key or parameters of a cipher. */
function readCipherKey(idx: JcaIndex, input: string, lower: string): Usage | undefined {
  const c = idx.ciphers.get(lower);
  if (!c?.algorithm) return undefined;
  return single(input, c.name, { algorithm: c.algorithm, keyBits: c.keyBits, facts: c.facts });
}

/** Feedback size in a mode name: CFB8, OFB64. Bounded to three digits. */
const MODE_WITH_BITS = /^([a-z]+)(\d{1,3})$/;

/** `ALG` or `ALG/MODE/PADDING` (javax.crypto.Cipher: a transformation has one part or three). */
function readTransformation(idx: JcaIndex, input: string, std: string, part: (p: string) => string): Usage | undefined {
  // ALG/MODE/PADDING: the padding may hold a slash of its own (OAEPWithSHA-512/256AndMGF1Padding), ALG and MODE never do.
  const first = std.indexOf('/');
  const second = first < 0 ? -1 : std.indexOf('/', first + 1);
  if (first >= 0 && second < 0) return undefined;
  const algPart = first < 0 ? std : std.slice(0, first);
  const modePart = first < 0 ? undefined : std.slice(first + 1, second);
  const padPart = first < 0 ? undefined : std.slice(second + 1);
  // Cipher.getInstance also resolves the algorithm part through the provider's aliases (TripleDES/CBC/PKCS5Padding).
  const algLower = algPart.toLowerCase();
  const algAlias = first < 0 ? undefined : idx.aliases.get('Cipher')?.get(algLower);
  const cipher = idx.ciphers.get(algLower) ?? (algAlias?.includes('/') === false ? idx.ciphers.get(algAlias.toLowerCase()) : undefined);
  if (!cipher) return undefined;
  const cipherParams: Params = { algorithm: cipher.algorithm ?? '', keyBits: cipher.keyBits, facts: cipher.facts };

  if (modePart === undefined || padPart === undefined) {
    if (cipher.type === 'rsa') return cipher.default ? single(input, cipher.name, cipher.default) : undefined;
    if (cipher.type === 'block' && cipher.defaultMode) {
      return composite(input, cipher.name, [
        component(part(algPart), 'cipher', cipherParams),
        component(input, 'mode', cipher.defaultMode),
      ]);
    }
    return single(input, cipher.name, cipherParams);
  }

  const mode = modePart.toLowerCase();
  const pad = padPart.toLowerCase();
  if (cipher.type === 'rsa') {
    // The mode of an RSA transformation means nothing (one block); SunJCE writes ECB, Bouncy Castle also NONE.
    if (mode !== 'ecb' && mode !== 'none') return undefined;
    return readRsaPadding(idx, input, `${cipher.name}/${mode === 'ecb' ? 'ECB' : 'NONE'}`, padPart, part);
  }
  if (cipher.type === 'stream' || cipher.type === 'aead') {
    // ECB or NONE and NoPadding are placeholders for a stream cipher or an AEAD that has its own construction.
    if ((mode !== 'ecb' && mode !== 'none') || pad !== 'nopadding') return undefined;
    return single(input, `${cipher.name}/${mode === 'ecb' ? 'ECB' : 'None'}/NoPadding`, cipherParams);
  }
  const padding = idx.paddings.get(pad);
  if (padding === undefined) return undefined;
  let modeEntry = idx.modes.get(mode);
  let facts: UsageFact[] | undefined;
  let modeLabel = modeEntry?.name;
  if (!modeEntry) {
    const m = MODE_WITH_BITS.exec(mode);
    const base = m ? idx.modes.get(m[1]!) : undefined;
    const bits = m ? Number(m[2]) : 0;
    if (!base?.segment || bits % 8 !== 0 || bits < 8 || bits > (cipher.blockBits ?? 0)) return undefined;
    modeEntry = base;
    modeLabel = `${base.name}${bits}`;
    if (bits < (cipher.blockBits ?? 0)) {
      facts = [{ about: `${base.name} with ${bits}-bit feedback segments instead of full ${cipher.blockBits}-bit blocks`, source: 'NIST SP 800-38A; javax.crypto.Cipher documentation' }];
    }
  }
  return composite(input, `${cipher.name}/${modeLabel}/${padding}`, [
    component(part(algPart), 'cipher', cipherParams),
    component(part(modePart), 'mode', { algorithm: modeEntry.algorithm, facts }),
  ]);
}

/** The padding of an RSA transformation, which is its encryption scheme. */
function readRsaPadding(idx: JcaIndex, input: string, prefix: string, padPart: string, part: (p: string) => string): Usage | undefined {
  const lower = padPart.toLowerCase();
  const p = idx.rsaPaddings.get(lower);
  if (p) {
    const label = `${prefix}/${p.name}`;
    if (!p.hash) return single(input, label, p);
    return composite(input, label, [
      component(part(padPart), 'encryption', p),
      component(part(padPart), 'hash', { algorithm: p.hash }),
    ]);
  }
  // OAEPWith<digest>AndMGF1Padding: the digest spellings SunJCE takes (no SHA256, which it rejects).
  if (!lower.startsWith('oaepwith') || !lower.endsWith('andmgf1padding')) return undefined;
  const d = idx.oaepDigests.get(lower.slice('oaepwith'.length, lower.length - 'andmgf1padding'.length));
  if (!d) return undefined;
  const oaep = idx.table.oaepWithDigest;
  return composite(input, `${prefix}/OAEPWith${d.spelling}AndMGF1Padding`, [
    component(part(padPart), 'encryption', oaep),
    component(part(padPart), 'hash', { algorithm: d.digest.algorithm }),
  ]);
}

/** `<digest>with<scheme>[/PSS | andMGF1][inP1363Format]`, and `NONEwith<scheme>`. */
function readSignature(idx: JcaIndex, input: string, std: string, part: (p: string) => string): Usage | undefined {
  const lower = std.toLowerCase();
  const at = lower.indexOf('with');
  if (at <= 0) return undefined;
  const digestPart = std.slice(0, at);
  let rest = lower.slice(at + 4);
  let encoding = '';
  for (const e of idx.table.signatureSuffixes.encoding) {
    if (rest.endsWith(e.toLowerCase())) {
      encoding = e;
      rest = rest.slice(0, rest.length - e.length);
      break;
    }
  }
  let pssSuffix = '';
  for (const s of idx.table.signatureSuffixes.pss) {
    if (rest.endsWith(s.toLowerCase())) {
      pssSuffix = s;
      rest = rest.slice(0, rest.length - s.length);
      break;
    }
  }
  const scheme = idx.signatures.get(rest);
  if (!scheme) return undefined;
  const algorithm = pssSuffix ? scheme.pss : scheme.algorithm;
  if (!algorithm) return undefined;
  const schemePart = std.slice(at + 4);
  const digestLower = digestPart.toLowerCase();
  if (digestLower === 'none') {
    return single(input, `NONEwith${scheme.name}${pssSuffix}${encoding}`, { algorithm, facts: idx.table.noneDigest.facts });
  }
  const digest = idx.digestsIn.get(digestLower);
  if (!digest) return undefined;
  return composite(input, `${digest.in}with${scheme.name}${pssSuffix}${encoding}`, [
    component(part(schemePart), 'signature', { algorithm }),
    component(part(digestPart), 'hash', { algorithm: digest.algorithm }),
  ]);
}

/** `Hmac<digest>`, `HmacPBE<digest>`, `PBEWithHmac<digest>` (Mac) and `PBKDF2WithHmac<digest>` (SecretKeyFactory). */
function readDigestName(idx: JcaIndex, service: JcaService, input: string, std: string, part: (p: string) => string): Usage | undefined {
  const lower = std.toLowerCase();
  for (const entry of idx.digestNames) {
    if (!entry.services.includes(service) || !lower.startsWith(entry.prefix.toLowerCase())) continue;
    const digestPart = std.slice(entry.prefix.length);
    const digest = idx.digestsIn.get(digestPart.toLowerCase());
    if (!digest) continue;
    const prefixPart = std.slice(0, entry.prefix.length);
    return composite(input, `${entry.prefix}${digest.in}`, [
      ...entry.components.map((c) => component(part(prefixPart), c.role, c)),
      component(part(digestPart), 'hash', { algorithm: digest.algorithm }),
    ], entry.facts);
  }
  return undefined;
}

/**
 * `PBEWithMD5AndDES/CBC/PKCS5Padding`: a password-based cipher written as a transformation. SunJCE takes it when the mode
 * is the one the scheme uses; the name then means the same as the scheme alone.
 */
function readPbeTransformation(idx: JcaIndex, input: string, std: string): Usage | undefined {
  const first = std.indexOf('/');
  const second = first < 0 ? -1 : std.indexOf('/', first + 1);
  if (second < 0 || std.indexOf('/', second + 1) >= 0) return undefined;
  const algPart = std.slice(0, first);
  const padding = idx.paddings.get(std.slice(second + 1).toLowerCase());
  const fixed = idx.fixed.get('Cipher')?.get(algPart.toLowerCase());
  const scheme = fixed ? fromFixed(fixed, input) : readPbes2(idx, 'Cipher', input, algPart, () => input);
  const mode = scheme?.components?.find((c) => c.role === 'mode');
  const modePart = std.slice(first + 1, second);
  if (!scheme || !mode || padding === undefined || idx.modes.get(modePart.toLowerCase())?.algorithm !== mode.algorithm) return undefined;
  return {
    ...scheme,
    label: `${scheme.label}/${idx.modes.get(modePart.toLowerCase())!.name}/${padding}`,
    components: scheme.components!.map((c) => ({ ...c, input })),
  };
}

/** `PBEWithHmac<digest>And<cipher>`: PBES2 with PBKDF2-HMAC and a cipher in CBC mode. */
function readPbes2(idx: JcaIndex, service: JcaService, input: string, std: string, part: (p: string) => string): Usage | undefined {
  const pbes2 = idx.table.pbes2;
  if (!pbes2.services.includes(service)) return undefined;
  const lower = std.toLowerCase();
  const prefix = 'pbewithhmac';
  const and = lower.lastIndexOf('and');
  if (!lower.startsWith(prefix) || and <= prefix.length) return undefined;
  const digestPart = std.slice(prefix.length, and);
  const cipherPart = std.slice(and + 3);
  const digest = idx.digestsIn.get(digestPart.toLowerCase());
  const cipher = idx.pbes2Ciphers.get(cipherPart.toLowerCase());
  if (!digest || !cipher?.algorithm) return undefined;
  return composite(input, `PBEWithHmac${digest.in}And${cipher.name}`, [
    component(part(std.slice(0, 'PBE'.length)), 'kdf', { algorithm: 'pbkdf2' }),
    component(part(std.slice('PBEWith'.length, prefix.length)), 'prf', { algorithm: 'hmac' }),
    component(part(digestPart), 'hash', { algorithm: digest.algorithm }),
    component(part(cipherPart), 'cipher', { algorithm: cipher.algorithm, keyBits: cipher.keyBits }),
    component(input, 'mode', { algorithm: pbes2.mode }),
  ], pbes2.facts);
}

// ── listing, for coverage tests and documentation ───────────────────────────────────────────────────────────────────
/** A name the tables generate, with the service it belongs to. */
export interface JcaName {
  readonly service: JcaService;
  readonly name: string;
}

/**
 * Every name the tables know, with its service: aliases, fixed names, message digests, the composed Signature and Mac
 * names, and Cipher transformations (every cipher alone, with each mode and the NoPadding and PKCS5Padding paddings,
 * and every RSA padding). Names the parser reads as unknown on purpose are not listed.
 * @example
 * listJcaNames().some((n) => n.service === 'Cipher' && n.name === 'AES/GCM/NoPadding'); // true
 */
export function listJcaNames(): readonly JcaName[] {
  const idx = jcaIndex();
  const t = idx.table;
  const out: JcaName[] = [];
  const add = (service: JcaService, name: string) => out.push({ service, name });
  for (const a of t.aliases) if (!idx.unknown.has(a.name.toLowerCase())) for (const s of a.services) add(s, a.alias);
  for (const f of t.fixed) for (const s of f.services) add(s, f.name);
  for (const d of t.digests) add('MessageDigest', d.name);
  for (const scheme of t.signatures) {
    add('Signature', `NONEwith${scheme.name}`);
    for (const d of t.digests) {
      add('Signature', `${d.in}with${scheme.name}`);
      for (const e of t.signatureSuffixes.encoding) add('Signature', `${d.in}with${scheme.name}${e}`);
      if (scheme.pss) for (const s of t.signatureSuffixes.pss) add('Signature', `${d.in}with${scheme.name}${s}`);
    }
  }
  for (const entry of t.digestNames) for (const s of entry.services) for (const d of t.digests) add(s, `${entry.prefix}${d.in}`);
  for (const d of t.digests) for (const c of t.pbes2.ciphers) for (const s of t.pbes2.services) add(s, `PBEWithHmac${d.in}And${c}`);
  for (const c of t.ciphers) {
    add('Cipher', c.name);
    if (c.algorithm) for (const s of ['KeyGenerator', 'SecretKeyFactory', 'AlgorithmParameters'] as const) add(s, c.name);
    if (c.type === 'block') {
      for (const m of t.modes) for (const p of ['NoPadding', 'PKCS5Padding']) add('Cipher', `${c.name}/${m.name}/${p}`);
    } else if (c.type === 'rsa') {
      for (const p of t.rsaPaddings) add('Cipher', `${c.name}/ECB/${p.name}`);
      for (const d of t.digests) for (const o of d.oaep ?? []) add('Cipher', `${c.name}/ECB/OAEPWith${o}AndMGF1Padding`);
    } else {
      add('Cipher', `${c.name}/ECB/NoPadding`);
      add('Cipher', `${c.name}/None/NoPadding`);
    }
  }
  return out;
}
