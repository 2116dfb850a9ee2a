/**
 * The options a run uses: command-line flags over config values over defaults, each checked. An invalid value is a
 * UsageError naming the option (or config key), the value and the valid values (DESIGN.md: "An invalid option or range
 * is a usage error naming the bad value and the valid ones").
 * @module
 */
import { isAbsolute, resolve } from 'node:path';
import { getList, listVersions } from '../catalog/versions.js';
import { messages, type Lang } from '../i18n/messages.js';
import { PURPOSES, type Purpose } from '../judge/types.js';
import { useColor } from '../report/ansi.js';
import { FAIL_ON_VALUES, type FailOn } from '../report/types.js';
import { COMMAND_FORMATS, type Command, type Flags } from './args.js';
import type { ConfigValues, LoadedConfig } from './config.js';
import type { CliIO } from './io.js';
import { UsageError } from './usage-error.js';

export type Format = 'text' | 'json' | 'sarif' | 'markdown';

/** Everything a command needs to know, checked. */
export interface RunOptions {
  readonly command: Command;
  readonly lang: Lang;
  /** Colour on stdout (off when writing to a file). */
  readonly color: boolean;
  readonly format: Format;
  readonly failOn: FailOn;
  readonly strict: boolean;
  /** The list selector (`latest`, a version or a range), already known to select a bundled version. */
  readonly list: string;
  /** The date judged at, YYYY-MM-DD. */
  readonly at: string;
  readonly purpose: Purpose;
  /** Absolute path of the report file, if any. */
  readonly output?: string;
  readonly quiet: boolean;
  readonly baseline?: string;
  readonly writeBaseline?: string;
  readonly ignore: readonly string[];
  readonly maxFileSize?: number;
  readonly all: boolean;
  readonly includeNodeModules: boolean;
  readonly gitignore: boolean;
  readonly configFile?: string;
}

/** Config keys that only a scan reads; other commands leave them alone. */
const SCAN_ONLY_CONFIG = new Set<keyof ConfigValues>(['format', 'output', 'baseline', 'ignore', 'maxFileSize', 'all', 'includeNodeModules', 'gitignore']);

/**
 * Merges and checks flags and config.
 * @example
 * resolveOptions('check', { 'fail-on': 'unlisted' }, undefined, io, 'en').failOn; // 'unlisted'
 */
