/**
 * resolve(name) -> Usage: tries each naming scheme in turn, most specific first, and returns the first reading. The order
 * matters only where two ecosystems spell different things alike; generic registry names come first so that a bare `RSA`
 * or `AES` means the algorithm, not one ecosystem's default transformation (pass `scheme` to read a name as one ecosystem does).
 * @module
 */
import { closest } from '../catalog/validate-list.js';
import { curveNames, parseCurve } from './curves.js';
import { genericNames, parseGeneric } from './generic.js';
import { listJcaNames, parseJca } from './jca.js';
import { coseAlgorithms, joseAlgorithmNames, joseCurves, parseCose, parseJose } from './jose.js';
import { listOids, namesOf, parseOid } from './oid.js';
import { opensslNames, parseOpenssl } from './openssl.js';
import { parseSsh, sshNames } from './ssh.js';
import { parseTls, tlsCipherSuites } from './tls.js';
import type { NamingScheme, Usage } from './types.js';
import { parseWebCrypto, webCryptoNames, type WebCryptoAlgorithm } from './webcrypto.js';

export type { WebCryptoAlgorithm };

type Parser = (input: string) => Usage | undefined;

/** The parsers in the order resolve() tries them. */
const PARSERS: readonly (readonly [NamingScheme, Parser])[] = [
  ['generic', parseGeneric],
  ['tls', parseTls],
  ['ssh', parseSsh],
  ['jose', parseJose],
  ['cose', parseCose],
  ['openssl', parseOpenssl],
  ['oid', parseOid],
  ['jca', (s) => parseJca(s)],
  ['curve', parseCurve],
  ['webcrypto', (s) => parseWebCrypto(s)],
];

export interface ResolveOptions {
  /** Read the name as this one ecosystem does (`jca` reads `AES` as AES/ECB/PKCS5Padding). `node` reads as `openssl`. */
  readonly scheme?: NamingScheme;
}

/** The longest name resolve() reads; anything longer is not a name. */
const MAX_NAME_LENGTH = 256;

/**
 * What a name denotes, or undefined when no scheme can read it.
 * @example
 * resolve('TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256')?.components?.map((c) => c.role); // ['kx', 'auth', 'cipher', 'mode', 'mac']
 * resolve('aes128-gcm@openssh.com')?.scheme; // 'ssh'
 * resolve({ name: 'ECDSA', namedCurve: 'P-256' })?.components?.[0]?.curve; // 'secp256r1'
 */
export function resolve(name: string | WebCryptoAlgorithm, options: ResolveOptions = {}): Usage | undefined {
  if (typeof name === 'object' && name !== null) return parseWebCrypto(name);
  if (typeof name !== 'string') return undefined;
  const text = name.trim();
  if (text === '' || text.length > MAX_NAME_LENGTH) return undefined;
  const only = options.scheme === 'node' ? 'openssl' : options.scheme;
  for (const [scheme, parse] of PARSERS) {
    if (only !== undefined && only !== scheme) continue;
    const usage = parse(text);
    if (usage) return text === name ? usage : { ...usage, input: name };
  }
  return undefined;
}

let allNames: string[] | undefined;

/** Every name any scheme reads outright (for suggestions and coverage reports). */
export function knownNames(): readonly string[] {
  allNames ??= [...new Set([
    ...genericNames(), ...tlsCipherSuites().flatMap((s) => [s.iana, ...(s.openssl ? [s.openssl] : [])]), ...sshNames(),
    ...joseAlgorithmNames(), ...joseCurves(), ...coseAlgorithms().map((c) => c.name), ...listOids().flatMap(namesOf),
    ...listJcaNames().map((n) => n.name), ...opensslNames(), ...curveNames(), ...webCryptoNames(),
  ])];
  return allNames;
}

/**
 * Up to three known names closest to an unreadable one.
 * @example
 * suggestNames('aes-128-gmc'); // ['aes-128-gcm', ...]
 */
export function suggestNames(input: string): string[] {
  if (typeof input !== 'string' || input.length > 64) return [];
  return closest(input, knownNames(), 3);
}
