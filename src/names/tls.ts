/**
 * TLS names: cipher suites, named groups, signature schemes and protocol versions, read into a {@link Usage}.
 *
 * Follows the IANA TLS registries (tls-parameters: "TLS Cipher Suites", "TLS Supported Groups", "TLS SignatureScheme"), the
 * systematic suite names of RFC 5246 Appendix A.5 and RFC 8446 Appendix B.4, and OpenSSL's spellings (cipher names,
 * `-groups` and `-sigalgs` names). The tables live in data/names/tls-*.yaml; this module only indexes them, once, lazily.
 *
 * Matching ignores case (no two names in these tables differ only in case, which the tests check) and, for protocol
 * versions, white space. Code points are read in the forms tools print them: `0xC0,0x2F`, `{0xC0,0x2F}`, `C0,2F`, `0xc02f`.
 * @module
 */
import { bundledCatalog } from '../catalog/catalog.js';
import type { Usage, UsageFact, UsageRole } from './types.js';

/** Key exchange of a TLS 1.2-and-earlier suite, as the IANA name spells it (`DH` is fixed DH, `DHE` ephemeral). */
export type TlsKeyExchange =
  | 'NULL' | 'RSA' | 'DH' | 'DHE' | 'ECDH' | 'ECDHE' | 'PSK' | 'DHE_PSK' | 'RSA_PSK' | 'ECDHE_PSK' | 'SRP' | 'KRB5' | 'ECCPWD'
  | 'GOST';
/** Authentication of a TLS 1.2-and-earlier suite, as the IANA name spells it (`anon`: none). */
export type TlsAuthentication = 'NULL' | 'RSA' | 'DSS' | 'ECDSA' | 'anon' | 'PSK' | 'SRP' | 'KRB5' | 'ECCPWD' | 'GOST';

/** One row of data/names/tls-cipher-suites.yaml. */
export interface TlsCipherSuite {
  /** The code point as the registry prints it: `0xC0,0x2F`. */
  readonly code: string;
  /** The code point as a number: `0xC02F`. */
  readonly value: number;
  /** The IANA name. */
  readonly iana: string;
  /** Other spellings of the IANA name. */
  readonly aliases?: readonly string[];
  /** OpenSSL's name (the one OpenSSL 3.0 builds, else the one older releases used). */
  readonly openssl?: string;
  readonly opensslAliases?: readonly string[];
  /** A signalling value (SCSV): not a cipher suite, negotiates nothing. */
  readonly signalling?: boolean;
  /** The protocol versions the suite is defined for, as algorithm ids. */
  readonly protocols?: readonly string[];
  readonly kx?: TlsKeyExchange;
  readonly au?: TlsAuthentication;
  /** An EXPORT suite (40-bit secret keys, at most 512-bit key exchange). */
  readonly export?: boolean;
  readonly enc?: { readonly cipher: string; readonly keyBits?: number; readonly mode?: string; readonly tagBits?: number };
  readonly mac?: 'aead' | { readonly algorithm: string; readonly hash?: string };
  /** The hash of the TLS 1.2 PRF or of the TLS 1.3 HKDF, where the suite fixes it. */
  readonly prf?: string;
  readonly dtls: boolean;
  /** The registry's "Recommended" column is Y. */
  readonly recommended: boolean;
  readonly specs: readonly string[];
  readonly facts?: readonly UsageFact[];
}

interface GroupRow {
  readonly code: number;
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly algorithm?: string;
  readonly curve?: string;
  readonly keyBits?: number;
  readonly combination?: 'all' | 'any';
  readonly components?: readonly { readonly algorithm: string; readonly curve?: string; readonly keyBits?: number; readonly role: UsageRole }[];
  readonly facts?: readonly UsageFact[];
  readonly unknown?: string;
}

interface SchemeRow {
  readonly code: string;
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly openssl?: readonly string[];
  readonly algorithm?: string;
  readonly signature?: string;
  readonly hash?: string;
  readonly curve?: string;
  readonly unknown?: string;
  readonly facts?: readonly UsageFact[];
}

interface VersionRow {
  readonly id: string;
  readonly label: string;
  readonly code: string;
  readonly names: readonly string[];
}

/** A Usage without its `input`, which each lookup fills in. */
type Template = Omit<Usage, 'input' | 'components'> & { readonly components?: readonly Omit<Usage, 'input'>[] };

