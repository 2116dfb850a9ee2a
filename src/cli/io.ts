/**
 * What run() gets from the world instead of `process` (DESIGN.md: "the CLI is a function run(argv, io) tested without a
 * subprocess; only the bin shim touches process"): output streams, the environment, the working directory, whether the
 * streams are terminals, and file access that tests can replace.
 * @module
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { LANGS, type Lang } from '../i18n/messages.js';

/** Anything with a write(string) method: process.stdout, a stream, or a test's collector. */
export interface WritableLike {
  write(chunk: string): unknown;
}

/** The world as run() sees it. */
export interface CliIO {
  readonly stdout: WritableLike;
  readonly stderr: WritableLike;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The working directory; relative paths are resolved against it. */
  readonly cwd: string;
  /** Whether stdout is a terminal (colour). */
  readonly isTTY: boolean;
  /** Whether stderr is a terminal (progress bar); defaults to isTTY. */
  readonly stderrIsTTY?: boolean;
  /** Reads a UTF-8 file (default: node:fs). Rejects with an error carrying `code` (ENOENT ...) when it cannot. */
  readonly readFile?: (path: string) => Promise<string>;
  /** Writes a UTF-8 file, creating its directory (default: node:fs). */
  readonly writeFile?: (path: string, data: string) => Promise<void>;
  /** Milliseconds of a monotonic clock (default: performance.now); tests pass their own. */
  readonly now?: () => number;
}

/** File access with the defaults filled in. */
export interface FileAccess {
  readonly readFile: (path: string) => Promise<string>;
  readonly writeFile: (path: string, data: string) => Promise<void>;
}

/**
 * File access from io, or node:fs.
 * @example
 * await files(io).readFile('/tmp/x.json');
 */
export function files(io: CliIO): FileAccess {
  return {
    readFile: io.readFile ?? ((path) => readFile(path, 'utf8')),
    writeFile: io.writeFile ?? (async (path, data) => {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, data);
    }),
  };
}

/**
 * The language from the locale: `ja` when the first set of LC_ALL, LC_MESSAGES, LANG (POSIX precedence) starts with `ja`.
 * @example
 * localeLang({ LANG: 'ja_JP.UTF-8' }); // 'ja'
 * localeLang({ LANG: 'C' });           // 'en'
 */
export function localeLang(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return locale?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

/**
 * Whether a value names a language the tool speaks.
 * @example
 * isLang('ja'); // true
 * isLang('fr'); // false
 */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/**
 * Whether the environment is a CI run (CI set to anything but empty, 0 or false), where no progress bar is drawn.
 * @example
 * isCI({ CI: 'true' }); // true
 */
export function isCI(env: Readonly<Record<string, string | undefined>>): boolean {
  const ci = env.CI;
  return ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false';
}
