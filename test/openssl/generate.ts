/**
 * Seeded cipher strings for the differential test: rules drawn from every alias, suite names, words OpenSSL does not know,
 * TLS 1.3 and IANA names, the three operators, `+` joins, `@STRENGTH`, `@SECLEVEL=0..6`, the four separators, the DEFAULT
 * and Suite B prefixes, and now and then a character that makes OpenSSL refuse the string; with a security level option on
 * a third of them. And TLS 1.3 lists built the same way.
 */
import fc from 'fast-check';
import { ALIASES, UNAVAILABLE_ALIASES } from '../../src/openssl/aliases.js';
import { SCSV_SUITES, TLS12_SUITES, TLS13_SUITES } from '../../src/openssl/suites.js';
import type { OracleCase } from './oracle.js';

const aliases = [...ALIASES.keys()];
const suiteNames = TLS12_SUITES.map((s) => s.openssl);
const unknown = [
  ...UNAVAILABLE_ALIASES, 'DEFAULT', 'SUITEB128', 'TLSv1.1', 'TLSv1.3', 'SSLv2', 'EXP', 'EXPORT', 'DES', 'kDH', 'kECDH', 'aDH',
  'DES-CBC3-SHA', 'RC4-SHA', 'high', 'all', 'aes', 'Aes128', 'foo', 'x', 'ECDHE-RSA-AES128-GCM', 'AES-GCM', 'CHACHA20-POLY1305',
  'ECDHE_RSA', 'AES128-SHA-', '.', '=', '-', '--kRSA', 'kRSA=', 'HIGH.', 'TLS_AES_128_GCM_SHA256', 'TLS_CHACHA20_POLY1305_SHA256',
  'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256', 'TLS_RSA_WITH_AES_128_CBC_SHA',
];
const word = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...aliases) },
  { weight: 5, arbitrary: fc.constantFrom(...suiteNames) },
  { weight: 2, arbitrary: fc.constantFrom(...unknown) },
);
const selector = fc.oneof(
  { weight: 6, arbitrary: word },
  { weight: 3, arbitrary: fc.array(word, { minLength: 2, maxLength: 3 }).map((w) => w.join('+')) },
);
const rule = fc.oneof(
  { weight: 20, arbitrary: fc.tuple(fc.constantFrom('', '', '', '!', '-', '+'), selector).map(([op, s]) => op + s) },
  { weight: 2, arbitrary: fc.constant('@STRENGTH') },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 6 }).map((n) => `@SECLEVEL=${n}`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('@STRENGTH+kRSA', '@strength', '@SECLEVEL', '@SECLEVEL=', '@SECLEVEL=12', '@FOO', '@', '!', '+', '-',
      'HIGH+', 'kRSA++aRSA', '!!aNULL', 'HIGH#', 'FOO#', 'FOO+', 'kRSA+FOO+', 'kRSA_x', 'é', '\t', 'HIGH!aNULL', 'kRSA@STRENGTH',
      'ALL-kRSA', 'FOO!kRSA', 'RC4!kRSA', '3DES!kRSA'),
  },
);
const separator = fc.constantFrom(':', ':', ':', ':', ',', ' ', ';', '::', ': ');
const prefix = fc.constantFrom('', '', '', '', '', '', 'DEFAULT', 'DEFAULT:', 'DEFAULT:', 'DEFAULT+', 'DEFAULT!', ' DEFAULT:', 'SUITEB128',
  'SUITEB128ONLY', 'SUITEB128C2', 'SUITEB192', 'SUITEB128:');

const cipherString = fc
  .tuple(prefix, fc.array(fc.tuple(rule, separator), { minLength: 1, maxLength: 7 }), fc.boolean())
  .map(([p, rules, trailing]) => {
    const body = rules.map(([r, s], i) => (i < rules.length - 1 || trailing ? r + s : r)).join('');
    if (p === '') return body;
    return p.endsWith(':') || p.endsWith('+') || p.endsWith('!') ? p + body : `${p}:${body}`;
  });

const options = fc.oneof(
  { weight: 6, arbitrary: fc.constant({}) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 5 }).map((seclevel) => ({ seclevel })) },
  {
    weight: 1,
    arbitrary: fc.record({ seclevel: fc.integer({ min: 0, max: 5 }), psk: fc.boolean(), srp: fc.boolean() }),
  },
);

/** `n` cipher-string cases, the same ones for the same seed. */
export function cipherStringCases(seed: number, n: number): OracleCase[] {
  return fc.sample(fc.tuple(cipherString, options), { seed, numRuns: n }).map(([str, o]) => ({ kind: 'cipher-string', str, ...o }));
}

const tls13 = TLS13_SUITES.map((s) => s.iana);
const suiteWord = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...tls13) },
  { weight: 2, arbitrary: fc.constantFrom(...TLS12_SUITES.map((s) => s.iana), ...SCSV_SUITES.map((s) => s.iana)) },
  {
    weight: 2,
    arbitrary: fc.constantFrom('tls_aes_128_gcm_sha256', 'TLS_AES_128_GCM_SHA256 ', ' TLS_AES_256_GCM_SHA384', '', ' ', 'FOO',
      'ECDHE-RSA-AES128-GCM-SHA256', 'TLS_SHA256_SHA256', 'TLS_RSA_WITH_SEED_CBC_SHA', 'TLS_AES_128_GCM_SHA256,TLS_AES_256_GCM_SHA384',
      'HIGH', 'ALL', `TLS_${'X'.repeat(90)}`, '\tTLS_AES_128_CCM_SHA256\t'),
  },
);

/** `n` TLS 1.3 list cases. */
export function ciphersuitesCases(seed: number, n: number): OracleCase[] {
  return fc
    .sample(fc.array(suiteWord, { minLength: 1, maxLength: 5 }), { seed, numRuns: n })
    .map((names) => ({ kind: 'ciphersuites', str: names.join(':') }));
}
