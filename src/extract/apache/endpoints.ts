/**
 * Apache httpd (mod_ssl) configuration -> the TLS endpoints it defines ({@link WebTlsEndpoint}): one per
 * `<VirtualHost>` with `SSLEngine on` (its own, or inherited from the server configuration), plus the main server when
 * the server configuration itself has `SSLEngine on`.
 *
 * Directives read (https://httpd.apache.org/docs/2.4/mod/mod_ssl.html; names case-insensitive as httpd matches them):
 * `SSLEngine`, `SSLProtocol` (`[+|-]protocol ...` with `all`: a word without a sign replaces the set, `+` adds, `-`
 * removes), `SSLCipherSuite [SSL|TLSv1.3] cipher-spec`, `SSLOpenSSLConfCmd` (see web-endpoint.ts), `SSLHonorCipherOrder`,
 * `SSLCertificateFile`, `SSLCertificateKeyFile`, `ServerName`, `ServerRoot`, `Include` and `IncludeOptional` (globs).
 *
 * Sections: `<IfModule>`, `<IfDefine>`, `<IfVersion>`, `<IfFile>`, `<IfDirective>` and `<IfSection>` are read as if their
 * condition held (which modules are loaded and which -D flags are given is not known from the files); `<Directory>`,
 * `<Location>`, `<Files>`, `<Proxy>`, `<Macro>` and other per-request sections are not read (a per-directory
 * SSLCipherSuite only applies on renegotiation).
 *
 * Inheritance, as mod_ssl merges server configurations (modules/ssl/ssl_engine_config.c, ssl_config_server_merge): each
 * setting of a virtual host wins over the server configuration's; `SSLOpenSSLConfCmd` lists are appended, server
 * configuration first. mod_ssl always disables anonymous and NULL suites (ssl_cmd_SSLCipherSuite prepends
 * `!aNULL:!eNULL:!EXP:`): the cipher string carries `:!aNULL:!eNULL` at its end instead, which removes the same suites
 * while leaving every written word at its own column (export suites no longer exist in OpenSSL 1.1.0 and later).
 *
 * Defaults are mod_ssl 2.4's, applied only to a whole virtual host (or to the main server of a main configuration file),
 * and not when an include of that context could not be read. Relative paths start at ServerRoot when the file sets it,
 * else at the configuration root (includes.ts).
 * @module
 */
import { isAbsolute, join, resolve as resolvePath } from 'node:path';
import type { Localized } from '../../catalog/types.js';
import type { ExtractContext, Extraction, Location } from '../../scan/types.js';
import { TLS_PROTOCOL_VERSIONS, type Setting, type SettingOrigin, type TlsProtocolVersion } from '../tls/endpoint.js';
import { APACHE_SUBDIRS, APACHE_SYSTEM_DIRS, configRoot, includeFiles } from '../nginx/includes.js';
import {
  applyConfCommand, finishEndpoint, protocolVersion, writtenAt, type CertificateRef, type EndpointDraft, type SourceWord,
  type WebTlsEndpoint,
} from '../nginx/web-endpoint.js';
import { parseApache, type ApacheDirective, type ApacheProblem, type ApacheWord } from './parser.js';

/** Where the text comes from and how to follow its includes. */
export interface ApacheReadOptions {
  readonly path: string;
  readonly absolutePath?: string;
  readonly include?: ExtractContext['include'];
  /** ServerRoot when the file sets none (httpd's compiled-in default); default: the configuration root. */
  readonly serverRoot?: string;
}

/** What a file gives: its endpoints, the problems found on the way, and the files read. */
export interface ApacheReading {
  readonly endpoints: WebTlsEndpoint[];
  readonly problems: Extraction[];
  readonly files: string[];
}

/** Includes nested deeper than this are not followed (httpd's own limit, AP_MAX_INCLUDE_DEPTH, is 128). */
export const MAX_INCLUDE_DEPTH = 16;
/** Files one scanned file may pull in through includes, all told. */
export const MAX_INCLUDED_FILES = 500;
/** Sections nested deeper than this are not read. */
const MAX_SECTION_DEPTH = 64;

