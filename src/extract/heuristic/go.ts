/**
 * Go patterns of the heuristic extractor, after the standard library's package documentation (pkg.go.dev/crypto/...) and
 * golang.org/x/crypto:
 * - importing a hash or cipher package is its use (`"crypto/md5"`, `"crypto/sha1"`, `"crypto/rc4"`, `"crypto/dsa"`,
 *   `x/crypto/md4`, `blowfish`, `cast5`, `ripemd160` ...), reported at the import path;
 * - crypto/des holds both DES and Triple DES: its `NewCipher` and `NewTripleDESCipher` (which takes a 24-byte key) calls
 *   are reported, or the import when neither is seen (an aliased package, say);
 * - `rsa.GenerateKey(random, bits)`, `rsa.GenerateMultiPrimeKey(random, nprimes, bits)` and the crypto/dsa parameter
 *   sizes (`dsa.L1024N160`), as `{ algorithm, keyBits }`;
 * - crypto/tls version and cipher suite constants (`tls.VersionTLS10`, `tls.TLS_RSA_WITH_RC4_128_SHA`), crypto/x509
 *   signature algorithms (`x509.SHA1WithRSA`), `crypto.Hash` values (`crypto.MD5`) and crypto/elliptic curves, where the
 *   code chooses them and not where it compares or switches on them.
 * Package names are the import's last element unless the import renames it.
 * @module
 */
import type { CheckObject } from '../../judge/types.js';
import { compared, type LanguageTable, type Rule } from './rules.js';
import type { Source } from './source.js';

/** Imports that are a use in themselves, by path: the name the name tables read. */
const IMPORTS: Readonly<Record<string, string>> = {
  'crypto/md5': 'md5', 'crypto/sha1': 'sha1', 'crypto/rc4': 'rc4', 'crypto/dsa': 'DSA', 'crypto/sha256': 'sha256',
  'crypto/sha512': 'sha512', 'crypto/sha3': 'sha3-256', 'golang.org/x/crypto/md4': 'md4', 'golang.org/x/crypto/blowfish': 'blowfish',
  'golang.org/x/crypto/cast5': 'cast5', 'golang.org/x/crypto/ripemd160': 'ripemd160', 'golang.org/x/crypto/sha3': 'sha3-256',
};

const TLS_VERSIONS: Readonly<Record<string, string>> = {
  VersionSSL30: 'SSLv3', VersionTLS10: 'TLSv1', VersionTLS11: 'TLSv1.1', VersionTLS12: 'TLSv1.2', VersionTLS13: 'TLSv1.3',
};
const HASHES: Readonly<Record<string, string>> = {
  MD4: 'md4', MD5: 'md5', SHA1: 'sha1', SHA224: 'sha224', SHA256: 'sha256', SHA384: 'sha384', SHA512: 'sha512', MD5SHA1: 'md5-sha1',
  RIPEMD160: 'ripemd160', SHA3_224: 'sha3-224', SHA3_256: 'sha3-256', SHA3_384: 'sha3-384', SHA3_512: 'sha3-512',
  SHA512_224: 'sha512-224', SHA512_256: 'sha512-256',
};
const DSA_SIZES: Readonly<Record<string, number>> = { L1024N160: 1024, L2048N224: 2048, L2048N256: 2048, L3072N256: 3072 };

/** An x509.SignatureAlgorithm constant as the JCA name the name tables read (`SHA1WithRSA` -> `SHA1withRSA`). */
function x509Name(c: string): string | undefined {
  const rsa = /^(MD2|MD5|SHA\d+)WithRSA(PSS)?$/.exec(c);
  if (rsa) return `${rsa[1]}withRSA${rsa[2] ? '/PSS' : ''}`;
  const dsa = /^(DSA|ECDSA)With(SHA\d+)$/.exec(c);
  if (dsa) return `${dsa[2]}with${dsa[1]}`;
  return c === 'PureEd25519' ? 'Ed25519' : undefined;
}

const imported = (src: Source, path: string) => importsOf(src).has(path);
const bits = (algorithm: string) => (n: number): CheckObject => ({ algorithm, keyBits: n });

/** A name rule on `<pkg>.<Name>` that counts only when the package is imported and the constant is chosen, not compared. */
function constant(pkg: string, path: string, names: string, subject: (t: string) => string | undefined): Rule {
  return {
    kind: 'name', api: (m) => `${pkg}.${m.groups!.alg!}`, choice: true,
    re: new RegExp(String.raw`(?<![\w.])${pkg}\s*\.\s*(?<alg>${names})\b`, 'gd'),
    subject: (t, _g, src) => (imported(src, path) ? subject(t) : undefined),
  };
}

