/**
 * Reading the command line with node:util parseArgs (strict: an unknown option is an error, never ignored), then checking
 * that each option given applies to the command. The grammar (DESIGN.md, "CLI"):
 *
 *   cryptrec [options] <command> [arguments] [options]
 *   command := check | scan | lists | diff | explain        (or none, with --help or --version)
 *
 * Values are only read here, not judged: options.ts checks them against what is valid.
 * @module
 */
import { parseArgs } from 'node:util';
import { messages, type Lang } from '../i18n/messages.js';
import { UsageError } from './usage-error.js';

/** The commands, in the order help lists them. */
export const COMMANDS = ['check', 'scan', 'lists', 'diff', 'explain'] as const;
export type Command = (typeof COMMANDS)[number];

const OPTION_SPEC = {
  list: { type: 'string' },
  at: { type: 'string' },
  purpose: { type: 'string' },
  format: { type: 'string', short: 'f' },
  'fail-on': { type: 'string' },
  strict: { type: 'boolean' },
  lang: { type: 'string' },
  config: { type: 'string', short: 'c' },
  baseline: { type: 'string' },
  'write-baseline': { type: 'string' },
  ignore: { type: 'string', multiple: true },
  output: { type: 'string', short: 'o' },
  'no-color': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  'max-file-size': { type: 'string' },
  all: { type: 'boolean' },
  'include-node-modules': { type: 'boolean' },
  'no-gitignore': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

export type OptionName = keyof typeof OPTION_SPEC;

/** The options as given on the command line (undefined: not given). */
export interface Flags {
  list?: string;
  at?: string;
  purpose?: string;
  format?: string;
  'fail-on'?: string;
  strict?: boolean;
  lang?: string;
  config?: string;
  baseline?: string;
  'write-baseline'?: string;
  ignore?: string[];
  output?: string;
  'no-color'?: boolean;
  quiet?: boolean;
  'max-file-size'?: string;
  all?: boolean;
  'include-node-modules'?: boolean;
  'no-gitignore'?: boolean;
  help?: boolean;
  version?: boolean;
}

/** What the command line says. */
export interface ParsedArgs {
  readonly command?: Command;
  readonly positionals: readonly string[];
  readonly flags: Flags;
}

const COMMON: readonly OptionName[] = ['format', 'lang', 'config', 'output', 'no-color', 'quiet', 'help'];
const JUDGING: readonly OptionName[] = ['list', 'at', 'purpose', 'fail-on', 'strict'];
const SCAN_ONLY: readonly OptionName[] = ['baseline', 'write-baseline', 'ignore', 'max-file-size', 'all', 'include-node-modules', 'no-gitignore'];

/** The options each command accepts. */
export const COMMAND_OPTIONS: Readonly<Record<Command, readonly OptionName[]>> = {
  check: [...JUDGING, ...COMMON],
  scan: [...JUDGING, ...SCAN_ONLY, ...COMMON],
  lists: COMMON,
  diff: COMMON,
  explain: ['list', 'at', 'purpose', ...COMMON],
};

/** The formats each command can write. */
export const COMMAND_FORMATS: Readonly<Record<Command, readonly string[]>> = {
  check: ['text', 'json', 'sarif', 'markdown'],
  scan: ['text', 'json', 'sarif', 'markdown'],
  lists: ['text', 'json'],
  diff: ['text', 'json'],
  explain: ['text', 'json'],
};

const flag = (name: OptionName) => `--${name}`;

/**
 * Parses the arguments. Throws a UsageError (exit code 2) naming the bad option and the valid ones.
 * @example
 * parseCommandLine(['check', 'sha1', '--format', 'json'], 'en');
 * // { command: 'check', positionals: ['sha1'], flags: { format: 'json' } }
 */
export function parseCommandLine(argv: readonly string[], lang: Lang): ParsedArgs {
  const m = messages(lang);
  let values: Record<string, unknown>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: [...argv], options: OPTION_SPEC, allowPositionals: true, strict: true }));
  } catch (e) {
    throw toUsageError(e, argv, lang);
  }
  const flags = values as Flags;
  const [first, ...rest] = positionals;
  if (first === undefined) return { positionals: [], flags };
  if (first === 'help') {
    // `cryptrec help scan` reads as `cryptrec scan --help`.
    const target = rest[0];
    if (target !== undefined && !isCommand(target)) throw new UsageError('usage', m.unknownCommand(target, COMMANDS));
    return { ...(target ? { command: target } : {}), positionals: [], flags: { ...flags, help: true } };
  }
  if (!isCommand(first)) {
    if (flags.version || flags.help) return { positionals, flags };
    throw new UsageError('usage', m.unknownCommand(first, COMMANDS));
  }
  const allowed = new Set<OptionName>([...COMMAND_OPTIONS[first], 'version']);
  for (const name of Object.keys(values) as OptionName[]) {
    if (!allowed.has(name)) {
      throw new UsageError('usage', m.optionNotForCommand(flag(name), first, COMMAND_OPTIONS[first].map(flag)), first);
    }
  }
  return { command: first, positionals: rest, flags };
}

/**
 * Looks for a valid `--lang` among raw arguments, so that an error found while parsing can already speak that language.
 * @example
 * peekLang(['check', '--lang=ja', '--bogus']); // 'ja'
 */
export function peekLang(argv: readonly string[]): Lang | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice('--lang='.length) : undefined;
    if (value === 'en' || value === 'ja') return value;
  }
  return undefined;
}

function isCommand(s: string): s is Command {
  return (COMMANDS as readonly string[]).includes(s);
}

/** parseArgs' errors name the option in English; ours name it and the valid ones, in the user's language. */
function toUsageError(e: unknown, argv: readonly string[], lang: Lang): UsageError {
  const m = messages(lang);
  const err = e as { code?: string; message?: string };
  const text = err.message ?? '';
  const named = /--[a-z][a-z-]*/.exec(text)?.[0] ?? /'(-[^' ,]+)/.exec(text)?.[1] ?? '';
  const command = argv.find((a): a is Command => isCommand(a));
  const valid = (command ? [...COMMAND_OPTIONS[command], 'version' as const] : (Object.keys(OPTION_SPEC) as OptionName[])).map(flag);
  switch (err.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new UsageError('usage', m.unknownOption(named, command ?? 'cryptrec', valid), command);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      // A string option without a value, or a boolean one given a value.
      return /argument missing/.test(text)
        ? new UsageError('usage', m.optionNeedsValue(named), command)
        : new UsageError('usage', m.optionTakesNoValue(named, valueOf(argv, named)), command);
    default:
      return new UsageError('usage', err.message ?? String(e), command);
  }
}

function valueOf(argv: readonly string[], name: string): string {
  const a = argv.find((x) => x.startsWith(`${name}=`));
  return a ? a.slice(name.length + 1) : '';
}
