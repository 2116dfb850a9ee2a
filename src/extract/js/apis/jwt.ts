/**
 * JSON Web Token libraries, whose algorithms are JOSE names (RFC 7518 `alg`/`enc` values: `HS256`, `RS256`, `none`,
 * `RSA-OAEP-256`, `A256GCM`):
 * - jsonwebtoken (README, v9): `sign(payload, key, { algorithm, header: { alg } })`, `verify(token, key, { algorithms })`;
 * - jws and jwa, which jsonwebtoken is built on: `jws.sign({ header: { alg } })`, `jws.createSign(...)`,
 *   `jws.verify(signature, alg, key)`, `jws.createVerify({ algorithm })`, `jwa(alg)`;
 * - jose (panva/jose v4-v6 API): the `setProtectedHeader({ alg, enc })` of its builders (SignJWT, EncryptJWT, CompactSign,
 *   CompactEncrypt, FlattenedSign, FlattenedEncrypt, GeneralSign, GeneralEncrypt), `algorithms`,
 *   `keyManagementAlgorithms` and `contentEncryptionAlgorithms` of the verify and decrypt functions, `generateKeyPair(alg,
 *   { modulusLength, crv })`, `generateSecret(alg)`, `importPKCS8`/`importSPKI`/`importX509`/`importJWK(…, alg)`;
 * - express-jwt, passport-jwt, fast-jwt and @nestjs/jwt options (`algorithms`, `algorithm`, `signOptions`, `verifyOptions`).
 * `dir` (direct use of a shared key) names no algorithm and is left out.
 * @module
 */
import { resolve } from '../../../names/resolve.js';
import type { Node } from '../ast.js';
import type { Emitter } from '../emit.js';
import type { Value } from '../evaluate.js';
import { isDynamic, type Site } from '../site.js';

/**
 * The subject of a JOSE algorithm name: read as JOSE (`none` is the unsecured JWS, not SSH's `none` cipher).
 * @example
 * joseSubject('RS256'); // 'jose:RS256'
 * joseSubject('dir');   // undefined
 */
export function joseSubject(name: string): string | undefined {
  if (name === 'dir') return undefined;
  const prefixed = `jose:${name}`;
  return resolve(prefixed) ? prefixed : name;
}

/** A JOSE `alg` or `enc` value (or a list of them): each name a usage, a run-time value a dynamic. */
function names(site: Site, v: Value | undefined, what: string): void {
  if (!v || v.t === 'undef') return;
  for (const item of v.t === 'arr' ? v.items : [v]) {
    if (item.t === 'str') site.algorithm(item, joseSubject, what);
    else if (isDynamic(item)) site.unresolved(item, joseSubject, what);
  }
  if (v.t === 'arr' && v.open) site.emit.dynamic(v.node, site.api, site.node, what);
}

/**
 * Reads a jsonwebtoken call.
 * @example
 * jsonwebtoken(site); // for `jwt.sign(p, k, { algorithm: 'none' })`: a usage of the JOSE `none`
 */
export function jsonwebtoken(site: Site): void {
  if (site.path.length !== 1) return;
  const opts = site.value(2);
  if (site.method === 'sign') {
    names(site, site.option(opts, 'algorithm'), 'algorithm');
    names(site, site.option(site.option(opts, 'header'), 'alg'), 'header.alg');
  } else if (site.method === 'verify') names(site, site.option(opts, 'algorithms'), 'algorithms');
}

/**
 * Reads a jws or jwa call.
 * @example
 * jwsJwa(site); // for `jwa('HS512')`: a usage of HS512
 */
export function jwsJwa(site: Site): void {
  if (site.root === 'jwa') {
    if (site.path.length === 0) names(site, site.value(0), 'algorithm');
    return;
  }
  if (site.path.length !== 1) return;
  switch (site.method) {
    case 'sign': case 'createSign':
      names(site, site.option(site.option(site.value(0), 'header'), 'alg'), 'header.alg');
      return;
    case 'verify':
      names(site, site.value(1), 'algorithm');
      return;
    case 'createVerify':
      names(site, site.option(site.value(0), 'algorithm'), 'algorithm');
      return;
    default:
      return;
  }
}

const HEADER_SETTERS: ReadonlySet<string> = new Set(['setProtectedHeader', 'setUnprotectedHeader', 'setSharedUnprotectedHeader']);

/**
 * Reads a jose call.
 * @example
 * jose(site); // for `new SignJWT(c).setProtectedHeader({ alg: 'RS256' })`: a usage of RS256
 */
