/**
 * nginx configuration -> the TLS endpoints it defines ({@link WebTlsEndpoint}), one per `server` block that speaks TLS,
 * in the http and the stream modules, with every value's origin.
 *
 * Directives read (ngx_http_ssl_module and ngx_stream_ssl_module, https://nginx.org/en/docs/http/ngx_http_ssl_module.html):
 * `ssl_protocols`, `ssl_ciphers`, `ssl_ecdh_curve`, `ssl_prefer_server_ciphers`, `ssl_conf_command` (CipherString,
 * Ciphersuites, Groups/Curves, SignatureAlgorithms, Protocol, MinProtocol, MaxProtocol: see web-endpoint.ts),
 * `ssl_certificate` and `ssl_certificate_key`; `listen ... ssl` (or `quic`), `ssl on` (removed in nginx 1.25.1, still read)
 * or an `ssl_certificate` of the server's own mark a server as TLS; `include` (with globs) anywhere.
 *
 * Inheritance, as nginx merges server configuration (ngx_http_ssl_merge_srv_conf): each directive of a server block wins
 * over the same directive in the enclosing http (stream) block; the lists (`ssl_conf_command`, `ssl_certificate`) are
 * taken whole from the server block when it has any, else from the http block.
 *
 * Defaults (when neither the server nor the http block sets a directive) are those of nginx 1.23.4 and later, said in
 * every message that rests on one; they are applied only to a whole server block (a file of bare `ssl_*` lines is a
 * fragment whose including file decides the rest), and not when an include of that block or its http block could not
 * be read (the settings may be there).
 *
 * Relative `include` and certificate paths start at the configuration root (includes.ts: the directory of the scanned
 * file, or its parent for a file under conf.d/, sites-enabled/, snippets/ ...). Include loops and depth are bounded.
 * @module
 */
import { isAbsolute, resolve as resolvePath } from 'node:path';
import type { Localized } from '../../catalog/types.js';
import type { ExtractContext, Extraction, Location } from '../../scan/types.js';
import type { Setting, SettingOrigin, TlsProtocolVersion } from '../tls/endpoint.js';
import { configRoot, includeFiles, NGINX_SUBDIRS, NGINX_SYSTEM_DIRS } from './includes.js';
import type { NginxWord, SyntaxProblem } from './lexer.js';
import { parseNginx, type NginxDirective } from './parser.js';
import {
  applyConfCommand, finishEndpoint, listSettings, protocolVersion, writtenAt, type CertificateRef, type EndpointDraft,
  type SourceWord, type WebTlsEndpoint,
} from './web-endpoint.js';

/** Where the text comes from and how to follow its includes. */
export interface NginxReadOptions {
  /** The path findings show (relative to the scan root). */
  readonly path: string;
  /** The absolute path of the file, for relative includes; without it, the current directory. */
  readonly absolutePath?: string;
  /** Reads the files an include names; without it, includes are reported as not followed. */
  readonly include?: ExtractContext['include'];
  /** nginx's configuration prefix (where nginx.conf lives); default: the configuration root of `absolutePath`. */
  readonly confDir?: string;
}

/** What a file gives: its endpoints, and the problems found on the way (parse errors, includes not followed). */
export interface NginxReading {
  readonly endpoints: WebTlsEndpoint[];
  readonly problems: Extraction[];
  /** The files read (the file itself, then each included file once), as findings show their paths. */
  readonly files: string[];
}

/** Includes nested deeper than this are not followed (nginx has no limit but the open-file limit). */
export const MAX_INCLUDE_DEPTH = 16;
/** Files one scanned file may pull in through includes, all told. */
export const MAX_INCLUDED_FILES = 500;

