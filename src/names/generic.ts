/**
 * The generic naming scheme: registry ids and display names (`aes`, `SHA-256`, `3-key Triple DES`, `ML-KEM-768`), and names
 * that carry a parameter (`RSA-2048`, `rsa:3072`, `dh-1024`, `AES-192`, `ECDSA-P384`, `modp2048`, `modp14`, `HMAC-SHA256`).
 * Case- and separator-insensitive, since these names follow no single ecosystem.
 * @module
 */
import { bundledCatalog } from '../catalog/catalog.js';
import { resolveCurve } from './curves.js';
import type { Usage, UsageFact } from './types.js';

/** Lower case with separators, spaces and brackets removed: `SHA-512/256` and `sha512/256` meet. */
export function looseKey(text: string): string {
  return text.toLowerCase().replace(/[\s\-_.()]/g, '');
}

let index: Map<string, string> | undefined;
function registryIndex(): Map<string, string> {
  if (index) return index;
  index = new Map();
  const catalog = bundledCatalog();
  for (const a of catalog.algorithms.values()) {
    for (const name of [a.id, a.name]) if (!index.has(looseKey(name))) index.set(looseKey(name), a.id);
  }
  const aliases = (catalog.names.get('generic') as { aliases?: Record<string, string> } | undefined)?.aliases ?? {};
  for (const [alias, id] of Object.entries(aliases)) if (catalog.algorithms.has(id) && !index.has(looseKey(alias))) index.set(looseKey(alias), id);
  return index;
}

/** MODP groups of RFC 2409 and RFC 3526 by group number (Node's getDiffieHellman names them modp1 ... modp18). */
const MODP_GROUP_BITS: Readonly<Record<number, number>> = { 1: 768, 2: 1024, 5: 1536, 14: 2048, 15: 3072, 16: 4096, 17: 6144, 18: 8192 };
const MODP_SOURCE = (group: number) => (group <= 2 ? 'RFC 2409' : 'RFC 3526');
const KEY_FAMILIES: Readonly<Record<string, string>> = { rsa: 'rsa', dsa: 'dsa', dh: 'dh', ffdh: 'dh', dhe: 'dh' };
const SIZED_CIPHERS = new Set(['aes', 'camellia', 'aria', 'clefia', 'cipherunicorn-a', 'hierocrypt-3', 'sc2000', 'twofish', 'serpent', 'seed', 'sm4']);
const CURVE_USERS: Readonly<Record<string, string>> = { ecdsa: 'ecdsa', ecdh: 'ecdh', ecdhe: 'ecdh', ec: 'ec' };

/**
 * Reads a generic or parameter-carrying name.
 * @example
 * parseGeneric('RSA-2048');  // { algorithm: 'rsa', keyBits: 2048, ... }
 * parseGeneric('ECDSA-P384'); // { algorithm: 'ecdsa', curve: 'secp384r1', ... }
 * parseGeneric('modp14');    // { algorithm: 'dh', keyBits: 2048, facts: [...] }
 */
