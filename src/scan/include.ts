/**
 * Include directives (`include`, `Include`, `IncludeOptional`, `.include`): expand a pattern with glob(3)-style wildcards
 * (`*`, `?`, `[...]`, in any path segment; a leading dot is matched only by a leading dot) into the readable text files it
 * names, sorted by name in byte order, as glob(3) does in the C locale that nginx, Apache and OpenSSH run with.
 * @module
 */
import { readdirSync } from 'node:fs';
import { isAbsolute, join, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { decodeUtf8, isBinary, readWanted } from './read.js';
import type { IncludedFile, IncludeResult } from './types.js';
import { displayPath } from './walk.js';

/** Matches expanded by one pattern at most: a pattern such as `/*` /`*` must not read a whole disk. */
const MAX_MATCHES = 1000;
const GLOB = /[*?[]/;

/**
 * The include function scan() gives its extractors, reading through `read` (which caches and bounds sizes).
 * @example
 * const include = includer('/etc/nginx', (abs) => readFileSync(abs, 'utf8'));
 * include('conf.d/*.conf', '/etc/nginx').files.map((f) => f.path); // ['conf.d/a.conf', 'conf.d/b.conf']
 */
export function includer(
  root: string, read: (absolutePath: string) => { text: string } | { reason: string },
): (pattern: string, baseDir: string) => IncludeResult {
  return (pattern, baseDir) => {
    const files: IncludedFile[] = [];
    const unreadable: { path: string; reason: string }[] = [];
    for (const absolutePath of expand(isAbsolute(pattern) ? pattern : join(baseDir, pattern))) {
      const got = read(absolutePath);
      const path = displayPath(absolutePath, root);
      if ('text' in got) files.push({ path, absolutePath, text: got.text });
      else unreadable.push({ path, reason: got.reason });
    }
    return { files, unreadable };
  };
}

/**
 * Reads a file for an include: text only, at most `maxSize` bytes.
 * @example
 * readIncluded('/etc/nginx/mime.types', 2 ** 21); // { text: 'types { ... }' }
 */
export function readIncluded(absolutePath: string, maxSize: number): { text: string } | { reason: string } {
  const r = readWanted(absolutePath, maxSize, (head) => !isBinary(head));
  switch (r.kind) {
    case 'read': return { text: decodeUtf8(r.bytes).text };
    case 'unwanted': return { reason: 'binary file' };
    case 'too-large': return { reason: `larger than ${maxSize} bytes` };
    case 'not-a-file': return { reason: 'not a regular file' };
    case 'error': return { reason: r.code };
  }
}

/** The paths a pattern names: itself when it has no wildcard (missing or not, the reader says), else what exists. */
function expand(pattern: string): string[] {
  const full = resolve(pattern);
  if (!GLOB.test(full)) return [full];
  const segments = full.split(sep);
  let paths = [segments[0] === '' ? sep : segments[0]!];
  for (let i = 1; i < segments.length && paths.length; i++) {
    const segment = segments[i]!;
    if (segment === '') continue;
    if (!GLOB.test(segment)) {
      paths = paths.map((p) => join(p, segment));
      continue;
    }
    const isMatch = picomatch(segment, { dot: segment.startsWith('.') });
    const next: string[] = [];
    for (const dir of paths) {
      let names: string[];
      try {
        names = readdirSync(dir);
      } catch {
        continue;
      }
      names.sort(byteOrder);
      for (const name of names) if (isMatch(name) && next.length < MAX_MATCHES) next.push(join(dir, name));
    }
    paths = next;
  }
  return paths;
}

function byteOrder(a: string, b: string): number {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return Buffer.compare(x, y);
}
