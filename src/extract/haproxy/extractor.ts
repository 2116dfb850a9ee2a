/**
 * The `haproxy` extractor: HAProxy configurations, read by {@link haproxyEndpoints} into TLS endpoints (bind lines and
 * server lines with `ssl`) and turned into extractions by the shared TLS reader (tls/extractions.ts). It matches
 * `haproxy.cfg`, any `*.cfg` in a `haproxy` directory, and any `*.cfg` whose first 4 KiB hold a `global` section with
 * `ssl-default-bind-*`, or a `frontend`/`listen` section with a `bind` line.
 * @module
 */
import type { Extraction, Extractor } from '../../scan/types.js';
import { tlsExtractions } from '../tls/extractions.js';
import { haproxyEndpoints } from './endpoints.js';

const GLOBAL = /(?:^|\n)global[ \t]*(?:#[^\n]*)?(?:\r?\n)/;
const SSL_DEFAULT = /(?:^|\n)[ \t]+ssl-default-(?:bind|server)-/;
const PROXY_BIND = /(?:^|\n)(?:frontend|listen)[ \t]+\S+[^\n]*\n(?:[^\n]*\n)*?[ \t]+bind[ \t]/;

/**
 * Whether a file is a HAProxy configuration, by its name and head.
 * @example
 * isHaproxyConfig('etc/haproxy/haproxy.cfg', ''); // true
 * isHaproxyConfig('setup.cfg', '[metadata]\nname = x\n'); // false
 */
export function isHaproxyConfig(path: string, head: string): boolean {
  const lower = path.toLowerCase();
  const name = lower.slice(lower.lastIndexOf('/') + 1);
  if (name === 'haproxy.cfg') return true;
  if (!name.endsWith('.cfg')) return false;
  if (/(?:^|\/)haproxy\//.test(lower)) return true;
  return (GLOBAL.test(head) && SSL_DEFAULT.test(head)) || PROXY_BIND.test(head);
}

/**
 * The extractions of a HAProxy configuration. Synchronous; never throws.
 * @example
 * extractHaproxy('frontend a\n  bind :443 ssl crt x.pem ciphers RC4\n', 'haproxy.cfg'); // [..., usage 'RC4-SHA' at 2:34, ...]
 */
export function extractHaproxy(text: string, path: string): Extraction[] {
  const r = haproxyEndpoints(text, path);
  return [...r.errors, ...r.dynamic, ...r.endpoints.flatMap(tlsExtractions)];
}

/** The HAProxy extractor. */
export const haproxyExtractor: Extractor = {
  id: 'haproxy',
  matches: isHaproxyConfig,
  extract: (content, ctx) => extractHaproxy(typeof content === 'string' ? content : new TextDecoder().decode(content), ctx.path),
};
