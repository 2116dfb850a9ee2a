/**
 * Hand-picked questions for OpenSSL: every alias on its own, every corner of the grammar met while reading ssl_ciph.c and
 * openssl-ciphers(1), cipher strings seen in real configurations, every security level, and TLS 1.3 lists. They go into the
 * checked-in table (scripts/gen-cipher-string-cases.ts) and into the live differential test.
 */
import { ALIASES, UNAVAILABLE_ALIASES } from '../../src/openssl/aliases.js';
import type { OracleCase } from './oracle.js';

const cs = (str: string, o: { seclevel?: number; psk?: boolean; srp?: boolean } = {}): OracleCase => ({ kind: 'cipher-string', str, ...o });

/** Strings from widely copied configurations. */
export const REAL_WORLD: readonly string[] = [
  // nginx's default ssl_ciphers.
  'HIGH:!aNULL:!MD5',
  'ECDHE+AESGCM:ECDHE+CHACHA20:DHE+AESGCM',
  // Mozilla SSL Configuration Generator, intermediate (v5.7) and old (v5.7).
  'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384:DHE-RSA-CHACHA20-POLY1305',
  'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384:DHE-RSA-CHACHA20-POLY1305:ECDHE-ECDSA-AES128-SHA256:ECDHE-RSA-AES128-SHA256:ECDHE-ECDSA-AES128-SHA:ECDHE-RSA-AES128-SHA:ECDHE-ECDSA-AES256-SHA384:ECDHE-RSA-AES256-SHA384:ECDHE-ECDSA-AES256-SHA:ECDHE-RSA-AES256-SHA:DHE-RSA-AES128-SHA256:DHE-RSA-AES256-SHA256:AES128-GCM-SHA256:AES256-GCM-SHA384:AES128-SHA256:AES256-SHA256:AES128-SHA:AES256-SHA:DES-CBC3-SHA',
  'DEFAULT',
  'DEFAULT:@SECLEVEL=0',
  'DEFAULT:@SECLEVEL=1',
  'PROFILE=SYSTEM',
  'EECDH+AESGCM:EDH+AESGCM',
  'EECDH+AESGCM:EDH+AESGCM:AES256+EECDH:AES256+EDH',
  'ALL:!ADH:@STRENGTH',
  'ALL:!aNULL:!eNULL:!LOW:!EXP:!RC4:+HIGH:+MEDIUM',
  'HIGH:MEDIUM:!aNULL:!MD5:!RC4:!3DES',
  'HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA',
  'kEECDH+ECDSA+AES128:kEECDH+ECDSA+AES256:kEECDH+AES128:kEECDH+AES256:kEDH+AES128:kEDH+AES256:DES-CBC3-SHA:+SHA:!aNULL:!eNULL:!LOW:!kECDH:!DSS:!MD5:!EXP:!PSK:!SRP:!CAMELLIA:!SEED',
  'ECDH+AESGCM:DH+AESGCM:ECDH+AES256:DH+AES256:ECDH+AES128:DH+AES:ECDH+3DES:DH+3DES:RSA+AESGCM:RSA+AES:RSA+3DES:!aNULL:!MD5:!DSS',
  'EECDH+CHACHA20:EECDH+AES128:RSA+AES128:EECDH+AES256:RSA+AES256:EECDH+3DES:RSA+3DES:!MD5',
  'AES128+EECDH:AES128+EDH',
  'RC4-SHA:AES128-SHA:HIGH:!MD5:!aNULL:!EDH',
  'ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384',
  'TLSv1.2+FIPS:kRSA+FIPS:!eNULL:!aNULL',
  'HIGH:!aNULL:!kRSA:!PSK:!SRP:!MD5:!RC4',
  'PSK',
  'SUITEB128',
  'SUITEB192',
  'ALL',
  'ALL:COMPLEMENTOFALL',
  'ALL:@STRENGTH',
  'COMPLEMENTOFALL:ALL',
];

