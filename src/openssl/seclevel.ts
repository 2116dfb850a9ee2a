/**
 * Which suites of a list a TLS 1.2 peer can still use at an OpenSSL security level, as `openssl ciphers -s` prints them.
 *
 * Facts from OpenSSL 3.0: SSL_CTX_set_security_level(3) and the default security callback (ssl/t1_lib.c,
 * `ssl_security_default_callback`), and `SSL_get1_supported_ciphers` (ssl/ssl_lib.c), which first drops the suites whose key
 * exchange or authentication the peer cannot do (`ssl_set_client_disabled`: PSK without a PSK callback, SRP without SRP, and
 * any signature type none of whose signature algorithms the level allows; with OpenSSL's default signature algorithms every
 * level keeps RSA, DSA and ECDSA, so only the Suite B modes are narrowed this way). Checked against the live program at
 * every level in test/openssl/cipher-string.test.ts.
 * @module
 */
import {
  A_DSS, A_ECDSA, A_NULL, A_PSK, A_RSA, A_SRP, K_ANY_PSK, K_DHE, K_DHEPSK, K_ECDHE, K_ECDHEPSK, K_SRP, M_MD5, M_SHA1,
  type SuiteMasks,
} from './suites.js';

/** Minimum security bits of levels 1 to 5 (SSL_CTX_set_security_level(3): 80, 112, 128, 192, 256). */
const MIN_BITS = [0, 80, 112, 128, 192, 256] as const;

/** Key exchanges with forward secrecy, the only ones level 3 and up allow. */
const FORWARD_SECRET = K_DHE | K_ECDHE | K_DHEPSK | K_ECDHEPSK;

/**
 * Suite B modes (the `SUITEB128`, `SUITEB128ONLY`, `SUITEB128C2` and `SUITEB192` cipher strings) limit TLS 1.2 signatures
 * to ECDSA with P-256/SHA-256 and, or only, P-384/SHA-384 (RFC 6460; ssl/t1_lib.c `suiteb_sigalgs`); this is the strongest
 * one's security in bits (a hash gives half its length).
 */
export type SuiteB = 128 | 192;

/** The level's own filter, with the peer's PSK and SRP support and any Suite B limit. */
export interface SecurityFilter {
  readonly level: number;
  readonly psk: boolean;
  readonly srp: boolean;
  readonly suiteB?: SuiteB;
}

/**
 * Whether a peer at this security level may use the suite.
 * @example
 * supportedAt(masks, { level: 3, psk: false, srp: false }); // false for AES128-SHA (no forward secrecy)
 */
export function supportedAt(m: SuiteMasks, f: SecurityFilter): boolean {
  if (!f.psk && ((m.mkey & K_ANY_PSK) !== 0 || (m.auth & A_PSK) !== 0)) return false;
  if (!f.srp && ((m.mkey & K_SRP) !== 0 || (m.auth & A_SRP) !== 0)) return false;
  const level = Math.min(f.level, 5);
  const minBits = MIN_BITS[level] ?? 0;
  // Suite B allows ECDSA signatures only; level 0 allows every signature algorithm.
  if (f.suiteB !== undefined && (m.auth & (A_RSA | A_DSS)) !== 0) return false;
  if (f.suiteB !== undefined && level > 0 && f.suiteB < minBits && (m.auth & A_ECDSA) !== 0) return false;
  if (level <= 0) return true;
  if (m.strengthBits < minBits) return false;
  if ((m.auth & A_NULL) !== 0) return false;
  if ((m.mac & M_MD5) !== 0) return false;
  // HMAC-SHA1 counts as 160 bits.
  if (minBits > 160 && (m.mac & M_SHA1) !== 0) return false;
  // Level 2 also forbids RC4, which OpenSSL 3.0 does not build.
  if (level >= 3 && (m.mkey & FORWARD_SECRET) === 0) return false;
  return true;
}
