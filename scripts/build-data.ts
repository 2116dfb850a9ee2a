/**
 * Compiles data/**.yaml into src/catalog/compiled.json, after checking every file against the JSON Schema its first line
 * names and against the data's meaning (the semantic lint below). With --check it writes nothing and fails when the data is
 * invalid or the compiled catalog is stale.
 *
 *   npm run build:data     lint, then write src/catalog/compiled.json
 *   npm run lint:data      lint, and check that src/catalog/compiled.json is up to date
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv, { type ErrorObject } from 'ajv';
import semver from 'semver';
import { CryptrecError } from '../src/errors.js';
import { parseYamlSource, type YamlSource } from '../src/catalog/yaml-source.js';
import { validateList } from '../src/catalog/validate-list.js';
import { diffLists } from '../src/catalog/diff.js';
import { canonicalJson, sha256Hex, sortKeys } from '../src/catalog/digest.js';
import type { Algorithm, CompiledCatalog, CompiledSource, Curve, ListDocument } from '../src/catalog/types.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DATA_DIR = join(root, 'data');
export const COMPILED_PATH = join(root, 'src/catalog/compiled.json');

export interface DataBuild {
  readonly compiled: CompiledCatalog;
  readonly errors: readonly CryptrecError[];
  readonly warnings: readonly CryptrecError[];
}

/**
 * The expected change history from the 2013 list (2012.0.0) to the 2023 list (2022.0.0), as cryptrec-facts.md section 3 states
 * it. The lint derives the history from the full entry lists and compares.
 */
export const EXPECTED_2012_TO_2022 = {
  added: ['chacha20-poly1305', 'eddsa', 'sha-512/256', 'sha3-256', 'sha3-384', 'sha3-512', 'shake128', 'shake256', 'xts'],
  removed: ['rc4', 'sc2000'],
  moved: ['iso-iec-9798-4:candidate->recommended', 'tdea-3key:recommended->monitored'],
};

/** Every YAML file under `dir` except the schemas, as paths relative to `dir`, sorted. */
function yamlFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((p) => p.endsWith('.yaml') && !p.startsWith('schema'))
    .map((p) => p.split('\\').join('/'))
    .sort();
}

/**
 * Lints and compiles the data directory.
 * @example
 * const { compiled, errors } = buildData('data');
 */
