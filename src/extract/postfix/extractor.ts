/**
 * The `postfix` extractor: Postfix main.cf files, read by {@link postfixEndpoints} into TLS endpoints (the SMTP server, the
 * SMTP and LMTP clients, opportunistic and mandatory) and turned into extractions by the shared TLS reader
 * (tls/extractions.ts). It matches files named `main.cf`; master.cf `-o` overrides are not read.
 * @module
 */
import type { Extraction, Extractor } from '../../scan/types.js';
import { tlsExtractions } from '../tls/extractions.js';
import { postfixEndpoints } from './endpoints.js';

/**
 * Whether a file is a Postfix main.cf, by its name.
 * @example
 * isPostfixMainCf('etc/postfix/main.cf'); // true
 * isPostfixMainCf('etc/postfix/master.cf'); // false
 */
export function isPostfixMainCf(path: string): boolean {
  return path.slice(path.lastIndexOf('/') + 1) === 'main.cf';
}

/**
 * The extractions of a main.cf. Synchronous; never throws.
 * @example
 * extractPostfix('smtpd_tls_security_level = may\nsmtpd_tls_ciphers = export\n', 'main.cf'); // [usage 'TLSv1' ..., ...]
 */
export function extractPostfix(text: string, path: string): Extraction[] {
  const r = postfixEndpoints(text, path);
  return [...r.errors, ...r.endpoints.flatMap(tlsExtractions)];
}

/** The Postfix extractor. */
export const postfixExtractor: Extractor = {
  id: 'postfix',
  matches: (path) => isPostfixMainCf(path),
  extract: (content, ctx) => extractPostfix(typeof content === 'string' ? content : new TextDecoder().decode(content), ctx.path),
};
