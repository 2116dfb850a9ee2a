/**
 * Constant propagation inside one module: the value an expression has wherever it runs, when the code alone decides it.
 * Followed: string, number and template literals (with or without substitutions, when each substitution is itself
 * known), `+` concatenation and arithmetic, bindings never written after their declaration (`const`, and `let`/`var`
 * with no assignment), destructuring with defaults, object and array literals with spreads, members of objects, arrays,
 * TypeScript enums and class properties (static, or on `this` when only the constructor sets them), `as const` and other
 * type assertions, `Object.freeze`/`Object.assign`, `util.promisify`, `String#toLowerCase`/`toUpperCase` and
 * `Array#join`; imports and `require()` of the libraries in modules.ts become references into those libraries.
 *
 * Anything else (a parameter, a function's result, an environment variable, a conditional, an import from another file)
 * is `unknown`: the extractor then says the algorithm is chosen at run time rather than guessing.
 *
 * A string value remembers where each of its characters was written (`parts`), so that a word inside a concatenated or
 * joined cipher string is placed at its own line and column.
 * @module
 */
import { innerSpan, spanOf, staticKey, unwrap, type Node, type Span } from './ast.js';
import { GLOBAL_OBJECTS, GLOBAL_ROOTS, moduleTarget, type ModuleRoot } from './modules.js';
import type { Binding, ClassInfo, Scope, ScopeTree, Step, Written } from './scope.js';

/** A run of a string value that was written in one place. */
export interface Part {
  /** Offset of the run in the value. */
  readonly offset: number;
  readonly length: number;
  /** Where the run's text is in the file. */
  readonly span: Span;
  /** Whether the source spells the run character for character (no escapes), so that offsets map to columns. */
  readonly exact: boolean;
  /** The file the run is written in, when the evaluator knows it. */
  readonly path?: string;
  /** Where a value imported from another file is written (the run's span is then where this file uses it). */
  readonly origin?: { readonly path: string; readonly line: number };
}

/**
 * A value known from the code, or `unknown`. `node` is where the value is written (or the expression that made it);
 * `foreign` marks a value imported from another file, which is placed anew at each use.
 */
export type Value = (
  | { readonly t: 'str'; readonly v: string; readonly parts: readonly Part[]; readonly node: Node }
  | { readonly t: 'num'; readonly v: number; readonly node: Node }
  | { readonly t: 'bool'; readonly v: boolean; readonly node: Node }
  | { readonly t: 'undef'; readonly node: Node }
  | ObjValue
  | { readonly t: 'arr'; readonly items: readonly Value[]; readonly open: boolean; readonly node: Node }
  | RefValue
  | { readonly t: 'fn'; readonly node: Node }
  | { readonly t: 'unknown'; readonly node: Node }
) & { readonly foreign?: boolean };

/** What follows imports of project files (imports.ts); absent, such imports are unknown. */
export interface ImportLoader {
  importValue(specifier: string, imported: string, dir: string, use: Node, depth?: number): Value | undefined;
}

/** Where an evaluator's module is, for following its relative imports. */
export interface EvaluatorOptions {
  readonly loader?: ImportLoader;
  /** The module's directory (absolute). */
  readonly dir?: string;
  /** The module's path as findings show it. */
  readonly path?: string;
  /** How many imports away from the analysed file this module is. */
  readonly depth?: number;
}

/** An object: its members are evaluated when first read. `open` when members may exist that the literal does not show. */
export interface ObjValue {
  readonly t: 'obj';
  readonly node: Node;
  readonly open: boolean;
  readonly foreign?: boolean;
  get(key: string): Value | undefined;
  keys(): readonly string[];
}

/**
 * A reference into a library: `crypto.createHash` is `crypto` › `createHash`; a call adds `()`, `new` adds `new`, and a
 * member under a name only known at run time adds `?` (with `dynamic` the expression that names it).
 */