interface Index {
  readonly suites: readonly TlsCipherSuite[];
  readonly suiteByName: ReadonlyMap<string, Template>;
  readonly suiteByCode: ReadonlyMap<number, Template>;
  readonly groupByName: ReadonlyMap<string, Template | null>;
  readonly groupByCode: ReadonlyMap<number, Template | null>;
  readonly schemeByName: ReadonlyMap<string, Template | null>;
  readonly schemeByCode: ReadonlyMap<number, Template | null>;
  readonly versionByName: ReadonlyMap<string, Template>;
  readonly versionByCode: ReadonlyMap<number, Template>;
}

const SCHEME = 'tls' as const;
/** No name or code point in these tables is longer; longer input is rejected before any other work. */
const MAX_INPUT = 128;

const KX: Record<TlsKeyExchange, readonly string[]> = {
  NULL: ['null'],
  RSA: ['rsaes-pkcs1-v1_5'],
  DH: ['dh'],
  DHE: ['dh'],
  ECDH: ['ecdh'],
  ECDHE: ['ecdh'],
  PSK: ['psk'],
  DHE_PSK: ['dh', 'psk'],
  ECDHE_PSK: ['ecdh', 'psk'],
  RSA_PSK: ['rsaes-pkcs1-v1_5', 'psk'],
  SRP: ['srp'],
  KRB5: ['krb5'],
  ECCPWD: ['eccpwd'],
  GOST: ['gost-r-34.10'],
};

const AU: Record<TlsAuthentication, string> = {
  NULL: 'null',
  RSA: 'rsa',
  DSS: 'dsa',
  ECDSA: 'ecdsa',
  anon: 'null',
  PSK: 'psk',
  SRP: 'srp',
  KRB5: 'krb5',
  ECCPWD: 'eccpwd',
  GOST: 'gost-r-34.10',
};

const EXPORT_KX_FACT: UsageFact = { about: 'EXPORT key exchange: RSA or DH keys of at most 512 bits', source: 'RFC 2246' };
const EXPORT_CIPHER_FACT: UsageFact = { about: 'EXPORT cipher: only 40 bits of the key are secret', source: 'RFC 2246' };
const SRP_FACT: UsageFact = { about: 'SRP-6a with SHA-1 (the SRP_SHA of the suite name)', source: 'RFC 5054' };
const GOST_KX_FACT: UsageFact = { about: 'VKO GOST R 34.10-2012 key agreement with key export (KExp15)', source: 'RFC 9189' };
const GREASE_FACT: UsageFact = { about: 'GREASE value: reserved to keep peers tolerant of unknown values; negotiates nothing', source: 'RFC 8701' };

let index: Index | undefined;

function table<T>(stem: string, key: string): readonly T[] {
  const content = bundledCatalog().names.get(stem) as Record<string, unknown> | undefined;
  const rows = content?.[key];
  if (!Array.isArray(rows)) throw new Error(`data/names/${stem}.yaml is missing from the bundled catalog`);
  return rows as readonly T[];
}

/** Builds the components of a suite (without `input`). */
function suiteTemplate(s: TlsCipherSuite, isAead: (id: string) => boolean): Template {
  const base = { scheme: SCHEME, label: s.iana } as const;
  if (s.signalling) {
    return { ...base, facts: [{ about: 'signalling cipher suite value (SCSV): negotiates no cryptography', source: s.specs[0] ?? 'RFC 5246' }] };
  }
  const parts: Omit<Usage, 'input'>[] = [];
  const c = (algorithm: string, role: UsageRole, extra: Partial<Usage> = {}): void => {
    parts.push({ scheme: SCHEME, algorithm, role, ...extra });
  };
  if (s.kx) {
    for (const id of KX[s.kx]) {
      const exportBits = s.export && (id === 'rsaes-pkcs1-v1_5' || id === 'dh');
      c(id, 'kx', exportBits ? { keyBits: 512, facts: [EXPORT_KX_FACT] }
        : s.kx === 'SRP' ? { facts: [SRP_FACT] } : s.kx === 'GOST' ? { facts: [GOST_KX_FACT] } : {});
    }
  }
  if (s.au) c(AU[s.au], 'auth');
  if (s.enc) {
    const { cipher, keyBits, mode, tagBits } = s.enc;
    const aead = isAead(cipher);
    c(cipher, aead ? 'aead' : 'cipher', {
      ...(keyBits !== undefined ? { keyBits } : {}),
      ...(aead && tagBits !== undefined ? { tagBits } : {}),
      ...(s.export ? { facts: [EXPORT_CIPHER_FACT] } : {}),
    });
    if (mode) c(mode, 'mode', tagBits !== undefined && !aead ? { tagBits } : {});
  }
  if (s.mac && s.mac !== 'aead') {
    c(s.mac.algorithm, 'mac');
    if (s.mac.hash) c(s.mac.hash, 'hash');
  }
  if (s.prf) c(s.prf, 'prf');
  return {
    ...base,
    components: parts,
    ...(s.protocols ? { protocols: s.protocols } : {}),
    ...(s.facts ? { facts: s.facts } : {}),
  };
}

