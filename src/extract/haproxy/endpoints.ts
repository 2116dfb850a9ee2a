/**
 * What a HAProxy configuration sets for TLS (HAProxy configuration manual 2.6 to 3.0: section 3.1 `ssl-default-bind-*`
 * and `ssl-default-server-*`, section 5.1 bind options, section 5.2 server and default-server options): one endpoint for
 * each `bind` line with `ssl` (the server side), and one for each `server` line with `ssl` (HAProxy as a TLS client),
 * each with what the `global` section sets for all of them.
 *
 * Protocol versions, as HAProxy 2.2 and later compute them (checked against HAProxy 2.6.12 with OpenSSL 3.0 by probing
 * each version with `openssl s_client`):
 * - the bind line's `ssl-min-ver`/`ssl-max-ver`/`force-tlsvNN` win over the global `ssl-default-bind-options` ones;
 * - when a bound is set either way, `no-sslv3`/`no-tlsvNN` are ignored (HAProxy warns "no-sslv3/no-tlsv1x are ignored");
 * - a bind line has the minimum TLS 1.2 when none is set ("The default value is TLSv1.2", bind option `ssl-min-ver`, since
 *   HAProxy 2.2), lowered to the maximum when only a lower maximum is set (HAProxy warns "Setting the ssl-min-ver to ...");
 * - a server line has no HAProxy minimum: OpenSSL 3.0's applies, which is TLS 1.2 unless the cipher string sets
 *   `@SECLEVEL=0` (TLS 1.0 and 1.1 need SHA-1/MD5 signatures, which security level 1 forbids);
 * - when every version is excluded, HAProxy refuses the configuration ("all SSL/TLS versions are disabled").
 * Without `ciphers`/`ciphersuites`, HAProxy (as Debian builds it) leaves OpenSSL's defaults in place: `DEFAULT` and
 * OpenSSL 3.0's TLS 1.3 suites. Groups (`curves`, `ecdhe`) and signature algorithms (`sigalgs`, HAProxy 2.9+) are
 * reported only when set. `crt-list` files can carry their own settings per certificate; they are not read.
 * @module
 */
import type { Localized } from '../../catalog/types.js';
import { OPENSSL_DEFAULT_CIPHERSUITES, expandCipherString } from '../../openssl/index.js';
import type { Extraction, Location } from '../../scan/types.js';
import { TLS_PROTOCOL_VERSIONS, type Setting, type SettingOrigin, type TlsEndpoint, type TlsProtocolVersion } from '../tls/endpoint.js';
import { haproxyLines, type HaproxyLine, type HaproxyWord } from './lexer.js';

/** A parse-error extraction. */
export type ParseError = Extract<Extraction, { kind: 'parse-error' }>;

/** What reading a HAProxy configuration gives. */
export interface HaproxyReading {
  readonly endpoints: readonly TlsEndpoint[];
  readonly errors: readonly ParseError[];
  /** Values that name an environment variable (`"${CIPHERS}"`), known only when HAProxy starts. */
  readonly dynamic: readonly Extraction[];
}

const SECTIONS = new Set([
  'global', 'defaults', 'frontend', 'backend', 'listen', 'peers', 'resolvers', 'userlist', 'program', 'mailers', 'http-errors',
  'ring', 'cache', 'log-forward', 'crt-store', 'traces', 'fcgi-app', 'acme',
]);