// Defaults. Source: Apache httpd 2.4 mod_ssl documentation (apache2-doc 2.4, mod/mod_ssl.html): "Default: SSLProtocol all
// -SSLv3 (up to 2.4.16: all)", where `all` is "+SSLv3 +TLSv1 +TLSv1.1 +TLSv1.2 +TLSv1.3" with OpenSSL 1.1.1 and later
// except builds without SSLv3, which OpenSSL 1.1.0 and later leave out by default; "Default: SSLCipherSuite DEFAULT
// (depends on OpenSSL version)".
const PROTOCOLS_DEFAULT_OF: Localized = {
  en: 'Apache httpd 2.4.17+ mod_ssl default (SSLProtocol all -SSLv3)',
  ja: 'Apache httpd 2.4.17 以降の mod_ssl の既定値（SSLProtocol all -SSLv3）',
};
const DEFAULT_PROTOCOLS: readonly TlsProtocolVersion[] = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];
const CIPHERS_DEFAULT_OF: Localized = {
  en: "OpenSSL's default cipher list, which mod_ssl keeps when SSLCipherSuite is not set",
  ja: 'OpenSSL の既定の暗号リスト（SSLCipherSuite がないとき mod_ssl はこれを使う）',
};
// Source: OpenSSL 3.0 SSL_CTX_set_ciphersuites(3) and `openssl ciphers -s -tls1_3`.
const OPENSSL_CIPHERSUITES = 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256';
const CIPHERSUITES_DEFAULT_OF: Localized = {
  en: "OpenSSL 3 default TLS 1.3 suites, which mod_ssl keeps when SSLCipherSuite TLSv1.3 is not set",
  ja: 'OpenSSL 3 の TLS 1.3 スイートの既定値（SSLCipherSuite TLSv1.3 がないとき mod_ssl はこれを使う）',
};
/** mod_ssl's own exclusions (see the module comment). */
const ALWAYS_DISABLED = ':!aNULL:!eNULL';

const TRANSPARENT = new Set(['ifmodule', 'ifdefine', 'ifversion', 'iffile', 'ifdirective', 'ifsection']);

interface SourceFile {
  readonly path: string;
  readonly absolutePath: string;
}

/** The TLS directives of one context (the server configuration or one virtual host). */
interface Written {
  engine?: Setting<boolean>;
  protocols?: Setting<TlsProtocolVersion>[];
  ciphers?: SourceWord;
  tls13?: SourceWord;
  honor?: Setting<boolean>;
  serverName?: string;
  confCommands: { name: SourceWord; value: SourceWord }[];
  certificates: SourceWord[];
  keys: SourceWord[];
  incomplete: boolean;
  /** Whether the context sets anything about TLS (for fragments). */
  any: boolean;
}

/** A `<VirtualHost>` section with its file and include chain. */
interface VirtualHost {
  readonly d: ApacheDirective;
  readonly file: SourceFile;
  readonly chain: readonly string[];
}

/**
 * Reads an Apache httpd configuration: endpoints and problems.
 * @example
 * const { endpoints } = readApache('<VirtualHost *:443>\nSSLEngine on\nSSLProtocol -all +TLSv1.2\n</VirtualHost>\n', { path: 'ssl.conf' });
 * endpoints[0]!.protocols!.map((p) => p.value); // ['TLSv1.2']
 */
export function readApache(text: string, options: ApacheReadOptions): ApacheReading {
  return new Reader(options).read(text);
}

/**
 * The TLS endpoints of an Apache httpd configuration (the problems left out: see readApache).
 * @example
 * apacheEndpoints('<VirtualHost *:443>\nSSLEngine on\n</VirtualHost>\n', { path: 'a.conf' })[0]!.cipherString!.value; // 'DEFAULT'
 */
export function apacheEndpoints(text: string, options: ApacheReadOptions): WebTlsEndpoint[] {
  return readApache(text, options).endpoints;
}

