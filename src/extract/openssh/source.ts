/**
 * A configuration file and the files its `Include` lines name, read into a tree in the order the program reads them
 * (sshd_config(5) and ssh_config(5) "Include": glob(7) patterns, expanded in lexical order, read at the place of the line).
 * Locations of tokens are computed here, so that every finding can point at its file, line and column.
 *
 * Where an Include pattern is looked for:
 * - sshd: a relative pattern is relative to /etc/ssh; ssh: relative to ~/.ssh for a user's config and /etc/ssh for the system's.
 * - A config that is not itself in that directory (a copy in a repository, an image's file tree, `checkConfig()` text) has
 *   its "/etc/ssh" in the nearest sensible place: the `etc/ssh` folder it sits in (an image's `rootfs/etc/ssh`), the parent of
 *   the `sshd_config.d` / `ssh_config.d` folder it sits in, or else its own folder, which findings then say. Absolute
 *   patterns under /etc/ssh (`Include /etc/ssh/sshd_config.d/*.conf`) are looked for there too, so that a scan of a copy reads
 *   the copy's files and not the scanning machine's. Other absolute patterns are used as written.
 * - `~/` (ssh user configs): the folder above `.ssh` when the config is `<home>/.ssh/config`; otherwise not followed.
 *
 * Bounds (a loop of includes, a pattern that names thousands of files): 16 levels of Include as in OpenSSH (deeper is an
 * error, which OpenSSH also reports), and at most 256 included files per configuration.
 * @module
 */
import type { Localized } from '../../catalog/types.js';
import type { ExtractContext, IncludeResult, Location } from '../../scan/types.js';
import { lexConfig, type ConfigLine, type LexOptions, type Token } from './lexer.js';

/** OpenSSH's READCONF_MAX_DEPTH and SERVCONF_MAX_DEPTH. */
export const MAX_INCLUDE_DEPTH = 16;
/** A bound of ours on the files one configuration may pull in. */
export const MAX_INCLUDED_FILES = 256;

/** One file of a configuration. */
export interface SourceFile {
  /** The path findings show. */
  readonly path: string;
  /** Absolute path when known (a file on disk). */
  readonly absolutePath?: string;
  readonly text: string;
  readonly items: readonly Item[];
  /** How deep in Includes (0 for the file itself). */
  readonly depth: number;
  /** A word about how the Include that brought this file in was resolved, when it was not as the program would. */
  readonly note?: Localized;
}

/** A line of a file, or an Include line with the files it brought in (in order). */
export type Item =
  | { readonly kind: 'line'; readonly file: SourceFile; readonly line: ConfigLine; readonly keyword: string }
  | { readonly kind: 'include'; readonly file: SourceFile; readonly line: ConfigLine; readonly files: readonly SourceFile[] };

/** A problem found while reading (the caller adds the ones found while interpreting). */
export interface Problem {
  readonly location: Location;
  readonly message: Localized;
}

/** Which program reads the file, which decides where relative Include paths point. */
export type Program = 'sshd' | 'ssh';

/** What reading needs. */
export interface ReadOptions {
  readonly program: Program;
  /** The include function of the extract context (absent: Includes are not followed). */
  readonly include?: ExtractContext['include'];
}

/** Where the program would look for the files of a relative Include, and how sure that is. */
interface IncludeBase {
  /** Absolute folder standing for /etc/ssh (sshd, ssh system config) or ~/.ssh (ssh user config). */
  readonly dir: string | undefined;
  /** Absolute home folder for `~/`, when known. */
  readonly home: string | undefined;
  /** The config is an ssh user config (`~/.ssh/config`): relative paths are relative to ~/.ssh. */
  readonly user: boolean;
  /** The folder was guessed (the config's own folder). */
  readonly guessed: boolean;
  /** How many folders up from the config `dir` is (1: its own folder, 2: the one above). */
  readonly up: 1 | 2;
}

/**
 * Reads a configuration and its includes into a tree. Never throws; problems are collected.
 * @example
 * const { root } = readSource('Include conf.d/*.conf\n', { path: 'sshd_config', absolutePath: '/etc/ssh/sshd_config' }, { program: 'sshd', include });
 * root.items[0].kind; // 'include'
 */