export interface RefValue {
  readonly t: 'ref';
  readonly root: ModuleRoot | 'global';
  readonly path: readonly string[];
  readonly node: Node;
  readonly dynamic?: Node;
}

/** How many steps one evaluation may take; past that, the value is unknown (a bound on time for pathological code). */
const BUDGET = 50_000;
/** How deep one chain of references may go. */
const MAX_CHAIN = 64;
/** How many evaluations may be open at once (each holds a few stack frames). */
const MAX_ACTIVE = 400;

const unknown = (node: Node): Value => ({ t: 'unknown', node });

/**
 * The evaluator of one module.
 * @example
 * const ev = new Evaluator(buildScopes(program));
 * ev.evaluate(callNode.arguments[0], scope); // { t: 'str', v: 'sha256', ... }
 */
export class Evaluator {
  private readonly cache = new Map<Binding, Value>();
  private readonly busy = new Set<Binding>();
  private steps = 0;
  private active = 0;

  constructor(readonly tree: ScopeTree, private readonly options: EvaluatorOptions = {}) {}

  /** The value of a name in a scope, placed at `use` when it is not a literal of this module. */
  nameValue(name: string, scope: Scope, use: Node): Value {
    return this.identifier(name, use, scope, 0);
  }

  private importValue(specifier: string, imported: string, use: Node): Value | undefined {
    const { loader, dir } = this.options;
    if (!loader || dir === undefined) return undefined;
    return loader.importValue(specifier, imported, dir, use, this.options.depth ?? 0);
  }

  /** The value of an expression in a scope. */
  evaluate(node: Node, scope: Scope, depth = 0): Value {
    if (depth === 0 && this.active === 0) this.steps = 0;
    // Members are evaluated lazily, with the depth their object had: the count of frames really open bounds recursion.
    if (++this.steps > BUDGET || depth > MAX_CHAIN || this.active >= MAX_ACTIVE) return unknown(node);
    this.active++;
    try {
      return this.evaluateNode(node, scope, depth);
    } finally {
      this.active--;
    }
  }

  private evaluateNode(node: Node, scope: Scope, depth: number): Value {
    const n = unwrap(node);
    switch (n.type) {
      case 'StringLiteral':
        return strOf(n.value, n, innerSpan(n), rawOf(n) === n.value, this.options.path);
      case 'TemplateLiteral':
        return this.template(n, scope, depth);
      case 'NumericLiteral':
        return { t: 'num', v: n.value, node: n };
      case 'BooleanLiteral':
        return { t: 'bool', v: n.value, node: n };
      case 'NullLiteral':
        return { t: 'undef', node: n };
      case 'Identifier':
        return this.identifier(n.name, n, scope, depth);
      case 'ThisExpression': {
        const ctx = scope.thisHere();
        return ctx ? this.classObject(ctx.info, ctx.isStatic, n, depth) : unknown(n);
      }
      case 'MemberExpression': case 'OptionalMemberExpression': {
        const obj = this.evaluate(n.object, scope, depth + 1);
        const key = staticKey(n.property, n.computed) ?? (n.computed ? keyOf(this.evaluate(n.property, scope, depth + 1)) : undefined);
        return this.member(obj, key, n, n.property);
      }
      case 'CallExpression': case 'OptionalCallExpression':
        return this.call(n, scope, depth);
      case 'NewExpression': {
        const callee = this.evaluate(n.callee, scope, depth + 1);
        return callee.t === 'ref' ? refOf(callee.root, [...callee.path, 'new'], n) : unknown(n);
      }
      case 'AwaitExpression':
        return n.argument ? this.evaluate(n.argument, scope, depth + 1) : unknown(n);
      case 'SequenceExpression':
        return this.evaluate(n.expressions[n.expressions.length - 1]!, scope, depth + 1);
      case 'AssignmentExpression':
        return n.operator === '=' ? this.evaluate(n.right, scope, depth + 1) : unknown(n);
      case 'BinaryExpression':
        return this.binary(n.operator, n.left, n.right, n, scope, depth);
      case 'UnaryExpression': {
        if (n.operator === 'void') return { t: 'undef', node: n };
        const arg = this.evaluate(n.argument, scope, depth + 1);
        if (arg.t !== 'num') return unknown(n);
        if (n.operator === '-') return { t: 'num', v: -arg.v, node: n };
        if (n.operator === '+') return arg;
        if (n.operator === '~') return { t: 'num', v: ~arg.v, node: n };
        return unknown(n);
      }
      case 'ObjectExpression':
        return this.object(n, scope, depth);
      case 'ArrayExpression':
        return this.array(n, scope, depth);
      case 'FunctionExpression': case 'ArrowFunctionExpression': case 'ClassExpression':
        return { t: 'fn', node: n };
      default:
        return unknown(n);
    }
  }

