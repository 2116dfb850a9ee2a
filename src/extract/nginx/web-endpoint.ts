/**
 * What the nginx and Apache httpd readers share: the endpoint they build (a {@link TlsEndpoint} with the certificate
 * files it names), a mutable draft of it while directives are read, and OpenSSL's SSL_CONF commands, which both servers
 * pass on unchanged (nginx `ssl_conf_command`, mod_ssl `SSLOpenSSLConfCmd`) and which OpenSSL applies after the server's
 * own settings, so that they override them.
 *
 * SSL_CONF command names and values follow OpenSSL 3.0's SSL_CONF_cmd(3), section "Supported configuration file
 * commands": names are matched case-insensitively in the file form (ssl/ssl_conf.c, ssl_conf_cmd_lookup uses strcasecmp);
 * `Protocol` takes a comma-separated list of versions each optionally prefixed by `-` (or `+`), with `ALL`, and only
 * changes the versions it names; `MinProtocol`/`MaxProtocol` bound the versions; `Groups` and its older name `Curves`,
 * `SignatureAlgorithms`, `CipherString` and `Ciphersuites` replace the lists.
 * @module
 */
import type { Localized } from '../../catalog/types.js';
import type { Location } from '../../scan/types.js';
import { TLS_PROTOCOL_VERSIONS, type Setting, type SettingOrigin, type TlsEndpoint, type TlsProtocolVersion } from '../tls/endpoint.js';

/** A certificate file a server presents, with the key file beside it when one is named. */
export interface CertificateRef {
  /** The path as written (`/etc/letsencrypt/live/example.com/fullchain.pem`), where it is written. */
  readonly file: Setting<string>;
  /** The path resolved against the server's directory (nginx: the configuration prefix; Apache: ServerRoot). */
  readonly absolutePath?: string;
  /** The private key file, when a directive names one (`ssl_certificate_key`, `SSLCertificateKeyFile`). */
  readonly key?: Setting<string>;
  /** True when the path holds a variable (`$ssl_server_name`): the file is chosen per connection and cannot be read here. */
  readonly dynamic?: boolean;
}

/** An endpoint of a web server: the TLS settings, plus what a certificate reader needs. */
export interface WebTlsEndpoint extends TlsEndpoint {
  /** The certificate files the endpoint presents, in the order written. */
  readonly certificates?: readonly CertificateRef[];
  /** `ssl_prefer_server_ciphers` / `SSLHonorCipherOrder`: whether the server's order of suites wins. */
  readonly preferServerCiphers?: Setting<boolean>;
  /** True when the endpoint holds only what one fragment sets (no defaults applied: the including file decides the rest). */
  readonly fragment?: boolean;
}

/** A mutable endpoint while its directives are read. */
export interface EndpointDraft {
  name?: string;
  protocols?: Setting<TlsProtocolVersion>[];
  cipherString?: Setting<string>;
  ciphersuites?: Setting<string>;
  groups?: Setting<readonly Setting<string>[]>;
  sigalgs?: Setting<readonly Setting<string>[]>;
  certificates?: CertificateRef[];
  preferServerCiphers?: Setting<boolean>;
  fragment?: boolean;
}

/**
 * The finished endpoint: only the fields that are known.
 * @example
 * finishEndpoint({ name: 'server a', protocols: [] }); // { name: 'server a', protocols: [] }
 */
export function finishEndpoint(d: EndpointDraft): WebTlsEndpoint {
  return {
    ...(d.name !== undefined ? { name: d.name } : {}),
    ...(d.protocols ? { protocols: d.protocols } : {}),
    ...(d.cipherString ? { cipherString: d.cipherString } : {}),
    ...(d.ciphersuites ? { ciphersuites: d.ciphersuites } : {}),
    ...(d.groups ? { groups: d.groups } : {}),
    ...(d.sigalgs ? { sigalgs: d.sigalgs } : {}),
    ...(d.certificates && d.certificates.length ? { certificates: d.certificates } : {}),
    ...(d.preferServerCiphers ? { preferServerCiphers: d.preferServerCiphers } : {}),
    ...(d.fragment ? { fragment: true } : {}),
  };
}

/** A word of a configuration file: its text (quotes and escapes removed) and where its first character is. */
export interface SourceWord {
  readonly text: string;
  readonly location: Location;
}

/**
 * The origin of a value written in a file.
 * @example
 * writtenAt({ text: 'HIGH', location }, 'ssl_ciphers'); // { location, directive: 'ssl_ciphers' }
 */
export function writtenAt(word: SourceWord, directive: string): SettingOrigin {
  return { location: word.location, directive };
}

/**
 * The items of a colon-separated list (groups, curves, signature algorithms), each at its own column, empty items left
 * out and `auto` (the library's own list) left out as TlsEndpoint asks.
 * @example
 * listSettings({ text: 'X25519:prime256v1', location: { path: 'a', line: 3, column: 20 } }, 'ssl_ecdh_curve');
 * // [{ value: 'X25519', origin: {location: {... column: 20}} }, { value: 'prime256v1', origin: {location: {... column: 27}} }]
 */
export function listSettings(word: SourceWord, directive: string): Setting<string>[] {
  const out: Setting<string>[] = [];
  for (const m of word.text.matchAll(/[^:,\s]+/g)) {
    if (/^auto(?:matic)?$/i.test(m[0])) continue;
    out.push({ value: m[0], origin: { location: shifted(word.location, m.index), directive } });
  }
  return out;
}

