/** Shared helpers of the nginx and Apache extractor tests: fixtures, a real include function, compact views. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { includer, readIncluded } from '../../../src/scan/include.js';
import type { Extraction, IncludeResult } from '../../../src/scan/types.js';
import type { Setting } from '../../../src/extract/tls/endpoint.js';
import type { WebTlsEndpoint } from '../../../src/extract/nginx/web-endpoint.js';

/** The repository root, which fixture paths are shown relative to. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url)).replace(/\/$/, '');

/** The include function scan() gives extractors, over the real file system. */
export const include = includer(ROOT, (abs) => readIncluded(abs, 2 ** 21));

/** A fixture's text and the paths an extractor gets for it. */
export function fixture(rel: string): { text: string; path: string; absolutePath: string } {
  const absolutePath = `${ROOT}/${rel}`;
  return { text: readFileSync(absolutePath, 'utf8'), path: rel, absolutePath };
}

/** An include function over files held in memory (`/etc/x.conf` -> text); globs are not expanded. */
export function memoryInclude(files: Record<string, string>): (pattern: string, baseDir: string) => IncludeResult {
  return (pattern, baseDir) => {
    const abs = pattern.startsWith('/') ? pattern : `${baseDir}/${pattern}`;
    const text = files[abs];
    return text === undefined
      ? { files: [], unreadable: [{ path: abs, reason: 'ENOENT' }] }
      : { files: [{ path: abs.slice(1), absolutePath: abs, text }], unreadable: [] };
  };
}

function where(s: Setting<unknown>): string {
  const l = s.origin.location;
  return `${l.path.split('/').pop()}:${l.line}:${l.column}${s.origin.defaultOf ? ' default' : ''}`;
}

/** One line per setting: `protocols TLSv1.2@nginx.conf:5:19 ...`. */
export function view(e: WebTlsEndpoint): string[] {
  const out = [`name ${e.name ?? ''}${e.fragment ? ' (fragment)' : ''}`];
  if (e.protocols) out.push(`protocols ${e.protocols.map((p) => `${p.value}@${where(p)}`).join(' ')}`);
  if (e.cipherString) out.push(`ciphers ${e.cipherString.value} @${where(e.cipherString)} ${e.cipherString.origin.directive}`);
  if (e.ciphersuites) out.push(`suites ${e.ciphersuites.value} @${where(e.ciphersuites)} ${e.ciphersuites.origin.directive}`);
  if (e.groups) out.push(`groups ${e.groups.value.map((g) => `${g.value}@${where(g)}`).join(' ')}`);
  if (e.sigalgs) out.push(`sigalgs ${e.sigalgs.value.map((g) => `${g.value}@${where(g)}`).join(' ')}`);
  for (const c of e.certificates ?? []) out.push(`certificate ${c.file.value} key ${c.key?.value ?? '-'}${c.dynamic ? ' dynamic' : ''}`);
  return out;
}

/** `kind path:line:column text` for each problem or extraction. */
export function brief(xs: readonly Extraction[]): string[] {
  return xs.map((x) => `${x.kind} ${x.location.path.split('/').pop()}:${x.location.line}:${x.location.column} ${x.kind === 'parse-error' ? x.message.en : x.input}`);
}