// Defaults. Source: nginx documentation of ngx_http_ssl_module and ngx_stream_ssl_module ("Default:" lines), nginx
// source src/http/modules/ngx_http_ssl_module.c (NGX_DEFAULT_CIPHERS "HIGH:!aNULL:!MD5", NGX_DEFAULT_ECDH_CURVE "auto",
// protocols NGX_SSL_DEFAULT_PROTOCOLS), and nginx CHANGES for 1.23.4: "now TLSv1.3 protocol is enabled by default".
const DEFAULT_OF: Localized = { en: 'nginx 1.23.4+ default', ja: 'nginx 1.23.4 以降の既定値' };
const PROTOCOLS_DEFAULT_OF: Localized = {
  en: 'nginx 1.23.4+ default; nginx 1.9.1 to 1.23.3 also enable TLSv1 and TLSv1.1 by default',
  ja: 'nginx 1.23.4 以降の既定値。nginx 1.9.1〜1.23.3 の既定値では TLSv1 と TLSv1.1 も有効',
};
const DEFAULT_PROTOCOLS: readonly TlsProtocolVersion[] = ['TLSv1.2', 'TLSv1.3'];
const DEFAULT_CIPHERS = 'HIGH:!aNULL:!MD5';
// nginx sets no TLS 1.3 suites of its own, so OpenSSL's apply. Source: OpenSSL 3.0 SSL_CTX_set_ciphersuites(3), and
// `openssl ciphers -s -tls1_3` on OpenSSL 3.0.
const OPENSSL_CIPHERSUITES = 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256';
const CIPHERSUITES_DEFAULT_OF: Localized = {
  en: 'OpenSSL 3 default TLS 1.3 suites, which nginx leaves as they are',
  ja: 'OpenSSL 3 の TLS 1.3 スイートの既定値（nginx は変更しない）',
};

/** One parsed file. */
interface SourceFile {
  readonly path: string;
  readonly absolutePath: string;
}

/** A directive with the file it is written in and the chain of files that included it. */
interface Placed {
  readonly d: NginxDirective;
  readonly file: SourceFile;
  readonly chain: readonly string[];
}

/** The TLS directives written in one block (an http, stream or server block, or the top of a fragment). */
interface Written {
  protocols?: { directive: NginxWord; words: Setting<TlsProtocolVersion>[] };
  ciphers?: SourceWord;
  ecdhCurve?: SourceWord;
  prefer?: Setting<boolean>;
  sslOn?: Setting<boolean>;
  listenSsl?: SourceWord;
  listen?: SourceWord;
  serverName?: string;
  confCommands: { name: SourceWord; value: SourceWord }[];
  certificates: SourceWord[];
  keys: SourceWord[];
  /** An include in the block could not be read. */
  incomplete: boolean;
}

/**
 * Reads an nginx configuration: endpoints and problems.
 * @example
 * const { endpoints } = readNginx('http { server { listen 443 ssl; ssl_protocols TLSv1 TLSv1.2; } }', { path: 'nginx.conf' });
 * endpoints[0]!.protocols!.map((p) => p.value); // ['TLSv1', 'TLSv1.2']
 */
export function readNginx(text: string, options: NginxReadOptions): NginxReading {
  return new Reader(options).read(text);
}

/**
 * The TLS endpoints of an nginx configuration (the problems left out: see readNginx).
 * @example
 * nginxEndpoints('server { listen 443 ssl; }', { path: 'site.conf' })[0]!.cipherString!.value; // 'HIGH:!aNULL:!MD5'
 */
export function nginxEndpoints(text: string, options: NginxReadOptions): WebTlsEndpoint[] {
  return readNginx(text, options).endpoints;
}

class Reader {
  private readonly problems: Extraction[] = [];
  private readonly parsed = new Map<string, { directives: NginxDirective[]; problems: SyntaxProblem[] }>();
  private readonly endpoints: WebTlsEndpoint[] = [];
  private readonly files: string[] = [];
  private readonly top: SourceFile;
  private readonly root: string;
  private included = 0;

  constructor(private readonly options: NginxReadOptions) {
    const absolutePath = options.absolutePath ?? resolvePath(options.path);
    this.top = { path: options.path, absolutePath };
    this.root = options.confDir ?? configRoot(absolutePath, NGINX_SUBDIRS);
  }

  read(text: string): NginxReading {
    const parsed = parseNginx(text);
    this.files.push(this.top.path);
    this.syntaxProblems(parsed.problems, this.top);
    const top = this.expand(parsed.directives.map((d) => ({ d, file: this.top, chain: [this.top.absolutePath] })));
    const isMain = top.items.some((p) => p.d.block && ['http', 'stream', 'events', 'mail'].includes(p.d.name.text));
    if (isMain) {
      for (const p of top.items) {
        if (!p.d.block) continue;
        if (p.d.name.text === 'http') this.module(p, 'http', top.incomplete);
        else if (p.d.name.text === 'stream') this.module(p, 'stream', top.incomplete);
      }
    } else {
      // A fragment (conf.d/*.conf, sites-enabled/*, a snippet): its top level is read as the inside of an http block.
      this.block(top.items, top.incomplete, 'http', undefined);
    }
    const problems = [...this.problems].sort((a, b) => cmp(a.location.path, b.location.path) || a.location.line - b.location.line || a.location.column - b.location.column);
    return { endpoints: this.endpoints, problems, files: this.files };
  }

