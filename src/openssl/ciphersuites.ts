/**
 * TLS 1.3 suite lists (`SSL_CTX_set_ciphersuites`, `openssl ciphers -ciphersuites`, nginx `ssl_conf_command Ciphersuites`,
 * `Ciphersuites` in openssl.cnf), read as OpenSSL 3.0 reads them. They are a separate setting from the cipher string and
 * have no aliases and no operators.
 *
 * Facts from OpenSSL 3.0 (ssl/ssl_ciph.c `set_ciphersuites` and `ciphersuite_cb`, crypto/conf/conf_mod.c `CONF_parse_list`,
 * SSL_CTX_set_ciphersuites(3)), measured with `openssl ciphers -V -ciphersuites <list> AES128-SHA`:
 * - names are separated by `:` only; white space around a name is ignored, empty entries are skipped;
 * - a name is an IANA (RFC) name, case-sensitive; OpenSSL's own names (`ECDHE-RSA-AES128-GCM-SHA256`) are not found;
 * - an unknown name, or one longer than 79 characters, is skipped; if no name is found, OpenSSL refuses the list and keeps
 *   the one it had (by default `OPENSSL_DEFAULT_CIPHERSUITES`);
 * - the empty string is allowed, and turns every TLS 1.3 suite off;
 * - OpenSSL 3.0 also finds the IANA names of TLS 1.2 suites and of the two signalling values, and keeps them, in order and
 *   ahead of the whole cipher-string list (`TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256` here enables that TLS 1.2 suite whatever
 *   the cipher string says); a name given twice is listed twice;
 * - the names of suites it builds but cannot run (SEED, IDEA, GOST) are found, and dropped when the list is put to use.
 * @module
 */
import { SCSV_SUITES, TLS12_SUITES, TLS13_SUITES } from './suites.js';
import type { CipherExpansion, CipherStringWarning, ExpandedCipherSuite, OpensslCipherSuite } from './types.js';

/** OpenSSL 3.0's default TLS 1.3 list (ssl/ssl_local.h `TLS_DEFAULT_CIPHERSUITES`; SSL_CTX_set_ciphersuites(3)). */
export const OPENSSL_DEFAULT_CIPHERSUITES = 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256';

/**
 * IANA names OpenSSL 3.0 (Debian 12 build) knows for suites it compiles but cannot run without the legacy provider or a
 * GOST engine: found in a list, then dropped. Listed by probing every `TLS_*` string in libssl.so.3.
 */
const UNRUNNABLE: ReadonlySet<string> = new Set([
  'TLS_DHE_DSS_WITH_SEED_CBC_SHA', 'TLS_DHE_RSA_WITH_SEED_CBC_SHA', 'TLS_DH_anon_WITH_SEED_CBC_SHA', 'TLS_RSA_WITH_SEED_CBC_SHA',
  'TLS_RSA_WITH_IDEA_CBC_SHA', 'TLS_GOSTR341001_WITH_28147_CNT_IMIT', 'TLS_GOSTR341001_WITH_NULL_GOSTR3411',
]);

/** `ciphersuite_cb`'s name buffer holds 79 characters. */
const MAX_NAME = 79;
const MAX_WARNINGS = 1000;

let byName: Map<string, { readonly suite: OpensslCipherSuite; readonly tls13: boolean }> | undefined;

function find(name: string): { readonly suite: OpensslCipherSuite; readonly tls13: boolean } | undefined {
  if (!byName) {
    byName = new Map();
    for (const suite of TLS13_SUITES) byName.set(suite.iana, { suite, tls13: true });
    for (const suite of [...TLS12_SUITES, ...SCSV_SUITES]) byName.set(suite.iana, { suite, tls13: false });
  }
  return byName.get(name);
}

/** C's isspace in the "C" locale. */
const isSpace = (c: number): boolean => c === 0x20 || (c >= 0x09 && c <= 0x0d);

/**
 * The suites a TLS 1.3 `Ciphersuites` list enables, in order, each with the span of its name, as OpenSSL 3.0 reads the
 * list; unknown names are skipped with an `unknown-word` warning, TLS 1.2 names are kept with a `wrong-protocol` warning,
 * and a list with no known name is refused (`accepted: false`, `no-match`). Never throws for a string. The input ends at
 * its first NUL character, as the C string OpenSSL receives would.
 * @example
 * expandCiphersuites('TLS_AES_128_GCM_SHA256:TLS_CHACHA20_POLY1305_SHA256').suites.map((s) => s.id);
 * // ['0x13,0x01', '0x13,0x03']
 * expandCiphersuites('TLS_AES_128_GCM_SHA256:tls_aes_256_gcm_sha384').warnings;
 * // [{ code: 'unknown-word', word: 'tls_aes_256_gcm_sha384', start: 23, end: 45 }]
 */
export function expandCiphersuites(str: string): CipherExpansion {
  if (typeof str !== 'string') throw new TypeError(`expandCiphersuites: str must be a string, got ${str === null ? 'null' : typeof str}`);
  const nul = str.indexOf('\u0000');
  const text = nul === -1 ? str : str.slice(0, nul);
  const suites: ExpandedCipherSuite[] = [];
  const warnings: CipherStringWarning[] = [];
  const warn = (code: CipherStringWarning['code'], start: number, end: number): void => {
    if (warnings.length < MAX_WARNINGS || code === 'no-match') warnings.push(Object.freeze({ code, word: text.slice(start, end), start, end }));
  };
  if (text === '') return Object.freeze({ suites: Object.freeze(suites), warnings: Object.freeze(warnings), accepted: true });
  let found = 0;
  let from = 0;
  for (;;) {
    let start = from;
    while (start < text.length && isSpace(text.charCodeAt(start))) start++;
    const colon = text.indexOf(':', start);
    let end = colon === -1 ? text.length : colon;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) {
      const name = text.slice(start, end);
      const hit = name.length <= MAX_NAME ? find(name) : undefined;
      if (hit) {
        found++;
        suites.push(Object.freeze({ ...hit.suite, source: Object.freeze({ start, end }) }));
        if (!hit.tls13) warn('wrong-protocol', start, end);
      } else if (name.length <= MAX_NAME && UNRUNNABLE.has(name)) {
        found++;
        warn('unknown-word', start, end);
      } else {
        warn('unknown-word', start, end);
      }
    }
    if (colon === -1) break;
    from = colon + 1;
  }
  if (found === 0) {
    warn('no-match', 0, text.length);
    return Object.freeze({ suites: Object.freeze([]), warnings: Object.freeze(warnings), accepted: false });
  }
  return Object.freeze({ suites: Object.freeze(suites), warnings: Object.freeze(warnings), accepted: true });
}
