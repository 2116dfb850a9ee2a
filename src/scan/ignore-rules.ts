/**
 * What the walk leaves out: `--ignore` globs (picomatch), `.gitignore` files with git's semantics (the `ignore` package,
 * gitignore(5)), and directories that hold tools' output or other people's code.
 * @module
 */
import ignore from 'ignore';
import picomatch from 'picomatch';

type Ignore = ReturnType<typeof ignore>;

/** Never walked: version control internals. */
export const VCS_DIRS: ReadonlySet<string> = new Set(['.git', '.hg', '.svn']);
/** Not walked unless asked (`includeNodeModules`): dependencies and build output. */
export const OUTPUT_DIRS: ReadonlySet<string> = new Set(['node_modules', 'dist', 'build']);

/**
 * A test for `--ignore` globs. A glob without a slash matches a name at any depth (`*.min.js`, `vendor`); one with a slash
 * matches the path from the root (`test/fixtures/**`); a trailing slash is dropped (`vendor/` is `vendor`).
 * @example
 * globMatcher(['vendor', 'test/fixtures/**'])('src/vendor'); // true
 */
export function globMatcher(globs: readonly string[]): (path: string) => boolean {
  const clean = globs.map((g) => g.trim().replace(/^\.\//, '').replace(/\/+$/, '')).filter(Boolean);
  const byName = clean.filter((g) => !g.includes('/'));
  const byPath = clean.filter((g) => g.includes('/'));
  const tests: ((p: string) => boolean)[] = [];
  if (byName.length) tests.push(picomatch(byName, { dot: true, basename: true }));
  if (byPath.length) tests.push(picomatch(byPath, { dot: true }));
  if (!tests.length) return () => false;
  return (path) => tests.some((t) => t(path));
}

/** The rules of one `.gitignore`, with the directory they belong to (relative to the root, '' for the root). */
export interface GitignoreLevel {
  readonly base: string;
  readonly rules: Ignore;
}

/**
 * Reads a `.gitignore` file's text.
 * @example
 * gitignoreLevel('sub', 'build/\n*.log\n');
 */
export function gitignoreLevel(base: string, text: string): GitignoreLevel {
  return { base, rules: ignore({ allowRelativePaths: true }).add(text) };
}

/**
 * Whether git would ignore a path, given the `.gitignore` files from the root down. Deeper files win, as in git: a later
 * `!pattern` can take back what a parent's file ignored (directories already ignored are never walked, as git never does).
 * @example
 * gitignored([gitignoreLevel('', 'ignored/\n')], 'ignored', true); // true
 */
export function gitignored(levels: readonly GitignoreLevel[], path: string, isDir: boolean): boolean {
  let ignored = false;
  for (const level of levels) {
    let rel: string;
    if (level.base === '') rel = path;
    else if (path.startsWith(`${level.base}/`)) rel = path.slice(level.base.length + 1);
    else continue;
    if (rel === '') continue;
    const r = level.rules.test(isDir ? `${rel}/` : rel);
    if (r.ignored) ignored = true;
    else if (r.unignored) ignored = false;
  }
  return ignored;
}
