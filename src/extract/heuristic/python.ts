/**
 * Python patterns of the heuristic extractor, found through the file's imports (`import hashlib`, `from hashlib import
 * md5 as m`, `from Crypto.Cipher import DES3`, `from cryptography.hazmat.primitives import hashes`), so that a name only
 * counts where the module it comes from is imported. APIs, after the Python and library documentation:
 * - hashlib (Python Library Reference "hashlib"): the named constructors, `new(name)`, `pbkdf2_hmac(hash_name, ...)`;
 *   a constructor called with `usedforsecurity=False` says it is not a security use (Python 3.9+) and is left out;
 *   `blake2b` and `blake2s` give 64- and 32-byte digests by default.
 * - hmac: `new(key, msg, digestmod)`, `digest(key, msg, digest)`.
 * - PyCryptodome and PyCrypto (`Crypto.*`, `Cryptodome.*`): `Cipher.<X>.new(key, mode)`, `Hash.<X>.new()`,
 *   `PublicKey.RSA|DSA.generate(bits)`; Triple DES keys are 16 or 24 bytes (PyCryptodome "Triple DES").
 * - pyca/cryptography (hazmat): `algorithms.<X>(key)`, `modes.ECB()`, `hashes.<X>()`, `rsa|dsa.generate_private_key`,
 *   `dh.generate_parameters`, `ec.<CURVE>()`; `TripleDES` takes a 64-, 128- or 192-bit key, which makes it single DES,
 *   2-key or 3-key Triple DES ("Symmetric encryption" page of its documentation).
 * - ssl: the `PROTOCOL_*` and `TLSVersion.*` constants that pin a protocol version.
 *
 * A Triple DES key whose length the file shows (`os.urandom(24)`, `get_random_bytes(16)`, a bytes literal, or a name
 * assigned once to one of those) decides 2-key or 3-key; otherwise the name `TripleDES` is reported, which the name
 * tables read as Triple DES in general.
 * @module
 */
import type { CheckObject } from '../../judge/types.js';
import { callAt, type CallRule, type LanguageTable } from './rules.js';
import type { Arg, Source, Subject } from './source.js';

/** hashlib's named constructors, by the name the name tables read. */
const HASHLIB: Readonly<Record<string, string>> = {
  md5: 'md5', sha1: 'sha1', sha224: 'sha224', sha256: 'sha256', sha384: 'sha384', sha512: 'sha512', sha3_224: 'sha3-224',
  sha3_256: 'sha3-256', sha3_384: 'sha3-384', sha3_512: 'sha3-512', shake_128: 'shake128', shake_256: 'shake256',
  blake2b: 'blake2b512', blake2s: 'blake2s256',
};

/** A name hashlib.new() or hmac take, as the name tables read it (OpenSSL's spellings, which hashlib passes through). */
function hashName(value: string): string {
  const v = value.trim().toLowerCase();
  return HASHLIB[v] ?? v.replace(/^sha512_(224|256)$/, 'sha512-$1').replace(/^sha3_/, 'sha3-');
}

/** What one imported name is used as. */
type Use =
  | { readonly kind: 'name'; readonly subject: Subject }
  | { readonly kind: 'call'; readonly rule: Omit<CallRule, 'kind' | 're' | 'api'>; readonly special?: 'tdes' | 'aes' };