/** Options that take one argument (HAProxy manual 2.6 sections 5.1 and 5.2, with what 2.8 to 3.0 added); others are flags. */
const ARG1 = new Set([
  'accept-netscaler-cip', 'alpn', 'backlog', 'curves', 'ecdhe', 'ca-file', 'ca-ignore-err', 'ca-sign-file', 'ca-sign-pass',
  'ca-verify-file', 'ciphers', 'ciphersuites', 'crl-file', 'crt', 'crt-ignore-err', 'crt-list', 'expose-fd', 'gid', 'group',
  'id', 'interface', 'level', 'severity-output', 'maxconn', 'mode', 'mss', 'name', 'namespace', 'nice', 'npn', 'process',
  'proto', 'quic-cc-algo', 'shards', 'ssl-max-ver', 'ssl-min-ver', 'tcp-ut', 'thread', 'tls-ticket-keys', 'uid', 'user',
  'verify', 'sigalgs', 'client-sigalgs', 'ocsp-update', 'nbconn', 'quic-socket', 'guid-prefix', 'default-crt', 'tcp-md5sig',
  'idle-ping', 'label', 'addr', 'agent-send', 'agent-inter', 'agent-addr', 'agent-port', 'check-alpn', 'check-proto',
  'check-sni', 'cookie', 'error-limit', 'fall', 'init-addr', 'inter', 'fastinter', 'downinter', 'log-proto', 'maxqueue',
  'max-reuse', 'minconn', 'observe', 'on-error', 'on-marked-down', 'on-marked-up', 'pool-low-conn', 'pool-max-conn',
  'pool-purge-delay', 'port', 'redir', 'rise', 'resolve-opts', 'resolve-prefer', 'resolve-net', 'resolvers',
  'proxy-v2-options', 'slowstart', 'sni', 'source', 'socks4', 'track', 'verifyhost', 'weight', 'ws', 'pool-conn-name',
  'shard', 'hash-key', 'init-state', 'guid', 'set-proxy-v2-tlv-fmt', 'ktls', 'cc', 'usesrc',
]);

/** HAProxy's version names. */
const VERSIONS: ReadonlyMap<string, TlsProtocolVersion> = new Map([
  ['sslv3', 'SSLv3'], ['tlsv1.0', 'TLSv1'], ['tlsv1.1', 'TLSv1.1'], ['tlsv1.2', 'TLSv1.2'], ['tlsv1.3', 'TLSv1.3'],
]);
const FLAG_VERSIONS: ReadonlyMap<string, TlsProtocolVersion> = new Map([
  ['sslv3', 'SSLv3'], ['tlsv10', 'TLSv1'], ['tlsv11', 'TLSv1.1'], ['tlsv12', 'TLSv1.2'], ['tlsv13', 'TLSv1.3'],
]);

const HAPROXY_DEFAULT: Localized = { en: 'HAProxy 2.2+ default', ja: 'HAProxy 2.2 以降の既定値' };
const OPENSSL_DEFAULT: Localized = { en: 'OpenSSL 3.0 default (HAProxy sets none)', ja: 'OpenSSL 3.0 の既定値（HAProxy は指定しない）' };

/** TLS settings as one line or the global section sets them. */
interface TlsSettings {
  ssl?: Setting<boolean>;
  ciphers?: Setting<string>;
  ciphersuites?: Setting<string>;
  curves?: Setting<string>;
  ecdhe?: Setting<string>;
  sigalgs?: Setting<string>;
  min?: Setting<TlsProtocolVersion>;
  max?: Setting<TlsProtocolVersion>;
  no: Map<TlsProtocolVersion, Setting<TlsProtocolVersion>>;
  /** Settings named by an environment variable: unknown. */
  unknown: Set<string>;
}

function empty(): TlsSettings {
  return { no: new Map(), unknown: new Set() };
}

function merged(under: TlsSettings, over: TlsSettings): TlsSettings {
  const out: TlsSettings = { ...under, no: new Map([...under.no, ...over.no]), unknown: new Set([...under.unknown, ...over.unknown]) };
  for (const k of ['ssl', 'ciphers', 'ciphersuites', 'curves', 'ecdhe', 'sigalgs', 'min', 'max'] as const) {
    if (over[k] !== undefined) (out as unknown as Record<string, unknown>)[k] = over[k];
  }
  return out;
}

/** The reader's state. */
class Reader {
  readonly errors: ParseError[] = [];
  readonly dynamic: Extraction[] = [];
  readonly endpoints: TlsEndpoint[] = [];
  /** `ssl-default-bind-*` and `ssl-default-server-*`, applied to every bind and server line wherever they stand. */
  bindGlobal = empty();
  serverGlobal = empty();
  private readonly pending: { kind: 'bind' | 'server'; name: string; at: Location; own: TlsSettings; address: HaproxyWord }[] = [];

