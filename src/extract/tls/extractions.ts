/**
 * From a {@link TlsEndpoint} (what an nginx server block, an Apache virtual host, a HAProxy bind line, Postfix or
 * openssl.cnf sets) to extractions: the enabled protocol versions; the suites an OpenSSL cipher string enables, expanded
 * exactly as OpenSSL 3.0 does (src/openssl) and each placed at the word of the string that let it in; the TLS 1.3 suites;
 * the groups and the signature algorithms. A cipher string only matters while TLS 1.2 or older is enabled, and a TLS 1.3
 * suite list only while TLS 1.3 is, so each is read only then, as the server itself would.
 *
 * Suites that need a pre-shared key or an SRP verifier (kx PSK, DHEPSK, ECDHEPSK, RSAPSK, SRP) are left out unless the
 * endpoint says it has one (`psk`): OpenSSL keeps them in the list (`HIGH` holds them) but never negotiates them without
 * the callback that none of the servers read here sets, so reporting them would flood a report with suites no client can get.
 * @module
 */
import type { Localized } from '../../catalog/types.js';
import { expandCipherString, expandCiphersuites } from '../../openssl/index.js';
import type { CipherExpansion, CipherStringWarning } from '../../openssl/types.js';
import type { Extraction, Location } from '../../scan/types.js';
import type { Setting, SettingOrigin, TlsEndpoint, TlsProtocolVersion } from './endpoint.js';

const OPERATORS: ReadonlySet<string> = new Set(['!', '-', '+']);
const NEEDS_SECRET: ReadonlySet<string> = new Set(['PSK', 'DHEPSK', 'ECDHEPSK', 'RSAPSK', 'SRP']);
const LEGACY: ReadonlySet<TlsProtocolVersion> = new Set(['SSLv2', 'SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2']);

/**
 * The extractions of one endpoint.
 * @example
 * tlsExtractions({ protocols: [{ value: 'TLSv1', origin }], cipherString: { value: 'HIGH:3DES', origin } });
 * // [usage 'TLSv1', usage 'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384' at 'HIGH', ..., usage 'TLS_RSA_WITH_3DES_EDE_CBC_SHA' at '3DES']
 */
export function tlsExtractions(endpoint: TlsEndpoint): Extraction[] {
  const out: Extraction[] = [];
  const protocols = endpoint.protocols;
  for (const p of protocols ?? []) out.push(usage(p.value, p.value, p.origin, endpoint, p.value, 0, p.value.length));
  const legacy = protocols === undefined || protocols.some((p) => LEGACY.has(p.value));
  const modern = protocols === undefined || protocols.some((p) => p.value === 'TLSv1.3');
  if (legacy && endpoint.cipherString) {
    const s = endpoint.cipherString;
    const expansion = expandCipherString(s.value, endpoint.seclevel === undefined ? {} : { seclevel: endpoint.seclevel });
    out.push(...suiteExtractions(expansion, s, endpoint));
  }
  if (modern && endpoint.ciphersuites) {
    out.push(...suiteExtractions(expandCiphersuites(endpoint.ciphersuites.value), endpoint.ciphersuites, endpoint));
  }
  for (const g of endpoint.groups?.value ?? []) out.push(usage(g.value, g.value, g.origin, endpoint, g.value, 0, g.value.length));
  for (const a of endpoint.sigalgs?.value ?? []) out.push(usage(a.value, sigalgName(a.value), a.origin, endpoint, a.value, 0, a.value.length));
  return out;
}

