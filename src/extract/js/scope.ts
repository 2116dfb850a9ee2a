/**
 * Lexical scopes and bindings of one module, as ECMAScript defines them (ECMA-262 §9.1 Environment Records; `var` and
 * function declarations belong to the enclosing function, `let`, `const`, `class` and `using` to the enclosing block,
 * imports to the module), together with everything that writes to a binding: a binding that is never written after its
 * declaration holds its initial value everywhere, which is what lets constant propagation follow it.
 *
 * `this` inside a class's methods and property initialisers is modelled as the class's instance properties (or, in static
 * members, its static properties), each known only when the class never assigns it outside the constructor.
 * @module
 */
import { childKeys, isNode, isTypeOnly, staticKey, unwrap, type Node } from './ast.js';

/** What declared a binding. */
export type BindingKind = 'const' | 'let' | 'var' | 'using' | 'param' | 'function' | 'class' | 'import' | 'enum' | 'catch';

/** A step from a destructured value to the part a binding takes (`const { a: [b] } = x` gives b = x.a[0]). */
export type Step = { readonly prop: string } | { readonly index: number } | { readonly rest: true } | { readonly computed: true };

/** Where a binding's value comes from. */
export type BindingSource =
  | {
    readonly kind: 'init';
    readonly node: Node;
    /** The scope the initialiser is written in (a hoisted `var` lives in its function, its initialiser in a block). */
    readonly scope: Scope;
    readonly steps: readonly Step[];
    readonly defaults: readonly (Node | undefined)[];
  }
  | { readonly kind: 'import'; readonly module: string; readonly imported: string }
  | { readonly kind: 'enum'; readonly node: Node }
  | { readonly kind: 'class'; readonly info: ClassInfo }
  | { readonly kind: 'none' };

/** A name declared in a scope. */
export interface Binding {
  readonly name: string;
  readonly kind: BindingKind;
  readonly scope: Scope;
  readonly source: BindingSource;
  /** For a parameter written as a plain name (with or without a default): its function and position. */
  param?: ParamInfo;
  /** For a function declaration: the function. */
  declares?: Node;
  /** Assignments to the name itself after its declaration. */
  writes: number;
  /** Assignments to its members (`opts.algorithm = 'RS256'`): the assigned value, or undefined for `+=`, `++`, `delete`. */
  readonly memberWrites: Map<string, Written[]>;
  /** Set when a member is written under a computed name, which could be any member. */
  anyMemberWritten: boolean;
  /** Set when a mutating method is called on it (`list.push(x)`, `list.splice(...)`): what the literal shows may grow. */
  mutated: boolean;
}

/** Where a parameter is: its function, its position, and its default value. */
export interface ParamInfo {
  readonly fn: Node;
  readonly index: number;
  readonly defaultValue?: Node;
  /** The scope of the function, where the default is evaluated. */
  readonly scope: Scope;
}

/** A value written by an assignment, and the scope the assignment is in; `node` is undefined for `+=`, `++`, `delete`. */
export interface Written {
  readonly node: Node | undefined;
  readonly scope: Scope;
}

/** A class: its property initialisers and what its methods assign to `this`. */
export interface ClassInfo {
  readonly instance: Map<string, Node | undefined>;
  readonly statics: Map<string, Node | undefined>;
  /** `this.x = value` in the constructor's own body (not in a nested function), by member. */
  readonly constructorWrites: Map<string, Written[]>;
  /** Members of `this` written anywhere else (methods, nested functions, `+=`, computed names: `*`). */
  readonly otherWrites: Set<string>;
  /** The scope around the class body, where its property initialisers are evaluated (set by the first walk). */
  scope?: Scope;
}

/** `this` in a scope: a class instance, a class itself (static members), or unknown. */
export type ThisContext = { readonly info: ClassInfo; readonly isStatic: boolean } | null;

/** A lexical scope. */
export class Scope {
  readonly bindings = new Map<string, Binding>();
  constructor(
    readonly parent: Scope | undefined,
    /** Function and module scopes hold `var` declarations. */
    readonly isFunction: boolean,
    /** Set on scopes that fix `this` (non-arrow functions, class members); undefined inherits the parent's. */
    readonly thisContext?: ThisContext,
  ) {}