const PYCRYPTO_CIPHERS: Readonly<Record<string, Subject>> = {
  DES: 'des', ARC4: 'rc4', Blowfish: 'blowfish', ARC2: 'rc2', CAST: 'cast5', ChaCha20: 'chacha20', Salsa20: 'salsa20',
};
const PYCRYPTO_HASHES: Readonly<Record<string, string>> = {
  MD2: 'md2', MD4: 'md4', MD5: 'md5', SHA: 'sha1', SHA1: 'sha1', SHA224: 'sha224', SHA256: 'sha256', SHA384: 'sha384',
  SHA512: 'sha512', RIPEMD: 'ripemd160', RIPEMD160: 'ripemd160', SHA3_256: 'sha3-256', SHA3_512: 'sha3-512',
};
const CRYPTOGRAPHY_CIPHERS: Readonly<Record<string, Subject>> = {
  ARC4: 'rc4', Blowfish: 'blowfish', CAST5: 'cast5', IDEA: 'idea', SEED: 'seed', AES: 'AES', AES128: 'AES-128',
  AES256: 'AES-256', Camellia: 'camellia', ChaCha20: 'chacha20', SM4: 'sm4',
};
const CRYPTOGRAPHY_HASHES: Readonly<Record<string, string>> = {
  MD5: 'md5', SHA1: 'sha1', SHA224: 'sha224', SHA256: 'sha256', SHA384: 'sha384', SHA512: 'sha512', SHA512_224: 'sha512-224',
  SHA512_256: 'sha512-256', SHA3_224: 'sha3-224', SHA3_256: 'sha3-256', SHA3_384: 'sha3-384', SHA3_512: 'sha3-512',
  SHAKE128: 'shake128', SHAKE256: 'shake256', BLAKE2b: 'blake2b512', BLAKE2s: 'blake2s256', SM3: 'sm3',
};
const CURVES = /^(?:SECP\d+[RK]1|SECT\d+[RK]1|BrainpoolP\d+R1)$/;
const SSL_PROTOCOLS: Readonly<Record<string, string>> = {
  PROTOCOL_SSLv2: 'SSLv2', PROTOCOL_SSLv3: 'SSLv3', PROTOCOL_TLSv1: 'TLSv1', PROTOCOL_TLSv1_1: 'TLSv1.1', PROTOCOL_TLSv1_2: 'TLSv1.2',
};
const TLS_VERSIONS: Readonly<Record<string, string>> = {
  SSLv3: 'SSLv3', TLSv1: 'TLSv1', TLSv1_1: 'TLSv1.1', TLSv1_2: 'TLSv1.2', TLSv1_3: 'TLSv1.3',
};

const bits = (algorithm: string) => (n: number): CheckObject => ({ algorithm, keyBits: n });
const HASH_ARG = { string: hashName };

/**
 * What a fully qualified name (imports followed, `Cryptodome` read as `Crypto`) is used as, or undefined for names this
 * extractor does not know.
 */
