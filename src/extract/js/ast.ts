/**
 * Small helpers over the Babel AST (the `@babel/parser` node shapes, which follow ESTree with Babel's own literal and
 * property node types, as documented at https://github.com/babel/babel/blob/main/packages/babel-parser/ast/spec.md): a
 * generic, depth-bounded walk, node positions as 1-based lines and columns, and the unwrapping of TypeScript and Flow
 * wrappers that do not change a value (`x as const`, `x!`, `<T>x`, `x satisfies T`).
 * @module
 */
import type { Node } from '@babel/types';

export type { Node };

/** Properties of a Babel node that never hold child nodes worth visiting. */
const NOT_CHILDREN: ReadonlySet<string> = new Set([
  'type', 'loc', 'start', 'end', 'range', 'extra', 'leadingComments', 'trailingComments', 'innerComments', 'comments',
  'tokens', 'errors', 'typeAnnotation', 'returnType', 'typeParameters', 'typeArguments', 'superTypeParameters',
  'implements', 'predicate',
]);

/**
 * The child properties of the commonest node types, in source order, as Babel's AST specification gives them
 * (packages/babel-parser/ast/spec.md); other types are walked property by property.
 */
const CHILD_KEYS: Readonly<Record<string, readonly string[]>> = {
  Identifier: [], StringLiteral: [], NumericLiteral: [], BooleanLiteral: [], NullLiteral: [], BigIntLiteral: [], RegExpLiteral: [],
  ThisExpression: [], Super: [], TemplateElement: [], EmptyStatement: [], DebuggerStatement: [], Import: [], PrivateName: [],
  MemberExpression: ['object', 'property'], OptionalMemberExpression: ['object', 'property'],
  CallExpression: ['callee', 'arguments'], OptionalCallExpression: ['callee', 'arguments'], NewExpression: ['callee', 'arguments'],
  ExpressionStatement: ['expression'], BlockStatement: ['body'], Program: ['body'],
  VariableDeclaration: ['declarations'], VariableDeclarator: ['id', 'init'],
  BinaryExpression: ['left', 'right'], LogicalExpression: ['left', 'right'], AssignmentExpression: ['left', 'right'],
  AssignmentPattern: ['left', 'right'],
  UnaryExpression: ['argument'], UpdateExpression: ['argument'], SpreadElement: ['argument'], RestElement: ['argument'],
  AwaitExpression: ['argument'], YieldExpression: ['argument'], ReturnStatement: ['argument'], ThrowStatement: ['argument'],
  IfStatement: ['test', 'consequent', 'alternate'], ConditionalExpression: ['test', 'consequent', 'alternate'],
  ObjectExpression: ['properties'], ObjectPattern: ['properties'], ObjectProperty: ['key', 'value'],
  ArrayExpression: ['elements'], ArrayPattern: ['elements'],
  ArrowFunctionExpression: ['params', 'body'], FunctionExpression: ['id', 'params', 'body'], FunctionDeclaration: ['id', 'params', 'body'],
  SequenceExpression: ['expressions'], TemplateLiteral: ['quasis', 'expressions'], TaggedTemplateExpression: ['tag', 'quasi'],
  ForStatement: ['init', 'test', 'update', 'body'], WhileStatement: ['test', 'body'], DoWhileStatement: ['body', 'test'],
  ForInStatement: ['left', 'right', 'body'], ForOfStatement: ['left', 'right', 'body'], TryStatement: ['block', 'handler', 'finalizer'],
  CatchClause: ['param', 'body'], SwitchStatement: ['discriminant', 'cases'], SwitchCase: ['test', 'consequent'],
  LabeledStatement: ['body'], BreakStatement: [], ContinueStatement: [], ParenthesizedExpression: ['expression'],
};

/**
 * The properties of a node that may hold children: the known list for common types, else every property that is not
 * metadata or a type annotation (type annotations never run, so an algorithm named in a type is no use of it).
 * @example
 * childKeys(callExpression); // ['callee', 'arguments']
 */