  /** The binding a name refers to here, or undefined for a global. */
  lookup(name: string): Binding | undefined {
    for (let s: Scope | undefined = this; s; s = s.parent) {
      const b = s.bindings.get(name);
      if (b) return b;
    }
    return undefined;
  }

  /** What `this` is here. */
  thisHere(): ThisContext {
    for (let s: Scope | undefined = this; s; s = s.parent) if (s.thisContext !== undefined) return s.thisContext;
    return null;
  }

  functionScope(): Scope {
    let s: Scope = this;
    while (!s.isFunction && s.parent) s = s.parent;
    return s;
  }
}

const FUNCTIONS: ReadonlySet<string> = new Set([
  'FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression', 'ObjectMethod', 'ClassMethod', 'ClassPrivateMethod',
]);
const BLOCKS: ReadonlySet<string> = new Set([
  'BlockStatement', 'ForStatement', 'ForInStatement', 'ForOfStatement', 'SwitchStatement', 'CatchClause', 'StaticBlock',
  'TSModuleBlock', 'ClassDeclaration', 'ClassExpression',
]);

/** Methods that change an array, map or set in place. */
const MUTATORS: ReadonlySet<string> = new Set(['push', 'pop', 'shift', 'unshift', 'splice', 'sort', 'reverse', 'fill', 'copyWithin', 'set', 'delete', 'clear', 'add']);

const MAKES_SCOPE: ReadonlySet<string> = new Set([...FUNCTIONS, ...BLOCKS, 'ClassProperty', 'ClassPrivateProperty']);

/** The deepest nesting the walk follows; deeper code (machine-made, pathological) is not read. */
export const MAX_DEPTH = 1500;

/** The scopes of a module: made on the first walk, found again on later ones. */
export class ScopeTree {
  readonly root: Scope = new Scope(undefined, true, null);
  /** Every call, `new` and member assignment, in source order, with its scope: what the analysis looks at. */
  readonly sites: { readonly node: Node; readonly scope: Scope }[] = [];
  private readonly byNode = new Map<Node, Scope>();
  private classStack: { info: ClassInfo; inConstructor: boolean }[] = [];

  /** The scope a node makes, or undefined. */
  scopeOf(node: Node, parent: Node | undefined, outer: Scope): Scope | undefined {
    if (!MAKES_SCOPE.has(node.type)) return undefined;
    const known = this.byNode.get(node);
    if (known) return known;
    let made: Scope | undefined;
    if (FUNCTIONS.has(node.type)) {
      let ctx: ThisContext | undefined;
      if (node.type === 'ArrowFunctionExpression') ctx = undefined;
      else if ((node.type === 'ClassMethod' || node.type === 'ClassPrivateMethod') && this.currentClass()) {
        ctx = { info: this.currentClass()!, isStatic: node.static === true };
      } else ctx = null;
      made = new Scope(outer, true, ctx);
    } else if ((node.type === 'ClassProperty' || node.type === 'ClassPrivateProperty') && this.currentClass()) {
      made = new Scope(outer, false, { info: this.currentClass()!, isStatic: node.static === true });
    } else if (BLOCKS.has(node.type)) {
      // A function's or catch clause's body shares its scope: `function f(a) { let a }` is one scope.
      if (node.type === 'BlockStatement' && parent && (FUNCTIONS.has(parent.type) || parent.type === 'CatchClause')) return undefined;
      made = new Scope(outer, false);
    }
    if (made) this.byNode.set(node, made);
    return made;
  }

  private currentClass(): ClassInfo | undefined {
    return this.classStack[this.classStack.length - 1]?.info;
  }

