/**
 * resolve(name) -> Usage: tries each naming scheme in turn, most specific first, and returns the first reading. The order
 * matters only where two ecosystems spell different things alike; generic registry names come first so that a bare `RSA`
 * or `AES` means the algorithm, not one ecosystem's default transformation (pass `scheme` to read a name as one ecosystem does).
 * @module
 */
import { closest } from '../catalog/validate-list.js';
import { parseGeneric, genericNames } from './generic.js';
import type { NamingScheme, Usage } from './types.js';

/** A WebCrypto algorithm object. */
export interface WebCryptoAlgorithm { readonly name: string }
const parseWebCrypto = (_: WebCryptoAlgorithm | string): Usage | undefined => undefined;

type Parser = (input: string) => Usage | undefined;

/** The parsers in the order resolve() tries them. */
const PARSERS: readonly (readonly [NamingScheme, Parser])[] = [
  ['generic', parseGeneric],
];

export interface ResolveOptions {
  /** Read the name as this one ecosystem does (`jca` reads `AES` as AES/ECB/PKCS5Padding). */
  readonly scheme?: NamingScheme;
}

/** The longest name resolve() reads; anything longer is not a name. */
const MAX_NAME_LENGTH = 256;

/**
 * What a name denotes, or undefined when no scheme can read it.
 * @example
 * resolve('TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256')?.components?.map((c) => c.role); // ['kx', 'auth', 'cipher', 'mode', 'prf']
 * resolve('aes128-gcm@openssh.com')?.scheme; // 'ssh'
 * resolve({ name: 'ECDSA', namedCurve: 'P-256' })?.curve; // 'secp256r1'
 */
export function resolve(name: string | WebCryptoAlgorithm, options: ResolveOptions = {}): Usage | undefined {
  if (typeof name === 'object' && name !== null) return parseWebCrypto(name);
  if (typeof name !== 'string') return undefined;
  const text = name.trim();
  if (text === '' || text.length > MAX_NAME_LENGTH) return undefined;
  for (const [scheme, parse] of PARSERS) {
    if (options.scheme !== undefined && options.scheme !== scheme && !(options.scheme === 'node' && scheme === 'openssl')) continue;
    const usage = parse(text);
    if (usage) return text === name ? usage : { ...usage, input: name };
  }
  return undefined;
}

let allNames: string[] | undefined;

/**
 * Up to three known names closest to an unreadable one.
 * @example
 * suggestNames('aes-128-gmc'); // ['aes-128-gcm', ...]
 */
export function suggestNames(input: string): string[] {
  if (typeof input !== 'string' || input.length > 64) return [];
  allNames ??= [...new Set(genericNames())];
  return closest(input, allNames, 3);
}