const RULES: readonly Rule[] = [
  {
    kind: 'call', api: 'rsa.GenerateKey', re: /(?<![\w.])(?<alg>rsa)\s*\.\s*GenerateKey\s*\(/gd, arg: 1, what: 'key size',
    number: (n, _g, src) => (imported(src, 'crypto/rsa') ? bits('rsa')(n) : undefined),
  },
  {
    kind: 'call', api: 'rsa.GenerateMultiPrimeKey', re: /(?<![\w.])(?<alg>rsa)\s*\.\s*GenerateMultiPrimeKey\s*\(/gd, arg: 2, what: 'key size',
    number: (n, _g, src) => (imported(src, 'crypto/rsa') ? bits('rsa')(n) : undefined),
  },
  constant('tls', 'crypto/tls', 'Version(?:SSL30|TLS1[0-3])', (t) => TLS_VERSIONS[t]),
  constant('tls', 'crypto/tls', 'TLS_[A-Z0-9_]+', (t) => t),
  constant('x509', 'crypto/x509', '\\w+With\\w+|PureEd25519', x509Name),
  constant('crypto', 'crypto', Object.keys(HASHES).join('|'), (t) => HASHES[t]),
  constant('elliptic', 'crypto/elliptic', 'P224|P256|P384|P521', (t) => `P-${t.slice(1)}`),
  constant('ecdh', 'crypto/ecdh', 'P256|P384|P521', (t) => `P-${t.slice(1)}`),
];

/** The import paths of a file, with the offset of each path's literal and the package name it binds. */
interface GoImport {
  readonly path: string;
  readonly contentStart: number;
  readonly length: number;
  readonly name: string;
}

const importCache = new WeakMap<Source, Map<string, GoImport>>();

function importsOf(src: Source): Map<string, GoImport> {
  let out = importCache.get(src);
  if (out) return out;
  out = new Map();
  const code = src.code;
  const re = /(?<![\w.])import\s*(\()?/g;
  for (let m = re.exec(code); m; m = re.exec(code)) {
    const end = m[1] ? code.indexOf(')', m.index) : code.indexOf('\n', m.index);
    const stop = end === -1 ? code.length : end;
    // Each spec: an optional package name (or . or _) and the path literal.
    const spec = /(?:([\w.]+)[ \t]+)?(["`])/g;
    spec.lastIndex = m.index + m[0].length;
    for (let s = spec.exec(code); s && s.index < stop; s = spec.exec(code)) {
      const lit = src.literalAt(s.index + (s[0].length - 1));
      if (!lit) continue;
      const path = lit.value;
      const name = s[1] ?? path.slice(path.lastIndexOf('/') + 1);
      out.set(path, { path, contentStart: lit.contentStart, length: lit.contentEnd - lit.contentStart, name });
      spec.lastIndex = lit.end;
    }
    re.lastIndex = Math.max(re.lastIndex, stop);
  }
  importCache.set(src, out);
  return out;
}

/** Imports as uses, crypto/des by its calls, and crypto/dsa parameter sizes under the package's own name. */
function extra(src: Source): void {
  for (const imp of importsOf(src).values()) {
    const name = IMPORTS[imp.path];
    if (name !== undefined) src.usage({ offset: imp.contentStart, length: imp.length }, imp.path, name, `import "${imp.path}"`);
    if (imp.path === 'crypto/des') des(src, imp);
  }
  const dsa = importsOf(src).get('crypto/dsa');
  if (dsa) {
    const re = new RegExp(String.raw`(?<![\w.])${dsa.name}\s*\.\s*(?<alg>${Object.keys(DSA_SIZES).join('|')})\b`, 'gd');
    for (let m = re.exec(src.code), n = 0; m && n < 5000; m = re.exec(src.code), n++) {
      const at = m.indices!.groups!.alg!;
      if (compared(src, m.index, at[1])) continue;
      src.usage({ offset: at[0], length: at[1] - at[0] }, m.groups!.alg!, bits('dsa')(DSA_SIZES[m.groups!.alg!]!), `dsa.${m.groups!.alg!}`);
    }
  }
}

/** crypto/des: the block cipher the code makes, or the import itself when no call is seen. */
function des(src: Source, imp: GoImport): void {
  const re = new RegExp(String.raw`(?<![\w.])${imp.name.replace(/\W/g, '')}\s*\.\s*(?<alg>NewCipher|NewTripleDESCipher)\s*\(`, 'gd');
  let found = false;
  for (let m = re.exec(src.code), n = 0; m && n < 5000; m = re.exec(src.code), n++) {
    const at = m.indices!.groups!.alg!;
    const triple = m.groups!.alg === 'NewTripleDESCipher';
    src.usage({ offset: at[0], length: at[1] - at[0] }, m.groups!.alg!, triple ? 'TripleDES' : 'des', `des.${m.groups!.alg!}`);
    found = true;
  }
  if (!found) src.usage({ offset: imp.contentStart, length: imp.length }, imp.path, 'des', `import "${imp.path}"`);
}

/** The Go table. */
export const GO: LanguageTable = {
  prefilter: /"crypto\/|`crypto\/|golang\.org\/x\/crypto\//,
  rules: RULES,
  extra,
};
