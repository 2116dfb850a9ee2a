/**
 * The `openssl-cnf` extractor: OpenSSL configuration files (openssl.cnf and the files it includes), read by
 * {@link opensslCnfEndpoints} into TLS endpoints and turned into extractions by the shared TLS reader (tls/extractions.ts).
 * It matches `openssl.cnf`, and any `*.cnf` whose first 4 KiB name `openssl_conf`, a `[system_default...]` section or a
 * `CipherString`; other `.cnf` files (MySQL's my.cnf) are left to the generic reader.
 * @module
 */
import type { Extraction, Extractor } from '../../scan/types.js';
import { tlsExtractions } from '../tls/extractions.js';
import { opensslCnfEndpoints } from './endpoints.js';

const HEAD = /(?:^|\n)[ \t]*(?:openssl_conf\s*=|\[\s*system_default|[\w.]*CipherString\s*=)/i;

/**
 * Whether a file is an OpenSSL configuration, by its name and head.
 * @example
 * isOpensslCnf('etc/ssl/openssl.cnf', ''); // true
 * isOpensslCnf('etc/mysql/my.cnf', '[mysqld]\nport = 3306\n'); // false
 */
export function isOpensslCnf(path: string, head: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  if (name === 'openssl.cnf') return true;
  return name.endsWith('.cnf') && HEAD.test(head);
}

/**
 * The extractions of an OpenSSL configuration file: each TLS endpoint's protocols, suites, groups and signature
 * algorithms, values set at run time, and parse errors. Synchronous; never throws.
 * @example
 * opensslCnfExtractor.extract(text, ctx); // [{ kind: 'usage', input: 'TLSv1.2', ... }, ...]
 */
export function extractOpensslCnf(text: string, ctx: Parameters<Extractor['extract']>[1]): Extraction[] {
  const r = opensslCnfEndpoints(text, ctx);
  return [...r.errors, ...r.dynamic, ...r.endpoints.flatMap(tlsExtractions)];
}

/** The openssl.cnf extractor. */
export const opensslCnfExtractor: Extractor = {
  id: 'openssl-cnf',
  matches: isOpensslCnf,
  extract: (content, ctx) => extractOpensslCnf(typeof content === 'string' ? content : new TextDecoder().decode(content), ctx),
};