  /** A member of a value (`key` undefined: a computed name not known). */
  member(obj: Value, key: string | undefined, node: Node, keyNode: Node): Value {
    switch (obj.t) {
      case 'obj': {
        if (key === undefined) return unknown(node);
        const v = obj.get(key);
        if (v && obj.foreign) return foreign(v, node);
        // A member not known for the whole object (a class field written by methods) is placed where it is read.
        if (v?.t === 'unknown' && v.node === obj.node) return unknown(node);
        return v ?? (obj.open ? unknown(node) : { t: 'undef', node });
      }
      case 'arr': {
        if (key === 'length') return obj.open ? unknown(node) : { t: 'num', v: obj.items.length, node };
        const i = key === undefined ? NaN : Number(key);
        if (!Number.isInteger(i) || i < 0) return unknown(node);
        return obj.items[i] ?? (obj.open ? unknown(node) : { t: 'undef', node });
      }
      case 'ref':
        if (obj.root === 'global') {
          if (key === 'crypto') return refOf('crypto', [], node);
          return key !== undefined && GLOBAL_OBJECTS.has(key) ? obj : unknown(node);
        }
        if (key === undefined) return { ...refOf(obj.root, [...obj.path, '?'], node), dynamic: obj.dynamic ?? keyNode };
        return obj.dynamic ? { ...refOf(obj.root, [...obj.path, key], node), dynamic: obj.dynamic } : refOf(obj.root, [...obj.path, key], node);
      case 'str':
        return key === 'length' ? { t: 'num', v: obj.v.length, node } : unknown(node);
      default:
        return unknown(node);
    }
  }

  private identifier(name: string, node: Node, scope: Scope, depth: number): Value {
    const b = scope.lookup(name);
    if (!b) {
      if (name === 'undefined') return { t: 'undef', node };
      const root = GLOBAL_ROOTS.get(name);
      if (root) return refOf(root.root, root.path, node);
      if (GLOBAL_OBJECTS.has(name)) return refOf('global', [], node);
      return unknown(node);
    }
    let v = this.cache.get(b);
    if (!v) {
      if (this.busy.has(b)) return unknown(node);
      this.busy.add(b);
      try {
        v = this.bindingValue(b, node, depth);
      } finally {
        this.busy.delete(b);
      }
      this.cache.set(b, v);
    }
    // A library member, a function, a run-time value or anything from another file is placed where it is used; a literal
    // of this file stays where it is written.
    if (v.foreign) return foreign(v, node);
    return v.t === 'ref' || v.t === 'unknown' || v.t === 'fn' ? { ...v, node } : v;
  }

  private bindingValue(b: Binding, node: Node, depth: number): Value {
    const src = b.source;
    switch (src.kind) {
      case 'import': {
        const target = moduleTarget(src.module);
        if (!target) return this.importValue(src.module, src.imported, node) ?? unknown(node);
        // A library's default export is the module itself (CommonJS interop, and ESM namespaces alike here).
        const whole = src.imported === '*' || src.imported === 'default';
        return refOf(target.root, whole ? target.path : [...target.path, src.imported], node);
      }
      case 'init': {
        if (b.writes > 0) return unknown(node);
        let v = this.evaluate(src.node, src.scope, depth + 1);
        src.steps.forEach((step, i) => {
          v = this.step(v, step, node);
          const fallback = src.defaults[i];
          if (fallback && v.t === 'undef') v = this.evaluate(fallback, src.scope, depth + 1);
        });
        return this.withMemberWrites(v, b, depth);
      }
      case 'enum':
        return this.enumObject(src.node, b.scope, depth);
      case 'class':
        return this.withMemberWrites(this.classObject(src.info, true, node, depth), b, depth);
      case 'none':
        return b.kind === 'function' ? { t: 'fn', node } : unknown(node);
    }
  }