function groupTemplate(g: GroupRow): Template | null {
  if (g.unknown !== undefined) return null;
  const base = { scheme: SCHEME, label: g.name } as const;
  if (g.components) {
    return {
      ...base,
      combination: g.combination ?? 'all',
      components: g.components.map((p) => ({ scheme: SCHEME, ...p })),
      ...(g.facts ? { facts: g.facts } : {}),
    };
  }
  return {
    ...base,
    ...(g.algorithm !== undefined ? { algorithm: g.algorithm } : {}),
    ...(g.curve !== undefined ? { curve: g.curve } : {}),
    ...(g.keyBits !== undefined ? { keyBits: g.keyBits } : {}),
    ...(g.facts ? { facts: g.facts } : {}),
  };
}

/** `dropCurve`: OpenSSL's SIG+HASH spellings name no curve (ECDSA+SHA256 is ECDSA with SHA-256 on any curve). */
function schemeTemplate(r: SchemeRow, label: string, dropCurve: boolean): Template | null {
  if (r.unknown !== undefined) return null;
  const base = { scheme: SCHEME, label, ...(r.facts ? { facts: r.facts } : {}) } as const;
  if (r.algorithm !== undefined) return { ...base, algorithm: r.algorithm };
  const sig: Omit<Usage, 'input'> = {
    scheme: SCHEME, algorithm: r.signature, role: 'signature', ...(r.curve !== undefined && !dropCurve ? { curve: r.curve } : {}),
  };
  return { ...base, components: [sig, { scheme: SCHEME, algorithm: r.hash, role: 'hash' }] };
}

function setOnce<K, V>(map: Map<K, V>, key: K, value: V, what: string): void {
  const had = map.get(key);
  if (had !== undefined && had !== value) throw new Error(`TLS name table: ${what} "${String(key)}" names two entries`);
  map.set(key, value);
}

function buildIndex(): Index {
  const algorithms = bundledCatalog().algorithms;
  const isAead = (id: string): boolean => algorithms.get(id)?.kind === 'authenticated-encryption';

  const suites: TlsCipherSuite[] = [];
  const suiteByName = new Map<string, Template>();
  const suiteByCode = new Map<number, Template>();
  for (const raw of table<Omit<TlsCipherSuite, 'value'>>('tls-cipher-suites', 'suites')) {
    const value = (parseInt(raw.code.slice(2, 4), 16) << 8) | parseInt(raw.code.slice(7, 9), 16);
    const suite: TlsCipherSuite = Object.freeze({ ...raw, value });
    suites.push(suite);
    const t = suiteTemplate(suite, isAead);
    setOnce(suiteByCode, value, t, 'code point');
    for (const n of [suite.iana, ...(suite.aliases ?? [])]) setOnce(suiteByName, n.toUpperCase(), t, 'suite name');
    for (const n of [suite.openssl, ...(suite.opensslAliases ?? [])]) if (n) setOnce(suiteByName, n.toUpperCase(), t, 'suite name');
  }

  const groupByName = new Map<string, Template | null>();
  const groupByCode = new Map<number, Template | null>();
  for (const g of table<GroupRow>('tls-groups', 'groups')) {
    const t = groupTemplate(g);
    setOnce(groupByCode, g.code, t, 'group code');
    for (const n of [g.name, ...(g.aliases ?? [])]) setOnce(groupByName, n.toLowerCase(), t, 'group name');
  }

  const schemeByName = new Map<string, Template | null>();
  const schemeByCode = new Map<number, Template | null>();
  for (const r of table<SchemeRow>('tls-signature-schemes', 'schemes')) {
    const t = schemeTemplate(r, r.name, false);
    setOnce(schemeByCode, parseInt(r.code.slice(2), 16), t, 'signature scheme code');
    for (const n of [r.name, ...(r.aliases ?? [])]) setOnce(schemeByName, n.toLowerCase(), t, 'signature scheme name');
    for (const n of r.openssl ?? []) {
      const plus = n.includes('+');
      setOnce(schemeByName, n.toLowerCase(), plus && r.curve !== undefined ? schemeTemplate(r, n, true) : t, 'signature scheme name');
    }
  }

  const versionByName = new Map<string, Template>();
  const versionByCode = new Map<number, Template>();
  for (const v of table<VersionRow>('tls-versions', 'versions')) {
    const t: Template = { scheme: SCHEME, label: v.label, algorithm: v.id };
    setOnce(versionByCode, parseInt(v.code.slice(2), 16), t, 'version code');
    for (const n of [v.id, v.label, ...v.names]) setOnce(versionByName, n.toLowerCase().replace(/\s+/g, ''), t, 'version name');
  }

  return {
    suites: Object.freeze(suites), suiteByName, suiteByCode, groupByName, groupByCode, schemeByName, schemeByCode, versionByName,
    versionByCode,
  };
}