export function readSource(
  text: string, where: { readonly path: string; readonly absolutePath?: string }, options: ReadOptions,
): { root: SourceFile; problems: Problem[] } {
  const problems: Problem[] = [];
  const budget = { files: MAX_INCLUDED_FILES };
  const lex: LexOptions = { stripLeading: options.program === 'sshd' };
  const read = (
    fileText: string, path: string, absolutePath: string | undefined, depth: number, note: Localized | undefined,
  ): SourceFile => {
    const items: Item[] = [];
    const file: SourceFile = { path, ...(absolutePath !== undefined ? { absolutePath } : {}), text: fileText, items, depth, ...(note ? { note } : {}) };
    for (const line of lexConfig(fileText, lex)) {
      const keyword = line.keyword.text.toLowerCase();
      if (keyword !== 'include' || line.problem) {
        items.push({ kind: 'line', file, line, keyword });
        continue;
      }
      const files: SourceFile[] = [];
      for (const arg of line.args) {
        if (arg.text === '') continue;
        if (depth + 1 > MAX_INCLUDE_DEPTH) {
          problems.push({ location: tokenLocation(file, line, arg), message: TOO_DEEP });
          break;
        }
        const target = pathTarget(arg.text, where.absolutePath, options.program, where.path);
        if (target.skip) {
          if (target.problem) problems.push({ location: tokenLocation(file, line, arg), message: target.problem });
          continue;
        }
        if (!options.include) continue;
        let got: IncludeResult;
        try {
          got = options.include(target.pattern, target.baseDir);
        } catch {
          got = { files: [], unreadable: [] };
        }
        for (const u of got.unreadable) {
          if (/ENOENT|ENOTDIR/.test(u.reason)) continue; // a missing file is skipped by OpenSSH too
          problems.push({ location: tokenLocation(file, line, arg), message: unreadable(u.path, u.reason) });
        }
        for (const f of got.files) {
          if (budget.files <= 0) {
            problems.push({ location: tokenLocation(file, line, arg), message: TOO_MANY });
            break;
          }
          budget.files--;
          files.push(read(f.text, f.path, f.absolutePath, depth + 1, target.note ?? note));
        }
      }
      items.push({ kind: 'include', file, line, files });
    }
    return file;
  };
  const root = read(text, where.path, where.absolutePath, 0, undefined);
  return { root, problems };
}

const TOO_DEEP: Localized = {
  en: `Include nests more than ${MAX_INCLUDE_DEPTH} levels deep (a loop?); OpenSSH refuses the configuration`,
  ja: `Include の入れ子が ${MAX_INCLUDE_DEPTH} 段を超える（循環の可能性）。OpenSSH はこの設定を拒否する`,
};
const TOO_MANY: Localized = {
  en: `more than ${MAX_INCLUDED_FILES} included files; the rest were not read`,
  ja: `Include されるファイルが ${MAX_INCLUDED_FILES} を超えるため、残りは読んでいない`,
};

function unreadable(path: string, reason: string): Localized {
  return { en: `the included file ${path} could not be read (${reason}); its settings are unknown`, ja: `Include されたファイル ${path} を読めない（${reason}）。その設定は不明` };
}

function dirname(p: string): string {
  const i = p.lastIndexOf('/');
  return i <= 0 ? '/' : p.slice(0, i);
}

