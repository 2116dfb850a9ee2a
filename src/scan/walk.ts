/**
 * The walk: from the paths given to the regular files to read, in a stable order (names sorted per directory). Symbolic
 * links are followed; a link back to a directory on the way down is a loop, found by real path and reported once.
 * What cannot be walked becomes a warning, never an exception.
 * @module
 */
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import type { Dirent, Stats } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import { gitignored, gitignoreLevel, globMatcher, OUTPUT_DIRS, VCS_DIRS, type GitignoreLevel } from './ignore-rules.js';
import type { ScanWarningCode } from './options.js';

/** A file to read. */
export interface WalkEntry {
  readonly absolutePath: string;
  /** Relative to the root with forward slashes; absolute (forward slashes) outside the root. */
  readonly path: string;
}

/** A warning before it has words: the scan adds the message in its language. */
export interface RawWarning {
  readonly code: ScanWarningCode;
  readonly path: string;
  readonly detail?: string;
  readonly line?: number;
}

export interface WalkOptions {
  readonly root: string;
  readonly ignore?: readonly string[];
  readonly gitignore?: boolean;
  readonly includeNodeModules?: boolean;
  readonly signal?: AbortSignal;
}

/**
 * The path a finding shows for an absolute path: relative to the root with forward slashes, or absolute outside it.
 * @example
 * displayPath('/repo/config/app.yml', '/repo'); // 'config/app.yml'
 */
export function displayPath(absolutePath: string, root: string): string {
  const rel = relative(root, absolutePath);
  const out = rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel) ? (rel === '' ? '' : absolutePath) : rel;
  return sep === '/' ? out : out.split(sep).join('/');
}

/**
 * Walks the given absolute paths.
 * @example
 * const { files, warnings } = await walk(['/repo'], { root: '/repo' });
 */
export async function walk(paths: readonly string[], options: WalkOptions): Promise<{ files: WalkEntry[]; warnings: RawWarning[] }> {
  const files: WalkEntry[] = [];
  const warnings: RawWarning[] = [];
  const root = options.root;
  const useGitignore = options.gitignore !== false;
  const globbed = globMatcher(options.ignore ?? []);
  const visited = new Set<string>();
  const loopsReported = new Set<string>();
  const filesSeen = new Set<string>();

  const addFile = (absolutePath: string, path: string) => {
    if (filesSeen.has(absolutePath)) return;
    filesSeen.add(absolutePath);
    files.push({ absolutePath, path });
  };

  const readGitignore = async (dir: string, base: string): Promise<GitignoreLevel | undefined> => {
    try {
      return gitignoreLevel(base, await readFile(join(dir, '.gitignore'), 'utf8'));
    } catch {
      return undefined;
    }
  };

  const walkDir = async (dir: string, path: string, levels: readonly GitignoreLevel[], chain: ReadonlySet<string>): Promise<void> => {
    options.signal?.throwIfAborted();
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (e) {
      warnings.push({ code: 'unreadable', path: path || '.', detail: errCode(e) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    let here = levels;
    if (useGitignore && entries.some((e) => e.name === '.gitignore' && !e.isDirectory())) {
      const level = await readGitignore(dir, path);
      if (level) here = [...levels, level];
    }
    for (const entry of entries) {
      const abs = join(dir, entry.name);
      const childPath = path === '' ? entry.name : `${path}/${entry.name}`;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        let target: Stats;
        try {
          target = await stat(abs);
        } catch (e) {
          warnings.push({ code: errCode(e) === 'ELOOP' ? 'symlink-loop' : 'broken-symlink', path: childPath, detail: entry.name });
          continue;
        }
        isDir = target.isDirectory();
        isFile = target.isFile();
      }
      if (isDir) {
        if (VCS_DIRS.has(entry.name) || (!options.includeNodeModules && OUTPUT_DIRS.has(entry.name))) continue;
        if (globbed(childPath) || (useGitignore && gitignored(here, childPath, true))) continue;
        let real: string;
        try {
          real = await realpath(abs);
        } catch (e) {
          warnings.push({ code: 'unreadable', path: childPath, detail: errCode(e) });
          continue;
        }
        if (chain.has(real)) {
          if (!loopsReported.has(real)) {
            loopsReported.add(real);
            warnings.push({ code: 'symlink-loop', path: childPath, detail: displayPath(real, root) || '.' });
          }
          continue;
        }
        // The same directory reached again by another link is walked once.
        if (visited.has(real)) continue;
        visited.add(real);
        await walkDir(abs, childPath, here, new Set([...chain, real]));
      } else if (isFile) {
        if (entry.name === '.gitignore') continue;
        if (globbed(childPath) || (useGitignore && gitignored(here, childPath, false))) continue;
        addFile(abs, childPath);
      }
      // Sockets, FIFOs and devices are never opened: reading a FIFO would block the scan.
    }
  };

  for (const abs of paths) {
    options.signal?.throwIfAborted();
    const path = displayPath(abs, root);
    let info: Stats;
    try {
      info = await stat(abs);
    } catch (e) {
      const code = errCode(e);
      if (code === 'ENOENT') {
        const isLink = await lstat(abs).then((s) => s.isSymbolicLink(), () => false);
        warnings.push({ code: isLink ? 'broken-symlink' : 'not-found', path: path || '.' });
      } else {
        warnings.push({ code: code === 'ELOOP' ? 'symlink-loop' : 'unreadable', path: path || '.', detail: code });
      }
      continue;
    }
    if (info.isFile()) {
      if (!globbed(path)) addFile(abs, path);
    } else if (info.isDirectory()) {
      let real: string;
      try {
        real = await realpath(abs);
      } catch (e) {
        warnings.push({ code: 'unreadable', path: path || '.', detail: errCode(e) });
        continue;
      }
      if (visited.has(real)) continue;
      visited.add(real);
      let levels = useGitignore ? await ancestorsGitignore(root, abs, readGitignore) : [];
      // A directory named on the command line is scanned even where an ancestor's .gitignore leaves it out (as ripgrep
      // does): `cryptrec scan node_modules/some-package --include-node-modules`. Its own .gitignore files still apply.
      if (levels.length && insideIgnored(levels, path)) levels = [];
      await walkDir(abs, path, levels, new Set([real]));
    }
  }
  return { files, warnings };
}

/** Whether a directory, or one of the directories above it up to the root, is ignored. */
function insideIgnored(levels: readonly GitignoreLevel[], path: string): boolean {
  const parts = path.split('/');
  return parts.some((_, i) => gitignored(levels, parts.slice(0, i + 1).join('/'), true));
}

/** The `.gitignore` files from the root down to (not including) a directory inside it. */
async function ancestorsGitignore(
  root: string, dir: string, read: (dir: string, base: string) => Promise<GitignoreLevel | undefined>,
): Promise<GitignoreLevel[]> {
  const rel = relative(root, dir);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return [];
  const parts = rel.split(sep);
  const levels: GitignoreLevel[] = [];
  for (let i = 0; i < parts.length; i++) {
    const level = await read(join(root, ...parts.slice(0, i)), parts.slice(0, i).join('/'));
    if (level) levels.push(level);
  }
  return levels;
}

function errCode(e: unknown): string {
  return (e as NodeJS.ErrnoException | undefined)?.code ?? String((e as Error | undefined)?.message ?? e);
}
