/**
 * The certificates a web server presents (nginx `ssl_certificate`, Apache `SSLCertificateFile`), handed to the certificate
 * extractor, so that a scan of /etc/nginx judges the certificates its servers use even where they live elsewhere
 * (/etc/letsencrypt). A file is read once however many servers name it; a path chosen per connection (`$ssl_server_name`)
 * or a file that cannot be read gives nothing here (the server, not this scan, would fail on it).
 * @module
 */
import type { Extraction, ExtractContext } from '../../scan/types.js';
import type { WebTlsEndpoint } from '../nginx/web-endpoint.js';
import { extractX509 } from '../x509/index.js';

/**
 * The extractions of the certificate files the endpoints name.
 * @example
 * certificateExtractions(endpoints, ctx); // [usage { algorithm: 'rsa', keyBits: 2048 } at fullchain.pem:1:1, ...]
 */
export function certificateExtractions(
  endpoints: readonly WebTlsEndpoint[], ctx: Partial<Pick<ExtractContext, 'include' | 'at'>>,
): Extraction[] {
  const include = ctx.include;
  if (!include) return [];
  const seen = new Set<string>();
  const out: Extraction[] = [];
  for (const ref of endpoints.flatMap((e) => e.certificates ?? [])) {
    if (ref.dynamic || ref.absolutePath === undefined || seen.has(ref.absolutePath)) continue;
    seen.add(ref.absolutePath);
    for (const file of include(ref.absolutePath, '/').files) {
      const fileCtx: ExtractContext = {
        path: file.path, absolutePath: file.absolutePath, readFile: async () => undefined, include, ...(ctx.at ? { at: ctx.at } : {}),
      };
      out.push(...extractX509(new TextEncoder().encode(file.text), fileCtx));
    }
  }
  return out;
}