/**
 * A location `offset` characters after another on the same line.
 * @example
 * shifted({ path: 'a', line: 2, column: 5 }, 3); // { path: 'a', line: 2, column: 8 }
 */
export function shifted(location: Location, offset: number): Location {
  return { path: location.path, line: location.line, column: location.column + offset };
}

/** The protocol version a word names, as OpenSSL spells them (case-insensitive, as nginx's and mod_ssl's tables are). */
export function protocolVersion(word: string): TlsProtocolVersion | undefined {
  const lower = word.toLowerCase();
  return TLS_PROTOCOL_VERSIONS.find((v) => v.toLowerCase() === lower);
}

/** Versions in order, so that MinProtocol and MaxProtocol can bound them. */
function rank(v: TlsProtocolVersion): number {
  return TLS_PROTOCOL_VERSIONS.indexOf(v);
}

/** One SSL_CONF command as written: the name and the value, each with its place. */
export interface ConfCommand {
  /** The directive that carries it (`ssl_conf_command`, `SSLOpenSSLConfCmd`). */
  readonly directive: string;
  readonly name: SourceWord;
  readonly value: SourceWord;
}

/**
 * Applies one SSL_CONF command to a draft, as OpenSSL would after the server's own settings. Commands that do not choose
 * cryptography (Options, SessionTicket ...) are left alone. Returns a problem to report when the value is not valid.
 * @example
 * const d: EndpointDraft = { protocols: [...] };
 * applyConfCommand(d, { directive: 'ssl_conf_command', name, value }); // name.text 'Ciphersuites': d.ciphersuites is set
 */
export function applyConfCommand(d: EndpointDraft, c: ConfCommand): Localized | undefined {
  const directive = `${c.directive} ${c.name.text}`;
  const origin = writtenAt(c.value, directive);
  switch (c.name.text.toLowerCase()) {
    case 'cipherstring':
      d.cipherString = { value: c.value.text, origin };
      return undefined;
    case 'ciphersuites':
      d.ciphersuites = { value: c.value.text, origin };
      return undefined;
    case 'groups': case 'curves':
      d.groups = { value: listSettings(c.value, directive), origin };
      return undefined;
    case 'ecdhparameters': {
      const list = listSettings(c.value, directive);
      if (list.length) d.groups = { value: list, origin };
      return undefined;
    }
    case 'signaturealgorithms':
      d.sigalgs = { value: listSettings(c.value, directive), origin };
      return undefined;
    case 'minprotocol': case 'maxprotocol':
      return bound(d, c, c.name.text.toLowerCase() === 'minprotocol');
    case 'protocol':
      return protocolCommand(d, c, directive);
    default:
      return undefined;
  }
}

function bound(d: EndpointDraft, c: ConfCommand, min: boolean): Localized | undefined {
  const text = c.value.text.trim();
  if (/^none$/i.test(text)) return undefined;
  if (/^dtls/i.test(text)) return undefined; // a DTLS bound does not touch TLS
  const v = protocolVersion(text);
  if (!v) {
    return {
      en: `${c.name.text}: "${text}" is not a protocol version (OpenSSL accepts None, SSLv3, TLSv1, TLSv1.1, TLSv1.2, TLSv1.3)`,
      ja: `${c.name.text}：「${text}」はプロトコルバージョンではない（OpenSSL が受け付けるのは None、SSLv3、TLSv1、TLSv1.1、TLSv1.2、TLSv1.3）`,
    };
  }
  // Unknown versions stay unknown: a bound alone does not say which versions are on.
  if (d.protocols) d.protocols = d.protocols.filter((p) => (min ? rank(p.value) >= rank(v) : rank(p.value) <= rank(v)));
  return undefined;
}

function protocolCommand(d: EndpointDraft, c: ConfCommand, directive: string): Localized | undefined {
  const items = [...c.value.text.matchAll(/[^,\s]+/g)];
  const first = items[0]?.[0];
  // "Only enabling some protocol versions does not disable the other protocol versions" (SSL_CONF_cmd(3)): without a
  // known starting set, only a list that begins by turning everything off says what is on.
  if (!d.protocols && !(first && /^-all$/i.test(first))) return undefined;
  let set = new Map<TlsProtocolVersion, Setting<TlsProtocolVersion>>((d.protocols ?? []).map((p) => [p.value, p]));
  for (const m of items) {
    const raw = m[0];
    const sign = raw[0] === '-' || raw[0] === '+' ? raw[0] : '';
    const word = raw.slice(sign.length);
    const at = shifted(c.value.location, m.index + sign.length);
    if (/^all$/i.test(word)) {
      if (sign === '-') set = new Map();
      else for (const v of TLS_PROTOCOL_VERSIONS) if (v !== 'SSLv2') set.set(v, { value: v, origin: { location: at, directive } });
      continue;
    }
    if (/^dtls/i.test(word)) continue;
    const v = protocolVersion(word);
    if (!v || v === 'SSLv2') {
      return { en: `Protocol: "${word}" is not a protocol version OpenSSL knows`, ja: `Protocol：「${word}」は OpenSSL が知るプロトコルバージョンではない` };
    }
    if (sign === '-') set.delete(v);
    else if (!set.has(v)) set.set(v, { value: v, origin: { location: at, directive } });
  }
  d.protocols = TLS_PROTOCOL_VERSIONS.flatMap((v) => set.get(v) ?? []);
  return undefined;
}