  /**
   * Walks the program, calling `visit` on entering each node with the scope it sits in and the scope of its children.
   * Type-only code is skipped, and so is anything nested deeper than {@link MAX_DEPTH}.
   */
  walk(program: Node, visit: (node: Node, outer: Scope, inner: Scope) => void): void {
    const go = (node: Node, parent: Node | undefined, outer: Scope, depth: number): void => {
      if (depth > MAX_DEPTH || isTypeOnly(node)) return;
      const type = node.type;
      const inner = MAKES_SCOPE.has(type) ? (this.scopeOf(node, parent, outer) ?? outer) : outer;
      const isClass = type === 'ClassDeclaration' || type === 'ClassExpression';
      if (isClass) this.classStack.push({ info: classInfoOf(node), inConstructor: false });
      const top = this.classStack.length ? this.classStack[this.classStack.length - 1] : undefined;
      const wasInCtor = top?.inConstructor ?? false;
      // Only the constructor's own body counts as straight-line initialisation; a nested function may run any time.
      if (top && FUNCTIONS.has(type) && type !== 'ArrowFunctionExpression') top.inConstructor = type === 'ClassMethod' && node.kind === 'constructor';
      visit(node, outer, inner);
      const record = node as unknown as Record<string, unknown>;
      const keys = childKeys(node);
      for (let k = 0; k < keys.length; k++) {
        const value = record[keys[k]!];
        if (value === null || typeof value !== 'object') continue;
        if (Array.isArray(value)) {
          for (let i = 0; i < value.length; i++) {
            const item: unknown = value[i];
            if (isNode(item)) go(item, node, inner, depth + 1);
          }
        } else if (isNode(value)) go(value, node, inner, depth + 1);
      }
      if (top) top.inConstructor = wasInCtor;
      if (isClass) this.classStack.pop();
    };
    go(program, undefined, this.root, 0);
  }

  /** Whether the walk is in a class constructor's own body, and the class. */
  constructorClass(): ClassInfo | undefined {
    const top = this.classStack[this.classStack.length - 1];
    return top?.inConstructor ? top.info : undefined;
  }

  innermostClass(): ClassInfo | undefined {
    return this.currentClass();
  }
}

const classInfos = new WeakMap<Node, ClassInfo>();

/**
 * The class facts of a class node (made once).
 * @example
 * classInfoOf(classNode).instance.get('algorithm'); // the initialiser of `algorithm = 'aes-256-cbc'`
 */
export function classInfoOf(node: Node): ClassInfo {
  const known = classInfos.get(node);
  if (known) return known;
  const info: ClassInfo = { instance: new Map(), statics: new Map(), constructorWrites: new Map(), otherWrites: new Set() };
  if (node.type === 'ClassDeclaration' || node.type === 'ClassExpression') {
    for (const member of node.body.body) {
      if (member.type !== 'ClassProperty') continue;
      const key = staticKey(member.key, member.computed);
      if (key === undefined) continue;
      (member.static ? info.statics : info.instance).set(key, member.value ?? undefined);
    }
  }
  classInfos.set(node, info);
  return info;
}

/**
 * Builds the scopes and bindings of a program, and counts every write to each binding.
 * @example
 * const tree = buildScopes(program);
 * tree.root.lookup('ALG')?.writes; // 0 for `const ALG = 'sha256'`
 */