  private step(v: Value, step: Step, node: Node): Value {
    if ('prop' in step) return this.member(v, step.prop, node, node);
    if ('index' in step) return this.member(v, String(step.index), node, node);
    return unknown(node);
  }

  /** An object whose members the code assigns later: a member assigned once, where the literal lacks it, takes that value. */
  private withMemberWrites(v: Value, b: Binding, depth: number): Value {
    // An array grown in place keeps the items it was written with, and may have more.
    if (b.mutated && v.t === 'arr') return { ...v, open: true };
    if (b.mutated && v.t === 'obj') return lazyObject(v.node, true, () => v.keys(), (key) => v.get(key));
    if (b.memberWrites.size === 0 && !b.anyMemberWritten) return v;
    if (v.t === 'ref') return v;
    const base = v.t === 'obj' ? v : undefined;
    const node = v.node;
    const written = b.memberWrites;
    const any = b.anyMemberWritten;
    const self = this;
    return lazyObject(node, true, () => [...new Set([...(base?.keys() ?? []), ...written.keys()])], (key) => {
      if (any) return unknown(node);
      const writes = written.get(key);
      const own = base?.get(key);
      if (!writes) return own ?? (base && !base.open && v.t === 'obj' ? undefined : unknown(node));
      if (writes.length === 1 && own === undefined && writes[0]!.node) return self.evaluate(writes[0]!.node, writes[0]!.scope, depth + 1);
      return unknown(node);
    });
  }

  private classObject(info: ClassInfo, isStatic: boolean, node: Node, depth: number): Value {
    const props = isStatic ? info.statics : info.instance;
    const scope = info.scope;
    if (!scope) return unknown(node);
    return lazyObject(node, true, () => [...props.keys()], (key) => {
      if (isStatic) {
        const init = props.get(key);
        return init ? this.evaluate(init, scope, depth + 1) : undefined;
      }
      if (info.otherWrites.has(key) || info.otherWrites.has('*')) return unknown(node);
      const init = props.get(key);
      const writes: readonly Written[] = info.constructorWrites.get(key) ?? [];
      if (init && writes.length === 0) return this.evaluate(init, scope, depth + 1);
      if (!init && writes.length === 1 && writes[0]!.node) return this.evaluate(writes[0]!.node, writes[0]!.scope, depth + 1);
      return undefined;
    });
  }

  private enumObject(node: Node, scope: Scope, depth: number): Value {
    if (node.type !== 'TSEnumDeclaration') return unknown(node);
    const members = new Map<string, Value>();
    let next = 0;
    for (const m of node.members) {
      const key = m.id.type === 'Identifier' ? m.id.name : m.id.value;
      let v: Value;
      if (m.initializer) v = this.evaluate(m.initializer, scope, depth + 1);
      else v = { t: 'num', v: next, node: m };
      next = v.t === 'num' ? v.v + 1 : NaN;
      members.set(key, v);
    }
    return { t: 'obj', node, open: false, get: (k) => members.get(k), keys: () => [...members.keys()] };
  }