function basename(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

function toSlash(p: string): string {
  return p.replace(/\\/g, '/');
}

function includeBase(absolutePath: string | undefined, program: Program): IncludeBase {
  if (absolutePath === undefined) return { dir: undefined, home: undefined, user: false, guessed: true, up: 1 };
  const abs = toSlash(absolutePath);
  const dir = dirname(abs);
  const parent = dirname(dir);
  if (program === 'ssh' && basename(dir) === '.ssh') return { dir, home: parent, user: true, guessed: false, up: 1 };
  if (/(?:^|\/)etc\/ssh$/.test(dir)) return { dir, home: undefined, user: false, guessed: false, up: 1 };
  if (basename(dir) === 'sshd_config.d' || basename(dir) === 'ssh_config.d') return { dir: parent, home: undefined, user: false, guessed: true, up: 2 };
  // A config named like the system one is read as the system one; any other ssh config (an `ssh -F` file) as a user's.
  const user = program === 'ssh' && basename(abs) !== 'ssh_config';
  return { dir, home: undefined, user, guessed: true, up: 1 };
}

/**
 * Where a path written in a configuration is looked for (the rules of the module comment): a pattern and the absolute folder
 * it is relative to, with a note when the folder was guessed; or nothing to read.
 * @example
 * pathTarget('/etc/ssh/sshd_config.d/*.conf', '/srv/image/etc/ssh/sshd_config', 'sshd');
 * // { skip: false, pattern: 'sshd_config.d/*.conf', baseDir: '/srv/image/etc/ssh' }
 */
export function pathTarget(arg: string, configAbsolutePath: string | undefined, program: Program, configPath?: string): Target {
  const base = includeBase(configAbsolutePath, program);
  // Notes name the folder as findings show paths (relative to the scan root), never the machine's absolute path.
  let shown = configPath === undefined ? undefined : toSlash(configPath);
  for (let i = 0; shown !== undefined && i < base.up; i++) shown = shown.includes('/') ? shown.slice(0, shown.lastIndexOf('/')) : '.';
  return includeTarget(arg, base, program, shown);
}

/** Where a path is looked for. */
export type Target =
  | { readonly skip: false; readonly pattern: string; readonly baseDir: string; readonly note?: Localized }
  | { readonly skip: true; readonly problem?: Localized };

function includeTarget(arg: string, base: IncludeBase, program: Program, shown: string | undefined): Target {
  const guessedNote = (dir: string): Localized | undefined => {
    if (!base.guessed) return undefined;
    const d = shown ?? dir;
    const stands = base.user ? '~/.ssh' : '/etc/ssh';
    return { en: `Include path read relative to ${d}/, standing for ${stands}`, ja: `Include のパスは ${stands} の代わりに ${d}/ からの相対として読んだ` };
  };
  if (arg.startsWith('~')) {
    if (program === 'sshd') return relative(arg);
    if (!base.user) return { skip: true, problem: { en: `a system-wide ssh_config may not Include a path under ~ (${arg})`, ja: `システム全体の ssh_config では ~ 以下のパスを Include できない（${arg}）` } };
    if (!arg.startsWith('~/') || base.home === undefined) return { skip: true }; // another user's home, or a home we do not know
    return { skip: false, pattern: arg.slice(2), baseDir: base.home };
  }
  if (arg.startsWith('/')) {
    const underEtcSsh = /^\/etc\/ssh(?:\/|$)/.test(arg);
    if (underEtcSsh && base.dir !== undefined && !(base.user && program === 'ssh')) {
      const rest = arg.slice('/etc/ssh'.length).replace(/^\/+/, '');
      if (base.dir === '/etc/ssh') return { skip: false, pattern: arg, baseDir: '/' };
      const note = guessedNote(base.dir);
      return { skip: false, pattern: rest === '' ? '.' : rest, baseDir: base.dir, ...(note ? { note } : {}) };
    }
    return { skip: false, pattern: arg, baseDir: '/' };
  }
  return relative(arg);

  function relative(p: string): Target {
    if (base.dir === undefined) return { skip: true };
    const note = guessedNote(base.dir);
    return { skip: false, pattern: p, baseDir: base.dir, ...(note ? { note } : {}) };
  }
}

/**
 * The location of a token, or of the characters `from` (inclusive) to `to` (exclusive) of its text. The end column is
 * exclusive, as in SARIF.
 * @example
 * tokenLocation(file, line, value, 11, 21); // { path: 'sshd_config', line: 3, column: 20, endLine: 3, endColumn: 30 }
 */
export function tokenLocation(file: SourceFile, line: ConfigLine, token: Token, from = 0, to = token.text.length): Location {
  const startOffset = token.offsets[from] ?? token.start;
  const endOffset = to > from && token.offsets[to - 1] !== undefined ? token.offsets[to - 1]! + 1 : token.end;
  return {
    path: file.path, line: line.line, column: startOffset - line.lineStart + 1, endLine: line.line, endColumn: endOffset - line.lineStart + 1,
  };
}

/**
 * The location of a file as a whole (its first line), where a default that applies to it is reported.
 * @example
 * fileLocation(root); // { path: 'sshd_config', line: 1, column: 1 }
 */
export function fileLocation(file: SourceFile): Location {
  return { path: file.path, line: 1, column: 1 };
}