class Reader {
  private readonly problems: Extraction[] = [];
  private readonly parsed = new Map<string, { directives: ApacheDirective[]; problems: ApacheProblem[] }>();
  private readonly endpoints: WebTlsEndpoint[] = [];
  private readonly files: string[] = [];
  private readonly top: SourceFile;
  private readonly root: string;
  private serverRoot: string;
  private included = 0;
  /** Whether the file looks like a main configuration (httpd.conf, apache2.conf, or one that sets ServerRoot or loads modules). */
  private main = false;

  constructor(private readonly options: ApacheReadOptions) {
    const absolutePath = options.absolutePath ?? resolvePath(options.path);
    this.top = { path: options.path, absolutePath };
    this.root = configRoot(absolutePath, APACHE_SUBDIRS);
    this.serverRoot = options.serverRoot ?? this.root;
    this.main = /(?:^|\/)(?:httpd|apache2?)\.conf$/i.test(options.path);
  }

  read(text: string): ApacheReading {
    const parsed = parseApache(text);
    this.files.push(this.top.path);
    this.syntaxProblems(parsed.problems, this.top);
    const server = emptyWritten();
    const vhosts: VirtualHost[] = [];
    this.collect(parsed.directives, this.top, [this.top.absolutePath], server, vhosts, 0);

    let tls = 0;
    for (const v of vhosts) {
      const own = emptyWritten();
      this.collect(v.d.section!, v.file, v.chain, own, undefined, 0);
      const engine = own.engine ?? server.engine;
      if (!engine?.value) continue;
      tls++;
      const whole = !own.incomplete && !server.incomplete;
      const name = `<VirtualHost ${v.d.args.map((a) => a.text).join(' ')}>${own.serverName ? ` ${own.serverName}` : ''}`;
      this.endpoints.push(this.endpoint(own, server, whole, name, at(v.d.name, v.file)));
    }
    if (server.engine?.value) {
      tls++;
      const name = this.main ? `main server${server.serverName ? ` ${server.serverName}` : ''}` : this.top.path;
      this.endpoints.push(this.endpoint(server, undefined, this.main && !server.incomplete, name, { path: this.top.path, line: 1, column: 1 }));
    }
    if (tls === 0 && server.any) {
      this.endpoints.push(this.endpoint(server, undefined, false, this.top.path, { path: this.top.path, line: 1, column: 1 }));
    }
    const problems = [...this.problems].sort((a, b) => cmp(a.location.path, b.location.path) || a.location.line - b.location.line || a.location.column - b.location.column);
    return { endpoints: this.endpoints, problems, files: this.files };
  }

  private endpoint(own: Written, server: Written | undefined, whole: boolean, name: string, place: Location): WebTlsEndpoint {
    const d: EndpointDraft = { name };
    const byDefault = (directive: string, defaultOf: Localized): SettingOrigin => ({ location: place, directive, defaultOf });

    const protocols = own.protocols ?? server?.protocols;
    if (protocols) d.protocols = protocols;
    else if (whole) d.protocols = DEFAULT_PROTOCOLS.map((value) => ({ value, origin: byDefault('SSLProtocol', PROTOCOLS_DEFAULT_OF) }));

    const ciphers = own.ciphers ?? server?.ciphers;
    if (ciphers) d.cipherString = { value: ciphers.text + ALWAYS_DISABLED, origin: writtenAt(ciphers, 'SSLCipherSuite') };
    else if (whole) d.cipherString = { value: 'DEFAULT', origin: byDefault('SSLCipherSuite', CIPHERS_DEFAULT_OF) };

    const tls13 = own.tls13 ?? server?.tls13;
    if (tls13) d.ciphersuites = { value: tls13.text, origin: writtenAt(tls13, 'SSLCipherSuite TLSv1.3') };
    else if (whole) d.ciphersuites = { value: OPENSSL_CIPHERSUITES, origin: byDefault('SSLCipherSuite TLSv1.3', CIPHERSUITES_DEFAULT_OF) };

    const honor = own.honor ?? server?.honor;
    if (honor) d.preferServerCiphers = honor;

    const certs = own.certificates.length ? own : server && server.certificates.length ? server : undefined;
    if (certs) d.certificates = certs.certificates.map((c, i) => this.certificate(c, certs.keys[i]));

    for (const c of [...(server && server !== own ? server.confCommands : []), ...own.confCommands]) {
      const problem = applyConfCommand(d, { directive: 'SSLOpenSSLConfCmd', name: c.name, value: c.value });
      if (problem) this.problem(problem, c.value.location);
    }
    if (!whole) d.fragment = true;
    return finishEndpoint(d);
  }