export function childKeys(node: Node): readonly string[] {
  const known = CHILD_KEYS[node.type];
  if (known) return known;
  const keys: string[] = [];
  for (const key in node) if (!NOT_CHILDREN.has(key)) keys.push(key);
  return keys;
}

/**
 * Whether a value is an AST node.
 * @example
 * isNode({ type: 'Identifier', name: 'x' }); // true
 */
export function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** Type-only declarations and expressions: nothing in them runs. */
const TYPE_ONLY: ReadonlySet<string> = new Set([
  'TSTypeAliasDeclaration', 'TSInterfaceDeclaration', 'TSDeclareFunction', 'TSDeclareMethod', 'DeclareVariable',
  'DeclareFunction', 'DeclareClass', 'DeclareModule', 'TypeAlias', 'OpaqueType', 'InterfaceDeclaration', 'TSTypeAnnotation',
  'TypeAnnotation', 'TSImportType', 'TSTypeReference', 'TSTypeLiteral', 'TSLiteralType', 'TSUnionType',
]);

/**
 * Whether a node holds only types (an interface, a type alias, an ambient declaration), so that a walk can skip it.
 * @example
 * isTypeOnly(node); // true for `type Alg = 'md5'`
 */
export function isTypeOnly(node: Node): boolean {
  if (TYPE_ONLY.has(node.type)) return true;
  if ((node.type === 'VariableDeclaration' || node.type === 'ClassDeclaration' || node.type === 'TSEnumDeclaration' || node.type === 'TSModuleDeclaration') && node.declare === true) return true;
  return node.type === 'ImportDeclaration' && node.importKind === 'type';
}

/**
 * The expression inside wrappers that keep its value: parentheses, TypeScript assertions (`as`, `!`, `<T>`, `satisfies`,
 * instantiation expressions) and Flow casts.
 * @example
 * unwrap(parse('(ALG as const)')); // the Identifier ALG
 */
export function unwrap(node: Node): Node {
  let n = node;
  for (let i = 0; i < 64; i++) {
    switch (n.type) {
      case 'TSAsExpression': case 'TSSatisfiesExpression': case 'TSNonNullExpression': case 'TSTypeAssertion':
      case 'TSInstantiationExpression': case 'ParenthesizedExpression': case 'TypeCastExpression':
        n = n.expression;
        continue;
      default:
        return n;
    }
  }
  return n;
}

/** A place in the text: 1-based line and column of the first character, and of the character after the last. */
export interface Span {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/**
 * The span of a node (Babel counts columns from 0 in UTF-16 code units; we count from 1).
 * @example
 * spanOf(node); // { line: 3, column: 19, endLine: 3, endColumn: 24 }
 */
export function spanOf(node: Node): Span {
  const loc = node.loc;
  if (!loc) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
  return { line: loc.start.line, column: loc.start.column + 1, endLine: loc.end.line, endColumn: loc.end.column + 1 };
}

/**
 * The span of a string literal's value, inside its quotes.
 * @example
 * innerSpan(parse("'md5'")); // column of m, endColumn of the closing quote
 */
export function innerSpan(node: Node): Span {
  const s = spanOf(node);
  if (node.type === 'StringLiteral' || node.type === 'DirectiveLiteral') {
    return { line: s.line, column: s.column + 1, endLine: s.endLine, endColumn: Math.max(s.column + 1, s.endColumn - 1) };
  }
  return s;
}

/**
 * The name a property key or member property spells statically (`a.b`, `a['b']`, `{ b: 1 }`, `{ 'b': 1 }`, `{ 1: x }`),
 * or undefined when it is computed.
 * @example
 * staticKey(memberExpr.property, memberExpr.computed); // 'createHash'
 */
export function staticKey(key: Node, computed: boolean): string | undefined {
  const k = unwrap(key);
  if (!computed && k.type === 'Identifier') return k.name;
  if (k.type === 'StringLiteral') return k.value;
  if (k.type === 'NumericLiteral') return String(k.value);
  if (k.type === 'TemplateLiteral' && k.expressions.length === 0) return k.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}