  problem(location: Location, message: Localized): void {
    this.errors.push({ kind: 'parse-error', message, location });
  }

  read(lines: readonly HaproxyLine[]): void {
    let section: { kind: string; name: string } | undefined;
    let defaultsServer = empty();
    let proxyServer = empty();
    for (const l of lines) {
      const kw = l.words[0]!;
      if (SECTIONS.has(kw.text)) {
        section = { kind: kw.text, name: l.words[1]?.text ?? '' };
        if (kw.text === 'defaults') defaultsServer = empty();
        proxyServer = kw.text === 'defaults' ? defaultsServer : merged(defaultsServer, empty());
        continue;
      }
      if (!section) {
        this.problem(kw.location, { en: `"${kw.text}" stands outside any section: HAProxy refuses the configuration`, ja: `「${kw.text}」がどのセクションにも属していない。HAProxy は設定を受け付けない` });
        continue;
      }
      const label = section.name ? `${section.kind} ${section.name}` : section.kind;
      if (section.kind === 'global') this.global(l);
      else if (kw.text === 'bind' && ['frontend', 'listen'].includes(section.kind)) this.bind(l, label);
      else if (kw.text === 'default-server' && ['defaults', 'backend', 'listen'].includes(section.kind)) {
        const own = this.options(l.words, 1, 'server');
        proxyServer = merged(proxyServer, own);
        if (section.kind === 'defaults') defaultsServer = proxyServer;
      } else if (kw.text === 'server' && ['backend', 'listen'].includes(section.kind)) {
        const name = l.words[1];
        const address = l.words[2];
        if (!name || !address) {
          this.problem(kw.location, { en: '"server" needs a name and an address: HAProxy refuses the line', ja: '「server」には名前とアドレスが必要。HAProxy はこの行を受け付けない' });
          continue;
        }
        const own = merged(proxyServer, this.options(l.words, 3, 'server'));
        if (own.ssl?.value) this.pending.push({ kind: 'server', name: `${label} server ${name.text}`, at: kw.location, own, address });
      }
    }
    // Globals apply to every line whatever their order in the file (they are read before proxies are set up).
    for (const p of this.pending) this.endpoints.push(this.endpoint(p.kind, p.name, p.at, p.own));
  }

  private global(l: HaproxyLine): void {
    const kw = l.words[0]!.text;
    const m = /^ssl-default-(bind|server)-(ciphers|ciphersuites|curves|sigalgs|options)$/.exec(kw);
    if (!m) return;
    const side = m[1] === 'bind' ? this.bindGlobal : this.serverGlobal;
    const what = m[2]!;
    if (what === 'options') {
      const got = this.options(l.words, 1, m[1] as 'bind' | 'server');
      if (m[1] === 'bind') this.bindGlobal = merged(side, got);
      else this.serverGlobal = merged(side, got);
      return;
    }
    const value = l.words[1];
    if (!value) {
      this.problem(l.words[0]!.location, { en: `"${kw}" needs a value: HAProxy refuses the configuration`, ja: `「${kw}」には値が必要。HAProxy は設定を受け付けない` });
      return;
    }
    this.stringSetting(side, what as 'ciphers' | 'ciphersuites' | 'curves' | 'sigalgs', value, kw);
  }

  private stringSetting(s: TlsSettings, key: 'ciphers' | 'ciphersuites' | 'curves' | 'ecdhe' | 'sigalgs', value: HaproxyWord, directive: string): void {
    if (value.env) {
      this.dynamic.push({ kind: 'dynamic', input: value.env, location: value.location, confidence: 'exact', context: { en: directive, ja: directive } });
      s.unknown.add(key);
      delete s[key];
      return;
    }
    s.unknown.delete(key);
    s[key] = { value: value.text, origin: { location: value.location, directive } };
  }

