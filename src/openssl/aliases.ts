/**
 * The words of OpenSSL 3.0's cipher-string language that name a group of suites, with what each selects.
 *
 * Facts from OpenSSL 3.0's alias table (ssl/ssl_ciph.c, `cipher_aliases[]`) and the CIPHER STRINGS section of
 * openssl-ciphers(1), restricted to what the Debian 12 build (OpenSSL 3.0.x, default provider only) knows: OpenSSL drops an
 * alias from the table when every algorithm it names is unavailable (ssl_cipher_collect_aliases), and the string then treats
 * the word as unknown. Each word below was probed with the live program (`ALL:<word>!kRSA` keeps kRSA suites exactly when
 * the word is unknown, since OpenSSL skips an unknown word up to the next separator); test/openssl/table.test.ts repeats
 * the probe.
 *
 * A mask of 0 means "any"; a rule matches a suite when every non-zero mask shares a bit with the suite's, the protocol (if
 * set) is exactly the suite's lowest version, and the strength bits (if set) share a bit with the suite's.
 * @module
 */
import {
  A_ALL, A_DSS, A_ECDSA, A_NULL, A_PSK, A_RSA, A_SRP, E_3DES, E_AES, E_AES128, E_AES128CCM, E_AES128CCM8, E_AES128GCM,
  E_AES256, E_AES256CCM, E_AES256CCM8, E_AES256GCM, E_AESCCM, E_AESGCM, E_ALL, E_ARIA, E_ARIA128GCM, E_ARIA256GCM,
  E_CAMELLIA, E_CAMELLIA128, E_CAMELLIA256, E_CHACHA20, E_NULL, K_ANY_PSK, K_DHE, K_DHEPSK, K_ECDHE, K_ECDHEPSK, K_PSK, K_RSA,
  K_RSAPSK, K_SRP, M_MD5, M_SHA1, M_SHA256, M_SHA384, S_FIPS, S_HIGH, S_LOW, S_MEDIUM, S_NOT_DEFAULT, SSL3_VERSION,
  TLS1_2_VERSION, TLS1_VERSION,
} from './suites.js';

/** What one alias selects. */
export interface Alias {
  readonly mkey: number;
  readonly auth: number;
  readonly enc: number;
  readonly mac: number;
  readonly minTls: number;
  readonly strength: number;
}

const a = (p: Partial<Alias>): Alias => Object.freeze({ mkey: 0, auth: 0, enc: 0, mac: 0, minTls: 0, strength: 0, ...p });

const NOT_ANON = A_ALL & ~A_NULL;
const NOT_NULL_ENC = E_ALL & ~E_NULL;
// OpenSSL 3.0's SSL_CBC: DES, 3DES, RC2, IDEA, AES128, AES256, CAMELLIA128, CAMELLIA256 and SEED (the CBC modes only).
const CBC = E_3DES | E_AES128 | E_AES256 | E_CAMELLIA128 | E_CAMELLIA256;

