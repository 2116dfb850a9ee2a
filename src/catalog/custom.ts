/**
 * loadList(): an organisation's own list (a policy) written in the same YAML schema as the bundled versions
 * (data/schema/list.schema.json), checked with the same validator as the bundled data, so it gets the same errors.
 * @module
 */
import { CryptrecError } from '../errors.js';
import { bundledCatalog } from './catalog.js';
import { deepFreeze } from './freeze.js';
import type { ListDocument } from './types.js';
import { validateList } from './validate-list.js';
import { parseYamlSource } from './yaml-source.js';

export interface LoadListOptions {
  /** The file name to put in error positions. */
  readonly file?: string;
  /** Receives problems that do not stop loading (an unused note, say). */
  readonly onWarning?: (warning: CryptrecError) => void;
}

/**
 * Reads a list from YAML text. Every problem is a CryptrecError with a code (`invalid-yaml`, `missing-field`, `invalid-type`,
 * `unknown-field`, `invalid-version`, `invalid-date`, `invalid-tier`, `unknown-algorithm`, `unknown-category`, `unknown-note`,
 * `duplicate-entry`, ...), a line and a column; when there are several, the first is thrown and all are in its `related`.
 * @example
 * const policy = loadList(fs.readFileSync('policy.yaml', 'utf8'), { file: 'policy.yaml' });
 * check('aes-128-gcm', { list: policy });
 */
export function loadList(yamlText: string, options: LoadListOptions = {}): ListDocument {
  if (typeof yamlText !== 'string') throw new TypeError(`yamlText must be a string, not ${typeof yamlText}`);
  const catalog = bundledCatalog();
  const src = parseYamlSource(yamlText, options.file);
  const result = validateList(src, { algorithms: new Set(catalog.algorithms.keys()), categories: new Set(catalog.categories.keys()) });
  for (const w of result.warnings) options.onWarning?.(w);
  const [first, ...rest] = result.errors;
  if (first) throw new CryptrecError(first.code, first.message, first, rest);
  if (!result.list) throw new CryptrecError('invalid-list', 'the list could not be read', { file: options.file });
  return deepFreeze(result.list);
}