  private template(n: Node & { type: 'TemplateLiteral' }, scope: Scope, depth: number): Value {
    let v = '';
    const parts: Part[] = [];
    for (let i = 0; i < n.quasis.length; i++) {
      const q = n.quasis[i]!;
      const cooked = q.value.cooked;
      if (cooked === undefined || cooked === null) return unknown(n);
      if (cooked.length) {
        parts.push({ offset: v.length, length: cooked.length, span: spanOf(q), exact: cooked === q.value.raw, ...(this.options.path ? { path: this.options.path } : {}) });
      }
      v += cooked;
      const e = n.expressions[i];
      if (!e) continue;
      const ev = this.evaluate(e, scope, depth + 1);
      if (ev.t === 'str') {
        for (const p of ev.parts) parts.push({ ...p, offset: v.length + p.offset });
        v += ev.v;
      } else if (ev.t === 'num') v += String(ev.v);
      else return unknown(n);
    }
    return { t: 'str', v, parts, node: n };
  }

  private binary(op: string, leftNode: Node, rightNode: Node, n: Node, scope: Scope, depth: number): Value {
    if (op !== '+' && op !== '-' && op !== '*' && op !== '/' && op !== '%' && op !== '**' && op !== '<<' && op !== '>>' && op !== '|' && op !== '&') return unknown(n);
    const left = this.evaluate(leftNode, scope, depth + 1);
    if (left.t !== 'str' && left.t !== 'num') return unknown(n);
    const right = this.evaluate(rightNode, scope, depth + 1);
    if (right.t !== 'str' && right.t !== 'num') return unknown(n);
    if (op === '+' && (left.t === 'str' || right.t === 'str')) return concat(left, right, n);
    if (left.t !== 'num' || right.t !== 'num') return unknown(n);
    const a = left.v;
    const b = right.v;
    const r = op === '+' ? a + b : op === '-' ? a - b : op === '*' ? a * b : op === '/' ? a / b : op === '%' ? a % b
      : op === '**' ? a ** b : op === '<<' ? a << b : op === '>>' ? a >> b : op === '|' ? a | b : a & b;
    return { t: 'num', v: r, node: n };
  }

  private object(n: Node & { type: 'ObjectExpression' }, scope: Scope, depth: number): Value {
    const entries = new Map<string, () => Value>();
    let open = false;
    for (const p of n.properties) {
      if (p.type === 'SpreadElement') {
        const spread = this.evaluate(p.argument, scope, depth + 1);
        if (spread.t === 'obj') {
          for (const k of spread.keys()) entries.set(k, () => spread.get(k) ?? unknown(p));
          if (spread.open) open = true;
        } else if (spread.t !== 'undef') open = true;
        continue;
      }
      const key = staticKey(p.key, p.computed) ?? (p.computed ? keyOf(this.evaluate(p.key, scope, depth + 1)) : undefined);
      if (key === undefined) {
        open = true;
        continue;
      }
      if (p.type === 'ObjectMethod') entries.set(key, () => ({ t: 'fn', node: p }));
      else {
        const valueNode = p.value;
        entries.set(key, () => this.evaluate(valueNode, scope, depth + 1));
      }
    }
    const memo = new Map<string, Value>();
    return lazyObject(n, open, () => [...entries.keys()], (key) => {
      const known = memo.get(key);
      if (known) return known;
      const thunk = entries.get(key);
      if (!thunk) return undefined;
      const v = thunk();
      memo.set(key, v);
      return v;
    });
  }

  private array(n: Node & { type: 'ArrayExpression' }, scope: Scope, depth: number): Value {
    const items: Value[] = [];
    let open = false;
    for (const el of n.elements) {
      if (!el) {
        items.push({ t: 'undef', node: n });
        continue;
      }
      if (el.type === 'SpreadElement') {
        const spread = this.evaluate(el.argument, scope, depth + 1);
        if (spread.t === 'arr') {
          items.push(...spread.items);
          if (spread.open) open = true;
        } else {
          open = true;
        }
        continue;
      }
      items.push(this.evaluate(el, scope, depth + 1));
    }
    return { t: 'arr', items, open, node: n };
  }