export function jose(site: Site): void {
  const p = site.path;
  const method = site.method ?? '';
  if (HEADER_SETTERS.has(method) && p.includes('new')) {
    const header = site.value(0);
    names(site, site.option(header, 'alg'), 'alg');
    names(site, site.option(header, 'enc'), 'enc');
    return;
  }
  if (p.length === 2 && p[0] === 'JWT' && (p[1] === 'sign' || p[1] === 'verify')) {
    // jose v2's JWT.sign(payload, key, { algorithm }) and JWT.verify(token, key, { algorithms }).
    const opts = site.value(2);
    names(site, site.option(opts, p[1] === 'sign' ? 'algorithm' : 'algorithms'), p[1] === 'sign' ? 'algorithm' : 'algorithms');
    return;
  }
  if (p.length !== 1) return;
  switch (method) {
    case 'jwtVerify': case 'compactVerify': case 'flattenedVerify': case 'generalVerify':
      names(site, site.option(site.value(2), 'algorithms'), 'algorithms');
      return;
    case 'jwtDecrypt': case 'compactDecrypt': case 'flattenedDecrypt': case 'generalDecrypt': {
      const opts = site.value(2);
      names(site, site.option(opts, 'keyManagementAlgorithms'), 'keyManagementAlgorithms');
      names(site, site.option(opts, 'contentEncryptionAlgorithms'), 'contentEncryptionAlgorithms');
      return;
    }
    case 'generateKeyPair': case 'generateSecret': {
      names(site, site.value(0), 'alg');
      const opts = site.value(1);
      const bits = site.option(opts, 'modulusLength');
      if (bits?.t === 'num') site.emit.usage(bits, site.emit.source(bits.node), { algorithm: 'rsa', keyBits: bits.v }, site.api, site.node);
      else if (bits && isDynamic(bits) && bits.node !== (opts?.node ?? bits.node)) site.emit.dynamic(bits.node, site.api, site.node, 'modulusLength');
      names(site, site.option(opts, 'crv'), 'crv');
      return;
    }
    case 'importPKCS8': case 'importSPKI': case 'importX509': case 'importJWK':
      names(site, site.value(1), 'alg');
      return;
    default:
      return;
  }
}

/**
 * Reads express-jwt, passport-jwt, fast-jwt and @nestjs/jwt options.
 * @example
 * jwtMiddleware(site); // for `expressjwt({ secret, algorithms: ['HS256'] })`: a usage of HS256
 */
export function jwtMiddleware(site: Site): void {
  const p = site.path.filter((s) => s !== 'new');
  const key = p.join('.');
  switch (site.root) {
    case 'express-jwt':
      if (key === '' || key === 'expressjwt' || key === 'expressJwt') names(site, site.option(site.value(0), 'algorithms'), 'algorithms');
      return;
    case 'passport-jwt':
      if (key === 'Strategy') names(site, site.option(site.value(0), 'algorithms'), 'algorithms');
      return;
    case 'fast-jwt':
      if (key === 'createSigner') names(site, site.option(site.value(0), 'algorithm'), 'algorithm');
      if (key === 'createVerifier') names(site, site.option(site.value(0), 'algorithms'), 'algorithms');
      return;
    case 'nestjs-jwt':
      if (key === 'JwtModule.register' || key === 'JwtService') {
        const opts = site.value(0);
        names(site, site.option(site.option(opts, 'signOptions'), 'algorithm'), 'signOptions.algorithm');
        names(site, site.option(site.option(opts, 'verifyOptions'), 'algorithms'), 'verifyOptions.algorithms');
      }
      return;
    default:
      return;
  }
}

/** JOSE algorithm names, to tell an `algorithms` assignment about JWTs from one about anything else. */
const JOSE_NAME = /^(?:[HRPE]S(?:256|384|512)|ES256K|EdDSA|Ed25519|Ed448|none|RSA1_5|RSA-OAEP(?:-\d+)?|A(?:128|192|256)(?:GCM)?KW|A(?:128|192|256)GCM|A(?:128|192|256)CBC-HS(?:256|384|512)|ECDH-ES(?:\+A\d+KW)?|PBES2-HS\d+\+A\d+KW|dir)$/;

/**
 * `options.algorithms = ['RS256']` or `opts.algorithm = 'HS256'` in a module that uses a JWT library: the options object is
 * on its way to sign or verify (jsonwebtoken itself fills in its defaults this way). Only JOSE names count.
 * @example
 * jwtOptionAssignment(emit, 'algorithms', ev.evaluate(right, scope), assignment); // `options.algorithms = ['HS256']`
 */
export function jwtOptionAssignment(emit: Emitter, member: string, value: Value, use: Node): void {
  if (member !== 'algorithm' && member !== 'algorithms') return;
  const list = value.t === 'str' ? [value] : value.t === 'arr' ? value.items : [];
  for (const item of list) {
    if (item.t !== 'str' || !JOSE_NAME.test(item.v)) continue;
    const subject = joseSubject(item.v);
    if (subject !== undefined) emit.usage(item, item.v, subject, `JWT options.${member}`, use);
  }
}
