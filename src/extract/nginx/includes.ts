/**
 * Following include directives for the nginx and Apache httpd readers: where relative paths start, and how an absolute
 * path into the server's system directory (`/etc/nginx/conf.d/*.conf`, `/etc/apache2/mods-enabled/*.conf`) is read
 * when the scan looks at a copy of that directory rather than at the live system.
 *
 * Choices, since a scanned file does not say where the server was installed:
 *   - the configuration root is the directory of the file being scanned, or its parent when that directory is one of the
 *     server's well-known sub-directories (`sites-enabled`, `conf.d`, `snippets`, `mods-enabled` ...). For nginx this is
 *     the prefix relative `include` paths start from (nginx: "relative to the configuration prefix", i.e. the directory
 *     of nginx.conf); for Apache it stands in for ServerRoot when the file sets none;
 *   - an absolute path under the server's usual system directory that names nothing on this machine is tried again under
 *     the configuration root (`/etc/nginx/snippets/ssl.conf` -> `<root>/snippets/ssl.conf`), so that a copy of /etc/nginx
 *     kept in a repository is read as a whole. The live path always wins when it exists.
 * @module
 */
import { basename, dirname, isAbsolute, join } from 'node:path';
import type { ExtractContext, IncludeResult } from '../../scan/types.js';

/**
 * The configuration root of a file: its directory, or the parent of a well-known sub-directory.
 * @example
 * configRoot('/etc/nginx/sites-enabled/default', NGINX_SUBDIRS); // '/etc/nginx'
 * configRoot('/srv/app/nginx.conf', NGINX_SUBDIRS);             // '/srv/app'
 */
export function configRoot(absolutePath: string, subdirs: ReadonlySet<string>): string {
  const dir = dirname(absolutePath);
  return subdirs.has(basename(dir)) ? dirname(dir) : dir;
}

/** nginx's usual sub-directories (Debian, Fedora, the official packages). */
export const NGINX_SUBDIRS: ReadonlySet<string> = new Set([
  'conf.d', 'sites-available', 'sites-enabled', 'snippets', 'modules-available', 'modules-enabled', 'streams-available',
  'streams-enabled', 'default.d',
]);
/** Where nginx is usually installed: the prefixes an absolute include is re-rooted from. */
export const NGINX_SYSTEM_DIRS: readonly string[] = ['/etc/nginx/', '/usr/local/nginx/conf/', '/usr/local/etc/nginx/', '/opt/homebrew/etc/nginx/'];

/** Apache httpd's usual sub-directories (Debian's apache2, Fedora's httpd). */
export const APACHE_SUBDIRS: ReadonlySet<string> = new Set([
  'sites-available', 'sites-enabled', 'conf-available', 'conf-enabled', 'mods-available', 'mods-enabled', 'conf.d',
  'conf.modules.d', 'conf', 'extra', 'vhosts.d',
]);
/** Where Apache httpd is usually installed (ServerRoot). */
export const APACHE_SYSTEM_DIRS: readonly string[] = ['/etc/apache2/', '/etc/httpd/', '/usr/local/apache2/', '/usr/local/etc/apache24/', '/etc/apache/'];

/**
 * The files an include names: `pattern` relative to `baseDir`; for an absolute pattern under a system directory that
 * gives nothing readable, the same pattern under `root`.
 * @example
 * includeFiles(ctx.include, '/etc/nginx/conf.d/*.conf', '/etc/nginx', '/repo/etc/nginx', NGINX_SYSTEM_DIRS);
 */
export function includeFiles(
  include: ExtractContext['include'], pattern: string, baseDir: string, root: string, systemDirs: readonly string[],
): IncludeResult {
  const direct = safeInclude(include, pattern, baseDir);
  if (direct.files.length || !isAbsolute(pattern)) return direct;
  const prefix = systemDirs.find((d) => pattern.startsWith(d));
  if (prefix === undefined || root.startsWith(prefix) || `${root}/` === prefix) return direct;
  const moved = safeInclude(include, join(root, pattern.slice(prefix.length)), root);
  return moved.files.length ? moved : direct;
}

function safeInclude(include: ExtractContext['include'], pattern: string, baseDir: string): IncludeResult {
  try {
    return include(pattern, baseDir);
  } catch (e) {
    return { files: [], unreadable: [{ path: pattern, reason: (e as Error)?.message ?? String(e) }] };
  }
}
