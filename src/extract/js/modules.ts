/**
 * The modules whose cryptographic calls the JavaScript extractor recognises, and how an import specifier maps onto one:
 * Node's `crypto`, `tls`, `https` and `http2` (with or without the `node:` scheme, per the Node.js modules documentation),
 * `crypto-browserify` (the same API), jsonwebtoken, jws, jwa, jose, express-jwt, passport-jwt, fast-jwt, @nestjs/jwt,
 * crypto-js (whole or per algorithm: `crypto-js/md5`, `crypto-js/mode-ecb`, as its package layout names them), node-forge,
 * and the password hashers bcrypt, bcryptjs, argon2 and their @node-rs ports.
 * @module
 */

/** The libraries, by the root a reference starts from. */
export type ModuleRoot =
  | 'crypto' | 'tls' | 'https' | 'http2' | 'jsonwebtoken' | 'jws' | 'jwa' | 'jose' | 'express-jwt' | 'passport-jwt'
  | 'fast-jwt' | 'nestjs-jwt' | 'crypto-js' | 'node-forge' | 'bcrypt' | 'argon2' | 'node-rs-argon2' | 'util';

/** Where an import lands: a library root and the path inside it (`crypto-js/md5` is `crypto-js` › `MD5`). */
export interface ModuleTarget {
  readonly root: ModuleRoot;
  readonly path: readonly string[];
}

const DIRECT: ReadonlyMap<string, ModuleRoot> = new Map<string, ModuleRoot>([
  ['crypto', 'crypto'], ['crypto-browserify', 'crypto'], ['tls', 'tls'], ['https', 'https'], ['http2', 'http2'],
  ['jsonwebtoken', 'jsonwebtoken'], ['jws', 'jws'], ['jwa', 'jwa'], ['jose', 'jose'], ['express-jwt', 'express-jwt'],
  ['passport-jwt', 'passport-jwt'], ['fast-jwt', 'fast-jwt'], ['@nestjs/jwt', 'nestjs-jwt'], ['crypto-js', 'crypto-js'],
  ['node-forge', 'node-forge'], ['bcrypt', 'bcrypt'], ['bcryptjs', 'bcrypt'], ['bcrypt-nodejs', 'bcrypt'],
  ['@node-rs/bcrypt', 'bcrypt'], ['argon2', 'argon2'], ['@node-rs/argon2', 'node-rs-argon2'], ['util', 'util'],
]);

/** crypto-js file names (its package has one file per algorithm) and the member of the whole library each one is. */
const CRYPTO_JS_FILES: ReadonlyMap<string, readonly string[]> = new Map([
  ['md5', ['MD5']], ['sha1', ['SHA1']], ['sha224', ['SHA224']], ['sha256', ['SHA256']], ['sha384', ['SHA384']],
  ['sha512', ['SHA512']], ['sha3', ['SHA3']], ['ripemd160', ['RIPEMD160']], ['hmac-md5', ['HmacMD5']],
  ['hmac-sha1', ['HmacSHA1']], ['hmac-sha224', ['HmacSHA224']], ['hmac-sha256', ['HmacSHA256']],
  ['hmac-sha384', ['HmacSHA384']], ['hmac-sha512', ['HmacSHA512']], ['hmac-sha3', ['HmacSHA3']],
  ['hmac-ripemd160', ['HmacRIPEMD160']], ['pbkdf2', ['PBKDF2']], ['evpkdf', ['EvpKDF']], ['aes', ['AES']], ['tripledes', ['TripleDES']],
  ['rc4', ['RC4']], ['rabbit', ['Rabbit']], ['rabbit-legacy', ['RabbitLegacy']], ['blowfish', ['Blowfish']],
  ['mode-cfb', ['mode', 'CFB']], ['mode-ctr', ['mode', 'CTR']], ['mode-ctr-gladman', ['mode', 'CTRGladman']],
  ['mode-ofb', ['mode', 'OFB']], ['mode-ecb', ['mode', 'ECB']], ['core', []], ['index', []],
]);

/**
 * The library an import specifier names, or undefined for any other module (relative files, other packages).
 * @example
 * moduleTarget('node:crypto');    // { root: 'crypto', path: [] }
 * moduleTarget('crypto-js/md5');  // { root: 'crypto-js', path: ['MD5'] }
 * moduleTarget('./crypto');       // undefined
 */
export function moduleTarget(specifier: string): ModuleTarget | undefined {
  const spec = specifier.startsWith('node:') ? specifier.slice(5) : specifier;
  const direct = DIRECT.get(spec);
  if (direct) return { root: direct, path: [] };
  if (spec.startsWith('crypto-js/')) {
    const file = spec.slice('crypto-js/'.length).replace(/\.js$/, '');
    const path = CRYPTO_JS_FILES.get(file);
    return path ? { root: 'crypto-js', path } : undefined;
  }
  // jose's subpath exports (`jose/jwt/sign`, `jose/key/generate/keypair`) each export the same names as the package.
  if (spec.startsWith('jose/')) return { root: 'jose', path: [] };
  if (spec === 'crypto/webcrypto') return { root: 'crypto', path: ['webcrypto'] };
  return undefined;
}

/** Names that, when nothing in the file declares them, are globals naming one of the libraries. */
export const GLOBAL_ROOTS: ReadonlyMap<string, ModuleTarget> = new Map<string, ModuleTarget>([
  // WebCrypto's `crypto` (and in Node.js the same object as require('crypto').webcrypto); code that calls
  // `crypto.createHash` on it had imported Node's module some way we could not see, so both read the same.
  ['crypto', { root: 'crypto', path: [] }],
  // Browser builds of crypto-js and node-forge define these globals.
  ['CryptoJS', { root: 'crypto-js', path: [] }],
  ['forge', { root: 'node-forge', path: [] }],
]);

/** Globals that hold the global object, whose `crypto` member is WebCrypto. */
export const GLOBAL_OBJECTS: ReadonlySet<string> = new Set(['window', 'self', 'globalThis', 'global']);
