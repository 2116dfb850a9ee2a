/**
 * A recognised call into one of the libraries, and the helpers every API reader shares: the value of an argument or of an
 * option, the node that spells one segment of the callee (`MD5` in `CryptoJS.MD5(x)`), and the common shape "this
 * argument names an algorithm": a string is a usage, a value chosen at run time is `dynamic`, and an omitted argument
 * (the library's default) is nothing, since defaults in code are not flagged.
 * @module
 */
import { resolve } from '../../names/resolve.js';
import { unwrap, type Node } from './ast.js';
import type { Callers } from './callers.js';
import type { Emitter, Subject } from './emit.js';
import type { Evaluator, Value } from './evaluate.js';
import type { ModuleRoot } from './modules.js';
import type { Scope } from './scope.js';

/** How each library is named in messages. */
const DISPLAY: Readonly<Record<ModuleRoot, string>> = {
  crypto: 'crypto', tls: 'tls', https: 'https', http2: 'http2', jsonwebtoken: 'jwt', jws: 'jws', jwa: 'jwa', jose: 'jose',
  'express-jwt': 'expressjwt', 'passport-jwt': 'passport-jwt', 'fast-jwt': 'fast-jwt', 'nestjs-jwt': 'JwtModule',
  'crypto-js': 'CryptoJS', 'node-forge': 'forge', bcrypt: 'bcrypt', argon2: 'argon2', 'node-rs-argon2': 'argon2', util: 'util',
};

/** One call (or `new`) whose callee is a member of a library. */
export class Site {
  /** The callee path without the final call, e.g. ['createHash'] or ['SignJWT', 'new', 'setProtectedHeader']. */
  readonly path: readonly string[];

  constructor(
    readonly root: ModuleRoot,
    path: readonly string[],
    /** The CallExpression or NewExpression. */
    readonly node: Node,
    readonly args: readonly Node[],
    readonly scope: Scope,
    readonly ev: Evaluator,
    readonly emit: Emitter,
    /** The expression naming a member only known at run time (`forge.md[alg]`). */
    readonly dynamicMember?: Node,
    /** The calls of the module's functions, to follow a parameter back to what callers pass. */
    readonly callers?: Callers,
  ) {
    this.path = path;
  }

  /** `crypto.createHash`, `CryptoJS.AES.encrypt`, `jose.SignJWT#setProtectedHeader`. */
  get api(): string {
    let out = DISPLAY[this.root];
    this.path.forEach((seg, i) => {
      if (seg === '()' || seg === 'new') return;
      const after = this.path[i - 1];
      out += `${after === 'new' || after === '()' ? '#' : '.'}${seg}`;
    });
    return out;
  }

  /** The last segment of the path. */
  get method(): string | undefined {
    return this.path[this.path.length - 1];
  }

  arg(i: number): Node | undefined {
    const a = this.args[i];
    return a && a.type !== 'SpreadElement' && a.type !== 'ArgumentPlaceholder' ? a : undefined;
  }

  /** The value of argument i (undefined when absent). */
  value(i: number): Value | undefined {
    const a = this.arg(i);
    return a ? this.ev.evaluate(a, this.scope) : undefined;
  }

  /** The node that spells segment `index` of the path, or the callee when the segment is not written here. */
  segmentNode(index: number): Node {
    const call = this.node as Node & { callee?: Node };
    let n: Node = unwrap(call.callee ?? this.node);
    for (let i = this.path.length - 1; i > index; i--) {
      const seg = this.path[i];
      if ((n.type === 'MemberExpression' || n.type === 'OptionalMemberExpression') && seg !== '()' && seg !== 'new') n = unwrap(n.object);
      else if ((n.type === 'CallExpression' || n.type === 'OptionalCallExpression') && seg === '()') n = unwrap(n.callee);
      else if (n.type === 'NewExpression' && seg === 'new') n = unwrap(n.callee);
      else return unwrap(call.callee ?? this.node);
    }
    if (n.type === 'MemberExpression' || n.type === 'OptionalMemberExpression') return n.property;
    return n;
  }

  /**
   * An argument or option that names an algorithm: a string becomes a usage (subject from `subject`, or the string
   * itself), a run-time value a `dynamic`, an absent one nothing. Gives the string value when there is one.
   */
  algorithm(value: Value | undefined, subject?: (name: string) => Subject | undefined, what?: string): string | undefined {
    if (!value) return undefined;
    if (value.t === 'str') {
      if (value.v.trim() === '') return undefined;
      const s = subject ? subject(value.v) : value.v;
      if (s !== undefined) this.emit.usage(value, value.v, s, this.api, this.node);
      return value.v;
    }
    if (isDynamic(value)) this.unresolved(value, subject, what);
    return undefined;
  }

  /**
   * A value chosen at run time: a `dynamic` where it is chosen, and when it is a parameter of a function of this module,
   * a usage at each literal the module's calls pass for it (or at the parameter's default).
   */
  unresolved(value: Value, subject?: (name: string) => Subject | undefined, what?: string): void {
    this.emit.dynamic(value.node, this.api, this.node, what);
    for (const { value: passed, via } of this.callers?.passed(value.node, this.scope) ?? []) {
      if (passed.t !== 'str' || passed.v.trim() === '') continue;
      const s = subject ? subject(passed.v) : passed.v;
      if (s !== undefined) this.emit.usage(passed, passed.v, s, `${this.api} through ${via}()`, this.node);
    }
  }

  /** A member of an options object (undefined when the object or the member is absent). */
  option(obj: Value | undefined, key: string): Value | undefined {
    if (!obj || obj.t !== 'obj') return undefined;
    const v = obj.get(key);
    if (v === undefined && obj.open) return { t: 'unknown', node: obj.node };
    return v;
  }
}

/**
 * Whether a value is chosen at run time (as opposed to absent, or of a type that names no algorithm).
 * @example
 * isDynamic(ev.evaluate(paramNode, scope)); // true
 */
export function isDynamic(v: Value): boolean {
  return v.t === 'unknown';
}

/**
 * An HMAC over a digest, in a spelling resolve() reads (`hmac-sha256`); the digest alone when no such name exists.
 * @example
 * hmacName('sha256');     // 'hmac-sha256'
 * hmacName('RSA-SHA256'); // 'RSA-SHA256'
 */
export function hmacName(digest: string): string {
  const name = `hmac-${digest}`;
  return resolve(name) ? name : digest;
}

/**
 * The canonical id of a curve name (`prime256v1` and `P-256` are `secp256r1`), as resolve() reads it; the name itself when
 * resolve() does not know it.
 * @example
 * curveId('prime256v1'); // 'secp256r1'
 */
export function curveId(name: string): string {
  const u = resolve(name);
  return u?.curve ?? u?.components?.find((c) => c.curve)?.curve ?? name;
}
