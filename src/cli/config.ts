/**
 * Config files: `cryptrec.config.json`, `cryptrec.config.yaml` (or `.yml`), or a `cryptrec` key in package.json, found
 * upward from the first scanned path (or the working directory), or named with --config. Keys mirror the command-line
 * options in camelCase (`failOn`, `maxFileSize`; the kebab-case spelling is read too); the command line wins over the
 * file. Paths in the file are relative to the file. A malformed file or an unknown key is a config error (exit code 2).
 * @module
 */
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { messages, type Lang } from '../i18n/messages.js';
import type { FileAccess } from './io.js';
import { UsageError } from './usage-error.js';

/** The options a config file may set. */
export interface ConfigValues {
  readonly list?: string;
  readonly at?: string;
  readonly purpose?: string;
  readonly format?: string;
  readonly failOn?: string;
  readonly strict?: boolean;
  readonly lang?: string;
  readonly baseline?: string;
  readonly ignore?: readonly string[];
  readonly output?: string;
  readonly color?: boolean;
  readonly quiet?: boolean;
  readonly maxFileSize?: number | string;
  readonly all?: boolean;
  readonly includeNodeModules?: boolean;
  readonly gitignore?: boolean;
}

/** A config file read. */
export interface LoadedConfig {
  /** The file, absolute. */
  readonly file: string;
  readonly values: ConfigValues;
}

type Kind = 'string' | 'boolean' | 'strings' | 'size';
const KEYS: Readonly<Record<keyof ConfigValues, Kind>> = {
  list: 'string', at: 'string', purpose: 'string', format: 'string', failOn: 'string', strict: 'boolean', lang: 'string',
  baseline: 'string', ignore: 'strings', output: 'string', color: 'boolean', quiet: 'boolean', maxFileSize: 'size',
  all: 'boolean', includeNodeModules: 'boolean', gitignore: 'boolean',
};
/** Keys holding paths, resolved against the config file's directory. */
const PATH_KEYS = new Set<keyof ConfigValues>(['baseline', 'output']);

/** The names looked for in each directory, in order. */
export const CONFIG_NAMES = ['cryptrec.config.json', 'cryptrec.config.yaml', 'cryptrec.config.yml', 'package.json'] as const;

/**
 * Finds and reads the config: the file named, or the first found going up from `start`.
 * @example
 * await loadConfig(undefined, '/repo/src', fs, 'en'); // { file: '/repo/cryptrec.config.json', values: { failOn: 'unlisted' } }
 */
export async function loadConfig(named: string | undefined, start: string, fs: FileAccess, lang: Lang, cwd: string): Promise<LoadedConfig | undefined> {
  const m = messages(lang);
  if (named !== undefined) {
    const file = resolve(cwd, named);
    let text: string;
    try {
      text = await fs.readFile(file);
    } catch (e) {
      throw new UsageError('config', m.configUnreadable(named, codeOf(e)));
    }
    const values = parseConfig(text, file, lang, true);
    return { file, values: values ?? {} };
  }
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    for (const name of CONFIG_NAMES) {
      const file = join(dir, name);
      let text: string;
      try {
        text = await fs.readFile(file);
      } catch {
        // Absent, a directory, or `start` is a file (ENOTDIR): keep looking.
        continue;
      }
      const values = parseConfig(text, file, lang, false);
      if (values) return { file, values };
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * Reads the text of a config file. For package.json, undefined when it has no `cryptrec` key (unless `required`).
 * @example
 * parseConfig('{"failOn":"unlisted"}', '/r/cryptrec.config.json', 'en', true); // { failOn: 'unlisted' }
 */
export function parseConfig(text: string, file: string, lang: Lang, required: boolean): ConfigValues | undefined {
  const m = messages(lang);
  const name = basename(file);
  let data: unknown;
  try {
    data = /\.json$/i.test(name) ? JSON.parse(text) : parseYaml(text, { prettyErrors: true });
  } catch (e) {
    // A broken package.json met on the way up may have nothing to do with us.
    if (name === 'package.json' && !required) return undefined;
    throw new UsageError('config', m.configInvalid(file, firstLine((e as Error).message)));
  }
  if (name === 'package.json') {
    const section = isObject(data) ? data.cryptrec : undefined;
    if (section === undefined) {
      if (required) throw new UsageError('config', m.configInvalid(file, 'no "cryptrec" key'));
      return undefined;
    }
    data = section;
  }
  if (data === null || data === undefined) return {};
  if (!isObject(data)) throw new UsageError('config', m.configNotObject(file));
  return checkValues(data, file, lang);
}

function checkValues(data: Record<string, unknown>, file: string, lang: Lang): ConfigValues {
  const m = messages(lang);
  const out: Record<string, unknown> = {};
  const dir = dirname(file);
  for (const [raw, value] of Object.entries(data)) {
    const key = camel(raw) as keyof ConfigValues;
    const kind = KEYS[key];
    if (kind === undefined) throw new UsageError('config', m.configUnknownKey(file, raw, Object.keys(KEYS)));
    const ok = kind === 'string' ? typeof value === 'string'
      : kind === 'boolean' ? typeof value === 'boolean'
        : kind === 'strings' ? Array.isArray(value) && value.every((v) => typeof v === 'string')
          : typeof value === 'number' || typeof value === 'string';
    if (!ok) {
      const want = { string: m.typeString, boolean: m.typeBoolean, strings: m.typeStrings, size: m.typeSize }[kind];
      throw new UsageError('config', m.configBadType(file, raw, want));
    }
    out[key] = PATH_KEYS.has(key) && !isAbsolute(value as string) ? resolve(dir, value as string) : value;
  }
  return out as ConfigValues;
}

function camel(key: string): string {
  return key.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function codeOf(e: unknown): string {
  return (e as NodeJS.ErrnoException)?.code ?? (e as Error)?.message ?? String(e);
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}
