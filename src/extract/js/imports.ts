/**
 * Values imported from other files of the project: `import { ALG } from './constants'`, `import * as C from '../c.js'`,
 * `const { ALG } = require('./constants')`, and facades that re-export a library (`export { createHash } from
 * 'node:crypto'`, `export * from './crypto'`). The specifier is resolved as Node.js and TypeScript resolve relative
 * imports (the file itself; the same name with .ts, .tsx, .mts, .cts, .js, .mjs, .cjs or .jsx; a `.js` specifier naming
 * its `.ts` source, as TypeScript's ESM resolution allows; a folder's `index` file), read through the scan's include
 * function, parsed, and its exports evaluated in its own scopes: ES exports (named, default, re-exports, `export *`,
 * `export * as ns`) and CommonJS ones (`module.exports = {...}`, `exports.X = ...`).
 *
 * A value from another file is placed where this file uses it (the imported name), so that each use is one finding in
 * the file that uses it; the message says where the value is written. Path aliases (`@/constants`) and packages other
 * than the recognised libraries are not followed; chains of imports are followed three files deep.
 * @module
 */
import type { Program } from '@babel/types';
import type { IncludeResult } from '../../scan/types.js';
import { staticKey, unwrap, type Node } from './ast.js';
import { Evaluator, foreign, refOf, type ImportLoader, type ObjValue, type Value } from './evaluate.js';
import { moduleTarget } from './modules.js';
import { parseSource } from './parse.js';
import { buildScopes } from './scope.js';

/** What the loader needs from the scan: the include function (synchronous reads). */
export interface ImportContext {
  readonly include: (pattern: string, baseDir: string) => IncludeResult;
}

type ExportEntry =
  | { readonly kind: 'local'; readonly name: string }
  | { readonly kind: 'reexport'; readonly module: string; readonly imported: string }
  | { readonly kind: 'namespace'; readonly module: string }
  | { readonly kind: 'expr'; readonly node: Node };

/** One parsed file of the project and what it exports. */
interface ForeignModule {
  readonly path: string;
  readonly dir: string;
  readonly program: Program;
  readonly ev: Evaluator;
  readonly exports: Map<string, ExportEntry>;
  readonly stars: string[];
  /** `module.exports = expr`. */
  readonly commonjs?: Node;
}

const MAX_DEPTH = 3;
/** Parsed project files, shared by every file of one scan (one include function per scan). */
const SHARED = new WeakMap<ImportContext['include'], Map<string, ForeignModule | null>>();
/** How many parsed files one scan keeps. */
const MAX_SHARED = 256;
const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs', '.cjs', '.jsx'];
const GLOB = /[*?[\]{}]/;

/**
 * Loads the project files a module imports, once each per analysed file.
 * @example
 * const loader = new ModuleLoader(ctx);
 * loader.importValue('./constants', 'ALG', '/repo/src', useNode); // { t: 'str', v: 'sha1', ... } placed at useNode
 */
export class ModuleLoader implements ImportLoader {
  private readonly modules: Map<string, ForeignModule | null>;
  private readonly loading = new Set<string>();

  constructor(private readonly ctx: ImportContext) {
    let shared = SHARED.get(ctx.include);
    if (!shared) {
      shared = new Map();
      SHARED.set(ctx.include, shared);
    }
    this.modules = shared;
  }

  /** Whether a specifier names a file of the project (relative), which this loader follows. */
  static follows(specifier: string): boolean {
    return (specifier.startsWith('./') || specifier.startsWith('../') || specifier === '.' || specifier === '..') && !GLOB.test(specifier);
  }

  /** The value an import binding has (`imported` is `*` for a namespace or default import), placed at `use`. */
  importValue(specifier: string, imported: string, dir: string, use: Node, depth = 0): Value | undefined {
    const mod = this.load(specifier, dir, depth);
    if (!mod) return undefined;
    const v = imported === '*' ? this.namespace(mod, use, depth) : this.exportValue(mod, imported, use, depth);
    return v && foreign(v, use);
  }

  private load(specifier: string, dir: string, depth: number): ForeignModule | undefined {
    if (depth >= MAX_DEPTH || !ModuleLoader.follows(specifier)) return undefined;
    for (const candidate of candidates(specifier)) {
      let result: IncludeResult;
      try {
        result = this.ctx.include(candidate, dir);
      } catch {
        continue;
      }
      const file = result.files[0];
      if (!file) continue;
      const key = file.absolutePath;
      const known = this.modules.get(key);
      if (known !== undefined) return known ?? undefined;
      if (this.loading.has(key)) return undefined;
      this.loading.add(key);
      try {
        const mod = this.parse(file.path, file.absolutePath, file.text, depth);
        if (this.modules.size >= MAX_SHARED) this.modules.clear();
        this.modules.set(key, mod ?? null);
        return mod;
      } finally {
        this.loading.delete(key);
      }
    }
    return undefined;
  }

