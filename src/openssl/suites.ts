/**
 * The cipher suites OpenSSL 3.0 builds, with the attributes its cipher-string language selects on.
 *
 * Every row was read from the program itself (OpenSSL 3.0.22, the Debian 12 package, with `OPENSSL_CONF=/dev/null`):
 * `openssl ciphers -stdname -V -ciphersuites '' 'ALL:COMPLEMENTOFALL'` gives the code point, both names, the protocol and the
 * `Kx=`/`Au=`/`Enc=`/`Mac=` columns, in that order; the strength class and flags were probed with the `HIGH`, `MEDIUM`, `LOW`,
 * `FIPS` and `COMPLEMENTOFDEFAULT` aliases. test/openssl/table.test.ts checks every row against the live program again and
 * against data/names/tls-cipher-suites.yaml. The TLS 1.3 rows come from `-ciphersuites` with all five names, in OpenSSL's
 * default order first (ssl/ssl_local.h `TLS_DEFAULT_CIPHERSUITES`).
 *
 * The bit masks below are this module's own numbering of the categories OpenSSL's ssl/ssl_local.h defines (`SSL_kRSA`,
 * `SSL_aNULL`, `SSL_AES128GCM`, `SSL_SHA256`, `SSL_HIGH`, `SSL_NOT_DEFAULT` ...); only their meaning is OpenSSL's.
 * @module
 */
import type { OpensslCipherSuite } from './types.js';

/** Key exchange bits (`SSL_k*`). */
export const K_RSA = 1 << 0;
export const K_DHE = 1 << 1;
export const K_ECDHE = 1 << 2;
export const K_PSK = 1 << 3;
export const K_RSAPSK = 1 << 4;
export const K_ECDHEPSK = 1 << 5;
export const K_DHEPSK = 1 << 6;
export const K_SRP = 1 << 7;
/** Every PSK key exchange (`SSL_PSK`). */
export const K_ANY_PSK = K_PSK | K_RSAPSK | K_ECDHEPSK | K_DHEPSK;
export const K_ALL = (1 << 8) - 1;

/** Authentication bits (`SSL_a*`). */
export const A_RSA = 1 << 0;
export const A_DSS = 1 << 1;
export const A_NULL = 1 << 2;
export const A_ECDSA = 1 << 3;
export const A_PSK = 1 << 4;
export const A_SRP = 1 << 5;
export const A_ALL = (1 << 6) - 1;

/** Bulk cipher bits (`SSL_AES128`, `SSL_eNULL` ...). */
export const E_3DES = 1 << 0;
export const E_NULL = 1 << 1;
export const E_AES128 = 1 << 2;
export const E_AES256 = 1 << 3;
export const E_AES128GCM = 1 << 4;
export const E_AES256GCM = 1 << 5;
export const E_AES128CCM = 1 << 6;
export const E_AES256CCM = 1 << 7;
export const E_AES128CCM8 = 1 << 8;
export const E_AES256CCM8 = 1 << 9;
export const E_CAMELLIA128 = 1 << 10;
export const E_CAMELLIA256 = 1 << 11;
export const E_CHACHA20 = 1 << 12;
export const E_ARIA128GCM = 1 << 13;
export const E_ARIA256GCM = 1 << 14;
export const E_ALL = (1 << 15) - 1;
export const E_AESGCM = E_AES128GCM | E_AES256GCM;
export const E_AESCCM = E_AES128CCM | E_AES256CCM | E_AES128CCM8 | E_AES256CCM8;
export const E_AES = E_AES128 | E_AES256 | E_AESGCM | E_AESCCM;
export const E_CAMELLIA = E_CAMELLIA128 | E_CAMELLIA256;
export const E_ARIA = E_ARIA128GCM | E_ARIA256GCM;

/** MAC bits (`SSL_MD5` ... `SSL_AEAD`). */
export const M_MD5 = 1 << 0;
export const M_SHA1 = 1 << 1;
export const M_SHA256 = 1 << 2;
export const M_SHA384 = 1 << 3;
export const M_AEAD = 1 << 4;

/** Strength bits (`algo_strength`): the class bits and FIPS form OpenSSL's `SSL_STRONG_MASK`, NOT_DEFAULT its own mask. */
export const S_NONE = 1 << 0;
export const S_LOW = 1 << 1;
export const S_MEDIUM = 1 << 2;
export const S_HIGH = 1 << 3;
export const S_FIPS = 1 << 4;
export const S_NOT_DEFAULT = 1 << 5;
export const S_STRONG_MASK = S_NONE | S_LOW | S_MEDIUM | S_HIGH | S_FIPS;
export const S_DEFAULT_MASK = S_NOT_DEFAULT;

/** Protocol versions as OpenSSL numbers them (`min_tls`). */
export const SSL3_VERSION = 0x300;
export const TLS1_VERSION = 0x301;
export const TLS1_2_VERSION = 0x303;

/** What the engine matches a TLS 1.2-and-below suite on. */
export interface SuiteMasks {
  readonly mkey: number;
  readonly auth: number;
  readonly enc: number;
  readonly mac: number;
  readonly minTls: number;
  readonly strength: number;
  /** `strength_bits`: what `@STRENGTH` sorts by and the security level compares. */
  readonly strengthBits: number;
}

type Row = readonly [
  id: string, openssl: string, iana: string, protocol: OpensslCipherSuite['protocol'], kx: string, au: string, enc: string,
  bits: number, mac: string, flags: string,
];

