/**
 * The analysis of one parsed module: scopes and bindings first (scope.ts), then one walk that evaluates the callee of
 * every call and `new`, and hands the calls into a known library to that library's reader (apis/*), together with the
 * few assignments that configure cryptography (`tls.DEFAULT_MIN_VERSION = ...`, a JWT options object's `algorithms`).
 * @module
 */
import type { Program } from '@babel/types';
import type { Extraction } from '../../scan/types.js';
import { staticKey, unwrap } from './ast.js';
import { cryptoJs } from './apis/crypto-js.js';
import { forge, forgeKeyScheme } from './apis/forge.js';
import { jose, jsonwebtoken, jwsJwa, jwtMiddleware, jwtOptionAssignment } from './apis/jwt.js';
import { nodeCrypto } from './apis/node-crypto.js';
import { passwordHash } from './apis/password.js';
import { tlsCall, tlsDefaultAssignment } from './apis/tls.js';
import { webCrypto } from './apis/webcrypto.js';
import { Emitter } from './emit.js';
import { Evaluator } from './evaluate.js';
import { ModuleLoader, type ImportContext } from './imports.js';
import { Callers } from './callers.js';
import { buildScopes } from './scope.js';
import { Site } from './site.js';

const USES_JWT = /jsonwebtoken|['"`](?:jws|jose|fast-jwt|express-jwt|passport-jwt|@nestjs\/jwt)['"`]/;
const IMPORTS_FORGE = /['"`]node-forge['"`]/;
const GLOBAL_FORGE = /\bforge\./;

/** Where the analysed file is, for following its imports of other project files. */
export interface ModuleContext extends ImportContext {
  readonly absolutePath: string;
}

/**
 * The extractions of one module. With a context, values imported from other files of the project are followed.
 * @example
 * analyze(parseSource(text, path).program!, text, path); // [{ kind: 'usage', input: 'md5', ... }]
 */
export function analyze(program: Program, text: string, path: string, ctx?: ModuleContext): Extraction[] {
  const tree = buildScopes(program);
  const dir = ctx ? ctx.absolutePath.replace(/[\\/][^\\/]*$/, '') || '/' : undefined;
  const ev = new Evaluator(tree, { path, ...(ctx && dir !== undefined ? { loader: new ModuleLoader(ctx), dir } : {}) });
  const emit = new Emitter(path, text);
  const callers = new Callers(tree, ev);
  const usesJwt = USES_JWT.test(text);
  // forge's own modules reach it through a relative require: only a consumer of the package (or its browser global) counts.
  const usesForge = IMPORTS_FORGE.test(text) || (GLOBAL_FORGE.test(text) && !tree.root.lookup('forge'));

  for (const { node, scope } of tree.sites) {
    switch (node.type) {
      case 'CallExpression': case 'OptionalCallExpression': case 'NewExpression': {
        const callee = unwrap(node.callee);
        if (callee.type === 'Import' || callee.type === 'Super' || callee.type === 'V8IntrinsicIdentifier') break;
        const fn = ev.evaluate(callee, scope);
        if (fn.t === 'ref' && fn.root !== 'global') {
          const path = node.type === 'NewExpression' ? [...fn.path, 'new'] : fn.path;
          dispatch(new Site(fn.root, path, node, node.arguments, scope, ev, emit, fn.dynamic, callers));
        } else if (usesForge && (callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression')) {
          const method = staticKey(callee.property, callee.computed);
          const scheme = node.arguments[1];
          if ((method === 'encrypt' || method === 'decrypt') && scheme && scheme.type !== 'SpreadElement' && scheme.type !== 'ArgumentPlaceholder') {
            forgeKeyScheme(emit, ev.evaluate(scheme, scope), method, node);
          }
        }
        break;
      }
      case 'AssignmentExpression': {
        const left = unwrap(node.left);
        if (node.operator !== '=' || (left.type !== 'MemberExpression' && left.type !== 'OptionalMemberExpression')) break;
        const member = staticKey(left.property, left.computed);
        if (member === undefined) break;
        if (member.startsWith('DEFAULT_')) {
          const target = ev.evaluate(left.object, scope);
          if (target.t === 'ref' && target.root === 'tls' && target.path.length === 0) tlsDefaultAssignment(emit, member, ev.evaluate(node.right, scope), node);
        } else if (usesJwt && (member === 'algorithm' || member === 'algorithms')) {
          jwtOptionAssignment(emit, member, ev.evaluate(node.right, scope), node);
        }
        break;
      }
      default:
        break;
    }
  }
  return emit.out;
}

function dispatch(site: Site): void {
  switch (site.root) {
    case 'crypto':
      if (site.path[0] === 'subtle') webCrypto(site);
      else nodeCrypto(site);
      return;
    case 'tls': case 'https': case 'http2':
      tlsCall(site);
      return;
    case 'jsonwebtoken':
      jsonwebtoken(site);
      return;
    case 'jws': case 'jwa':
      jwsJwa(site);
      return;
    case 'jose':
      jose(site);
      return;
    case 'express-jwt': case 'passport-jwt': case 'fast-jwt': case 'nestjs-jwt':
      jwtMiddleware(site);
      return;
    case 'crypto-js':
      cryptoJs(site);
      return;
    case 'node-forge':
      forge(site);
      return;
    case 'bcrypt': case 'argon2': case 'node-rs-argon2':
      passwordHash(site);
      return;
    case 'util':
      return;
  }
}