  private certificate(file: SourceWord, key: SourceWord | undefined): CertificateRef {
    // A PKCS#11 URI or a token id (httpd 2.4.42 and later) is not a file.
    const notFile = /^[a-z][a-z0-9+.-]*:/i.test(file.text) && !/^[a-z]:[\\/]/i.test(file.text);
    const absolutePath = notFile ? undefined : isAbsolute(file.text) ? file.text : resolvePath(this.serverRoot, file.text);
    return {
      file: { value: file.text, origin: writtenAt(file, 'SSLCertificateFile') },
      ...(absolutePath ? { absolutePath } : {}),
      ...(key ? { key: { value: key.text, origin: writtenAt(key, 'SSLCertificateKeyFile') } } : {}),
    };
  }

  /** Reads a list of directives into a context; `vhosts` is given only at the server configuration's level. */
  private collect(
    list: readonly ApacheDirective[], file: SourceFile, chain: readonly string[], w: Written, vhosts: VirtualHost[] | undefined, depth: number,
  ): void {
    for (const d of list) {
      const name = d.name.text.toLowerCase();
      if (d.section) {
        if (name === 'virtualhost') {
          if (vhosts) vhosts.push({ d, file, chain });
          else this.problem({ en: '<VirtualHost> cannot occur within another <VirtualHost> section', ja: '<VirtualHost> の中に <VirtualHost> は置けない' }, at(d.name, file));
        } else if (TRANSPARENT.has(name)) {
          if (depth >= MAX_SECTION_DEPTH) this.problem({ en: `sections nested deeper than ${MAX_SECTION_DEPTH} levels are not read`, ja: `${MAX_SECTION_DEPTH} 段を超えて入れ子のセクションは読まない` }, at(d.name, file));
          else this.collect(d.section, file, chain, w, vhosts, depth + 1);
        }
        continue;
      }
      this.directive(d, name, file, chain, w, vhosts, depth);
    }
  }