  /** An http or stream block. */
  private module(p: Placed, kind: 'http' | 'stream', outerIncomplete: boolean): void {
    const inner = this.expand(p.d.block!.map((d) => ({ d, file: p.file, chain: p.chain })));
    this.block(inner.items, outerIncomplete || inner.incomplete, kind, p);
  }

  /** The directives of an http or stream block (or a fragment's top level) and its server blocks. */
  private block(items: readonly Placed[], incomplete: boolean, kind: 'http' | 'stream', opener: Placed | undefined): void {
    const outer = this.written(items, incomplete);
    let tls = 0;
    for (const s of items) {
      if (s.d.name.text !== 'server' || !s.d.block) continue;
      const inner = this.expand(s.d.block.map((d) => ({ d, file: s.file, chain: s.chain })));
      const own = this.written(inner.items, inner.incomplete);
      const enabled = own.listenSsl !== undefined || own.sslOn?.value === true || (own.sslOn === undefined && outer.sslOn?.value === true)
        || own.certificates.length > 0;
      if (!enabled) continue;
      tls++;
      const whole = !own.incomplete && !outer.incomplete;
      this.endpoints.push(this.endpoint(own, outer, whole, serverName(kind, own), at(s.d.name, s.file)));
    }
    // Settings of the block that no TLS server here inherits are still what the file says: reported as a fragment.
    if (tls === 0 && hasTls(outer)) {
      const name = opener ? kind : this.top.path;
      this.endpoints.push(this.endpoint(outer, undefined, false, name, opener ? at(opener.d.name, opener.file) : { path: this.top.path, line: 1, column: 1 }));
    }
  }

  /** One endpoint from a server's directives, its enclosing block's, and the defaults when the block is whole. */
  private endpoint(own: Written, outer: Written | undefined, whole: boolean, name: string, place: Location): WebTlsEndpoint {
    const d: EndpointDraft = { name };
    const pick = <K extends keyof Written>(k: K): Written[K] | undefined => own[k] ?? outer?.[k];
    const byDefault = (directive: string, defaultOf = DEFAULT_OF): SettingOrigin => ({ location: place, directive, defaultOf });

    const protocols = pick('protocols');
    if (protocols) d.protocols = protocols.words;
    else if (whole) d.protocols = DEFAULT_PROTOCOLS.map((value) => ({ value, origin: byDefault('ssl_protocols', PROTOCOLS_DEFAULT_OF) }));

    const ciphers = pick('ciphers');
    if (ciphers) d.cipherString = { value: ciphers.text, origin: writtenAt(ciphers, 'ssl_ciphers') };
    else if (whole) d.cipherString = { value: DEFAULT_CIPHERS, origin: byDefault('ssl_ciphers') };
    if (whole) d.ciphersuites = { value: OPENSSL_CIPHERSUITES, origin: byDefault('ssl_conf_command Ciphersuites', CIPHERSUITES_DEFAULT_OF) };

    const curve = pick('ecdhCurve');
    if (curve) {
      const list = listSettings(curve, 'ssl_ecdh_curve');
      // `auto` leaves OpenSSL's own list, which TlsEndpoint leaves out.
      if (list.length) d.groups = { value: list, origin: writtenAt(curve, 'ssl_ecdh_curve') };
    }
    const prefer = pick('prefer');
    if (prefer) d.preferServerCiphers = prefer;

    const certs = own.certificates.length ? own : outer && outer.certificates.length ? outer : undefined;
    if (certs) d.certificates = certs.certificates.map((c, i) => this.certificate(c, certs.keys[i]));

    const commands = own.confCommands.length ? own.confCommands : outer?.confCommands ?? [];
    for (const c of commands) {
      const problem = applyConfCommand(d, { directive: 'ssl_conf_command', name: c.name, value: c.value });
      if (problem) this.problem(problem, c.value.location);
    }
    if (!whole) d.fragment = true;
    return finishEndpoint(d);
  }