function useOf(q: string): Use | undefined {
  const hashlib = /^hashlib\.(\w+)$/.exec(q);
  if (hashlib) {
    const f = hashlib[1]!;
    if (HASHLIB[f]) return { kind: 'name', subject: HASHLIB[f] };
    if (f === 'new') return { kind: 'call', rule: { arg: 0, keyword: 'name', ...HASH_ARG } };
    if (f === 'pbkdf2_hmac') return { kind: 'call', rule: { arg: 0, keyword: 'hash_name', ...HASH_ARG } };
    return undefined;
  }
  if (q === 'hmac.new') return { kind: 'call', rule: { arg: 2, keyword: 'digestmod', ...HASH_ARG } };
  if (q === 'hmac.digest') return { kind: 'call', rule: { arg: 2, keyword: 'digest', ...HASH_ARG } };
  const cipher = /^Crypto\.Cipher\.(\w+)\.new$/.exec(q);
  if (cipher) {
    const c = cipher[1]!;
    if (c === 'DES3') return { kind: 'call', rule: {}, special: 'tdes' };
    if (c === 'AES') return { kind: 'call', rule: {}, special: 'aes' };
    const subject = PYCRYPTO_CIPHERS[c];
    return subject === undefined ? undefined : { kind: 'name', subject };
  }
  const hash = /^Crypto\.Hash\.(\w+)\.new$/.exec(q);
  if (hash) return PYCRYPTO_HASHES[hash[1]!] ? { kind: 'name', subject: PYCRYPTO_HASHES[hash[1]!]! } : undefined;
  const pk = /^Crypto\.PublicKey\.(RSA|DSA)\.generate$/.exec(q);
  if (pk) return { kind: 'call', rule: { arg: 0, keyword: 'bits', number: bits(pk[1]!.toLowerCase()), what: 'key size' } };
  const prim = /^cryptography\.hazmat\.primitives\.(.+)$/.exec(q)?.[1];
  if (prim !== undefined) {
    const alg = /^ciphers\.algorithms\.(\w+)$/.exec(prim);
    if (alg) {
      if (alg[1] === 'TripleDES') return { kind: 'call', rule: {}, special: 'tdes' };
      const subject = CRYPTOGRAPHY_CIPHERS[alg[1]!];
      return subject === undefined ? undefined : { kind: 'name', subject };
    }
    if (prim === 'ciphers.modes.ECB') return { kind: 'name', subject: 'ECB' };
    const h = /^hashes\.(\w+)$/.exec(prim);
    if (h) return CRYPTOGRAPHY_HASHES[h[1]!] ? { kind: 'name', subject: CRYPTOGRAPHY_HASHES[h[1]!]! } : undefined;
    const gen = /^asymmetric\.(rsa|dsa)\.generate_private_key$/.exec(prim);
    if (gen) {
      return { kind: 'call', rule: { arg: gen[1] === 'rsa' ? 1 : 0, keyword: 'key_size', number: bits(gen[1]!), what: 'key size' } };
    }
    if (prim === 'asymmetric.dh.generate_parameters') return { kind: 'call', rule: { arg: 1, keyword: 'key_size', number: bits('dh'), what: 'key size' } };
    const curve = /^asymmetric\.ec\.(\w+)$/.exec(prim);
    if (curve && CURVES.test(curve[1]!)) return { kind: 'name', subject: curve[1]!.toLowerCase() };
    return undefined;
  }
  const ssl = /^ssl\.(?:(PROTOCOL_\w+)|TLSVersion\.(\w+))$/.exec(q);
  if (ssl) {
    const v = ssl[1] !== undefined ? SSL_PROTOCOLS[ssl[1]] : TLS_VERSIONS[ssl[2]!];
    return v === undefined ? undefined : { kind: 'name', subject: v };
  }
  return undefined;
}

/** Module prefixes worth following: imports of anything else are ignored. */
const MODULES = /^(?:hashlib|hmac|ssl|Crypto|Cryptodome|cryptography)(?:\.|$)/;