  private directive(
    d: ApacheDirective, name: string, file: SourceFile, chain: readonly string[], w: Written, vhosts: VirtualHost[] | undefined, depth: number,
  ): void {
    const word = (k: number): SourceWord => ({ text: d.args[k]!.text, location: at(d.args[k]!, file) });
    const count = (min: number, max: number): boolean => {
      if (d.args.length >= min && d.args.length <= max) return true;
      const n = min === max ? `${min}` : `${min} or ${max}`;
      this.problem({ en: `${d.name.text} takes ${n} argument${max === 1 ? '' : 's'}, not ${d.args.length}`, ja: `${d.name.text} の引数は ${n} 個でなければならないが ${d.args.length} 個ある` }, at(d.name, file));
      return false;
    };
    switch (name) {
      case 'include': case 'includeoptional':
        if (count(1, 1)) this.include(d, name === 'includeoptional', file, chain, w, vhosts, depth);
        return;
      case 'serverroot':
        if (count(1, 1)) {
          this.serverRoot = resolvePath(this.root, d.args[0]!.text);
          this.main = true;
        }
        return;
      case 'loadmodule':
        this.main = true;
        return;
      case 'servername':
        if (d.args.length) w.serverName ??= d.args[0]!.text;
        return;
      case 'sslengine': {
        if (!count(1, 1)) return;
        const v = d.args[0]!.text.toLowerCase();
        if (v !== 'on' && v !== 'off' && v !== 'optional' && !/:\d+$/.test(v)) {
          this.problem({ en: `SSLEngine takes on, off or optional, not "${d.args[0]!.text}"`, ja: `SSLEngine の値は on、off、optional のいずれかで、「${d.args[0]!.text}」ではない` }, at(d.args[0]!, file));
          return;
        }
        w.engine = { value: v !== 'off', origin: writtenAt(word(0), 'SSLEngine') };
        w.any = true;
        return;
      }
      case 'sslprotocol':
        if (count(1, 16)) {
          w.protocols = this.protocols(d, file);
          w.any = true;
        }
        return;
      case 'sslciphersuite': {
        if (!count(1, 2)) return;
        const spec: ApacheWord = d.args[d.args.length - 1]!;
        const protocol = d.args.length === 2 ? d.args[0]!.text : 'SSL';
        // The joined text, as OpenSSL gets it (words after a continuation break are then placed on the first line).
        const value: SourceWord = { text: spec.text, location: at(spec, file) };
        if (protocol.toUpperCase() === 'SSL') w.ciphers = value;
        else if (protocol.toLowerCase() === 'tlsv1.3') w.tls13 = value;
        else {
          this.problem({ en: `SSLCipherSuite: protocol "${protocol}" is not supported (SSL or TLSv1.3)`, ja: `SSLCipherSuite：プロトコル「${protocol}」には対応していない（SSL か TLSv1.3）` }, at(d.args[0]!, file));
          return;
        }
        w.any = true;
        return;
      }
      case 'sslhonorcipherorder': {
        if (!count(1, 1)) return;
        const v = d.args[0]!.text.toLowerCase();
        if (v === 'on' || v === 'off') w.honor = { value: v === 'on', origin: writtenAt(word(0), 'SSLHonorCipherOrder') };
        else this.problem({ en: `SSLHonorCipherOrder takes on or off, not "${d.args[0]!.text}"`, ja: `SSLHonorCipherOrder の値は on か off で、「${d.args[0]!.text}」ではない` }, at(d.args[0]!, file));
        return;
      }
      case 'sslopensslconfcmd':
        if (count(2, 2)) {
          w.confCommands.push({ name: word(0), value: word(1) });
          w.any = true;
        }
        return;
      case 'sslcertificatefile':
        if (count(1, 1)) {
          w.certificates.push(word(0));
          w.any = true;
        }
        return;
      case 'sslcertificatekeyfile':
        if (count(1, 1)) w.keys.push(word(0));
        return;
      default:
        return;
    }
  }

  /** SSLProtocol, as mod_ssl's ssl_cmd_protocol_parse reads it. */
  private protocols(d: ApacheDirective, file: SourceFile): Setting<TlsProtocolVersion>[] {
    let set = new Map<TlsProtocolVersion, Setting<TlsProtocolVersion>>();
    for (const a of d.args) {
      const sign = a.text[0] === '+' || a.text[0] === '-' ? a.text[0] : '';
      const w = a.text.slice(sign.length);
      const location = { ...at(a, file), column: a.column + sign.length };
      const origin = { location, directive: 'SSLProtocol' };
      let these: readonly TlsProtocolVersion[];
      if (w.toLowerCase() === 'all') these = ALL;
      else {
        const v = protocolVersion(w);
        // mod_ssl 2.4 ignores "-SSLv2" and refuses SSLv2 otherwise ("SSLv2 is no longer supported").
        if (v === 'SSLv2' && sign === '-') continue;
        if (!v || v === 'SSLv2') {
          this.problem({ en: `SSLProtocol: illegal protocol "${a.text}" (mod_ssl 2.4 knows all, SSLv3, TLSv1, TLSv1.1, TLSv1.2, TLSv1.3)`, ja: `SSLProtocol：不正なプロトコル「${a.text}」（mod_ssl 2.4 が知るのは all、SSLv3、TLSv1、TLSv1.1、TLSv1.2、TLSv1.3）` }, location);
          continue;
        }
        these = [v];
      }
      if (sign === '-') for (const v of these) set.delete(v);
      else {
        if (sign === '') set = new Map();
        for (const v of these) if (!set.has(v)) set.set(v, { value: v, origin });
      }
    }
    return TLS_PROTOCOL_VERSIONS.flatMap((v) => set.get(v) ?? []);
  }