export function buildScopes(program: Node): ScopeTree {
  const tree = new ScopeTree();
  const pending: { name: string; scope: Scope; member?: string; value?: Node | undefined; mutation?: boolean }[] = [];

  const declare = (scope: Scope, name: string, kind: BindingKind, source: BindingSource): Binding | undefined => {
    // A second declaration of the same name (`var x; var x = 1`, a function overload) makes the value uncertain.
    const existing = scope.bindings.get(name);
    if (existing) {
      existing.writes++;
      return undefined;
    }
    const b: Binding = { name, kind, scope, source, writes: 0, memberWrites: new Map(), anyMemberWritten: false, mutated: false };
    scope.bindings.set(name, b);
    return b;
  };
  /** Parameters of a function: each plain name also remembers where it is, for following calls into the function. */
  const declareParams = (fn: Node & { params: Node[] }, scope: Scope) => {
    fn.params.forEach((p, index) => {
      declarePattern(p, scope, 'param', undefined, [], []);
      const q = p.type === 'TSParameterProperty' ? p.parameter : p;
      const id = q.type === 'AssignmentPattern' ? q.left : q;
      if (id.type !== 'Identifier') return;
      const b = scope.bindings.get(id.name);
      if (b && b.kind === 'param') b.param = { fn, index, scope, ...(q.type === 'AssignmentPattern' ? { defaultValue: q.right } : {}) };
    });
  };

  const declarePattern = (
    pattern: Node, scope: Scope, kind: BindingKind, init: Node | undefined, steps: readonly Step[], defaults: readonly (Node | undefined)[],
    initScope: Scope = scope,
  ): void => {
    const p = unwrap(pattern);
    const again = (q: Node, st: readonly Step[], df: readonly (Node | undefined)[]) => declarePattern(q, scope, kind, init, st, df, initScope);
    switch (p.type) {
      case 'Identifier':
        declare(scope, p.name, kind, init ? { kind: 'init', node: init, scope: initScope, steps, defaults } : { kind: 'none' });
        return;
      case 'AssignmentPattern':
        again(p.left, steps, [...defaults.slice(0, -1), p.right]);
        return;
      case 'ObjectPattern':
        for (const prop of p.properties) {
          if (prop.type === 'RestElement') {
            again(prop.argument, [...steps, { rest: true }], [...defaults, undefined]);
            continue;
          }
          const key = staticKey(prop.key, prop.computed);
          const step: Step = key === undefined ? { computed: true } : { prop: key };
          again(prop.value, [...steps, step], [...defaults, undefined]);
        }
        return;
      case 'ArrayPattern':
        p.elements.forEach((el, index) => {
          if (!el) return;
          if (el.type === 'RestElement') again(el.argument, [...steps, { rest: true }], [...defaults, undefined]);
          else again(el, [...steps, { index }], [...defaults, undefined]);
        });
        return;
      case 'RestElement':
        again(p.argument, [...steps, { rest: true }], [...defaults, undefined]);
        return;
      case 'TSParameterProperty':
        again(p.parameter, steps, defaults);
        return;
      default:
        return;
    }
  };

  const writePattern = (pattern: Node, scope: Scope): void => {
    const p = unwrap(pattern);
    switch (p.type) {
      case 'Identifier': pending.push({ name: p.name, scope }); return;
      case 'MemberExpression': case 'OptionalMemberExpression': memberWrite(p, scope, undefined); return;
      case 'AssignmentPattern': writePattern(p.left, scope); return;
      case 'RestElement': writePattern(p.argument, scope); return;
      case 'ObjectPattern': for (const prop of p.properties) writePattern(prop.type === 'RestElement' ? prop.argument : prop.value, scope); return;
      case 'ArrayPattern': for (const el of p.elements) if (el) writePattern(el, scope); return;
      default: return;
    }
  };

  const memberWrite = (target: Node, scope: Scope, value: Node | undefined): void => {
    if (target.type !== 'MemberExpression' && target.type !== 'OptionalMemberExpression') return;
    const obj = unwrap(target.object);
    const key = staticKey(target.property, target.computed) ?? '*';
    if (obj.type === 'Identifier') pending.push({ name: obj.name, scope, member: key, value });
    else if (obj.type === 'ThisExpression') {
      const ctorClass = tree.constructorClass();
      const cls = tree.innermostClass();
      if (ctorClass && value !== undefined && key !== '*') {
        const list = ctorClass.constructorWrites.get(key) ?? [];
        list.push({ node: value, scope });
        ctorClass.constructorWrites.set(key, list);
      } else if (cls) cls.otherWrites.add(key);
    }
  };

  tree.walk(program, (node, outer, inner) => {
    switch (node.type) {
      case 'VariableDeclaration': {
        const kind: BindingKind = node.kind === 'var' ? 'var' : node.kind === 'let' ? 'let' : node.kind === 'const' ? 'const' : 'using';
        const target = kind === 'var' ? outer.functionScope() : outer;
        for (const d of node.declarations) declarePattern(d.id, target, kind, d.init ?? undefined, [], [], outer);
        break;
      }
      case 'FunctionDeclaration': {
        const b = node.id ? declare(outer, node.id.name, 'function', { kind: 'none' }) : undefined;
        if (b) b.declares = node;
        declareParams(node, inner);
        break;
      }
      case 'FunctionExpression':
        if (node.id) declare(inner, node.id.name, 'function', { kind: 'none' });
        declareParams(node, inner);
        break;
      case 'ArrowFunctionExpression': case 'ObjectMethod': case 'ClassMethod': case 'ClassPrivateMethod':
        declareParams(node, inner);
        break;
      case 'ClassDeclaration':
        classInfoOf(node).scope = inner;
        if (node.id) declare(outer, node.id.name, 'class', { kind: 'class', info: classInfoOf(node) });
        break;
      case 'ClassExpression':
        classInfoOf(node).scope = inner;
        if (node.id) declare(inner, node.id.name, 'class', { kind: 'class', info: classInfoOf(node) });
        break;
      case 'CatchClause':
        if (node.param) declarePattern(node.param, inner, 'catch', undefined, [], []);
        break;
      case 'ImportDeclaration':
        for (const s of node.specifiers) {
          if (s.type === 'ImportSpecifier' && s.importKind === 'type') continue;
          const imported = s.type === 'ImportSpecifier' ? (s.imported.type === 'Identifier' ? s.imported.name : s.imported.value) : '*';
          const name = s.type === 'ImportDefaultSpecifier' ? 'default' : imported;
          declare(tree.root, s.local.name, 'import', { kind: 'import', module: node.source.value, imported: name });
        }
        break;
      case 'TSImportEqualsDeclaration':
        if (node.moduleReference.type === 'TSExternalModuleReference') {
          declare(outer, node.id.name, 'import', { kind: 'import', module: node.moduleReference.expression.value, imported: '*' });
        }
        break;
      case 'TSEnumDeclaration':
        declare(outer, node.id.name, 'enum', { kind: 'enum', node });
        break;
      case 'AssignmentExpression': {
        const left = unwrap(node.left);
        if (node.operator === '=' && (left.type === 'MemberExpression' || left.type === 'OptionalMemberExpression')) tree.sites.push({ node, scope: outer });
        if (left.type === 'Identifier') pending.push({ name: left.name, scope: outer });
        else if (left.type === 'MemberExpression' || left.type === 'OptionalMemberExpression') memberWrite(left, outer, node.operator === '=' ? node.right : undefined);
        else writePattern(left, outer);
        break;
      }
      case 'UpdateExpression': {
        const arg = unwrap(node.argument);
        if (arg.type === 'Identifier') pending.push({ name: arg.name, scope: outer });
        else memberWrite(arg, outer, undefined);
        break;
      }
      case 'UnaryExpression':
        if (node.operator === 'delete') memberWrite(unwrap(node.argument), outer, undefined);
        break;
      case 'NewExpression':
        tree.sites.push({ node, scope: outer });
        break;
      case 'CallExpression': case 'OptionalCallExpression': {
        tree.sites.push({ node, scope: outer });
        const callee = unwrap(node.callee);
        if (callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') break;
        const obj = unwrap(callee.object);
        const method = staticKey(callee.property, callee.computed);
        if (obj.type === 'Identifier' && method !== undefined && MUTATORS.has(method)) pending.push({ name: obj.name, scope: outer, mutation: true });
        break;
      }
      case 'ForInStatement': case 'ForOfStatement':
        if (node.left.type !== 'VariableDeclaration') writePattern(node.left, inner);
        break;
      default:
        break;
    }
  });

  for (const w of pending) {
    const b = w.scope.lookup(w.name);
    if (!b) continue;
    if (w.mutation) b.mutated = true;
    else if (w.member === undefined) b.writes++;
    else if (w.member === '*') b.anyMemberWritten = true;
    else {
      const list = b.memberWrites.get(w.member) ?? [];
      list.push({ node: w.value, scope: w.scope });
      b.memberWrites.set(w.member, list);
    }
  }
  return tree;
}