export function resolveOptions(command: Command, flags: Flags, config: LoadedConfig | undefined, io: CliIO, lang: Lang): RunOptions {
  const m = messages(lang);
  const c: ConfigValues = config
    ? Object.fromEntries(Object.entries(config.values).filter(([k]) => command === 'scan' || !SCAN_ONLY_CONFIG.has(k as keyof ConfigValues)))
    : {};
  const from = (flagName: string, key: string) => (config ? m.configKey(config.file, key) : flagName);
  // Which name to blame for a bad value: the flag when given, else the config key.
  const source = <T>(flagValue: T | undefined, configValue: T | undefined, flagName: string, key: string): [T | undefined, string] =>
    flagValue !== undefined ? [flagValue, flagName] : [configValue, from(flagName, key)];

  const [outputRaw] = source(flags.output, c.output, '--output', 'output');
  const output = outputRaw === undefined ? undefined : isAbsolute(outputRaw) ? outputRaw : resolve(io.cwd, outputRaw);

  const [formatRaw, formatName] = source(flags.format, c.format, '--format', 'format');
  const valid = COMMAND_FORMATS[command];
  let format: Format;
  if (formatRaw !== undefined) {
    if (!['text', 'json', 'sarif', 'markdown'].includes(formatRaw)) throw new UsageError('usage', m.invalidValue(formatName, formatRaw, valid), command);
    if (!valid.includes(formatRaw)) throw new UsageError('usage', m.formatNotForCommand(formatRaw, command, valid), command);
    format = formatRaw as Format;
  } else {
    const inferred = output ? formatOfPath(output) : 'text';
    format = valid.includes(inferred) ? inferred : 'text';
  }

  const [failOnRaw, failOnName] = source(flags['fail-on'], c.failOn, '--fail-on', 'failOn');
  const failOn = choice(failOnRaw ?? 'monitored', FAIL_ON_VALUES, failOnName, lang, command);

  const [purposeRaw, purposeName] = source(flags.purpose, c.purpose, '--purpose', 'purpose');
  const purpose = choice(purposeRaw ?? 'new', PURPOSES, purposeName, lang, command);

  const [listRaw, listName] = source(flags.list, c.list, '--list', 'list');
  const list = listRaw ?? 'latest';
  try {
    getList(list);
  } catch {
    const available = ['latest', ...listVersions().map((v) => v.version)];
    throw new UsageError('usage', m.invalidValue(listName, list, [...available, '(semver ranges: 2022, ^2022.1, 2012.x)']), command);
  }

  const [atRaw, atName] = source(flags.at, c.at, '--at', 'at');
  const at = atRaw === undefined ? today() : date(atRaw, atName, lang, command);

  const [sizeRaw, sizeName] = source<string | number>(flags['max-file-size'], c.maxFileSize, '--max-file-size', 'maxFileSize');
  const maxFileSize = sizeRaw === undefined ? undefined : size(sizeRaw, sizeName, lang, command);

  const quiet = flags.quiet ?? c.quiet ?? false;
  const noColor = flags['no-color'] === true || c.color === false;
  return {
    command,
    lang,
    color: output === undefined && useColor({ noColor, env: io.env, isTTY: io.isTTY }),
    format,
    failOn,
    strict: flags.strict ?? c.strict ?? false,
    list,
    at,
    purpose,
    ...(output !== undefined ? { output } : {}),
    quiet,
    ...(flags.baseline !== undefined ? { baseline: resolve(io.cwd, flags.baseline) } : c.baseline !== undefined ? { baseline: c.baseline } : {}),
    ...(flags['write-baseline'] !== undefined ? { writeBaseline: resolve(io.cwd, flags['write-baseline']) } : {}),
    ignore: [...(c.ignore ?? []), ...(flags.ignore ?? [])],
    ...(maxFileSize !== undefined ? { maxFileSize } : {}),
    all: flags.all ?? c.all ?? false,
    includeNodeModules: flags['include-node-modules'] ?? c.includeNodeModules ?? false,
    gitignore: flags['no-gitignore'] === true ? false : c.gitignore ?? true,
    ...(config ? { configFile: config.file } : {}),
  };
}

/**
 * The format a report file's name asks for: .sarif → sarif, .json → json, .md/.markdown → markdown, else text.
 * @example
 * formatOfPath('out/cryptrec.sarif'); // 'sarif'
 */
export function formatOfPath(path: string): Format {
  const p = path.toLowerCase();
  if (p.endsWith('.sarif') || p.endsWith('.sarif.json')) return 'sarif';
  if (p.endsWith('.json')) return 'json';
  if (p.endsWith('.md') || p.endsWith('.markdown')) return 'markdown';
  return 'text';
}

/**
 * A size in bytes from `524288`, `512k`, `10M`, `1.5MB`, `2MiB` or `1G` (binary multiples, as the default 2 MiB).
 * @example
 * parseSize('512k'); // 524288
 * parseSize('ten');  // undefined
 */
export function parseSize(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value > 0 ? value : undefined;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(?:([kmg])(?:i?b)?|b)?\s*$/i.exec(value);
  if (!match) return undefined;
  const unit = (match[2] ?? '').toLowerCase();
  const bytes = Math.round(Number(match[1]) * (unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1));
  return Number.isSafeInteger(bytes) && bytes > 0 ? bytes : undefined;
}

function size(value: string | number, name: string, lang: Lang, command: Command): number {
  const bytes = parseSize(value);
  if (bytes === undefined) throw new UsageError('usage', messages(lang).invalidSize(name, String(value)), command);
  return bytes;
}

function choice<T extends string>(value: string, valid: readonly T[], name: string, lang: Lang, command: Command): T {
  if (!(valid as readonly string[]).includes(value)) throw new UsageError('usage', messages(lang).invalidValue(name, value, valid), command);
  return value as T;
}

/** A real calendar date in YYYY-MM-DD (2025-02-30 is not one). */
function date(value: string, name: string, lang: Lang, command: Command): string {
  const d = new Date(`${value}T00:00:00Z`);
  const ok = /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
  if (!ok) throw new UsageError('usage', messages(lang).invalidDate(name, value), command);
  return value;
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}