/** The file's imports: local name -> fully qualified name, and where the import statements are. */
function imports(src: Source): { names: Map<string, string>; ranges: [number, number][] } {
  const names = new Map<string, string>();
  const ranges: [number, number][] = [];
  const code = src.code;
  const norm = (m: string) => m.replace(/^Cryptodome(?=\.|$)/, 'Crypto');
  const fromRe = /^[ \t]*from[ \t]+([\w.]+)[ \t]+import[ \t]+(\([^)]*\)|[^\n]*)/gm;
  for (let m = fromRe.exec(code); m; m = fromRe.exec(code)) {
    ranges.push([m.index, m.index + m[0].length]);
    const mod = m[1]!;
    if (!MODULES.test(mod)) continue;
    for (const part of m[2]!.replace(/[()\\]/g, ' ').split(/[,\n]/)) {
      const p = /^\s*(\w+)(?:\s+as\s+(\w+))?\s*$/.exec(part);
      if (p) names.set(p[2] ?? p[1]!, `${norm(mod)}.${p[1]!}`);
    }
  }
  const importRe = /^[ \t]*import[ \t]+([^\n]+)/gm;
  for (let m = importRe.exec(code); m; m = importRe.exec(code)) {
    ranges.push([m.index, m.index + m[0].length]);
    for (const part of m[1]!.split(',')) {
      const p = /^\s*([\w.]+)(?:\s+as\s+(\w+))?\s*$/.exec(part);
      if (!p || !MODULES.test(p[1]!)) continue;
      const mod = p[1]!;
      // `import Crypto.Cipher.DES` binds `Crypto`; `import x.y as z` binds z to x.y.
      if (p[2] !== undefined) names.set(p[2], norm(mod));
      else names.set(mod.split('.')[0]!, norm(mod.split('.')[0]!));
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  return { names, ranges };
}

/** Whether `offset` lies in one of the ranges (sorted by start, not overlapping). */
function within(ranges: readonly [number, number][], offset: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = ranges[mid]!;
    if (offset < a) hi = mid - 1;
    else if (offset >= b) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Finds every use of an imported name and reports what the table says of it. */
function uses(src: Source): void {
  const { names: imported, ranges } = imports(src);
  if (imported.size === 0) return;
  const code = src.code;
  const names = [...imported.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/\$/g, '\\$'));
  const re = new RegExp(String.raw`(?<![\w.])(?:${names.join('|')})\b(?:\s*\.\s*[A-Za-z_]\w*)*`, 'g');
  let count = 0;
  for (let m = re.exec(code); m && count < 20_000; m = re.exec(code), count++) {
    // The import statements themselves are not uses.
    if (within(ranges, m.index)) continue;
    const parts = m[0].split(/\s*\.\s*/);
    const head = imported.get(parts[0]!)!;
    const q = [head, ...parts.slice(1)].join('.');
    const after = code.slice(m.index + m[0].length, m.index + m[0].length + 200);
    // `x.md5 = ...` replaces the attribute: not a use.
    if (/^\s*=(?!=)/.test(after)) continue;
    const called = /^\s*\(/.test(after);
    const use = useOf(q) ?? (called ? useOf(`${q}.new`) : undefined);
    if (use === undefined) continue;
    // The token reported: the algorithm's name (`md5` of hashlib.md5), or for a key generator its module (`rsa`).
    const segments = [...m[0].matchAll(/[A-Za-z_]\w*/g)];
    const last = segments[segments.length - 1]!;
    const byModule = (use.kind === 'call' && use.rule.number !== undefined) || last[0] === 'new';
    const pick = byModule && segments.length > 1 ? segments[segments.length - 2]! : last;
    const tokenAt = { offset: m.index + pick.index, length: pick[0].length };
    const token = pick[0];
    const api = q.replace(/^cryptography\.hazmat\.primitives\.(?:ciphers\.|asymmetric\.)?/, '');
    if (use.kind === 'name') {
      if (called && usedNotForSecurity(src, m.index + m[0].length + after.indexOf('('))) continue;
      src.usage(tokenAt, token, use.subject, api);
      continue;
    }
    if (!called) continue;
    const open = m.index + m[0].length + after.indexOf('(');
    if (use.special === 'tdes') {
      tripleDes(src, open, tokenAt, token, api);
      continue;
    }
    if (use.special === 'aes') {
      aesMode(src, open, tokenAt, token, api);
      continue;
    }
    const rule: CallRule = { kind: 'call', api, re: /\(/g, ...use.rule };
    callAt(src, rule, api, { start: m.index, end: open + 1, groups: {}, alg: { token, span: tokenAt } }, API_REF);
  }
}

function usedNotForSecurity(src: Source, open: number): boolean {
  const arg = src.args(open).find((a) => a.keyword === 'usedforsecurity');
  return arg !== undefined && src.code.slice(arg.valueStart, arg.end).trim() === 'False';
}

const KEY_LENGTH = /^(?:[\w.]+\.)?(?:urandom|token_bytes|get_random_bytes|randbytes)\s*\(\s*(\d+)\s*\)$/;

/** The length in bytes of a key argument, when the file shows it. */
function keyBytes(src: Source, arg: Arg | undefined): number | undefined {
  if (!arg) return undefined;
  const text = src.code.slice(arg.valueStart, arg.end).trim();
  const direct = KEY_LENGTH.exec(text);
  if (direct) return Number(direct[1]);
  const lit = src.literalAt(arg.valueStart);
  if (lit && lit.end === arg.end && lit.plain && !src.text.slice(lit.contentStart, lit.contentEnd).includes('\\')) return lit.value.length;
  if (/^[A-Za-z_]\w*$/.test(text)) return namedKeyBytes(src, text);
  return undefined;
}

const keyNames = new WeakMap<Source, Map<string, number | undefined>>();

/** The length of a key held in a name assigned once, at the start of a line, to a random key of a given length. */
function namedKeyBytes(src: Source, name: string): number | undefined {
  let known = keyNames.get(src);
  if (!known) keyNames.set(src, (known = new Map()));
  if (known.has(name)) return known.get(name);
  let n: number | undefined;
  const defs = [...src.code.matchAll(new RegExp(String.raw`^[ \t]*${name}[ \t]*=(?!=)[ \t]*([^\n]+)$`, 'gm'))];
  const all = src.code.match(new RegExp(String.raw`(?<![\w.])${name}\s*=(?!=)`, 'g'))?.length ?? 0;
  if (defs.length === 1 && all === 1) {
    const m = KEY_LENGTH.exec(defs[0]![1]!.trim());
    if (m) n = Number(m[1]);
  }
  // Each answer reads the whole file: past a few names, a file gets no more.
  if (known.size < 64) known.set(name, n);
  return known.size < 64 ? n : undefined;
}

/** Triple DES: 2-key or 3-key by the key's length when the file shows it, else Triple DES in general. */
function tripleDes(src: Source, open: number, at: { offset: number; length: number }, token: string, api: string): void {
  const args = src.args(open);
  const n = keyBytes(src, src.pick(args, 0, 'key'));
  const subject = n === 24 ? '3-key Triple DES' : n === 16 ? '2-key Triple DES' : n === 8 ? 'DES' : 'TripleDES';
  const note = n === undefined ? ', key length not shown' : `, ${n}-byte key`;
  src.usage(at, token, subject, `${api}${note}`);
}

const AES_MODES: Readonly<Record<string, string>> = {
  MODE_ECB: 'AES/ECB/NoPadding', MODE_CBC: 'AES/CBC/NoPadding', MODE_CTR: 'AES/CTR/NoPadding', MODE_GCM: 'AES/GCM/NoPadding',
  MODE_CFB: 'AES/CFB/NoPadding', MODE_OFB: 'AES/OFB/NoPadding', MODE_CCM: 'AES/CCM/NoPadding',
};

/** PyCryptodome AES with its mode argument (`AES.new(key, AES.MODE_ECB)`): the mode decides the verdict as much as AES. */
function aesMode(src: Source, open: number, at: { offset: number; length: number }, token: string, api: string): void {
  const mode = src.pick(src.args(open), 1, 'mode');
  const text = mode ? src.code.slice(mode.valueStart, mode.end).trim() : '';
  const name = /(?:^|\.)(MODE_[A-Z]+)$/.exec(text)?.[1];
  const subject = name !== undefined ? AES_MODES[name] : undefined;
  if (subject !== undefined && mode) src.usage({ offset: mode.valueStart, length: mode.end - mode.valueStart }, text, subject, api);
  else src.usage(at, token, 'AES', api);
}

/** Arguments that are themselves a hash the table reports (`hashlib.sha256`, `hashes.SHA1()`). */
const API_REF = /(?:^|\.)(?:md5|sha\w*|blake2\w|shake_\d+|MD5|SHA\w*|BLAKE2\w|SM3)\b/;

/** The Python table. */
export const PYTHON: LanguageTable = {
  prefilter: /\b(?:hashlib|hmac|ssl|Crypto|Cryptodome|cryptography)\b/,
  rules: [],
  apiRef: API_REF,
  extra: uses,
};