  private call(n: Node & { type: 'CallExpression' | 'OptionalCallExpression' }, scope: Scope, depth: number): Value {
    const callee = unwrap(n.callee);
    const args = n.arguments;
    const arg0 = args[0];
    if ((callee.type === 'Import' || (callee.type === 'Identifier' && callee.name === 'require' && !scope.lookup('require'))) && arg0) {
      const spec = this.evaluate(arg0, scope, depth + 1);
      const target = spec.t === 'str' ? moduleTarget(spec.v) : undefined;
      if (target) return refOf(target.root, target.path, n);
      return (spec.t === 'str' ? this.importValue(spec.v, '*', n) : undefined) ?? unknown(n);
    }
    if (callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') {
      const method = staticKey(callee.property, callee.computed);
      const objNode = unwrap(callee.object);
      if (objNode.type === 'Identifier' && objNode.name === 'Object' && !scope.lookup('Object')) {
        if (method === 'freeze' && arg0) return this.evaluate(arg0, scope, depth + 1);
        if (method === 'assign') return this.assign(n, scope, depth);
      }
      if (method === 'toLowerCase' || method === 'toUpperCase' || method === 'trim' || method === 'join' || method === 'concat') {
        const obj = this.evaluate(callee.object, scope, depth + 1);
        if (obj.t === 'str' && method === 'toLowerCase') return { ...obj, v: obj.v.toLowerCase(), node: n };
        if (obj.t === 'str' && method === 'toUpperCase') return { ...obj, v: obj.v.toUpperCase(), node: n };
        if (obj.t === 'str' && method === 'trim' && obj.v.trim() === obj.v) return { ...obj, node: n };
        if (obj.t === 'arr' && method === 'join' && !obj.open) return this.join(obj, args[0], n, scope, depth);
        if (obj.t === 'arr' && method === 'concat' && !obj.open) {
          const rest = args.map((a) => this.evaluate(a, scope, depth + 1));
          if (rest.some((r) => r.t === 'arr' && r.open)) return unknown(n);
          return { t: 'arr', items: [...obj.items, ...rest.flatMap((r) => (r.t === 'arr' ? r.items : [r]))], open: false, node: n };
        }
        if (obj.t !== 'unknown' && obj.t !== 'ref') return unknown(n);
      }
    }
    if (callee.type === 'Identifier' && callee.name === 'String' && !scope.lookup('String') && arg0) {
      const v = this.evaluate(arg0, scope, depth + 1);
      return v.t === 'str' ? v : unknown(n);
    }
    const fn = this.evaluate(callee, scope, depth + 1);
    if (fn.t === 'ref') {
      if (fn.root === 'util' && fn.path.length === 1 && fn.path[0] === 'promisify' && arg0) return this.evaluate(arg0, scope, depth + 1);
      const result = refOf(fn.root, [...fn.path, '()'], n);
      return fn.dynamic ? { ...result, dynamic: fn.dynamic } : result;
    }
    if (callee.type === 'Identifier' && callee.name === 'promisify' && arg0) {
      const v = this.evaluate(arg0, scope, depth + 1);
      if (v.t === 'ref') return v;
    }
    return unknown(n);
  }

  private assign(n: Node & { type: 'CallExpression' | 'OptionalCallExpression' }, scope: Scope, depth: number): Value {
    const sources = n.arguments.map((a) => (a.type === 'SpreadElement' ? unknown(a) : this.evaluate(a, scope, depth + 1)));
    const objects: ObjValue[] = [];
    let open = false;
    for (const s of sources) {
      if (s.t === 'obj') {
        objects.push(s);
        if (s.open) open = true;
      } else if (s.t !== 'undef') open = true;
    }
    return lazyObject(n, open, () => [...new Set(objects.flatMap((o) => o.keys()))], (key) => {
      // Later sources win; an open source after a closed one may hide the value.
      for (let i = objects.length - 1; i >= 0; i--) {
        const v = objects[i]!.get(key);
        if (v !== undefined) return v;
        if (objects[i]!.open) return unknown(n);
      }
      return undefined;
    });
  }