/** The aliases the Debian 12 build of OpenSSL 3.0 knows, by their exact (case-sensitive) spelling. */
export const ALIASES: ReadonlyMap<string, Alias> = new Map<string, Alias>([
  // ALL leaves out the suites without encryption; COMPLEMENTOFALL is exactly those.
  ['ALL', a({ enc: NOT_NULL_ENC })],
  ['COMPLEMENTOFALL', a({ enc: E_NULL })],
  // The suites ALL has and DEFAULT leaves out (it does not include the eNULL ones).
  ['COMPLEMENTOFDEFAULT', a({ strength: S_NOT_DEFAULT })],
  // Key exchange.
  ['kRSA', a({ mkey: K_RSA })],
  ['kEDH', a({ mkey: K_DHE })],
  ['kDHE', a({ mkey: K_DHE })],
  ['DH', a({ mkey: K_DHE })],
  ['kEECDH', a({ mkey: K_ECDHE })],
  ['kECDHE', a({ mkey: K_ECDHE })],
  ['ECDH', a({ mkey: K_ECDHE })],
  ['kPSK', a({ mkey: K_PSK })],
  ['kRSAPSK', a({ mkey: K_RSAPSK })],
  ['kECDHEPSK', a({ mkey: K_ECDHEPSK })],
  ['kDHEPSK', a({ mkey: K_DHEPSK })],
  ['kSRP', a({ mkey: K_SRP })],
  // Authentication.
  ['aRSA', a({ auth: A_RSA })],
  ['aDSS', a({ auth: A_DSS })],
  ['DSS', a({ auth: A_DSS })],
  ['aNULL', a({ auth: A_NULL })],
  ['aECDSA', a({ auth: A_ECDSA })],
  ['ECDSA', a({ auth: A_ECDSA })],
  ['aPSK', a({ auth: A_PSK })],
  ['aSRP', a({ auth: A_SRP })],
  // Key exchange and authentication together: the ephemeral ones leave out the anonymous suites.
  ['EDH', a({ mkey: K_DHE, auth: NOT_ANON })],
  ['DHE', a({ mkey: K_DHE, auth: NOT_ANON })],
  ['EECDH', a({ mkey: K_ECDHE, auth: NOT_ANON })],
  ['ECDHE', a({ mkey: K_ECDHE, auth: NOT_ANON })],
  ['NULL', a({ enc: E_NULL })],
  ['RSA', a({ mkey: K_RSA, auth: A_RSA })],
  ['ADH', a({ mkey: K_DHE, auth: A_NULL })],
  ['AECDH', a({ mkey: K_ECDHE, auth: A_NULL })],
  ['PSK', a({ mkey: K_ANY_PSK })],
  ['SRP', a({ mkey: K_SRP })],
  // Bulk ciphers. 3DES is known but OpenSSL 3.0 builds no 3DES suite (they sit with the weak ciphers), so it selects none.
  ['3DES', a({ enc: E_3DES })],
  ['eNULL', a({ enc: E_NULL })],
  ['AES128', a({ enc: E_AES128 | E_AES128GCM | E_AES128CCM | E_AES128CCM8 })],
  ['AES256', a({ enc: E_AES256 | E_AES256GCM | E_AES256CCM | E_AES256CCM8 })],
  ['AES', a({ enc: E_AES })],
  ['AESGCM', a({ enc: E_AESGCM })],
  ['AESCCM', a({ enc: E_AESCCM })],
  ['AESCCM8', a({ enc: E_AES128CCM8 | E_AES256CCM8 })],
  ['CAMELLIA128', a({ enc: E_CAMELLIA128 })],
  ['CAMELLIA256', a({ enc: E_CAMELLIA256 })],
  ['CAMELLIA', a({ enc: E_CAMELLIA })],
  ['CHACHA20', a({ enc: E_CHACHA20 })],
  ['ARIA', a({ enc: E_ARIA })],
  ['ARIAGCM', a({ enc: E_ARIA128GCM | E_ARIA256GCM })],
  ['ARIA128', a({ enc: E_ARIA128GCM })],
  ['ARIA256', a({ enc: E_ARIA256GCM })],
  ['CBC', a({ enc: CBC })],
  // MACs (AEAD suites have none of these).
  ['MD5', a({ mac: M_MD5 })],
  ['SHA1', a({ mac: M_SHA1 })],
  ['SHA', a({ mac: M_SHA1 })],
  ['SHA256', a({ mac: M_SHA256 })],
  ['SHA384', a({ mac: M_SHA384 })],
  // The lowest protocol version, matched exactly: TLSv1 does not select the SSLv3 suites. There is no TLSv1.1 alias.
  ['SSLv3', a({ minTls: SSL3_VERSION })],
  ['TLSv1', a({ minTls: TLS1_VERSION })],
  ['TLSv1.0', a({ minTls: TLS1_VERSION })],
  ['TLSv1.2', a({ minTls: TLS1_2_VERSION })],
  // Strength classes; OpenSSL 3.0 builds no LOW or MEDIUM suite.
  ['LOW', a({ strength: S_LOW })],
  ['MEDIUM', a({ strength: S_MEDIUM })],
  ['HIGH', a({ strength: S_HIGH })],
  ['FIPS', a({ enc: NOT_NULL_ENC, strength: S_FIPS })],
  // Old names of DHE 3DES suites, kept as aliases; with no 3DES suite built they select nothing.
  ['EDH-DSS-DES-CBC3-SHA', a({ mkey: K_DHE, auth: A_DSS, enc: E_3DES, mac: M_SHA1, strength: S_HIGH | S_FIPS })],
  ['EDH-RSA-DES-CBC3-SHA', a({ mkey: K_DHE, auth: A_RSA, enc: E_3DES, mac: M_SHA1, strength: S_HIGH | S_FIPS })],
]);

/**
 * Aliases OpenSSL 3.0 defines but this build drops, because the algorithms they name are not available from the default
 * provider (RC4, RC2, IDEA, SEED), or need a GOST engine: in a cipher string they are unknown words.
 */
export const UNAVAILABLE_ALIASES: readonly string[] = Object.freeze([
  'RC4', 'RC2', 'IDEA', 'SEED', 'GOST', 'GOST94', 'GOST89MAC', 'GOST12', 'kGOST', 'kGOST18', 'aGOST', 'aGOST01', 'aGOST12',
]);