function idx(): Index {
  index ??= buildIndex();
  return index;
}

function materialise(t: Template, input: string): Usage {
  const { components, ...rest } = t;
  if (!components) return { input, ...rest };
  return { input, ...rest, components: components.map((c) => ({ input, ...c })) };
}

// Two bytes: `0xC0,0x2F`, `{0xC0, 0x2F}`, `C0,2F`; or one 16-bit value: `0xc02f`.
const BYTE_PAIR = /^\{?\s*(?:0x)?([0-9a-f]{1,2})\s*,\s*(?:0x)?([0-9a-f]{1,2})\s*\}?$/i;
const HEX16 = /^0x([0-9a-f]{4})$/i;

/** The 16-bit value of a code point written in one of the forms above, or undefined. */
function codePoint(s: string): number | undefined {
  const pair = BYTE_PAIR.exec(s);
  if (pair) return (parseInt(pair[1]!, 16) << 8) | parseInt(pair[2]!, 16);
  const hex = HEX16.exec(s);
  return hex ? parseInt(hex[1]!, 16) : undefined;
}

/** RFC 8701 GREASE values: 0x?A?A with both bytes equal. */
function isGrease(v: number): boolean {
  return (v & 0x0f0f) === 0x0a0a && v >> 8 === (v & 0xff);
}

function greaseUsage(input: string, v: number): Usage {
  return { input, scheme: SCHEME, label: `GREASE 0x${v.toString(16).toUpperCase().padStart(4, '0')}`, facts: [GREASE_FACT] };
}

function suite(input: string, codes: boolean): Usage | undefined {
  if (typeof input !== 'string' || input.length > MAX_INPUT) return undefined;
  const s = input.trim();
  const { suiteByName, suiteByCode } = idx();
  let upper = s.toUpperCase();
  // Java and older specifications spell the SSL 3.0-era suites SSL_RSA_WITH_RC4_128_MD5 and the like.
  if (upper.startsWith('SSL_')) upper = `TLS_${upper.slice(4)}`;
  const byName = suiteByName.get(upper);
  if (byName) return materialise(byName, input);
  if (!codes) return undefined;
  const v = codePoint(s);
  if (v === undefined) return undefined;
  const byCode = suiteByCode.get(v);
  if (byCode) return materialise(byCode, input);
  return isGrease(v) ? greaseUsage(input, v) : undefined;
}

function group(input: string, codes: boolean): Usage | undefined {
  if (typeof input !== 'string' || input.length > MAX_INPUT) return undefined;
  const s = input.trim();
  const { groupByName, groupByCode } = idx();
  const byName = groupByName.get(s.toLowerCase());
  if (byName !== undefined) return byName === null ? undefined : materialise(byName, input);
  if (!codes) return undefined;
  // The registry numbers groups in decimal; tools print them in hex too.
  const v = /^\d{1,5}$/.test(s) ? Number(s) : codePoint(s);
  if (v === undefined || v > 0xffff) return undefined;
  const byCode = groupByCode.get(v);
  if (byCode !== undefined) return byCode === null ? undefined : materialise(byCode, input);
  return isGrease(v) ? greaseUsage(input, v) : undefined;
}

function signatureScheme(input: string, codes: boolean): Usage | undefined {
  if (typeof input !== 'string' || input.length > MAX_INPUT) return undefined;
  const s = input.trim();
  const { schemeByName, schemeByCode } = idx();
  const byName = schemeByName.get(s.toLowerCase());
  if (byName !== undefined) return byName === null ? undefined : materialise(byName, input);
  if (!codes) return undefined;
  const v = codePoint(s);
  const byCode = v === undefined ? undefined : schemeByCode.get(v);
  return byCode ? materialise(byCode, input) : undefined;
}

