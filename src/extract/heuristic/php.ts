/**
 * PHP patterns of the heuristic extractor, after the PHP manual:
 * - `md5()`, `sha1()`, `md5_file()`, `sha1_file()` (function names are case-insensitive in PHP; methods and functions
 *   of the same name that a class or file defines are not these);
 * - `hash()`, `hash_file()`, `hash_hmac()`, `hash_hmac_file()`, `hash_init()`, `hash_pbkdf2()` with the algorithm first
 *   (checksums that are not cryptographic, such as crc32b, fnv1a64, xxh3, murmur3a, adler32 and joaat, are left out);
 * - `openssl_encrypt()`/`openssl_decrypt()` cipher method names (OpenSSL's own), `openssl_digest()`;
 * - `openssl_sign()`/`openssl_verify()` with an `OPENSSL_ALGO_*` constant or a digest name; without one they use SHA-1
 *   (php.net, "Signature Algorithms": OPENSSL_ALGO_SHA1 is the default of openssl_sign() and openssl_verify());
 * - `openssl_pkey_new()` with a literal `private_key_bits` (the key type is RSA unless `private_key_type` says otherwise);
 * - the removed mcrypt extension's cipher constants and names (`mcrypt_encrypt(MCRYPT_DES, ...)`).
 * `crypt()` is not read: its salt, often made at run time, chooses the algorithm.
 * @module
 */
import type { LanguageTable, Rule } from './rules.js';
import type { Source, Subject } from './source.js';

/** Not cryptographic hashes: a checksum named in hash() is not a finding. */
const CHECKSUMS = /^(?:crc32[bc]?|adler32|fnv1a?(?:32|64)|joaat|murmur3[abcf]|xxh(?:32|64|3|128))$/i;

function hashName(value: string): Subject | undefined {
  const v = value.trim().toLowerCase();
  return v === '' || CHECKSUMS.test(v) ? undefined : v;
}

const ALGO_CONSTANTS: Readonly<Record<string, string>> = {
  OPENSSL_ALGO_DSS1: 'SHA1withDSA', OPENSSL_ALGO_SHA1: 'sha1', OPENSSL_ALGO_SHA224: 'sha224', OPENSSL_ALGO_SHA256: 'sha256',
  OPENSSL_ALGO_SHA384: 'sha384', OPENSSL_ALGO_SHA512: 'sha512', OPENSSL_ALGO_RMD160: 'ripemd160', OPENSSL_ALGO_MD5: 'md5',
  OPENSSL_ALGO_MD4: 'md4', OPENSSL_ALGO_MD2: 'md2',
};
/** php.net "Signature Algorithms": OPENSSL_ALGO_SHA1 is openssl_sign()'s and openssl_verify()'s default. */
const SIGN_DEFAULT = 'sha1';

/** mcrypt cipher names (MCRYPT_* constants and their string values), by the name the name tables read. */
const MCRYPT: Readonly<Record<string, string>> = {
  des: 'des', tripledes: 'TripleDES', '3des': 'TripleDES', blowfish: 'blowfish', 'blowfish-compat': 'blowfish', arcfour: 'rc4',
  rc2: 'rc2', 'cast-128': 'cast5', 'cast-256': 'cast-256', 'rijndael-128': 'aes', idea: 'idea', serpent: 'serpent',
  twofish: 'twofish', gost: 'gost', saferplus: 'saferplus', loki97: 'loki97', xtea: 'xtea',
};

function mcryptName(value: string): Subject | undefined {
  return MCRYPT[value.trim().toLowerCase()] ?? value.trim();
}
function mcryptConstant(text: string): Subject | undefined {
  const m = /^MCRYPT_(\w+)$/.exec(text);
  if (!m) return undefined;
  const name = m[1]!.toLowerCase().replace(/_/g, '-');
  return MCRYPT[name] ?? (name.startsWith('mode-') ? undefined : name);
}

/** A PHP function call: not a method (`->md5(`, `::md5(`), not a definition (`function md5(`), namespaces allowed. */
const fn = (names: string) => new RegExp(String.raw`(?<![\w$>:\\]|->|::|function\s{1,20}|function\s{1,20}&)\\?(?<alg>${names})\s*\(`, 'gdi');

