/**
 * The Apache httpd extractor (`apache`, confidence `exact` for what a file sets and `high` for mod_ssl's defaults):
 * reads an httpd configuration into TLS endpoints (endpoints.ts) and reports what each enables (tls/extractions.ts),
 * with the syntax problems and the includes it could not follow. Synchronous, so that checkConfig() can serve it too.
 * @module
 */
import type { Extraction, Extractor, ExtractContext } from '../../scan/types.js';
import { certificateExtractions } from '../tls/certificates.js';
import { tlsExtractions } from '../tls/extractions.js';
import { APACHE_SUBDIRS } from '../nginx/includes.js';
import { readApache } from './endpoints.js';

/** Lines that only an httpd configuration with TLS has. */
const APACHE_TLS_HEAD = /^[ \t]*(?:<VirtualHost[\s>]|SSLEngine[ \t]|SSLCipherSuite[ \t]|SSLProtocol[ \t]|SSLOpenSSLConfCmd[ \t]|SSLCertificateFile[ \t])/im;
/** Lines that any httpd configuration may have. */
const APACHE_HEAD = /^[ \t]*(?:<\/?(?:VirtualHost|IfModule|Directory|Location|Files|IfDefine)\b|(?:ServerName|ServerRoot|DocumentRoot|LoadModule|Include|IncludeOptional|Listen|SSL[A-Za-z]+)[ \t])/im;

/**
 * Whether a file is an Apache httpd configuration: `httpd.conf`, `apache2.conf`, a file in one of httpd's
 * sub-directories (sites-*, conf.d, conf-*, mods-*) on a path that names apache2 or httpd with httpd syntax in its
 * first lines, or any `.conf` file whose first lines have `<VirtualHost`, `SSLEngine`, `SSLCipherSuite` and the like.
 * @example
 * isApacheConfig('etc/apache2/apache2.conf', '');                                   // true
 * isApacheConfig('etc/apache2/sites-enabled/default-ssl', '<VirtualHost *:443>'); // true
 * isApacheConfig('conf/app.conf', 'SSLEngine on');                                  // true
 * isApacheConfig('etc/nginx/nginx.conf', 'http {');                                 // false
 */
export function isApacheConfig(path: string, head: string): boolean {
  const segments = path.toLowerCase().split('/');
  const name = segments[segments.length - 1]!;
  if (name === 'httpd.conf' || name === 'apache2.conf' || name === 'httpd-ssl.conf') return true;
  const dirs = segments.slice(0, -1);
  const tree = dirs.some((d) => d === 'apache2' || d === 'httpd' || d === 'apache' || d.startsWith('apache'));
  if (tree && dirs.some((d) => APACHE_SUBDIRS.has(d)) && APACHE_HEAD.test(head)) return true;
  return name.endsWith('.conf') && APACHE_TLS_HEAD.test(head);
}

/**
 * The extractions of one httpd configuration file.
 * @example
 * extractApache('<VirtualHost *:443>\nSSLEngine on\nSSLProtocol all\n</VirtualHost>\n', ctx); // [usage 'TLSv1' at 3:13, ...]
 */
export function extractApache(text: string, ctx: Pick<ExtractContext, 'path' | 'absolutePath'> & Partial<Pick<ExtractContext, 'include' | 'at'>>): Extraction[] {
  const { endpoints, problems } = readApache(text, {
    path: ctx.path, absolutePath: ctx.absolutePath, ...(ctx.include ? { include: ctx.include } : {}),
  });
  return [...problems, ...endpoints.flatMap(tlsExtractions), ...certificateExtractions(endpoints, ctx)];
}

/** The Apache httpd extractor. */
export const apacheExtractor: Extractor = {
  id: 'apache',
  matches: isApacheConfig,
  extract: (content, ctx) => extractApache(typeof content === 'string' ? content : new TextDecoder().decode(content), ctx),
};