/** TLS 1.2-and-below suites in `ALL:COMPLEMENTOFALL` order. Flags: strength class, FIPS, ND = in COMPLEMENTOFDEFAULT. */
// prettier-ignore
const TLS12_ROWS: readonly Row[] = [
  ['0xC0,0x2C', 'ECDHE-ECDSA-AES256-GCM-SHA384', 'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384', 'TLSv1.2', 'ECDH', 'ECDSA', 'AESGCM', 256, 'AEAD', 'HIGH FIPS'],
  ['0xC0,0x30', 'ECDHE-RSA-AES256-GCM-SHA384', 'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384', 'TLSv1.2', 'ECDH', 'RSA', 'AESGCM', 256, 'AEAD', 'HIGH FIPS'],
  ['0x00,0xA3', 'DHE-DSS-AES256-GCM-SHA384', 'TLS_DHE_DSS_WITH_AES_256_GCM_SHA384', 'TLSv1.2', 'DH', 'DSS', 'AESGCM', 256, 'AEAD', 'HIGH FIPS ND'],
  ['0x00,0x9F', 'DHE-RSA-AES256-GCM-SHA384', 'TLS_DHE_RSA_WITH_AES_256_GCM_SHA384', 'TLSv1.2', 'DH', 'RSA', 'AESGCM', 256, 'AEAD', 'HIGH FIPS'],
  ['0xCC,0xA9', 'ECDHE-ECDSA-CHACHA20-POLY1305', 'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256', 'TLSv1.2', 'ECDH', 'ECDSA', 'CHACHA20/POLY1305', 256, 'AEAD', 'HIGH'],
  ['0xCC,0xA8', 'ECDHE-RSA-CHACHA20-POLY1305', 'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256', 'TLSv1.2', 'ECDH', 'RSA', 'CHACHA20/POLY1305', 256, 'AEAD', 'HIGH'],
  ['0xCC,0xAA', 'DHE-RSA-CHACHA20-POLY1305', 'TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256', 'TLSv1.2', 'DH', 'RSA', 'CHACHA20/POLY1305', 256, 'AEAD', 'HIGH'],
  ['0xC0,0xAF', 'ECDHE-ECDSA-AES256-CCM8', 'TLS_ECDHE_ECDSA_WITH_AES_256_CCM_8', 'TLSv1.2', 'ECDH', 'ECDSA', 'AESCCM8', 256, 'AEAD', 'HIGH ND'],
  ['0xC0,0xAD', 'ECDHE-ECDSA-AES256-CCM', 'TLS_ECDHE_ECDSA_WITH_AES_256_CCM', 'TLSv1.2', 'ECDH', 'ECDSA', 'AESCCM', 256, 'AEAD', 'HIGH ND'],
  ['0xC0,0xA3', 'DHE-RSA-AES256-CCM8', 'TLS_DHE_RSA_WITH_AES_256_CCM_8', 'TLSv1.2', 'DH', 'RSA', 'AESCCM8', 256, 'AEAD', 'HIGH ND'],
  ['0xC0,0x9F', 'DHE-RSA-AES256-CCM', 'TLS_DHE_RSA_WITH_AES_256_CCM', 'TLSv1.2', 'DH', 'RSA', 'AESCCM', 256, 'AEAD', 'HIGH ND'],
  ['0xC0,0x5D', 'ECDHE-ECDSA-ARIA256-GCM-SHA384', 'TLS_ECDHE_ECDSA_WITH_ARIA_256_GCM_SHA384', 'TLSv1.2', 'ECDH', 'ECDSA', 'ARIAGCM', 256, 'AEAD', 'HIGH ND'],
  ['0xC0,0x61', 'ECDHE-ARIA256-GCM-SHA384', 'TLS_ECDHE_RSA_WITH_ARIA_256_GCM_SHA384', 'TLSv1.2', 'ECDH', 'RSA', 'ARIAGCM', 256, 'AEAD', 'HIGH ND'],
  ['0xC0,0x57', 'DHE-DSS-ARIA256-GCM-SHA384', 'TLS_DHE_DSS_WITH_ARIA_256_GCM_SHA384', 'TLSv1.2', 'DH', 'DSS', 'ARIAGCM', 256, 'AEAD', 'HIGH ND'],
  ['0xC0,0x53', 'DHE-RSA-ARIA256-GCM-SHA384', 'TLS_DHE_RSA_WITH_ARIA_256_GCM_SHA384', 'TLSv1.2', 'DH', 'RSA', 'ARIAGCM', 256, 'AEAD', 'HIGH ND'],
  ['0x00,0xA7', 'ADH-AES256-GCM-SHA384', 'TLS_DH_anon_WITH_AES_256_GCM_SHA384', 'TLSv1.2', 'DH', 'None', 'AESGCM', 256, 'AEAD', 'HIGH FIPS ND'],
  ['0xC0,0x2B', 'ECDHE-ECDSA-AES128-GCM-SHA256', 'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256', 'TLSv1.2', 'ECDH', 'ECDSA', 'AESGCM', 128, 'AEAD', 'HIGH FIPS'],
  ['0xC0,0x2F', 'ECDHE-RSA-AES128-GCM-SHA256', 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256', 'TLSv1.2', 'ECDH', 'RSA', 'AESGCM', 128, 'AEAD', 'HIGH FIPS'],
  ['0x00,0xA2', 'DHE-DSS-AES128-GCM-SHA256', 'TLS_DHE_DSS_WITH_AES_128_GCM_SHA256', 'TLSv1.2', 'DH', 'DSS', 'AESGCM', 128, 'AEAD', 'HIGH FIPS ND'],
  ['0x00,0x9E', 'DHE-RSA-AES128-GCM-SHA256', 'TLS_DHE_RSA_WITH_AES_128_GCM_SHA256', 'TLSv1.2', 'DH', 'RSA', 'AESGCM', 128, 'AEAD', 'HIGH FIPS'],
  ['0xC0,0xAE', 'ECDHE-ECDSA-AES128-CCM8', 'TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8', 'TLSv1.2', 'ECDH', 'ECDSA', 'AESCCM8', 128, 'AEAD', 'HIGH ND'],
  ['0xC0,0xAC', 'ECDHE-ECDSA-AES128-CCM', 'TLS_ECDHE_ECDSA_WITH_AES_128_CCM', 'TLSv1.2', 'ECDH', 'ECDSA', 'AESCCM', 128, 'AEAD', 'HIGH ND'],
  ['0xC0,0xA2', 'DHE-RSA-AES128-CCM8', 'TLS_DHE_RSA_WITH_AES_128_CCM_8', 'TLSv1.2', 'DH', 'RSA', 'AESCCM8', 128, 'AEAD', 'HIGH ND'],
  ['0xC0,0x9E', 'DHE-RSA-AES128-CCM', 'TLS_DHE_RSA_WITH_AES_128_CCM', 'TLSv1.2', 'DH', 'RSA', 'AESCCM', 128, 'AEAD', 'HIGH ND'],
  ['0xC0,0x5C', 'ECDHE-ECDSA-ARIA128-GCM-SHA256', 'TLS_ECDHE_ECDSA_WITH_ARIA_128_GCM_SHA256', 'TLSv1.2', 'ECDH', 'ECDSA', 'ARIAGCM', 128, 'AEAD', 'HIGH ND'],
  ['0xC0,0x60', 'ECDHE-ARIA128-GCM-SHA256', 'TLS_ECDHE_RSA_WITH_ARIA_128_GCM_SHA256', 'TLSv1.2', 'ECDH', 'RSA', 'ARIAGCM', 128, 'AEAD', 'HIGH ND'],
  ['0xC0,0x56', 'DHE-DSS-ARIA128-GCM-SHA256', 'TLS_DHE_DSS_WITH_ARIA_128_GCM_SHA256', 'TLSv1.2', 'DH', 'DSS', 'ARIAGCM', 128, 'AEAD', 'HIGH ND'],
  ['0xC0,0x52', 'DHE-RSA-ARIA128-GCM-SHA256', 'TLS_DHE_RSA_WITH_ARIA_128_GCM_SHA256', 'TLSv1.2', 'DH', 'RSA', 'ARIAGCM', 128, 'AEAD', 'HIGH ND'],
  ['0x00,0xA6', 'ADH-AES128-GCM-SHA256', 'TLS_DH_anon_WITH_AES_128_GCM_SHA256', 'TLSv1.2', 'DH', 'None', 'AESGCM', 128, 'AEAD', 'HIGH FIPS ND'],
  ['0xC0,0x24', 'ECDHE-ECDSA-AES256-SHA384', 'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384', 'TLSv1.2', 'ECDH', 'ECDSA', 'AES', 256, 'SHA384', 'HIGH FIPS'],
  ['0xC0,0x28', 'ECDHE-RSA-AES256-SHA384', 'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384', 'TLSv1.2', 'ECDH', 'RSA', 'AES', 256, 'SHA384', 'HIGH FIPS'],
  ['0x00,0x6B', 'DHE-RSA-AES256-SHA256', 'TLS_DHE_RSA_WITH_AES_256_CBC_SHA256', 'TLSv1.2', 'DH', 'RSA', 'AES', 256, 'SHA256', 'HIGH FIPS'],
  ['0x00,0x6A', 'DHE-DSS-AES256-SHA256', 'TLS_DHE_DSS_WITH_AES_256_CBC_SHA256', 'TLSv1.2', 'DH', 'DSS', 'AES', 256, 'SHA256', 'HIGH FIPS ND'],
  ['0xC0,0x73', 'ECDHE-ECDSA-CAMELLIA256-SHA384', 'TLS_ECDHE_ECDSA_WITH_CAMELLIA_256_CBC_SHA384', 'TLSv1.2', 'ECDH', 'ECDSA', 'Camellia', 256, 'SHA384', 'HIGH ND'],
  ['0xC0,0x77', 'ECDHE-RSA-CAMELLIA256-SHA384', 'TLS_ECDHE_RSA_WITH_CAMELLIA_256_CBC_SHA384', 'TLSv1.2', 'ECDH', 'RSA', 'Camellia', 256, 'SHA384', 'HIGH ND'],
  ['0x00,0xC4', 'DHE-RSA-CAMELLIA256-SHA256', 'TLS_DHE_RSA_WITH_CAMELLIA_256_CBC_SHA256', 'TLSv1.2', 'DH', 'RSA', 'Camellia', 256, 'SHA256', 'HIGH ND'],
  ['0x00,0xC3', 'DHE-DSS-CAMELLIA256-SHA256', 'TLS_DHE_DSS_WITH_CAMELLIA_256_CBC_SHA256', 'TLSv1.2', 'DH', 'DSS', 'Camellia', 256, 'SHA256', 'HIGH ND'],
  ['0x00,0x6D', 'ADH-AES256-SHA256', 'TLS_DH_anon_WITH_AES_256_CBC_SHA256', 'TLSv1.2', 'DH', 'None', 'AES', 256, 'SHA256', 'HIGH FIPS ND'],
  ['0x00,0xC5', 'ADH-CAMELLIA256-SHA256', 'TLS_DH_anon_WITH_CAMELLIA_256_CBC_SHA256', 'TLSv1.2', 'DH', 'None', 'Camellia', 256, 'SHA256', 'HIGH ND'],
  ['0xC0,0x23', 'ECDHE-ECDSA-AES128-SHA256', 'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256', 'TLSv1.2', 'ECDH', 'ECDSA', 'AES', 128, 'SHA256', 'HIGH FIPS'],
  ['0xC0,0x27', 'ECDHE-RSA-AES128-SHA256', 'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256', 'TLSv1.2', 'ECDH', 'RSA', 'AES', 128, 'SHA256', 'HIGH FIPS'],
  ['0x00,0x67', 'DHE-RSA-AES128-SHA256', 'TLS_DHE_RSA_WITH_AES_128_CBC_SHA256', 'TLSv1.2', 'DH', 'RSA', 'AES', 128, 'SHA256', 'HIGH FIPS'],
  ['0x00,0x40', 'DHE-DSS-AES128-SHA256', 'TLS_DHE_DSS_WITH_AES_128_CBC_SHA256', 'TLSv1.2', 'DH', 'DSS', 'AES', 128, 'SHA256', 'HIGH FIPS ND'],
  ['0xC0,0x72', 'ECDHE-ECDSA-CAMELLIA128-SHA256', 'TLS_ECDHE_ECDSA_WITH_CAMELLIA_128_CBC_SHA256', 'TLSv1.2', 'ECDH', 'ECDSA', 'Camellia', 128, 'SHA256', 'HIGH ND'],
  ['0xC0,0x76', 'ECDHE-RSA-CAMELLIA128-SHA256', 'TLS_ECDHE_RSA_WITH_CAMELLIA_128_CBC_SHA256', 'TLSv1.2', 'ECDH', 'RSA', 'Camellia', 128, 'SHA256', 'HIGH ND'],
  ['0x00,0xBE', 'DHE-RSA-CAMELLIA128-SHA256', 'TLS_DHE_RSA_WITH_CAMELLIA_128_CBC_SHA256', 'TLSv1.2', 'DH', 'RSA', 'Camellia', 128, 'SHA256', 'HIGH ND'],
  ['0x00,0xBD', 'DHE-DSS-CAMELLIA128-SHA256', 'TLS_DHE_DSS_WITH_CAMELLIA_128_CBC_SHA256', 'TLSv1.2', 'DH', 'DSS', 'Camellia', 128, 'SHA256', 'HIGH ND'],
  ['0x00,0x6C', 'ADH-AES128-SHA256', 'TLS_DH_anon_WITH_AES_128_CBC_SHA256', 'TLSv1.2', 'DH', 'None', 'AES', 128, 'SHA256', 'HIGH FIPS ND'],
  ['0x00,0xBF', 'ADH-CAMELLIA128-SHA256', 'TLS_DH_anon_WITH_CAMELLIA_128_CBC_SHA256', 'TLSv1.2', 'DH', 'None', 'Camellia', 128, 'SHA256', 'HIGH ND'],
  ['0xC0,0x0A', 'ECDHE-ECDSA-AES256-SHA', 'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA', 'TLSv1', 'ECDH', 'ECDSA', 'AES', 256, 'SHA1', 'HIGH FIPS'],
  ['0xC0,0x14', 'ECDHE-RSA-AES256-SHA', 'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA', 'TLSv1', 'ECDH', 'RSA', 'AES', 256, 'SHA1', 'HIGH FIPS'],
  ['0x00,0x39', 'DHE-RSA-AES256-SHA', 'TLS_DHE_RSA_WITH_AES_256_CBC_SHA', 'SSLv3', 'DH', 'RSA', 'AES', 256, 'SHA1', 'HIGH FIPS'],
  ['0x00,0x38', 'DHE-DSS-AES256-SHA', 'TLS_DHE_DSS_WITH_AES_256_CBC_SHA', 'SSLv3', 'DH', 'DSS', 'AES', 256, 'SHA1', 'HIGH FIPS ND'],
  ['0x00,0x88', 'DHE-RSA-CAMELLIA256-SHA', 'TLS_DHE_RSA_WITH_CAMELLIA_256_CBC_SHA', 'SSLv3', 'DH', 'RSA', 'Camellia', 256, 'SHA1', 'HIGH ND'],
  ['0x00,0x87', 'DHE-DSS-CAMELLIA256-SHA', 'TLS_DHE_DSS_WITH_CAMELLIA_256_CBC_SHA', 'SSLv3', 'DH', 'DSS', 'Camellia', 256, 'SHA1', 'HIGH ND'],
  ['0xC0,0x19', 'AECDH-AES256-SHA', 'TLS_ECDH_anon_WITH_AES_256_CBC_SHA', 'TLSv1', 'ECDH', 'None', 'AES', 256, 'SHA1', 'HIGH FIPS ND'],
  ['0x00,0x3A', 'ADH-AES256-SHA', 'TLS_DH_anon_WITH_AES_256_CBC_SHA', 'SSLv3', 'DH', 'None', 'AES', 256, 'SHA1', 'HIGH FIPS ND'],
  ['0x00,0x89', 'ADH-CAMELLIA256-SHA', 'TLS_DH_anon_WITH_CAMELLIA_256_CBC_SHA', 'SSLv3', 'DH', 'None', 'Camellia', 256, 'SHA1', 'HIGH ND'],
  ['0xC0,0x09', 'ECDHE-ECDSA-AES128-SHA', 'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA', 'TLSv1', 'ECDH', 'ECDSA', 'AES', 128, 'SHA1', 'HIGH FIPS'],
  ['0xC0,0x13', 'ECDHE-RSA-AES128-SHA', 'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA', 'TLSv1', 'ECDH', 'RSA', 'AES', 128, 'SHA1', 'HIGH FIPS'],
  ['0x00,0x33', 'DHE-RSA-AES128-SHA', 'TLS_DHE_RSA_WITH_AES_128_CBC_SHA', 'SSLv3', 'DH', 'RSA', 'AES', 128, 'SHA1', 'HIGH FIPS'],
  ['0x00,0x32', 'DHE-DSS-AES128-SHA', 'TLS_DHE_DSS_WITH_AES_128_CBC_SHA', 'SSLv3', 'DH', 'DSS', 'AES', 128, 'SHA1', 'HIGH FIPS ND'],
  ['0x00,0x45', 'DHE-RSA-CAMELLIA128-SHA', 'TLS_DHE_RSA_WITH_CAMELLIA_128_CBC_SHA', 'SSLv3', 'DH', 'RSA', 'Camellia', 128, 'SHA1', 'HIGH ND'],
  ['0x00,0x44', 'DHE-DSS-CAMELLIA128-SHA', 'TLS_DHE_DSS_WITH_CAMELLIA_128_CBC_SHA', 'SSLv3', 'DH', 'DSS', 'Camellia', 128, 'SHA1', 'HIGH ND'],
  ['0xC0,0x18', 'AECDH-AES128-SHA', 'TLS_ECDH_anon_WITH_AES_128_CBC_SHA', 'TLSv1', 'ECDH', 'None', 'AES', 128, 'SHA1', 'HIGH FIPS ND'],
  ['0x00,0x34', 'ADH-AES128-SHA', 'TLS_DH_anon_WITH_AES_128_CBC_SHA', 'SSLv3', 'DH', 'None', 'AES', 128, 'SHA1', 'HIGH FIPS ND'],
  ['0x00,0x46', 'ADH-CAMELLIA128-SHA', 'TLS_DH_anon_WITH_CAMELLIA_128_CBC_SHA', 'SSLv3', 'DH', 'None', 'Camellia', 128, 'SHA1', 'HIGH ND'],
  ['0x00,0xAD', 'RSA-PSK-AES256-GCM-SHA384', 'TLS_RSA_PSK_WITH_AES_256_GCM_SHA384', 'TLSv1.2', 'RSAPSK', 'RSA', 'AESGCM', 256, 'AEAD', 'HIGH FIPS'],
  ['0x00,0xAB', 'DHE-PSK-AES256-GCM-SHA384', 'TLS_DHE_PSK_WITH_AES_256_GCM_SHA384', 'TLSv1.2', 'DHEPSK', 'PSK', 'AESGCM', 256, 'AEAD', 'HIGH FIPS'],
  ['0xCC,0xAE', 'RSA-PSK-CHACHA20-POLY1305', 'TLS_RSA_PSK_WITH_CHACHA20_POLY1305_SHA256', 'TLSv1.2', 'RSAPSK', 'RSA', 'CHACHA20/POLY1305', 256, 'AEAD', 'HIGH'],
  ['0xCC,0xAD', 'DHE-PSK-CHACHA20-POLY1305', 'TLS_DHE_PSK_WITH_CHACHA20_POLY1305_SHA256', 'TLSv1.2', 'DHEPSK', 'PSK', 'CHACHA20/POLY1305', 256, 'AEAD', 'HIGH'],
  ['0xCC,0xAC', 'ECDHE-PSK-CHACHA20-POLY1305', 'TLS_ECDHE_PSK_WITH_CHACHA20_POLY1305_SHA256', 'TLSv1.2', 'ECDHEPSK', 'PSK', 'CHACHA20/POLY1305', 256, 'AEAD', 'HIGH'],
  ['0xC0,0xAB', 'DHE-PSK-AES256-CCM8', 'TLS_PSK_DHE_WITH_AES_256_CCM_8', 'TLSv1.2', 'DHEPSK', 'PSK', 'AESCCM8', 256, 'AEAD', 'HIGH ND'],
  ['0xC0,0xA7', 'DHE-PSK-AES256-CCM', 'TLS_DHE_PSK_WITH_AES_256_CCM', 'TLSv1.2', 'DHEPSK', 'PSK', 'AESCCM', 256, 'AEAD', 'HIGH ND'],
  ['0xC0,0x6F', 'RSA-PSK-ARIA256-GCM-SHA384', 'TLS_RSA_PSK_WITH_ARIA_256_GCM_SHA384', 'TLSv1.2', 'RSAPSK', 'RSA', 'ARIAGCM', 256, 'AEAD', 'HIGH ND'],
  ['0xC0,0x6D', 'DHE-PSK-ARIA256-GCM-SHA384', 'TLS_DHE_PSK_WITH_ARIA_256_GCM_SHA384', 'TLSv1.2', 'DHEPSK', 'PSK', 'ARIAGCM', 256, 'AEAD', 'HIGH ND'],
  ['0x00,0x9D', 'AES256-GCM-SHA384', 'TLS_RSA_WITH_AES_256_GCM_SHA384', 'TLSv1.2', 'RSA', 'RSA', 'AESGCM', 256, 'AEAD', 'HIGH FIPS'],
  ['0xC0,0xA1', 'AES256-CCM8', 'TLS_RSA_WITH_AES_256_CCM_8', 'TLSv1.2', 'RSA', 'RSA', 'AESCCM8', 256, 'AEAD', 'HIGH ND'],
  ['0xC0,0x9D', 'AES256-CCM', 'TLS_RSA_WITH_AES_256_CCM', 'TLSv1.2', 'RSA', 'RSA', 'AESCCM', 256, 'AEAD', 'HIGH ND'],
  ['0xC0,0x51', 'ARIA256-GCM-SHA384', 'TLS_RSA_WITH_ARIA_256_GCM_SHA384', 'TLSv1.2', 'RSA', 'RSA', 'ARIAGCM', 256, 'AEAD', 'HIGH ND'],
  ['0x00,0xA9', 'PSK-AES256-GCM-SHA384', 'TLS_PSK_WITH_AES_256_GCM_SHA384', 'TLSv1.2', 'PSK', 'PSK', 'AESGCM', 256, 'AEAD', 'HIGH FIPS'],
  ['0xCC,0xAB', 'PSK-CHACHA20-POLY1305', 'TLS_PSK_WITH_CHACHA20_POLY1305_SHA256', 'TLSv1.2', 'PSK', 'PSK', 'CHACHA20/POLY1305', 256, 'AEAD', 'HIGH'],
  ['0xC0,0xA9', 'PSK-AES256-CCM8', 'TLS_PSK_WITH_AES_256_CCM_8', 'TLSv1.2', 'PSK', 'PSK', 'AESCCM8', 256, 'AEAD', 'HIGH ND'],
  ['0xC0,0xA5', 'PSK-AES256-CCM', 'TLS_PSK_WITH_AES_256_CCM', 'TLSv1.2', 'PSK', 'PSK', 'AESCCM', 256, 'AEAD', 'HIGH ND'],
  ['0xC0,0x6B', 'PSK-ARIA256-GCM-SHA384', 'TLS_PSK_WITH_ARIA_256_GCM_SHA384', 'TLSv1.2', 'PSK', 'PSK', 'ARIAGCM', 256, 'AEAD', 'HIGH ND'],
  ['0x00,0xAC', 'RSA-PSK-AES128-GCM-SHA256', 'TLS_RSA_PSK_WITH_AES_128_GCM_SHA256', 'TLSv1.2', 'RSAPSK', 'RSA', 'AESGCM', 128, 'AEAD', 'HIGH FIPS'],
  ['0x00,0xAA', 'DHE-PSK-AES128-GCM-SHA256', 'TLS_DHE_PSK_WITH_AES_128_GCM_SHA256', 'TLSv1.2', 'DHEPSK', 'PSK', 'AESGCM', 128, 'AEAD', 'HIGH FIPS'],
  ['0xC0,0xAA', 'DHE-PSK-AES128-CCM8', 'TLS_PSK_DHE_WITH_AES_128_CCM_8', 'TLSv1.2', 'DHEPSK', 'PSK', 'AESCCM8', 128, 'AEAD', 'HIGH ND'],
  ['0xC0,0xA6', 'DHE-PSK-AES128-CCM', 'TLS_DHE_PSK_WITH_AES_128_CCM', 'TLSv1.2', 'DHEPSK', 'PSK', 'AESCCM', 128, 'AEAD', 'HIGH ND'],
  ['0xC0,0x6E', 'RSA-PSK-ARIA128-GCM-SHA256', 'TLS_RSA_PSK_WITH_ARIA_128_GCM_SHA256', 'TLSv1.2', 'RSAPSK', 'RSA', 'ARIAGCM', 128, 'AEAD', 'HIGH ND'],
  ['0xC0,0x6C', 'DHE-PSK-ARIA128-GCM-SHA256', 'TLS_DHE_PSK_WITH_ARIA_128_GCM_SHA256', 'TLSv1.2', 'DHEPSK', 'PSK', 'ARIAGCM', 128, 'AEAD', 'HIGH ND'],
  ['0x00,0x9C', 'AES128-GCM-SHA256', 'TLS_RSA_WITH_AES_128_GCM_SHA256', 'TLSv1.2', 'RSA', 'RSA', 'AESGCM', 128, 'AEAD', 'HIGH FIPS'],
  ['0xC0,0xA0', 'AES128-CCM8', 'TLS_RSA_WITH_AES_128_CCM_8', 'TLSv1.2', 'RSA', 'RSA', 'AESCCM8', 128, 'AEAD', 'HIGH ND'],
  ['0xC0,0x9C', 'AES128-CCM', 'TLS_RSA_WITH_AES_128_CCM', 'TLSv1.2', 'RSA', 'RSA', 'AESCCM', 128, 'AEAD', 'HIGH ND'],
  ['0xC0,0x50', 'ARIA128-GCM-SHA256', 'TLS_RSA_WITH_ARIA_128_GCM_SHA256', 'TLSv1.2', 'RSA', 'RSA', 'ARIAGCM', 128, 'AEAD', 'HIGH ND'],
  ['0x00,0xA8', 'PSK-AES128-GCM-SHA256', 'TLS_PSK_WITH_AES_128_GCM_SHA256', 'TLSv1.2', 'PSK', 'PSK', 'AESGCM', 128, 'AEAD', 'HIGH FIPS'],
  ['0xC0,0xA8', 'PSK-AES128-CCM8', 'TLS_PSK_WITH_AES_128_CCM_8', 'TLSv1.2', 'PSK', 'PSK', 'AESCCM8', 128, 'AEAD', 'HIGH ND'],
  ['0xC0,0xA4', 'PSK-AES128-CCM', 'TLS_PSK_WITH_AES_128_CCM', 'TLSv1.2', 'PSK', 'PSK', 'AESCCM', 128, 'AEAD', 'HIGH ND'],
  ['0xC0,0x6A', 'PSK-ARIA128-GCM-SHA256', 'TLS_PSK_WITH_ARIA_128_GCM_SHA256', 'TLSv1.2', 'PSK', 'PSK', 'ARIAGCM', 128, 'AEAD', 'HIGH ND'],
  ['0x00,0x3D', 'AES256-SHA256', 'TLS_RSA_WITH_AES_256_CBC_SHA256', 'TLSv1.2', 'RSA', 'RSA', 'AES', 256, 'SHA256', 'HIGH FIPS'],
  ['0x00,0xC0', 'CAMELLIA256-SHA256', 'TLS_RSA_WITH_CAMELLIA_256_CBC_SHA256', 'TLSv1.2', 'RSA', 'RSA', 'Camellia', 256, 'SHA256', 'HIGH ND'],
  ['0x00,0x3C', 'AES128-SHA256', 'TLS_RSA_WITH_AES_128_CBC_SHA256', 'TLSv1.2', 'RSA', 'RSA', 'AES', 128, 'SHA256', 'HIGH FIPS'],
  ['0x00,0xBA', 'CAMELLIA128-SHA256', 'TLS_RSA_WITH_CAMELLIA_128_CBC_SHA256', 'TLSv1.2', 'RSA', 'RSA', 'Camellia', 128, 'SHA256', 'HIGH ND'],
  ['0xC0,0x38', 'ECDHE-PSK-AES256-CBC-SHA384', 'TLS_ECDHE_PSK_WITH_AES_256_CBC_SHA384', 'TLSv1', 'ECDHEPSK', 'PSK', 'AES', 256, 'SHA384', 'HIGH FIPS'],
  ['0xC0,0x36', 'ECDHE-PSK-AES256-CBC-SHA', 'TLS_ECDHE_PSK_WITH_AES_256_CBC_SHA', 'TLSv1', 'ECDHEPSK', 'PSK', 'AES', 256, 'SHA1', 'HIGH FIPS'],
  ['0xC0,0x22', 'SRP-DSS-AES-256-CBC-SHA', 'TLS_SRP_SHA_DSS_WITH_AES_256_CBC_SHA', 'SSLv3', 'SRP', 'DSS', 'AES', 256, 'SHA1', 'HIGH ND'],
  ['0xC0,0x21', 'SRP-RSA-AES-256-CBC-SHA', 'TLS_SRP_SHA_RSA_WITH_AES_256_CBC_SHA', 'SSLv3', 'SRP', 'RSA', 'AES', 256, 'SHA1', 'HIGH'],
  ['0xC0,0x20', 'SRP-AES-256-CBC-SHA', 'TLS_SRP_SHA_WITH_AES_256_CBC_SHA', 'SSLv3', 'SRP', 'SRP', 'AES', 256, 'SHA1', 'HIGH'],
  ['0x00,0xB7', 'RSA-PSK-AES256-CBC-SHA384', 'TLS_RSA_PSK_WITH_AES_256_CBC_SHA384', 'TLSv1', 'RSAPSK', 'RSA', 'AES', 256, 'SHA384', 'HIGH FIPS'],
  ['0x00,0xB3', 'DHE-PSK-AES256-CBC-SHA384', 'TLS_DHE_PSK_WITH_AES_256_CBC_SHA384', 'TLSv1', 'DHEPSK', 'PSK', 'AES', 256, 'SHA384', 'HIGH FIPS'],
  ['0x00,0x95', 'RSA-PSK-AES256-CBC-SHA', 'TLS_RSA_PSK_WITH_AES_256_CBC_SHA', 'SSLv3', 'RSAPSK', 'RSA', 'AES', 256, 'SHA1', 'HIGH FIPS'],
  ['0x00,0x91', 'DHE-PSK-AES256-CBC-SHA', 'TLS_DHE_PSK_WITH_AES_256_CBC_SHA', 'SSLv3', 'DHEPSK', 'PSK', 'AES', 256, 'SHA1', 'HIGH FIPS'],
  ['0xC0,0x9B', 'ECDHE-PSK-CAMELLIA256-SHA384', 'TLS_ECDHE_PSK_WITH_CAMELLIA_256_CBC_SHA384', 'TLSv1', 'ECDHEPSK', 'PSK', 'Camellia', 256, 'SHA384', 'HIGH ND'],
  ['0xC0,0x99', 'RSA-PSK-CAMELLIA256-SHA384', 'TLS_RSA_PSK_WITH_CAMELLIA_256_CBC_SHA384', 'TLSv1', 'RSAPSK', 'RSA', 'Camellia', 256, 'SHA384', 'HIGH ND'],
  ['0xC0,0x97', 'DHE-PSK-CAMELLIA256-SHA384', 'TLS_DHE_PSK_WITH_CAMELLIA_256_CBC_SHA384', 'TLSv1', 'DHEPSK', 'PSK', 'Camellia', 256, 'SHA384', 'HIGH ND'],
  ['0x00,0x35', 'AES256-SHA', 'TLS_RSA_WITH_AES_256_CBC_SHA', 'SSLv3', 'RSA', 'RSA', 'AES', 256, 'SHA1', 'HIGH FIPS'],
  ['0x00,0x84', 'CAMELLIA256-SHA', 'TLS_RSA_WITH_CAMELLIA_256_CBC_SHA', 'SSLv3', 'RSA', 'RSA', 'Camellia', 256, 'SHA1', 'HIGH ND'],
  ['0x00,0xAF', 'PSK-AES256-CBC-SHA384', 'TLS_PSK_WITH_AES_256_CBC_SHA384', 'TLSv1', 'PSK', 'PSK', 'AES', 256, 'SHA384', 'HIGH FIPS'],
  ['0x00,0x8D', 'PSK-AES256-CBC-SHA', 'TLS_PSK_WITH_AES_256_CBC_SHA', 'SSLv3', 'PSK', 'PSK', 'AES', 256, 'SHA1', 'HIGH FIPS'],
  ['0xC0,0x95', 'PSK-CAMELLIA256-SHA384', 'TLS_PSK_WITH_CAMELLIA_256_CBC_SHA384', 'TLSv1', 'PSK', 'PSK', 'Camellia', 256, 'SHA384', 'HIGH ND'],
  ['0xC0,0x37', 'ECDHE-PSK-AES128-CBC-SHA256', 'TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA256', 'TLSv1', 'ECDHEPSK', 'PSK', 'AES', 128, 'SHA256', 'HIGH FIPS'],
  ['0xC0,0x35', 'ECDHE-PSK-AES128-CBC-SHA', 'TLS_ECDHE_PSK_WITH_AES_128_CBC_SHA', 'TLSv1', 'ECDHEPSK', 'PSK', 'AES', 128, 'SHA1', 'HIGH FIPS'],
  ['0xC0,0x1F', 'SRP-DSS-AES-128-CBC-SHA', 'TLS_SRP_SHA_DSS_WITH_AES_128_CBC_SHA', 'SSLv3', 'SRP', 'DSS', 'AES', 128, 'SHA1', 'HIGH ND'],
  ['0xC0,0x1E', 'SRP-RSA-AES-128-CBC-SHA', 'TLS_SRP_SHA_RSA_WITH_AES_128_CBC_SHA', 'SSLv3', 'SRP', 'RSA', 'AES', 128, 'SHA1', 'HIGH'],
  ['0xC0,0x1D', 'SRP-AES-128-CBC-SHA', 'TLS_SRP_SHA_WITH_AES_128_CBC_SHA', 'SSLv3', 'SRP', 'SRP', 'AES', 128, 'SHA1', 'HIGH'],
  ['0x00,0xB6', 'RSA-PSK-AES128-CBC-SHA256', 'TLS_RSA_PSK_WITH_AES_128_CBC_SHA256', 'TLSv1', 'RSAPSK', 'RSA', 'AES', 128, 'SHA256', 'HIGH FIPS'],
  ['0x00,0xB2', 'DHE-PSK-AES128-CBC-SHA256', 'TLS_DHE_PSK_WITH_AES_128_CBC_SHA256', 'TLSv1', 'DHEPSK', 'PSK', 'AES', 128, 'SHA256', 'HIGH FIPS'],
  ['0x00,0x94', 'RSA-PSK-AES128-CBC-SHA', 'TLS_RSA_PSK_WITH_AES_128_CBC_SHA', 'SSLv3', 'RSAPSK', 'RSA', 'AES', 128, 'SHA1', 'HIGH FIPS'],
  ['0x00,0x90', 'DHE-PSK-AES128-CBC-SHA', 'TLS_DHE_PSK_WITH_AES_128_CBC_SHA', 'SSLv3', 'DHEPSK', 'PSK', 'AES', 128, 'SHA1', 'HIGH FIPS'],
  ['0xC0,0x9A', 'ECDHE-PSK-CAMELLIA128-SHA256', 'TLS_ECDHE_PSK_WITH_CAMELLIA_128_CBC_SHA256', 'TLSv1', 'ECDHEPSK', 'PSK', 'Camellia', 128, 'SHA256', 'HIGH ND'],
  ['0xC0,0x98', 'RSA-PSK-CAMELLIA128-SHA256', 'TLS_RSA_PSK_WITH_CAMELLIA_128_CBC_SHA256', 'TLSv1', 'RSAPSK', 'RSA', 'Camellia', 128, 'SHA256', 'HIGH ND'],
  ['0xC0,0x96', 'DHE-PSK-CAMELLIA128-SHA256', 'TLS_DHE_PSK_WITH_CAMELLIA_128_CBC_SHA256', 'TLSv1', 'DHEPSK', 'PSK', 'Camellia', 128, 'SHA256', 'HIGH ND'],
  ['0x00,0x2F', 'AES128-SHA', 'TLS_RSA_WITH_AES_128_CBC_SHA', 'SSLv3', 'RSA', 'RSA', 'AES', 128, 'SHA1', 'HIGH FIPS'],
  ['0x00,0x41', 'CAMELLIA128-SHA', 'TLS_RSA_WITH_CAMELLIA_128_CBC_SHA', 'SSLv3', 'RSA', 'RSA', 'Camellia', 128, 'SHA1', 'HIGH ND'],
  ['0x00,0xAE', 'PSK-AES128-CBC-SHA256', 'TLS_PSK_WITH_AES_128_CBC_SHA256', 'TLSv1', 'PSK', 'PSK', 'AES', 128, 'SHA256', 'HIGH FIPS'],
  ['0x00,0x8C', 'PSK-AES128-CBC-SHA', 'TLS_PSK_WITH_AES_128_CBC_SHA', 'SSLv3', 'PSK', 'PSK', 'AES', 128, 'SHA1', 'HIGH FIPS'],
  ['0xC0,0x94', 'PSK-CAMELLIA128-SHA256', 'TLS_PSK_WITH_CAMELLIA_128_CBC_SHA256', 'TLSv1', 'PSK', 'PSK', 'Camellia', 128, 'SHA256', 'HIGH ND'],
  ['0xC0,0x06', 'ECDHE-ECDSA-NULL-SHA', 'TLS_ECDHE_ECDSA_WITH_NULL_SHA', 'TLSv1', 'ECDH', 'ECDSA', 'None', 0, 'SHA1', 'NONE'],
  ['0xC0,0x10', 'ECDHE-RSA-NULL-SHA', 'TLS_ECDHE_RSA_WITH_NULL_SHA', 'TLSv1', 'ECDH', 'RSA', 'None', 0, 'SHA1', 'NONE'],
  ['0xC0,0x15', 'AECDH-NULL-SHA', 'TLS_ECDH_anon_WITH_NULL_SHA', 'TLSv1', 'ECDH', 'None', 'None', 0, 'SHA1', 'NONE'],
  ['0x00,0x3B', 'NULL-SHA256', 'TLS_RSA_WITH_NULL_SHA256', 'TLSv1.2', 'RSA', 'RSA', 'None', 0, 'SHA256', 'NONE'],
  ['0xC0,0x3B', 'ECDHE-PSK-NULL-SHA384', 'TLS_ECDHE_PSK_WITH_NULL_SHA384', 'TLSv1', 'ECDHEPSK', 'PSK', 'None', 0, 'SHA384', 'NONE'],
  ['0xC0,0x3A', 'ECDHE-PSK-NULL-SHA256', 'TLS_ECDHE_PSK_WITH_NULL_SHA256', 'TLSv1', 'ECDHEPSK', 'PSK', 'None', 0, 'SHA256', 'NONE'],
  ['0xC0,0x39', 'ECDHE-PSK-NULL-SHA', 'TLS_ECDHE_PSK_WITH_NULL_SHA', 'TLSv1', 'ECDHEPSK', 'PSK', 'None', 0, 'SHA1', 'NONE'],
  ['0x00,0xB9', 'RSA-PSK-NULL-SHA384', 'TLS_RSA_PSK_WITH_NULL_SHA384', 'TLSv1', 'RSAPSK', 'RSA', 'None', 0, 'SHA384', 'NONE'],
  ['0x00,0xB8', 'RSA-PSK-NULL-SHA256', 'TLS_RSA_PSK_WITH_NULL_SHA256', 'TLSv1', 'RSAPSK', 'RSA', 'None', 0, 'SHA256', 'NONE'],
  ['0x00,0xB5', 'DHE-PSK-NULL-SHA384', 'TLS_DHE_PSK_WITH_NULL_SHA384', 'TLSv1', 'DHEPSK', 'PSK', 'None', 0, 'SHA384', 'NONE'],
  ['0x00,0xB4', 'DHE-PSK-NULL-SHA256', 'TLS_DHE_PSK_WITH_NULL_SHA256', 'TLSv1', 'DHEPSK', 'PSK', 'None', 0, 'SHA256', 'NONE'],
  ['0x00,0x2E', 'RSA-PSK-NULL-SHA', 'TLS_RSA_PSK_WITH_NULL_SHA', 'SSLv3', 'RSAPSK', 'RSA', 'None', 0, 'SHA1', 'NONE'],
  ['0x00,0x2D', 'DHE-PSK-NULL-SHA', 'TLS_DHE_PSK_WITH_NULL_SHA', 'SSLv3', 'DHEPSK', 'PSK', 'None', 0, 'SHA1', 'NONE'],
  ['0x00,0x02', 'NULL-SHA', 'TLS_RSA_WITH_NULL_SHA', 'SSLv3', 'RSA', 'RSA', 'None', 0, 'SHA1', 'NONE'],
  ['0x00,0x01', 'NULL-MD5', 'TLS_RSA_WITH_NULL_MD5', 'SSLv3', 'RSA', 'RSA', 'None', 0, 'MD5', 'NONE'],
  ['0x00,0xB1', 'PSK-NULL-SHA384', 'TLS_PSK_WITH_NULL_SHA384', 'TLSv1', 'PSK', 'PSK', 'None', 0, 'SHA384', 'NONE'],
  ['0x00,0xB0', 'PSK-NULL-SHA256', 'TLS_PSK_WITH_NULL_SHA256', 'TLSv1', 'PSK', 'PSK', 'None', 0, 'SHA256', 'NONE'],
  ['0x00,0x2C', 'PSK-NULL-SHA', 'TLS_PSK_WITH_NULL_SHA', 'SSLv3', 'PSK', 'PSK', 'None', 0, 'SHA1', 'NONE'],
];

/**
 * TLS 1.3 suites: OpenSSL's default three in its default order, then the two CCM suites it builds but does not enable by
 * default (ND here: not in the default `Ciphersuites` list).
 */
// prettier-ignore
const TLS13_ROWS: readonly Row[] = [
  ['0x13,0x02', 'TLS_AES_256_GCM_SHA384', 'TLS_AES_256_GCM_SHA384', 'TLSv1.3', 'any', 'any', 'AESGCM', 256, 'AEAD', 'HIGH'],
  ['0x13,0x03', 'TLS_CHACHA20_POLY1305_SHA256', 'TLS_CHACHA20_POLY1305_SHA256', 'TLSv1.3', 'any', 'any', 'CHACHA20/POLY1305', 256, 'AEAD', 'HIGH'],
  ['0x13,0x01', 'TLS_AES_128_GCM_SHA256', 'TLS_AES_128_GCM_SHA256', 'TLSv1.3', 'any', 'any', 'AESGCM', 128, 'AEAD', 'HIGH'],
  ['0x13,0x04', 'TLS_AES_128_CCM_SHA256', 'TLS_AES_128_CCM_SHA256', 'TLSv1.3', 'any', 'any', 'AESCCM', 128, 'AEAD', 'HIGH ND'],
  ['0x13,0x05', 'TLS_AES_128_CCM_8_SHA256', 'TLS_AES_128_CCM_8_SHA256', 'TLSv1.3', 'any', 'any', 'AESCCM8', 128, 'AEAD', 'HIGH ND'],
];

/** The signalling values OpenSSL 3.0 finds by name in a `Ciphersuites` list (`-V` prints them with protocol `unknown`). */
// prettier-ignore
const SCSV_ROWS: readonly Row[] = [
  ['0x00,0xFF', 'TLS_EMPTY_RENEGOTIATION_INFO_SCSV', 'TLS_EMPTY_RENEGOTIATION_INFO_SCSV', 'unknown', 'any', 'any', 'unknown', 0, 'unknown', 'NONE'],
  ['0x56,0x00', 'TLS_FALLBACK_SCSV', 'TLS_FALLBACK_SCSV', 'unknown', 'any', 'any', 'unknown', 0, 'unknown', 'NONE'],
];

const KX: Readonly<Record<string, number>> = {
  RSA: K_RSA, DH: K_DHE, ECDH: K_ECDHE, PSK: K_PSK, RSAPSK: K_RSAPSK, ECDHEPSK: K_ECDHEPSK, DHEPSK: K_DHEPSK, SRP: K_SRP,
};
const AU: Readonly<Record<string, number>> = { RSA: A_RSA, DSS: A_DSS, None: A_NULL, ECDSA: A_ECDSA, PSK: A_PSK, SRP: A_SRP };
const ENC: Readonly<Record<string, number>> = {
  'None/0': E_NULL, '3DES/112': E_3DES, 'AES/128': E_AES128, 'AES/256': E_AES256, 'AESGCM/128': E_AES128GCM,
  'AESGCM/256': E_AES256GCM, 'AESCCM/128': E_AES128CCM, 'AESCCM/256': E_AES256CCM, 'AESCCM8/128': E_AES128CCM8,
  'AESCCM8/256': E_AES256CCM8, 'Camellia/128': E_CAMELLIA128, 'Camellia/256': E_CAMELLIA256,
  'CHACHA20/POLY1305/256': E_CHACHA20, 'ARIAGCM/128': E_ARIA128GCM, 'ARIAGCM/256': E_ARIA256GCM,
};
const MAC: Readonly<Record<string, number>> = { MD5: M_MD5, SHA1: M_SHA1, SHA256: M_SHA256, SHA384: M_SHA384, AEAD: M_AEAD };
const MIN_TLS: Readonly<Record<string, number>> = { SSLv3: SSL3_VERSION, TLSv1: TLS1_VERSION, 'TLSv1.2': TLS1_2_VERSION };
const CLASS: Readonly<Record<string, number>> = { NONE: S_NONE, LOW: S_LOW, MEDIUM: S_MEDIUM, HIGH: S_HIGH };

function flagsOf(row: Row): { readonly strength: number; readonly cls: OpensslCipherSuite['strengthClass'] } {
  let strength = 0;
  let cls: OpensslCipherSuite['strengthClass'] = 'NONE';
  for (const flag of row[9].split(' ')) {
    if (flag === 'FIPS') strength |= S_FIPS;
    else if (flag === 'ND') strength |= S_NOT_DEFAULT;
    else if (CLASS[flag] !== undefined) {
      strength |= CLASS[flag];
      cls = flag as OpensslCipherSuite['strengthClass'];
    } else throw new Error(`suites.ts: unknown flag ${flag} on ${row[1]}`);
  }
  return { strength, cls };
}

function suiteOf(row: Row): OpensslCipherSuite {
  const { cls, strength } = flagsOf(row);
  return Object.freeze({
    id: row[0], iana: row[2], openssl: row[1], protocol: row[3], kx: row[4], au: row[5], enc: row[6], bits: row[7], mac: row[8],
    strengthClass: cls,
    // DEFAULT is ALL:!COMPLEMENTOFDEFAULT:!eNULL (openssl-ciphers(1), "DEFAULT"); for TLS 1.3, ND marks the suites outside the
    // default Ciphersuites list.
    inDefault: (strength & S_NOT_DEFAULT) === 0 && row[6] !== 'None' && row[3] !== 'unknown',
  });
}

function masksOf(row: Row): SuiteMasks {
  const need = (table: Readonly<Record<string, number>>, key: string): number => {
    const v = table[key];
    if (v === undefined) throw new Error(`suites.ts: no mask for ${key} on ${row[1]}`);
    return v;
  };
  return {
    mkey: need(KX, row[4]), auth: need(AU, row[5]), enc: need(ENC, `${row[6]}/${row[7]}`), mac: need(MAC, row[8]),
    minTls: need(MIN_TLS, row[3]), strength: flagsOf(row).strength, strengthBits: row[7],
  };
}

/** TLS 1.2-and-below suites, `ALL:COMPLEMENTOFALL` order. */
export const TLS12_SUITES: readonly OpensslCipherSuite[] = Object.freeze(TLS12_ROWS.map(suiteOf));
/** Their masks, index for index. */
export const TLS12_MASKS: readonly SuiteMasks[] = Object.freeze(TLS12_ROWS.map(masksOf));
/** TLS 1.3 suites, OpenSSL's default three first. */
export const TLS13_SUITES: readonly OpensslCipherSuite[] = Object.freeze(TLS13_ROWS.map(suiteOf));
/** The two signalling values. */
export const SCSV_SUITES: readonly OpensslCipherSuite[] = Object.freeze(SCSV_ROWS.map(suiteOf));

const ALL_SUITES: readonly OpensslCipherSuite[] = Object.freeze([...TLS13_SUITES, ...TLS12_SUITES]);

/**
 * Every cipher suite OpenSSL 3.0 builds: the five TLS 1.3 suites (the default three in their default order, then the two
 * CCM suites), then the TLS 1.2-and-below suites in `ALL:COMPLEMENTOFALL` order, as `openssl ciphers -V` prints them.
 * @example
 * opensslCipherSuites().find((s) => s.openssl === 'ECDHE-RSA-AES128-GCM-SHA256')?.iana;
 * // 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256'
 */
export function opensslCipherSuites(): readonly OpensslCipherSuite[] {
  return ALL_SUITES;
}
