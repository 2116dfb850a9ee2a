/**
 * The nginx extractor (`nginx`, confidence `exact` for what a file sets and `high` for nginx's defaults): reads an nginx
 * configuration into TLS endpoints (endpoints.ts) and reports what each enables (tls/extractions.ts), with the syntax
 * problems and the includes it could not follow, and the certificates its servers present (tls/certificates.ts).
 * Synchronous, so that checkConfig() can serve it too.
 * @module
 */
import type { Extraction, Extractor, ExtractContext } from '../../scan/types.js';
import { certificateExtractions } from '../tls/certificates.js';
import { tlsExtractions } from '../tls/extractions.js';
import { readNginx } from './endpoints.js';
import { NGINX_SUBDIRS } from './includes.js';

/** A line that only nginx syntax has: a block opener or a directive ending with `;` that nginx knows. */
const NGINX_HEAD = /^[ \t]*(?:(?:http|server|stream|upstream|events|location|map)\b[^;{}\n]*\{|(?:ssl_[a-z_]+|listen|server_name|proxy_pass|include|root|return|add_header|worker_processes)[ \t][^\n]*;)/m;

/**
 * Whether a file is an nginx configuration: `nginx.conf`, or a `.conf` file or a file in one of nginx's sub-directories
 * (sites-enabled, conf.d, snippets ...) on a path that names nginx, whose first lines look like nginx syntax.
 * @example
 * isNginxConfig('etc/nginx/nginx.conf', '');                                   // true
 * isNginxConfig('etc/nginx/sites-enabled/default', 'server {\n listen 80;\n}'); // true
 * isNginxConfig('etc/apache2/sites-enabled/000-default.conf', '<VirtualHost *:80>'); // false
 */
export function isNginxConfig(path: string, head: string): boolean {
  const segments = path.toLowerCase().split('/');
  const name = segments[segments.length - 1]!;
  if (name === 'nginx.conf') return true;
  const dirs = segments.slice(0, -1);
  if (!dirs.some((d) => d.includes('nginx')) && !name.includes('nginx')) return false;
  const confLike = name.endsWith('.conf') || dirs.some((d) => NGINX_SUBDIRS.has(d));
  return confLike && NGINX_HEAD.test(head);
}

/**
 * The extractions of one nginx configuration file.
 * @example
 * extractNginx('server { listen 443 ssl; ssl_protocols TLSv1; }', ctx); // [usage 'TLSv1' at 1:40, ...]
 */
export function extractNginx(text: string, ctx: Pick<ExtractContext, 'path' | 'absolutePath'> & Partial<Pick<ExtractContext, 'include' | 'at'>>): Extraction[] {
  const { endpoints, problems } = readNginx(text, {
    path: ctx.path, absolutePath: ctx.absolutePath, ...(ctx.include ? { include: ctx.include } : {}),
  });
  return [...problems, ...endpoints.flatMap(tlsExtractions), ...certificateExtractions(endpoints, ctx)];
}

/** The nginx extractor. */
export const nginxExtractor: Extractor = {
  id: 'nginx',
  matches: isNginxConfig,
  extract: (content, ctx) => extractNginx(typeof content === 'string' ? content : new TextDecoder().decode(content), ctx),
};