/** The corners of the language. */
export const EDGES: readonly string[] = [
  // Separators, empty input.
  '', ':', ',', ' ', ';', ':::', 'kRSA,kPSK', 'kRSA kPSK', 'kRSA;kPSK', ' kRSA', 'kRSA:', '\tkRSA', 'kRSA\t',
  // Operators.
  '!ALL', '-ALL', '+ALL', 'kRSA:-ALL', 'kRSA:!ALL', 'kRSA:+ALL', 'ALL:-kRSA:kRSA', 'ALL:!kRSA:kRSA', 'ALL:+kRSA',
  'ALL:-kRSA:+kRSA', 'ALL:-kRSA:HIGH', 'ALL:-HIGH:kRSA:HIGH', '-kRSA:ALL', '!kRSA:ALL', 'ALL:!-kRSA', 'ALL:--kRSA',
  'ALL:+-kRSA', 'ALL:!', 'ALL:-', 'ALL:+', 'ALL:!!kRSA', 'ALL:++kRSA', 'ALL:!+kRSA', 'ALL:-+kRSA',
  // Joins.
  'kRSA+AESGCM', 'AESGCM+kRSA', 'kRSA+kDHE', 'HIGH+FIPS', 'FIPS+HIGH', 'COMPLEMENTOFDEFAULT+HIGH', 'HIGH+COMPLEMENTOFDEFAULT',
  'AES128-SHA+kRSA', 'kRSA+AES128-SHA', 'AES128-SHA+AES256-SHA', 'AES128-SHA+TLSv1.2', 'TLSv1.2+SSLv3', 'SSLv3+AES128-SHA256',
  'TLSv1+TLSv1.0', 'ECDHE+RSA', 'ECDHE+aRSA', 'DHE+ADH', 'EDH+aNULL', 'ALL+eNULL', 'ALL+COMPLEMENTOFALL', 'FIPS+eNULL',
  'ALL:FOO+', 'ALL:kRSA+FOO+', 'ALL:kRSA+kDHE+', 'ALL:kRSA+aRSA+', 'ALL:kRSA+', 'ALL:kRSA+FOO', 'ALL:FOO+kRSA',
  'ALL:kRSA+FOO!aRSA', 'ALL:kRSA+kDHE!aRSA', 'NULL-SHA256+HIGH', 'COMPLEMENTOFDEFAULT+DHE-DSS-AES256-GCM-SHA384',
  // No separator after a rule.
  'HIGH!aNULL', 'HIGH!aNULL!kRSA', 'kRSA-aRSA', 'kRSA@STRENGTH', 'kRSA#', 'ALL:FOO#', 'ALL:FOO!kRSA', 'ALL:RC4!kRSA',
  'ALL:3DES!kRSA', 'ALL:MEDIUM!kRSA', 'ALL:DES-CBC3-SHA!kRSA', 'ALL:kRSA_', 'ALL:TLS_AES', 'ALL:é', 'ALL:!é', 'ALL:kRSA+é',
  'ALL:kRSA.', 'ALL:kRSA=',
  // Commands.
  '@STRENGTH', '@STRENGTH:ALL', 'ALL:@STRENGTH', 'kRSA:kECDHE:@STRENGTH', 'kPSK:kRSA:@STRENGTH:kECDHE', 'ALL:@strength',
  'ALL:@STRENGTHX', 'ALL:@STRENGTH+kRSA', 'ALL:@STRENGTH#', 'ALL:@STRENGTH@SECLEVEL=1', 'ALL:@FOO', 'ALL:@', 'ALL:@:kRSA',
  'ALL:@SECLEVEL=0', 'ALL:@SECLEVEL=3', 'ALL:@SECLEVEL=5', 'ALL:@SECLEVEL=6', 'ALL:@SECLEVEL=12', 'ALL:@SECLEVEL=',
  'ALL:@SECLEVEL=-1', 'ALL:@SECLEVEL=a', 'ALL:@SECLEVEL', 'ALL:@SECLEVEL=1:@SECLEVEL=4', '@SECLEVEL=3:ALL',
  '@SECLEVEL=9:kRSA', 'FOO@SECLEVEL=1:HIGH', 'HIGH:@SECLEVEL=2+FOO',
  // DEFAULT.
  'DEFAULT:', 'DEFAULT::', 'DEFAULT:!kRSA', 'DEFAULT!kRSA', 'DEFAULT+kRSA', 'DEFAULT-kRSA', 'DEFAULTkRSA', 'DEFAULTS',
  'DEFAULT:DEFAULT', ' DEFAULT', ':DEFAULT', 'HIGH:DEFAULT', 'default', 'DEFAULT:COMPLEMENTOFDEFAULT', 'DEFAULT:@STRENGTH',
  'DEFAULT:+aRSA:@STRENGTH', 'DEFAULT,kRSA',
  // Suite B replaces the whole string.
  'SUITEB128ONLY', 'SUITEB128C2', 'SUITEB128:HIGH', 'SUITEB192:!ALL', 'SUITEB128FOO', 'SUITEB1280', 'SUITEB128:@SECLEVEL=9',
  'HIGH:SUITEB128', 'suiteb128',
  // Suite names: OpenSSL names only, case-sensitive; TLS 1.3 and IANA names are unknown here.
  'ECDHE-RSA-AES128-GCM-SHA256', 'ecdhe-rsa-aes128-gcm-sha256', 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
  'TLS_AES_128_GCM_SHA256', 'TLS_AES_128_GCM_SHA256:HIGH', 'HIGH:!TLS_AES_128_GCM_SHA256', 'DES-CBC3-SHA', 'RC4-SHA',
  'NULL-MD5', 'ADH-AES128-SHA', 'AECDH-NULL-SHA', 'SRP-DSS-AES-128-CBC-SHA:SRP-AES-128-CBC-SHA',
  // Case.
  'high', 'High', 'all', 'Kecdhe', 'aes128', 'chacha20', 'tlsv1.2',
];