  private bind(l: HaproxyLine, label: string): void {
    const address = l.words[1];
    if (!address) {
      this.problem(l.words[0]!.location, { en: '"bind" needs an address: HAProxy refuses the line', ja: '「bind」にはアドレスが必要。HAProxy はこの行を受け付けない' });
      return;
    }
    const own = this.options(l.words, 2, 'bind');
    // QUIC listeners (quic4@, quic6@) always speak TLS 1.3.
    if (/^quic[46]@/.test(address.text)) {
      const setting: Setting<TlsProtocolVersion> = { value: 'TLSv1.3', origin: { location: address.location, directive: 'bind quic' } };
      own.ssl ??= { value: true, origin: { location: address.location, directive: 'bind quic' } };
      own.min = setting;
      own.max = setting;
    }
    if (own.ssl?.value) this.pending.push({ kind: 'bind', name: `${label} bind ${address.text}`, at: l.words[0]!.location, own, address });
  }

  /** Reads the options of a bind, server or default-server line, or of ssl-default-*-options, from word `from`. */
  private options(words: readonly HaproxyWord[], from: number, side: 'bind' | 'server'): TlsSettings {
    const s = empty();
    let k = from;
    while (k < words.length) {
      const w = words[k]!;
      const name = w.text;
      if (ARG1.has(name)) {
        const value = words[k + 1];
        k += 2;
        if (!value) {
          this.problem(w.location, { en: `"${name}" needs a value: HAProxy refuses the line`, ja: `「${name}」には値が必要。HAProxy はこの行を受け付けない` });
          continue;
        }
        switch (name) {
          case 'ciphers': case 'ciphersuites': case 'curves': case 'ecdhe': case 'sigalgs':
            this.stringSetting(s, name, value, name);
            break;
          case 'ssl-min-ver': case 'ssl-max-ver': {
            const v = VERSIONS.get(value.text.toLowerCase());
            if (!v || value.env) {
              if (value.env) {
                this.dynamic.push({ kind: 'dynamic', input: value.env, location: value.location, confidence: 'exact', context: { en: name, ja: name } });
                s.unknown.add('protocols');
              } else {
                this.problem(value.location, {
                  en: `${name}: "${value.text}" is not a version HAProxy knows (SSLv3, TLSv1.0, TLSv1.1, TLSv1.2, TLSv1.3): HAProxy refuses the line`,
                  ja: `${name}：「${value.text}」は HAProxy が知るバージョンではない（SSLv3、TLSv1.0、TLSv1.1、TLSv1.2、TLSv1.3）。HAProxy はこの行を受け付けない`,
                });
              }
              break;
            }
            s[name === 'ssl-min-ver' ? 'min' : 'max'] = { value: v, origin: { location: value.location, directive: name } };
            break;
          }
        }
        continue;
      }
      k++;
      if (name === 'ssl') s.ssl = { value: true, origin: { location: w.location, directive: 'ssl' } };
      else if (name === 'no-ssl' && side === 'server') s.ssl = { value: false, origin: { location: w.location, directive: 'no-ssl' } };
      else {
        const m = /^(no|force)-(sslv3|tlsv1[0-3])$/.exec(name);
        if (!m) continue;
        const v = FLAG_VERSIONS.get(m[2]!)!;
        const setting: Setting<TlsProtocolVersion> = { value: v, origin: { location: w.location, directive: name } };
        if (m[1] === 'no') s.no.set(v, setting);
        else {
          s.min = setting;
          s.max = setting;
        }
      }
    }
    return s;
  }

  private endpoint(kind: 'bind' | 'server', name: string, at: Location, own: TlsSettings): TlsEndpoint {
    const s = merged(kind === 'bind' ? this.bindGlobal : this.serverGlobal, own);
    const prefix = kind === 'bind' ? '' : 'server ';
    const ciphers = s.unknown.has('ciphers') ? undefined
      : s.ciphers ?? { value: 'DEFAULT', origin: { location: at, directive: `${prefix}ciphers`, defaultOf: OPENSSL_DEFAULT } };
    const ciphersuites = s.unknown.has('ciphersuites') ? undefined
      : s.ciphersuites ?? { value: OPENSSL_DEFAULT_CIPHERSUITES, origin: { location: at, directive: `${prefix}ciphersuites`, defaultOf: OPENSSL_DEFAULT } };
    const seclevel = seclevelOf(ciphers?.value);
    const protocols = s.unknown.has('protocols') ? undefined : this.protocols(kind, at, s, seclevel);
    const curves = s.curves ?? s.ecdhe;
    return {
      name,
      ...(protocols ? { protocols } : {}),
      ...(ciphers ? { cipherString: ciphers } : {}),
      ...(ciphersuites ? { ciphersuites } : {}),
      ...(curves && !s.unknown.has('curves') ? { groups: { value: items(curves), origin: curves.origin } } : {}),
      ...(s.sigalgs && !s.unknown.has('sigalgs') ? { sigalgs: { value: items(s.sigalgs), origin: s.sigalgs.origin } } : {}),
      ...(seclevel !== undefined ? { seclevel } : {}),
    };
  }