  private certificate(file: SourceWord, key: SourceWord | undefined): CertificateRef {
    const dynamic = file.text.includes('$');
    const absolutePath = dynamic || file.text.startsWith('data:') || file.text.startsWith('engine:')
      ? undefined : isAbsolute(file.text) ? file.text : resolvePath(this.root, file.text);
    return {
      file: { value: file.text, origin: writtenAt(file, 'ssl_certificate') },
      ...(absolutePath ? { absolutePath } : {}),
      ...(key ? { key: { value: key.text, origin: writtenAt(key, 'ssl_certificate_key') } } : {}),
      ...(dynamic ? { dynamic: true } : {}),
    };
  }

  /** The TLS directives among a block's own directives (includes already spliced in). */
  private written(items: readonly Placed[], incomplete: boolean): Written {
    const w: Written = { confCommands: [], certificates: [], keys: [], incomplete };
    for (const { d, file } of items) {
      const name = d.name.text;
      if (d.block) continue;
      const word = (k: number): SourceWord => ({ text: d.args[k]!.text, location: at(d.args[k]!, file) });
      const exactly = (n: number): boolean => {
        if (d.args.length === n) return true;
        this.problem({
          en: `"${name}" takes ${n === 1 ? 'one value' : `${n} values`}, not ${d.args.length} (nginx refuses this line: "invalid number of arguments")`,
          ja: `「${name}」の値は ${n} 個でなければならないが ${d.args.length} 個ある（nginx はこの行を受け付けない）`,
        }, at(d.name, file));
        return false;
      };
      const once = (present: unknown): boolean => {
        if (present === undefined) return true;
        this.problem({ en: `"${name}" is set twice in the same block (nginx: "is duplicate"); the first is read`, ja: `「${name}」が同じブロックで二度設定されている（nginx はエラーとする）。最初の値を読む` }, at(d.name, file));
        return false;
      };
      switch (name) {
        case 'ssl_protocols': {
          if (!once(w.protocols)) break;
          const words: Setting<TlsProtocolVersion>[] = [];
          for (const a of d.args) {
            const v = protocolVersion(a.text);
            if (v) words.push({ value: v, origin: { location: at(a, file), directive: 'ssl_protocols' } });
            else this.problem({ en: `"${a.text}" is not a protocol nginx knows in ssl_protocols (SSLv2, SSLv3, TLSv1, TLSv1.1, TLSv1.2, TLSv1.3)`, ja: `「${a.text}」は ssl_protocols で nginx が知るプロトコルではない（SSLv2、SSLv3、TLSv1、TLSv1.1、TLSv1.2、TLSv1.3）` }, at(a, file));
          }
          if (!d.args.length) exactly(1);
          w.protocols = { directive: d.name, words };
          break;
        }
        case 'ssl_ciphers':
          if (once(w.ciphers) && exactly(1)) w.ciphers = word(0);
          break;
        case 'ssl_ecdh_curve':
          if (once(w.ecdhCurve) && exactly(1)) w.ecdhCurve = word(0);
          break;
        case 'ssl_prefer_server_ciphers':
          if (once(w.prefer) && exactly(1)) {
            const v = onOff(d.args[0]!.text);
            if (v === undefined) this.problem(notOnOff(name, d.args[0]!.text), at(d.args[0]!, file));
            else w.prefer = { value: v, origin: writtenAt(word(0), name) };
          }
          break;
        case 'ssl':
          if (once(w.sslOn) && exactly(1)) {
            const v = onOff(d.args[0]!.text);
            if (v === undefined) this.problem(notOnOff(name, d.args[0]!.text), at(d.args[0]!, file));
            else w.sslOn = { value: v, origin: writtenAt(word(0), name) };
          }
          break;
        case 'ssl_conf_command':
          if (exactly(2)) w.confCommands.push({ name: word(0), value: word(1) });
          break;
        case 'ssl_certificate':
          if (exactly(1)) w.certificates.push(word(0));
          break;
        case 'ssl_certificate_key':
          if (exactly(1)) w.keys.push(word(0));
          break;
        case 'listen': {
          if (!d.args.length) break;
          w.listen ??= word(0);
          if (d.args.slice(1).some((a) => a.text === 'ssl' || a.text === 'quic')) w.listenSsl ??= word(0);
          break;
        }
        case 'server_name':
          w.serverName ??= d.args.find((a) => a.text !== '')?.text;
          break;
        default:
          break;
      }
    }
    return w;
  }