/** A few strings at every level, with and without the PSK and SRP suites. */
const LEVELED: readonly string[] = ['ALL:COMPLEMENTOFALL', 'DEFAULT', 'HIGH:!aNULL:!MD5', 'kRSA:kPSK:kSRP:ADH', 'SUITEB128',
  'SUITEB128ONLY', 'SUITEB128C2', 'SUITEB192'];

/** Every hand-picked cipher-string case. */
export function handPickedCipherStrings(): OracleCase[] {
  const out: OracleCase[] = [];
  // `-word!kRSA` after one kRSA suite leaves nothing when OpenSSL knows the word and skips `!kRSA` with the word when not.
  for (const alias of [...ALIASES.keys(), ...UNAVAILABLE_ALIASES]) out.push(cs(alias), cs(`AES128-SHA:-${alias}!kRSA`));
  for (const s of [...REAL_WORLD, ...EDGES]) out.push(cs(s));
  for (const s of LEVELED) {
    for (let level = 0; level <= 5; level++) {
      out.push(cs(s, { seclevel: level }));
      if (level === 0 || level === 2) out.push(cs(s, { seclevel: level, psk: true }), cs(s, { seclevel: level, srp: true }));
    }
  }
  for (const s of REAL_WORLD.slice(0, 6)) out.push(cs(s, { seclevel: 2 }), cs(s, { seclevel: 3 }));
  out.push(cs('ALL:@SECLEVEL=4', { seclevel: 1 }), cs('ALL:@SECLEVEL=1', { seclevel: 4 }), cs('FOO@SECLEVEL=1:HIGH', { seclevel: 0 }));
  return out;
}

/** TLS 1.3 lists. */
export function handPickedCiphersuites(): OracleCase[] {
  return [
    'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256', 'TLS_AES_128_GCM_SHA256',
    'TLS_AES_128_GCM_SHA256:TLS_AES_128_GCM_SHA256', 'TLS_AES_128_CCM_SHA256:TLS_AES_128_CCM_8_SHA256',
    'tls_aes_128_gcm_sha256', 'FOO', 'FOO:TLS_AES_128_CCM_SHA256', ' TLS_AES_128_CCM_8_SHA256 : TLS_CHACHA20_POLY1305_SHA256 ',
    '\tTLS_AES_256_GCM_SHA384\t', '::TLS_AES_256_GCM_SHA384::', ':', ' ', 'TLS_AES_128_GCM_SHA256,TLS_AES_256_GCM_SHA384',
    'TLS_AES_128_GCM_SHA256;TLS_AES_256_GCM_SHA384', 'TLS_AES_128_GCM_SHA256 TLS_AES_256_GCM_SHA384',
    'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256', 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256:TLS_AES_128_GCM_SHA256',
    'ECDHE-RSA-AES128-GCM-SHA256:TLS_AES_128_GCM_SHA256', 'TLS_RSA_WITH_AES_128_CBC_SHA', 'TLS_EMPTY_RENEGOTIATION_INFO_SCSV',
    'TLS_FALLBACK_SCSV:TLS_AES_256_GCM_SHA384', 'TLS_RSA_WITH_SEED_CBC_SHA', 'TLS_RSA_WITH_SEED_CBC_SHA:TLS_AES_128_GCM_SHA256',
    'TLS_GOSTR341001_WITH_28147_CNT_IMIT', 'TLS_RSA_WITH_3DES_EDE_CBC_SHA', 'TLS_SHA256_SHA256', 'HIGH', 'DEFAULT',
    '', `${'X'.repeat(100)}:TLS_AES_128_GCM_SHA256`, `TLS_AES_128_GCM_SHA256${' '.repeat(90)}`,
  ].map((str) => ({ kind: 'ciphersuites', str }));
}