  private include(
    d: ApacheDirective, optional: boolean, file: SourceFile, chain: readonly string[], w: Written, vhosts: VirtualHost[] | undefined, depth: number,
  ): void {
    const arg = d.args[0]!;
    const place = at(arg, file);
    const include = this.options.include;
    if (!include) {
      w.incomplete = true;
      this.notFollowed(arg.text, place, { en: 'includes are not followed here (no file access)', ja: 'ここではインクルードをたどらない（ファイルを読めない）' });
      return;
    }
    const pattern = isAbsolute(arg.text) ? arg.text : join(this.serverRoot, arg.text);
    const result = includeFiles(include, pattern, this.serverRoot, this.root, APACHE_SYSTEM_DIRS);
    if (!optional) {
      for (const u of result.unreadable) {
        w.incomplete = true;
        this.notFollowed(arg.text, place, { en: `${u.path} cannot be read (${u.reason})`, ja: `${u.path} を読めない（${u.reason}）` });
      }
    }
    for (const f of result.files) {
      if (chain.includes(f.absolutePath)) {
        this.problem({ en: `include loop: ${f.path} includes itself through this line; not followed again`, ja: `インクルードの循環：${f.path} がこの行を通じて自分自身を読み込む。再びはたどらない` }, place);
        continue;
      }
      if (chain.length > MAX_INCLUDE_DEPTH || this.included >= MAX_INCLUDED_FILES) {
        w.incomplete = true;
        this.problem({ en: `includes nested too deep or too many (over ${MAX_INCLUDE_DEPTH} levels or ${MAX_INCLUDED_FILES} files); ${f.path} not read`, ja: `インクルードが深すぎるか多すぎる（${MAX_INCLUDE_DEPTH} 段または ${MAX_INCLUDED_FILES} ファイル超）。${f.path} は読まない` }, place);
        continue;
      }
      this.included++;
      const sub: SourceFile = { path: f.path, absolutePath: f.absolutePath };
      let parsed = this.parsed.get(f.absolutePath);
      if (!parsed) {
        parsed = parseApache(f.text);
        this.parsed.set(f.absolutePath, parsed);
        this.files.push(f.path);
        this.syntaxProblems(parsed.problems, sub);
      }
      this.collect(parsed.directives, sub, [...chain, f.absolutePath], w, vhosts, depth);
    }
  }

  private syntaxProblems(problems: readonly ApacheProblem[], file: SourceFile): void {
    for (const p of problems) this.problem(p.message, { path: file.path, line: p.line, column: p.column });
  }

  private problem(message: Localized, location: Location): void {
    this.problems.push({ kind: 'parse-error', message: { en: `Apache httpd: ${message.en}`, ja: `Apache httpd：${message.ja}` }, location });
  }

  private notFollowed(pattern: string, location: Location, why: Localized): void {
    this.problems.push({
      kind: 'dynamic', input: pattern, location, confidence: 'exact',
      context: { en: `Apache httpd Include: ${why.en}; the TLS settings it holds are unknown`, ja: `Apache httpd の Include：${why.ja}。そこにある TLS 設定は不明` },
    });
  }
}

/** `all` with OpenSSL 1.1.1 or later, built without SSLv3 (OpenSSL's default build). */
const ALL: readonly TlsProtocolVersion[] = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];

function emptyWritten(): Written {
  return { confCommands: [], certificates: [], keys: [], incomplete: false, any: false };
}

function at(w: ApacheWord, file: SourceFile): Location {
  return { path: file.path, line: w.line, column: w.column };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
