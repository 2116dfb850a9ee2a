/**
 * Following a run-time value one step back: when the algorithm an API receives is a parameter of a function of the same
 * module (`function digest(alg, data) { return createHash(alg)... }`), the arguments each call of that function passes
 * (`digest('md5', body)`), or the parameter's default when a call leaves it out, are the algorithms in use. Calls through
 * a plain name are followed (function declarations and constants holding a function), two levels of such helpers deep;
 * methods and functions passed around are not.
 * @module
 */
import { unwrap, type Node } from './ast.js';
import type { Evaluator, Value } from './evaluate.js';
import type { Scope, ScopeTree } from './scope.js';

/** A value a call passes for a parameter, and the function's name. */
export interface PassedValue {
  readonly value: Value;
  readonly via: string;
}

const FUNCTION_TYPES: ReadonlySet<string> = new Set(['FunctionExpression', 'ArrowFunctionExpression']);
const MAX_LEVELS = 2;

/**
 * The calls of each function of a module, found once.
 * @example
 * const callers = new Callers(tree, ev);
 * callers.passed(identifierNode, scope); // [{ value: { t: 'str', v: 'md5', ... }, via: 'digest' }]
 */
export class Callers {
  private index: Map<Node, { call: Node & { arguments: Node[] }; scope: Scope; name: string }[]> | undefined;

  constructor(private readonly tree: ScopeTree, private readonly ev: Evaluator) {}

  private build(): Map<Node, { call: Node & { arguments: Node[] }; scope: Scope; name: string }[]> {
    const index = new Map<Node, { call: Node & { arguments: Node[] }; scope: Scope; name: string }[]>();
    for (const { node, scope } of this.tree.sites) {
      if (node.type !== 'CallExpression' && node.type !== 'OptionalCallExpression') continue;
      const callee = unwrap(node.callee);
      if (callee.type !== 'Identifier') continue;
      const b = scope.lookup(callee.name);
      if (!b || b.writes > 0) continue;
      let fn = b.declares;
      if (!fn && b.source.kind === 'init' && b.source.steps.length === 0) {
        const init = unwrap(b.source.node);
        if (FUNCTION_TYPES.has(init.type)) fn = init;
      }
      if (!fn) continue;
      const list = index.get(fn) ?? [];
      list.push({ call: node, scope, name: callee.name });
      index.set(fn, list);
    }
    return index;
  }

  /** The values the module's calls pass for the parameter `node` names (empty when it names no parameter). */
  passed(node: Node, scope: Scope, level = 0): PassedValue[] {
    const n = unwrap(node);
    if (n.type !== 'Identifier' || level >= MAX_LEVELS) return [];
    const b = scope.lookup(n.name);
    const param = b?.kind === 'param' && b.writes === 0 ? b.param : undefined;
    if (!param) return [];
    this.index ??= this.build();
    const out: PassedValue[] = [];
    for (const { call, scope: callScope, name } of this.index.get(param.fn) ?? []) {
      const args = call.arguments;
      if (args.slice(0, param.index + 1).some((a) => a.type === 'SpreadElement')) continue;
      const arg = args[param.index];
      let value: Value | undefined;
      if (arg) value = this.ev.evaluate(arg, callScope);
      else if (param.defaultValue) value = this.ev.evaluate(param.defaultValue, param.scope);
      if (!value) continue;
      if (value.t === 'unknown' && arg) out.push(...this.passed(arg, callScope, level + 1));
      else out.push({ value, via: name });
    }
    return out;
  }
}