const RULES: readonly Rule[] = [
  {
    kind: 'name', api: (m) => `${m.groups!.alg!.toLowerCase()}()`, re: fn('md5|sha1|md5_file|sha1_file'),
    subject: (t) => (t.toLowerCase().startsWith('md5') ? 'md5' : 'sha1'),
  },
  {
    kind: 'call', api: (m) => `${m.groups!.fn!.toLowerCase()}()`,
    re: /(?<![\w$>:\\]|->|::|function\s{1,20})\\?(?<fn>hash|hash_file|hash_hmac|hash_hmac_file|hash_init|hash_pbkdf2)\s*\(/gdi,
    arg: 0, keyword: 'algo', string: hashName,
  },
  {
    kind: 'call', api: (m) => `${m.groups!.fn!.toLowerCase()}()`,
    re: /(?<![\w$>:\\]|->|::|function\s{1,20})\\?(?<fn>openssl_encrypt|openssl_decrypt)\s*\(/gdi,
    arg: 1, keyword: 'cipher_algo', string: (v) => v.trim(),
  },
  {
    kind: 'call', api: 'openssl_digest()', re: /(?<![\w$>:\\]|->|::|function\s{1,20})\\?openssl_digest\s*\(/gdi,
    arg: 1, keyword: 'digest_algo', string: hashName,
  },
  {
    kind: 'call', api: (m) => `${m.groups!.alg!.toLowerCase()}()`,
    re: /(?<![\w$>:\\]|->|::|function\s{1,20})\\?(?<alg>openssl_sign|openssl_verify)\s*\(/gdi,
    arg: 3, keyword: 'algorithm', string: hashName, known: (t) => ALGO_CONSTANTS[t.replace(/^\\/, '')],
    missing: (g) => ({ input: g.alg ?? 'openssl_sign', subject: SIGN_DEFAULT, note: 'default OPENSSL_ALGO_SHA1' }),
  },
  {
    kind: 'call', api: (m) => `${m.groups!.fn!.toLowerCase()}()`,
    re: /(?<![\w$>:\\]|->|::|function\s{1,20})\\?(?<fn>mcrypt_encrypt|mcrypt_decrypt|mcrypt_module_open|mcrypt_get_iv_size|mcrypt_get_key_size|mcrypt_create_iv_size)\s*\(/gdi,
    arg: 0, string: mcryptName, known: (t) => mcryptConstant(t.replace(/^\\/, '')),
  },
];

/** openssl_pkey_new(['private_key_bits' => N, ...]): an RSA key of N bits unless another key type is named. */
function pkeyNew(src: Source): void {
  const re = /(?<![\w$>:\\]|->|::|function\s{1,20})\\?(?<alg>openssl_pkey_new)\s*\(/gdi;
  for (let m = re.exec(src.code), n = 0; m && n < 5000; m = re.exec(src.code), n++) {
    const open = m.index + m[0].length - 1;
    const arg = src.args(open)[0];
    if (!arg) continue;
    let keyBits: number | undefined;
    let type = 'rsa';
    let bitsAt: { offset: number; length: number } | undefined;
    for (const lit of src.literalsIn(arg.valueStart, arg.end)) {
      const after = src.code.slice(lit.end, lit.end + 80);
      const arrow = /^\s*=>\s*/.exec(after);
      if (!arrow) continue;
      const valueStart = lit.end + arrow[0].length;
      if (lit.value === 'private_key_bits') {
        const num = /^(\d+)/.exec(src.code.slice(valueStart, valueStart + 12));
        if (num) {
          keyBits = Number(num[1]);
          bitsAt = { offset: valueStart, length: num[1]!.length };
        }
      } else if (lit.value === 'private_key_type') {
        const t = /^OPENSSL_KEYTYPE_(\w+)/.exec(src.code.slice(valueStart, valueStart + 40))?.[1];
        if (t !== undefined) type = t.toLowerCase();
      }
    }
    if (keyBits !== undefined && bitsAt && (type === 'rsa' || type === 'dsa' || type === 'dh')) {
      src.usage(bitsAt, String(keyBits), { algorithm: type, keyBits }, 'openssl_pkey_new() private_key_bits');
    }
  }
}

/** The PHP table. */
export const PHP: LanguageTable = {
  prefilter: /md5|sha1|hash|openssl_|mcrypt_/i,
  rules: RULES,
  apiRef: /^\\?OPENSSL_ALGO_|^\\?MCRYPT_/,
  extra: pkeyNew,
};