  /** Splices the files each `include` names into a list of directives. */
  private expand(items: readonly Placed[]): { items: Placed[]; incomplete: boolean } {
    const out: Placed[] = [];
    let incomplete = false;
    for (const p of items) {
      if (p.d.name.text !== 'include' || p.d.block) {
        out.push(p);
        continue;
      }
      if (p.d.args.length !== 1) {
        this.problem({ en: `"include" takes one file name or pattern, not ${p.d.args.length}`, ja: `「include」の値はファイル名かパターン 1 個でなければならないが ${p.d.args.length} 個ある` }, at(p.d.name, p.file));
        continue;
      }
      const arg = p.d.args[0]!;
      const place = at(arg, p.file);
      const include = this.options.include;
      if (!include) {
        incomplete = true;
        this.notFollowed(arg.text, place, { en: 'includes are not followed here (no file access)', ja: 'ここではインクルードをたどらない（ファイルを読めない）' });
        continue;
      }
      const result = includeFiles(include, arg.text, this.root, this.root, NGINX_SYSTEM_DIRS);
      for (const u of result.unreadable) {
        incomplete = true;
        this.notFollowed(arg.text, place, { en: `${u.path} cannot be read (${u.reason})`, ja: `${u.path} を読めない（${u.reason}）` });
      }
      for (const f of result.files) {
        if (p.chain.includes(f.absolutePath)) {
          this.problem({ en: `include loop: ${f.path} includes itself through this line; not followed again`, ja: `インクルードの循環：${f.path} がこの行を通じて自分自身を読み込む。再びはたどらない` }, place);
          continue;
        }
        if (p.chain.length > MAX_INCLUDE_DEPTH || this.included >= MAX_INCLUDED_FILES) {
          incomplete = true;
          this.problem({ en: `includes nested too deep or too many (over ${MAX_INCLUDE_DEPTH} levels or ${MAX_INCLUDED_FILES} files); ${f.path} not read`, ja: `インクルードが深すぎるか多すぎる（${MAX_INCLUDE_DEPTH} 段または ${MAX_INCLUDED_FILES} ファイル超）。${f.path} は読まない` }, place);
          continue;
        }
        this.included++;
        const file: SourceFile = { path: f.path, absolutePath: f.absolutePath };
        let parsed = this.parsed.get(f.absolutePath);
        if (!parsed) {
          parsed = parseNginx(f.text);
          this.parsed.set(f.absolutePath, parsed);
          this.files.push(f.path);
          this.syntaxProblems(parsed.problems, file);
        }
        const chain = [...p.chain, f.absolutePath];
        const sub = this.expand(parsed.directives.map((d) => ({ d, file, chain })));
        out.push(...sub.items);
        incomplete ||= sub.incomplete;
      }
    }
    return { items: out, incomplete };
  }

  private syntaxProblems(problems: readonly SyntaxProblem[], file: SourceFile): void {
    for (const p of problems) this.problem(p.message, { path: file.path, line: p.line, column: p.column });
  }

  private problem(message: Localized, location: Location): void {
    this.problems.push({ kind: 'parse-error', message: { en: `nginx: ${message.en}`, ja: `nginx：${message.ja}` }, location });
  }

  private notFollowed(pattern: string, location: Location, why: Localized): void {
    this.problems.push({
      kind: 'dynamic', input: pattern, location, confidence: 'exact',
      context: { en: `nginx include: ${why.en}; the TLS settings it holds are unknown`, ja: `nginx の include：${why.ja}。そこにある TLS 設定は不明` },
    });
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function at(w: NginxWord, file: SourceFile): Location {
  return { path: file.path, line: w.line, column: w.column };
}

function onOff(v: string): boolean | undefined {
  return v === 'on' ? true : v === 'off' ? false : undefined;
}

function notOnOff(name: string, v: string): Localized {
  return { en: `"${name}" takes on or off, not "${v}"`, ja: `「${name}」の値は on か off で、「${v}」ではない` };
}

function hasTls(w: Written): boolean {
  return w.protocols !== undefined || w.ciphers !== undefined || w.ecdhCurve !== undefined || w.confCommands.length > 0
    || w.certificates.length > 0;
}

/** `server example.com:443`, `stream server :8443`. */
function serverName(kind: 'http' | 'stream', w: Written): string {
  const listen = w.listenSsl ?? w.listen;
  const port = listen ? /(?:^|:)(\d+)$/.exec(listen.text)?.[1] : undefined;
  if (kind === 'stream') return `stream server${listen ? ` ${port ? `:${port}` : listen.text}` : ''}`;
  const host = w.serverName && w.serverName !== '_' ? w.serverName : undefined;
  return `server ${host ?? '_'}${port ? `:${port}` : ''}`;
}