export function buildData(dataDir: string = DATA_DIR): DataBuild {
  const errors: CryptrecError[] = [];
  const warnings: CryptrecError[] = [];
  const ajv = new Ajv({ allErrors: true, strict: true });
  const sources = new Map<string, { src: YamlSource; bytes: Buffer }>();

  for (const path of yamlFiles(dataDir)) {
    const file = `data/${path}`;
    const bytes = readFileSync(join(dataDir, path));
    let src: YamlSource;
    try {
      src = parseYamlSource(bytes.toString('utf8'), file);
    } catch (e) {
      errors.push(e as CryptrecError);
      continue;
    }
    const schemaRef = /^# yaml-language-server: \$schema=(\S+)/.exec(bytes.toString('utf8'))?.[1];
    if (!schemaRef) {
      errors.push(new CryptrecError('missing-schema', 'the first line must name the file\'s schema (# yaml-language-server: $schema=…)', { file, line: 1, column: 1 }));
    } else {
      const schemaPath = join(dataDir, dirname(path), schemaRef);
      const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as { $id: string };
      const validate = ajv.getSchema(schema.$id) ?? ajv.compile(schema);
      if (!validate(src.value)) {
        for (const err of validate.errors ?? []) errors.push(schemaError(err, src, relative(root, schemaPath)));
      }
    }
    sources.set(path, { src, bytes });
  }

  // Semantic lint.
  const registry = (sources.get('algorithms.yaml')?.src.value ?? { algorithms: [] }) as { algorithms: Algorithm[] };
  const curveRegistry = (sources.get('curves.yaml')?.src.value ?? { curves: [] }) as { curves: Curve[] };
  const categories = (sources.get('categories.yaml')?.src.value ?? { categories: [] }) as { categories: { id: string }[] };
  const algorithmIds = new Set<string>();
  const curveIds = new Set<string>();
  const at = (path: string, at: (string | number)[]) => sources.get(path)?.src.positionOf(at) ?? { file: `data/${path}` };
  registry.algorithms.forEach((a, i) => {
    if (algorithmIds.has(a.id)) errors.push(new CryptrecError('duplicate-id', `algorithm id "${a.id}" is used twice`, at('algorithms.yaml', ['algorithms', i, 'id'])));
    algorithmIds.add(a.id);
  });
  curveRegistry.curves.forEach((c, i) => {
    if (curveIds.has(c.id)) errors.push(new CryptrecError('duplicate-id', `curve id "${c.id}" is used twice`, at('curves.yaml', ['curves', i, 'id'])));
    curveIds.add(c.id);
  });
  registry.algorithms.forEach((a, i) => {
    for (const ref of [a.instanceOf, ...(a.usedBy ?? [])]) {
      if (ref !== undefined && !algorithmIds.has(ref)) {
        errors.push(new CryptrecError('unknown-algorithm', `"${a.id}" refers to unknown algorithm "${ref}"`, at('algorithms.yaml', ['algorithms', i])));
      }
    }
    if (a.curve !== undefined && !curveIds.has(a.curve)) {
      errors.push(new CryptrecError('unknown-curve', `"${a.id}" refers to unknown curve "${a.curve}"`, at('algorithms.yaml', ['algorithms', i, 'curve'])));
    }
    if ((a.instanceConfidence === 'low') !== (a.instanceReason !== undefined)) {
      errors.push(new CryptrecError('missing-reason', `"${a.id}": a low-confidence instanceOf needs an instanceReason, and only then`, at('algorithms.yaml', ['algorithms', i])));
    }
  });

  const refs = { algorithms: algorithmIds, categories: new Set(categories.categories.map((c) => c.id)) };
  const lists: { path: string; list: ListDocument }[] = [];
  // List files are compiled as the validator returns them (optional fields filled in), so that code reads one shape.
  const normalised = new Map<string, unknown>();
  for (const [path, { src }] of sources) {
    if (!path.startsWith('cryptrec/ls-0001-')) continue;
    const v = validateList(src, refs);
    errors.push(...v.errors);
    warnings.push(...v.warnings);
    if (v.list) {
      lists.push({ path, list: v.list });
      normalised.set(path, v.list);
    }
  }
  lists.sort((a, b) => semver.compare(a.list.version, b.list.version));
  lists.forEach(({ path, list }, i) => {
    const prev = lists[i - 1]?.list;
    if (prev && list.published <= prev.published) {
      errors.push(new CryptrecError('version-order', `${list.version} is published ${list.published}, not after ${prev.version} (${prev.published}): versions and dates must increase together`, at(path, ['published'])));
    }
    if (prev && list.supersedes !== prev.version) {
      errors.push(new CryptrecError('version-order', `${list.version} must name the version before it (${prev.version}) in supersedes`, at(path, ['supersedes'])));
    }
    const provisionalBefore = lists.slice(0, i).find((l) => l.list.provisional);
    if (provisionalBefore && !list.provisional) {
      errors.push(new CryptrecError('version-order', `${list.version} is final but follows provisional ${provisionalBefore.list.version}`, at(path, ['provisional'])));
    }
  });
  const v2012 = lists.find((l) => l.list.version === '2012.0.0')?.list;
  const v2022 = lists.find((l) => l.list.version === '2022.0.0')?.list;
  if (v2012 && v2022) {
    const d = diffLists(v2012, v2022);
    const derived = {
      added: d.added.map((e) => e.algorithm).sort(),
      removed: d.removed.map((e) => e.algorithm).sort(),
      moved: d.moved.map((m) => `${m.algorithm}:${m.from.tier}->${m.to.tier}`).sort(),
    };
    for (const key of ['added', 'removed', 'moved'] as const) {
      if (derived[key].join() !== EXPECTED_2012_TO_2022[key].join()) {
        errors.push(new CryptrecError('history-mismatch', `the ${key} entries from 2012.0.0 to 2022.0.0 are [${derived[key].join(', ')}], but the facts say [${EXPECTED_2012_TO_2022[key].join(', ')}]`, { file: 'data/cryptrec/ls-0001-2022.yaml' }));
      }
    }
  }

  const compiledSources: CompiledSource[] = [...sources].map(([path, { src, bytes }]) => {
    const content = sortKeys(normalised.get(path) ?? src.value);
    return { path, sourceSha256: sha256Hex(bytes), contentSha256: sha256Hex(canonicalJson(content)), content };
  });
  return { compiled: { format: 1, sources: compiledSources }, errors, warnings };
}

function schemaError(err: ErrorObject, src: YamlSource, schemaFile: string): CryptrecError {
  const path = err.instancePath.split('/').slice(1).map((p) => (/^\d+$/.test(p) ? Number(p) : p.replace(/~1/g, '/').replace(/~0/g, '~')));
  const extra = err.keyword === 'additionalProperties' ? ` (${(err.params as { additionalProperty: string }).additionalProperty})`
    : err.keyword === 'enum' ? ` (${(err.params as { allowedValues: unknown[] }).allowedValues.join(', ')})` : '';
  return new CryptrecError('schema', `${err.instancePath || '/'} ${err.message ?? 'is invalid'}${extra} [${schemaFile}]`, src.positionOf(path));
}

/** The compiled catalog as the build writes it: sorted keys, two-space indent, final newline. */
export function serialise(compiled: CompiledCatalog): string {
  return `${JSON.stringify(compiled, null, 1)}\n`;
}

function main(argv: readonly string[]): number {
  const check = argv.includes('--check');
  const { compiled, errors, warnings } = buildData();
  for (const w of warnings) console.warn(`warning: ${w.toString()}`);
  for (const e of errors) console.error(`error: ${e.toString()}`);
  if (errors.length > 0) {
    console.error(`${errors.length} error(s) in data/`);
    return 1;
  }
  const text = serialise(compiled);
  if (check) {
    let current = '';
    try { current = readFileSync(COMPILED_PATH, 'utf8'); } catch { /* missing counts as stale */ }
    if (current !== text) {
      console.error('src/catalog/compiled.json is stale: run npm run build:data and commit the result');
      return 1;
    }
    console.log(`data OK: ${compiled.sources.length} files, compiled catalog up to date`);
    return 0;
  }
  writeFileSync(COMPILED_PATH, text);
  console.log(`wrote ${relative(root, COMPILED_PATH)} from ${compiled.sources.length} files`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