  private join(arr: Value & { t: 'arr' }, sepNode: Node | undefined, n: Node, scope: Scope, depth: number): Value {
    let sep = ',';
    if (sepNode) {
      const s = this.evaluate(sepNode, scope, depth + 1);
      if (s.t !== 'str') return unknown(n);
      sep = s.v;
    }
    let v = '';
    const parts: Part[] = [];
    arr.items.forEach((item, i) => {
      if (i > 0) v += sep;
      if (item.t === 'str') {
        for (const p of item.parts) parts.push({ ...p, offset: v.length + p.offset });
        v += item.v;
      } else if (item.t === 'num') v += String(item.v);
      else v = '\u0000';
    });
    if (v.includes('\u0000')) return unknown(n);
    return { t: 'str', v, parts, node: n };
  }
}

function rawOf(n: Node): string | undefined {
  const raw = (n as { extra?: { raw?: unknown } }).extra?.raw;
  return typeof raw === 'string' ? raw.slice(1, -1) : undefined;
}

function strOf(v: string, node: Node, span: Span, exact: boolean, path?: string): Value {
  return { t: 'str', v, node, parts: v.length ? [{ offset: 0, length: v.length, span, exact, ...(path ? { path } : {}) }] : [] };
}

function concat(left: Value & { t: 'str' | 'num' }, right: Value & { t: 'str' | 'num' }, n: Node): Value {
  const lv = String(left.v);
  const parts = [...(left.t === 'str' ? left.parts : [])];
  if (right.t === 'str') for (const p of right.parts) parts.push({ ...p, offset: lv.length + p.offset });
  return { t: 'str', v: lv + String(right.v), parts, node: n };
}

function keyOf(v: Value): string | undefined {
  return v.t === 'str' ? v.v : v.t === 'num' ? String(v.v) : undefined;
}

function lazyObject(node: Node, open: boolean, keys: () => readonly string[], get: (key: string) => Value | undefined): ObjValue {
  return { t: 'obj', node, open, get, keys };
}

/**
 * A reference with its path in the form handlers expect: CommonJS interop's `default` and Node's `webcrypto` member
 * (the same object as the global `crypto`) are dropped, and a jose builder's chained setters return the builder.
 * @example
 * refOf('crypto', ['webcrypto', 'subtle'], node).path; // ['subtle']
 */
export function refOf(root: ModuleRoot | 'global', path: readonly string[], node: Node): RefValue {
  let p = path;
  if (p[0] === 'default') p = p.slice(1);
  if (root === 'crypto' && p[0] === 'webcrypto') p = p.slice(1);
  // jose: `new SignJWT(payload).setProtectedHeader(...).setIssuedAt()` keeps returning the builder.
  if (root === 'jose' && p.length === 4 && p[1] === 'new' && p[3] === '()') p = p.slice(0, 2);
  return { t: 'ref', root, path: p, node };
}

/**
 * A value from another file, placed at `use` in this one: strings and numbers take the span of the use (the part keeps
 * where the value is written, for the message), objects and arrays place each member where it is read.
 * @example
 * foreign(valueInConstantsFile, identifierNode).parts[0].origin; // { path: 'src/constants.ts', line: 3 }
 */
export function foreign(v: Value, use: Node): Value {
  const at = spanOf(use);
  switch (v.t) {
    case 'str': {
      const first = v.parts[0];
      const origin = first?.origin ?? (first?.path !== undefined ? { path: first.path, line: first.span.line } : undefined);
      const parts: Part[] = v.v.length ? [{ offset: 0, length: v.v.length, span: at, exact: false, ...(origin ? { origin } : {}) }] : [];
      return { ...v, node: use, parts, foreign: true };
    }
    case 'arr':
      return { ...v, node: use, items: v.items.map((i) => foreign(i, use)), foreign: true };
    case 'obj':
      return { t: 'obj', node: use, open: v.open, keys: () => v.keys(), get: (k) => v.get(k), foreign: true };
    default:
      return { ...v, node: use, foreign: true };
  }
}