export function parseGeneric(input: string): Usage | undefined {
  if (typeof input !== 'string' || input.length > 200) return undefined;
  const text = input.trim();
  const id = registryIndex().get(looseKey(text));
  if (id !== undefined) return { input, scheme: 'generic', algorithm: id, label: bundledCatalog().algorithms.get(id)?.name ?? id };

  const lower = text.toLowerCase();
  let m = /^(rsa|dsa|dh|ffdh|dhe)[\s:_-]?(\d{3,5})$/.exec(lower);
  if (m) {
    const algorithm = KEY_FAMILIES[m[1]!]!;
    return { input, scheme: 'generic', algorithm, keyBits: Number(m[2]), label: `${algorithm.toUpperCase()}-${m[2]}` };
  }
  m = /^modp[\s_-]?(\d{1,5})$/.exec(lower);
  if (m) {
    const n = Number(m[1]);
    const byGroup = MODP_GROUP_BITS[n];
    const bits = byGroup ?? (Object.values(MODP_GROUP_BITS).includes(n) ? n : undefined);
    if (bits === undefined) return undefined;
    const group = byGroup !== undefined ? n : Number(Object.entries(MODP_GROUP_BITS).find(([, b]) => b === n)![0]);
    const fact: UsageFact = { about: `MODP group ${group} is a ${bits}-bit prime`, source: MODP_SOURCE(group) };
    return { input, scheme: 'generic', algorithm: 'dh', keyBits: bits, facts: [fact], label: `DH-${bits} (MODP group ${group})` };
  }
  m = /^([a-z0-9-]+?)[\s_-]?(128|192|256)$/.exec(lower);
  // In "Rijndael-256" (mcrypt, .NET) the number is the block size, and only a 128-bit block is AES: never read as a key size.
  if (m && m[1] === 'rijndael') {
    if (m[2] === '128') return { input, scheme: 'generic', algorithm: 'aes', label: 'AES' };
  } else if (m) {
    const cipher = registryIndex().get(looseKey(m[1]!));
    if (cipher !== undefined && SIZED_CIPHERS.has(cipher)) {
      return { input, scheme: 'generic', algorithm: cipher, keyBits: Number(m[2]), label: `${bundledCatalog().algorithms.get(cipher)?.name}-${m[2]}` };
    }
  }
  // A block cipher with its mode or CMAC (`aes-cfb`, `AES-256/OFB`, `3des-cbc`, `camellia-128-gcm`, `aes-128-cmac`): each
  // part by its registry name, the key size where the name gives one.
  m = /^([a-z0-9 ]+?)(?:[\s_-]?(128|192|256))?[\s_/-]([a-z-]+)$/.exec(lower);
  if (m) {
    const catalog = bundledCatalog();
    const cipher = registryIndex().get(looseKey(m[1]!));
    const second = registryIndex().get(looseKey(m[3]!));
    const kind = second === undefined ? undefined : catalog.algorithms.get(second)?.kind;
    if (cipher !== undefined && catalog.algorithms.get(cipher)?.kind === 'block-cipher' && (kind === 'mode' || second === 'cmac')) {
      if (m[2] !== undefined && !SIZED_CIPHERS.has(cipher)) return undefined;
      const keyBits = m[2] !== undefined ? { keyBits: Number(m[2]) } : {};
      const name = `${catalog.algorithms.get(cipher)!.name}${m[2] !== undefined ? `-${m[2]}` : ''}`;
      const cipherPart: Usage = { input, scheme: 'generic', algorithm: cipher, ...keyBits, role: 'cipher' };
      const other: Usage = { input, scheme: 'generic', algorithm: second!, role: second === 'cmac' ? 'mac' : 'mode' };
      return {
        input, scheme: 'generic', label: `${name}-${catalog.algorithms.get(second!)!.name}`,
        components: second === 'cmac' ? [other, cipherPart] : [cipherPart, other],
      };
    }
  }
  m = /^(ecdsa|ecdhe|ecdh|ec)[\s:_-]+(.+)$/.exec(lower) ?? /^(ecdsa|ecdhe|ecdh)(p\d{3})$/.exec(lower);
  if (m) {
    const curve = resolveCurve(m[2]!);
    if (curve !== undefined) return { input, scheme: 'generic', algorithm: CURVE_USERS[m[1]!]!, curve, label: `${m[1]!.toUpperCase()} ${curve}` };
  }
  m = /^hmac[\s_-]?(.+)$/.exec(lower);
  if (m) {
    const hash = registryIndex().get(looseKey(m[1]!));
    const alg = hash !== undefined ? bundledCatalog().algorithms.get(hash) : undefined;
    if (alg && (alg.kind === 'hash')) {
      return {
        input, scheme: 'generic', label: `HMAC-${alg.name}`,
        components: [{ input, scheme: 'generic', algorithm: 'hmac', role: 'mac' }, { input: m[1]!, scheme: 'generic', algorithm: alg.id, role: 'hash' }],
      };
    }
  }
  return undefined;
}

/** Every name the generic scheme knows outright (for suggestions). */
export function genericNames(): string[] {
  const aliases = (bundledCatalog().names.get('generic') as { aliases?: Record<string, string> } | undefined)?.aliases ?? {};
  return [...[...bundledCatalog().algorithms.values()].flatMap((a) => [a.id, a.name]), ...Object.keys(aliases)];
}