  private protocols(kind: 'bind' | 'server', at: Location, s: TlsSettings, seclevel: number | undefined): Setting<TlsProtocolVersion>[] {
    const rank = (v: TlsProtocolVersion) => TLS_PROTOCOL_VERSIONS.indexOf(v);
    let min = s.min;
    let max = s.max;
    const bounded = min !== undefined || max !== undefined;
    if (!min) {
      const value: TlsProtocolVersion = kind === 'bind' ? 'TLSv1.2' : seclevel === 0 ? 'TLSv1' : 'TLSv1.2';
      const origin: SettingOrigin = { location: at, directive: kind === 'bind' ? 'ssl-min-ver' : 'server ssl-min-ver', defaultOf: kind === 'bind' ? HAPROXY_DEFAULT : OPENSSL_DEFAULT };
      min = max && rank(max.value) < rank(value) ? max : { value, origin };
    }
    max ??= { value: 'TLSv1.3', origin: { location: at, directive: 'ssl-max-ver', defaultOf: HAPROXY_DEFAULT } };
    const out: Setting<TlsProtocolVersion>[] = [];
    for (let k = rank(min.value); k <= rank(max.value); k++) {
      const v = TLS_PROTOCOL_VERSIONS[k]!;
      if (!bounded && s.no.has(v)) continue;
      out.push({ value: v, origin: min.origin });
    }
    if (!out.length) {
      this.problem(at, { en: 'every SSL/TLS version is disabled on this line: HAProxy refuses the configuration', ja: 'この行ではすべての SSL/TLS バージョンが無効。HAProxy は設定を受け付けない' });
    }
    return out;
  }
}

/** The items of a colon-separated list, each at its own column. */
function items(s: Setting<string>): Setting<string>[] {
  const out: Setting<string>[] = [];
  for (const m of s.value.matchAll(/[^:]+/g)) {
    const at = s.origin.location;
    out.push({ value: m[0], origin: { location: { path: at.path, line: at.line, column: at.column + m.index }, directive: s.origin.directive } });
  }
  return out;
}

/** The security level a cipher string sets (its last valid `@SECLEVEL=n`), as the engine reads it. */
function seclevelOf(cipherString: string | undefined): number | undefined {
  return cipherString ? expandCipherString(cipherString).seclevel : undefined;
}

/**
 * The TLS endpoints of a HAProxy configuration, with its errors. Never throws.
 * @example
 * const r = haproxyEndpoints('frontend www\n  bind :443 ssl crt /etc/haproxy/site.pem ciphers HIGH:!aNULL\n', 'haproxy.cfg');
 * r.endpoints[0]?.name;                             // 'frontend www bind :443'
 * r.endpoints[0]?.cipherString?.origin.location;    // { path: 'haproxy.cfg', line: 2, column: 51 }
 * r.endpoints[0]?.protocols?.map((p) => p.value);   // ['TLSv1.2', 'TLSv1.3'] (HAProxy 2.2+ default minimum)
 */
export function haproxyEndpoints(text: string, path: string): HaproxyReading {
  const lexed = haproxyLines(text, path);
  const r = new Reader();
  for (const p of lexed.problems) r.problem(p.location, p.message);
  r.read(lexed.lines);
  return { endpoints: r.endpoints, errors: r.errors, dynamic: r.dynamic };
}
