/**
 * The bundled catalog: the compiled data (src/catalog/compiled.json, written by scripts/build-data.ts), checked against its
 * SHA-256 digests when first used, deep-frozen, and indexed for lookups. Nothing here knows about names, verdicts or files.
 * @module
 */
import compiledJson from './compiled.json';
import semver from 'semver';
import { CryptrecError } from '../errors.js';
import { canonicalJson, sha256Hex } from './digest.js';
import { deepFreeze } from './freeze.js';
import type {
  Algorithm, Category, CompiledCatalog, CoverageRule, Curve, CurveCoverage, GuidelineDocument, ListDocument, StrengthDocument,
  Tier, TierInfo,
} from './types.js';

/** The bundled data, checked and indexed. */
export interface Catalog {
  readonly algorithms: ReadonlyMap<string, Algorithm>;
  readonly curves: ReadonlyMap<string, Curve>;
  readonly curveCoverage: Readonly<Record<CurveCoverage, CoverageRule>>;
  readonly categories: ReadonlyMap<string, Category>;
  readonly tiers: Readonly<Record<Tier, TierInfo>>;
  /** Every bundled list version, oldest first. */
  readonly lists: readonly ListDocument[];
  readonly strength: StrengthDocument;
  readonly guideline: GuidelineDocument;
  /** Name tables under data/names/, by file stem (`tls-cipher-suites`, `ssh`, ...), as parsed. */
  readonly names: ReadonlyMap<string, unknown>;
  /** SHA-256 of each source file's bytes, by path under data/. */
  readonly sourceDigests: ReadonlyMap<string, string>;
}

let bundled: Catalog | undefined;

/**
 * The bundled catalog, loaded and verified on first use.
 * @example
 * bundledCatalog().algorithms.get('aes')?.name; // 'AES'
 */
export function bundledCatalog(): Catalog {
  bundled ??= loadCatalog(compiledJson as unknown as CompiledCatalog);
  return bundled;
}

/**
 * Checks a compiled catalog's digests and builds the indexed, frozen catalog. A file whose content does not match its digest
 * is a `catalog-tampered` error naming the file.
 * @example
 * const catalog = loadCatalog(JSON.parse(fs.readFileSync('compiled.json', 'utf8')));
 */
export function loadCatalog(compiled: CompiledCatalog): Catalog {
  if (compiled?.format !== 1 || !Array.isArray(compiled.sources)) {
    throw new CryptrecError('catalog-invalid', 'the compiled catalog is not in format 1; rebuild it with npm run build:data');
  }
  const byPath = new Map<string, unknown>();
  const sourceDigests = new Map<string, string>();
  for (const source of compiled.sources) {
    if (sha256Hex(canonicalJson(source.content)) !== source.contentSha256) {
      throw new CryptrecError('catalog-tampered', `data/${source.path} does not match its SHA-256 digest in the compiled catalog`, {
        file: `data/${source.path}`,
      });
    }
    byPath.set(source.path, deepFreeze(source.content));
    sourceDigests.set(source.path, source.sourceSha256);
  }
  const need = <T>(path: string): T => {
    const content = byPath.get(path);
    if (content === undefined) throw new CryptrecError('catalog-invalid', `the compiled catalog lacks data/${path}`);
    return content as T;
  };
  const registry = need<{ algorithms: Algorithm[] }>('algorithms.yaml');
  const curves = need<{ curves: Curve[]; coverage: Record<CurveCoverage, CoverageRule> }>('curves.yaml');
  const categories = need<{ categories: Category[]; tiers: Record<Tier, TierInfo> }>('categories.yaml');
  const lists: ListDocument[] = [];
  const names = new Map<string, unknown>();
  for (const [path, content] of byPath) {
    if (path.startsWith('cryptrec/ls-0001-')) lists.push(content as ListDocument);
    else if (path.startsWith('names/')) names.set(path.slice('names/'.length).replace(/\.yaml$/, ''), content);
  }
  lists.sort((a, b) => semver.compare(a.version, b.version));
  return Object.freeze({
    algorithms: new Map(registry.algorithms.map((a) => [a.id, a])),
    curves: new Map(curves.curves.map((c) => [c.id, c])),
    curveCoverage: curves.coverage,
    categories: new Map(categories.categories.map((c) => [c.id, c])),
    tiers: categories.tiers,
    lists: Object.freeze(lists),
    strength: need<StrengthDocument>('cryptrec/ls-0003-2022.yaml'),
    guideline: need<GuidelineDocument>('cryptrec/gl-3001.yaml'),
    names,
    sourceDigests,
  });
}