/** Each suite at the rule that let it in; words OpenSSL skips; a string OpenSSL refuses. */
function suiteExtractions(
  expansion: CipherExpansion, s: Setting<string>, endpoint: TlsEndpoint,
): Extraction[] {
  const out: Extraction[] = [];
  for (const suite of expansion.suites) {
    if (!endpoint.psk && NEEDS_SECRET.has(suite.kx)) continue;
    const word = s.value.slice(suite.source.start, suite.source.end);
    const via: Localized = word === suite.openssl || word === suite.iana
      ? { en: '', ja: '' }
      : { en: `, enabled by "${word}"`, ja: `、「${word}」により有効` };
    out.push(usage(suite.openssl, suite.iana, s.origin, endpoint, s.value, suite.source.start, suite.source.end, via));
  }
  for (const w of expansion.warnings) {
    // A default is nobody's typing error; a word OpenSSL skips inside an exclusion (`!EXPORT`) removes nothing it could add.
    // A suite of the other protocol version changes nothing a report would show: a TLS 1.3 name in a cipher string is
    // skipped, and a TLS 1.2 suite in a TLS 1.3 list is enabled and judged above with the rest.
    if (w.code === 'wrong-protocol') continue;
    // A string OpenSSL refuses as a whole is one parse error; its unknown words are not uses of anything.
    const skipped = w.code === 'unknown-word';
    if (skipped && (!expansion.accepted || s.origin.defaultOf || OPERATORS.has(s.value[w.start - 1] ?? ''))) continue;
    const problem = warningText(w);
    if (skipped) {
      // Judged as a name: a misspelt algorithm is reported as unknown, with the note that OpenSSL skips it.
      out.push(usage(w.word, w.word, s.origin, endpoint, s.value, w.start, w.end, problem));
    } else {
      const location = s.origin.defaultOf ? s.origin.location : at(s.origin.location, s.value, w.start, w.end);
      out.push({ kind: 'parse-error', message: join(problem, describe(s.origin, endpoint)), location });
    }
  }
  return out;
}

/** A use of `subject`, written as `input` at offsets [start, end) of `value`, which starts at the setting's origin. */
function usage(
  input: string, subject: string, origin: SettingOrigin, endpoint: TlsEndpoint, value: string, start: number, end: number,
  via: Localized = { en: '', ja: '' },
): Extraction {
  return {
    kind: 'usage', input, subject, confidence: origin.defaultOf ? 'high' : 'exact', context: describe(origin, endpoint, via),
    // A default is not written anywhere: it points at the place it applies to, whatever the offsets within its value.
    location: origin.defaultOf ? origin.location : at(origin.location, value, start, end),
  };
}

/**
 * Where offsets [start, end) of a value lie, when the value starts at `origin`: on the same line unless the value has a
 * line break before `start` (Apache continuation lines), in which case the place of the value itself is given.
 */
function at(origin: Location, value: string, start: number, end: number): Location {
  const before = value.slice(0, start);
  const nl = before.lastIndexOf('\n');
  if (nl === -1) return { path: origin.path, line: origin.line, column: origin.column + start, endLine: origin.line, endColumn: origin.column + end };
  const lines = before.split('\n').length - 1;
  return { path: origin.path, line: origin.line + lines, column: start - nl, endLine: origin.line + lines, endColumn: end - nl };
}

/** "ssl_ciphers, server example.com, nginx 1.23.4+ default" */
function describe(origin: SettingOrigin, endpoint: TlsEndpoint, extra: Localized = { en: '', ja: '' }): Localized {
  const parts = [origin.directive, ...(endpoint.name ? [endpoint.name] : [])];
  const en = parts.join(', ') + (origin.defaultOf ? `, ${origin.defaultOf.en} (not set)` : '');
  const ja = parts.join('、') + (origin.defaultOf ? `、${origin.defaultOf.ja}（未設定）` : '');
  return { en: en + extra.en, ja: ja + extra.ja };
}

function join(a: Localized, b: Localized): Localized {
  return { en: `${a.en} (${b.en})`, ja: `${a.ja}（${b.ja}）` };
}

function warningText(w: CipherStringWarning): Localized {
  switch (w.code) {
    case 'unknown-word':
      return { en: `; OpenSSL does not know "${w.word}" and skips it`, ja: `。OpenSSL は「${w.word}」を知らず、読み飛ばす` };
    case 'bad-command':
      return { en: `OpenSSL rejects the whole string because of "${w.word}"`, ja: `「${w.word}」のため OpenSSL は文字列全体を受け付けない` };
    default:
      return { en: 'OpenSSL rejects this string: it enables no cipher suite', ja: 'この文字列は暗号スイートを一つも有効にしないため OpenSSL は受け付けない' };
  }
}

/** OpenSSL's `ECDSA+SHA256` form (SSL_CONF_cmd SignatureAlgorithms) in the JCA spelling resolve() reads. */
function sigalgName(value: string): string {
  const m = /^(RSA-PSS|PSS|RSA|ECDSA|DSA)\+(SHA1|SHA224|SHA256|SHA384|SHA512)$/i.exec(value);
  if (!m) return value;
  const sig = m[1]!.toUpperCase();
  const suffix = sig === 'RSA-PSS' || sig === 'PSS' ? 'RSA/PSS' : sig;
  return `${m[2]!.toUpperCase()}with${suffix}`;
}