function version(input: string, codes: boolean): Usage | undefined {
  if (typeof input !== 'string' || input.length > MAX_INPUT) return undefined;
  const s = input.trim();
  const { versionByName, versionByCode } = idx();
  const byName = versionByName.get(s.toLowerCase().replace(/\s+/g, ''));
  if (byName) return materialise(byName, input);
  if (!codes) return undefined;
  const v = codePoint(s);
  const byCode = v === undefined ? undefined : versionByCode.get(v);
  return byCode ? materialise(byCode, input) : undefined;
}

/**
 * Reads a TLS cipher suite: its IANA name (also with the `SSL_` prefix Java uses), its OpenSSL name (any case), or its code
 * point (`0xC0,0x2F`, `{0xC0,0x2F}`, `C0,2F`, `0xc02f`). Gives the components key exchange (`kx`), authentication (`auth`),
 * cipher and mode (or `aead`), MAC and hash, and the PRF/HKDF hash (`prf`), with the `protocols` the suite is defined for.
 * TLS 1.3 suites have no `kx` or `auth`: those come from the group and the signature scheme. The signalling values
 * (TLS_FALLBACK_SCSV, TLS_EMPTY_RENEGOTIATION_INFO_SCSV) and GREASE values give a Usage with neither algorithm nor components.
 * @example
 * parseTlsCipherSuite('ECDHE-RSA-AES128-GCM-SHA256')?.label; // 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256'
 * parseTlsCipherSuite('0xC0,0x2F')?.components?.map((c) => c.algorithm); // ['ecdh', 'rsa', 'aes', 'gcm', 'sha-256']
 */
export function parseTlsCipherSuite(input: string): Usage | undefined {
  return suite(input, true);
}

/**
 * Reads a TLS named group (supported group): its IANA name, the names OpenSSL and others use (`P-256`, `prime256v1`,
 * `X25519`, `ffdhe2048`, `X25519MLKEM768`), or its code (`23`, `0x0017`). Hybrid groups give components with
 * `combination: 'any'`. The explicit-curve groups and the pre-standard Kyber hybrids are left unread (undefined).
 * @example
 * parseTlsGroup('P-256'); // { input: 'P-256', scheme: 'tls', label: 'secp256r1', algorithm: 'ecdh', curve: 'secp256r1' }
 * parseTlsGroup('ffdhe2048')?.keyBits; // 2048
 */
export function parseTlsGroup(input: string): Usage | undefined {
  return group(input, true);
}

/**
 * Reads a TLS signature scheme: its IANA name (`rsa_pss_rsae_sha256`), OpenSSL's spelling (`RSA+SHA256`, `RSA-PSS+SHA256`),
 * Go's (`PKCS1WithSHA256`), or its code (`0x0804`). Gives components signature + hash (+ curve where the scheme binds one),
 * or one algorithm for EdDSA and ML-DSA.
 * @example
 * parseTlsSignatureScheme('ecdsa_secp256r1_sha256')?.components;
 * // [{ algorithm: 'ecdsa', curve: 'secp256r1', role: 'signature', ... }, { algorithm: 'sha-256', role: 'hash', ... }]
 */
export function parseTlsSignatureScheme(input: string): Usage | undefined {
  return signatureScheme(input, true);
}

/**
 * Reads an SSL, TLS or DTLS protocol version (`TLSv1.2`, `TLS 1.2`, `tls1_2`, `DTLSv1.2`, `0x0303`) into its algorithm id.
 * @example
 * parseTlsVersion('TLSv1.2')?.algorithm; // 'tls1.2'
 */
export function parseTlsVersion(input: string): Usage | undefined {
  return version(input, true);
}

/**
 * Tries the four TLS readers in turn: cipher suite, group, signature scheme, protocol version. A bare code point is read only
 * as a cipher suite, because the same two bytes mean different things in each registry (0x0303 is TLS 1.2, and an
 * unassigned suite); ask the specific reader for the others.
 * @example
 * parseTls('X25519')?.algorithm; // 'x25519'
 * parseTls('TLSv1.3')?.algorithm; // 'tls1.3'
 */
export function parseTls(input: string): Usage | undefined {
  return suite(input, true) ?? group(input, false) ?? signatureScheme(input, false) ?? version(input, false);
}

/**
 * Every row of the cipher suite table (data/names/tls-cipher-suites.yaml), in code point order, frozen.
 * @example
 * tlsCipherSuites().filter((s) => s.openssl && s.protocols?.includes('tls1.3')).length; // 5
 */
export function tlsCipherSuites(): readonly TlsCipherSuite[] {
  return idx().suites;
}