  private parse(path: string, absolutePath: string, text: string, depth: number): ForeignModule | undefined {
    const parsed = parseSource(text, path);
    if (!parsed.program) return undefined;
    const dir = absolutePath.replace(/[\\/][^\\/]*$/, '') || '/';
    const tree = buildScopes(parsed.program);
    const ev = new Evaluator(tree, { loader: this, dir, path, depth: depth + 1 });
    const exports = new Map<string, ExportEntry>();
    const stars: string[] = [];
    let commonjs: Node | undefined;
    for (const stmt of parsed.program.body) {
      switch (stmt.type) {
        case 'ExportNamedDeclaration': {
          const d = stmt.declaration;
          if (d?.type === 'VariableDeclaration') {
            for (const decl of d.declarations) if (decl.id.type === 'Identifier') exports.set(decl.id.name, { kind: 'local', name: decl.id.name });
          } else if (d && (d.type === 'TSEnumDeclaration' || d.type === 'ClassDeclaration' || d.type === 'FunctionDeclaration') && d.id) {
            exports.set(d.id.name, { kind: 'local', name: d.id.name });
          }
          for (const s of stmt.specifiers) {
            const exported = s.exported.type === 'Identifier' ? s.exported.name : s.exported.value;
            if (s.type === 'ExportNamespaceSpecifier') {
              if (stmt.source) exports.set(exported, { kind: 'namespace', module: stmt.source.value });
            } else if (s.type === 'ExportSpecifier') {
              if (stmt.source) exports.set(exported, { kind: 'reexport', module: stmt.source.value, imported: s.local.name });
              else exports.set(exported, { kind: 'local', name: s.local.name });
            } else if (stmt.source) {
              exports.set(exported, { kind: 'reexport', module: stmt.source.value, imported: '*' });
            }
          }
          break;
        }
        case 'ExportAllDeclaration':
          stars.push(stmt.source.value);
          break;
        case 'ExportDefaultDeclaration': {
          const d = stmt.declaration;
          if (d.type === 'Identifier') exports.set('default', { kind: 'local', name: d.name });
          else if (d.type !== 'TSDeclareFunction') exports.set('default', { kind: 'expr', node: d });
          break;
        }
        case 'ExpressionStatement': {
          const e = unwrap(stmt.expression);
          if (e.type !== 'AssignmentExpression' || e.operator !== '=') break;
          const target = commonjsTarget(e.left);
          if (target === '') commonjs = e.right;
          else if (target !== undefined) exports.set(target, { kind: 'expr', node: e.right });
          break;
        }
        default:
          break;
      }
    }
    return { path, dir, program: parsed.program, ev, exports, stars, ...(commonjs ? { commonjs } : {}) };
  }

  private exportValue(mod: ForeignModule, name: string, use: Node, depth: number): Value | undefined {
    const entry = mod.exports.get(name);
    const root = mod.ev.tree.root;
    if (entry) {
      switch (entry.kind) {
        case 'local': return mod.ev.nameValue(entry.name, root, use);
        case 'expr': return mod.ev.evaluate(entry.node, root);
        case 'namespace': return this.moduleValue(entry.module, '*', mod.dir, use, depth);
        case 'reexport': return this.moduleValue(entry.module, entry.imported, mod.dir, use, depth);
      }
    }
    if (mod.commonjs) {
      const whole = mod.ev.evaluate(mod.commonjs, root);
      // A default import of a CommonJS file is its module.exports (esModuleInterop).
      if (name === 'default') return whole;
      if (whole.t === 'obj') return whole.get(name);
    }
    for (const star of mod.stars) {
      const v = this.moduleValue(star, name, mod.dir, use, depth);
      if (v && v.t !== 'unknown') return v;
    }
    return undefined;
  }

  /** A library reference, or a value from a further project file. */
  private moduleValue(specifier: string, imported: string, dir: string, use: Node, depth: number): Value | undefined {
    const target = moduleTarget(specifier);
    if (target) return refOf(target.root, imported === '*' ? target.path : [...target.path, imported], use);
    const next = this.load(specifier, dir, depth + 1);
    if (!next) return undefined;
    return imported === '*' ? this.namespace(next, use, depth + 1) : this.exportValue(next, imported, use, depth + 1);
  }

  private namespace(mod: ForeignModule, use: Node, depth: number): Value {
    if (mod.commonjs && mod.exports.size === 0 && mod.stars.length === 0) return mod.ev.evaluate(mod.commonjs, mod.ev.tree.root);
    const names = [...mod.exports.keys()];
    const memo = new Map<string, Value | undefined>();
    const obj: ObjValue = {
      t: 'obj', node: use, open: mod.stars.length > 0 || mod.commonjs !== undefined, keys: () => names,
      get: (key) => {
        if (!memo.has(key)) memo.set(key, this.exportValue(mod, key, use, depth));
        return memo.get(key);
      },
    };
    return obj;
  }
}

/** `module.exports` (''), `module.exports.X` / `exports.X` ('X'), or undefined. */
function commonjsTarget(left: Node): string | undefined {
  const l = unwrap(left);
  if (l.type !== 'MemberExpression') return undefined;
  const key = staticKey(l.property, l.computed);
  const obj = unwrap(l.object);
  if (obj.type === 'Identifier' && obj.name === 'module' && key === 'exports') return '';
  if (obj.type === 'Identifier' && obj.name === 'exports' && key !== undefined) return key;
  if (obj.type === 'MemberExpression' && key !== undefined) {
    const inner = unwrap(obj.object);
    if (inner.type === 'Identifier' && inner.name === 'module' && staticKey(obj.property, obj.computed) === 'exports') return key;
  }
  return undefined;
}

/** The files a relative specifier may name, in the order Node.js and TypeScript try them. */
function candidates(specifier: string): string[] {
  const out: string[] = [];
  const jsExt = /\.(?:m|c)?jsx?$/.exec(specifier);
  if (jsExt) {
    const base = specifier.slice(0, -jsExt[0].length);
    const ts = jsExt[0].replace('js', 'ts');
    out.push(base + ts, `${base}.tsx`, specifier);
    return out;
  }
  if (/\.(?:m|c)?tsx?$/.test(specifier)) return [specifier];
  for (const ext of EXTENSIONS) out.push(specifier + ext);
  for (const ext of ['.ts', '.tsx', '.js', '.mjs', '.cjs']) out.push(`${specifier}/index${ext}`);
  return out;
}
