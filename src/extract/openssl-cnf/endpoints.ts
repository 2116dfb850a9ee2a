/**
 * What an OpenSSL configuration file sets for TLS (config(5), "SSL Configuration"; SSL_CONF_cmd(3), "Supported
 * configuration file commands"; OpenSSL 3.0): `openssl_conf` in the default section names the initialisation section, its
 * `ssl_conf` names the section of SSL configurations, and there `system_default` names the section that OpenSSL applies to
 * every SSL_CTX a program creates. Each other name there (`server = ...`) is a configuration a program may ask for by name
 * (SSL_CTX_config); it is applied on top of `system_default`, so its endpoint holds both.
 *
 * Commands are matched without regard to case, and any text up to a first dot is ignored (`1.CipherString`), as
 * ssl_mcnf.c does. `CipherString`, `Ciphersuites`, `Groups`/`Curves`, `SignatureAlgorithms`, `MinProtocol`, `MaxProtocol`
 * and `Protocol` choose cryptography; the other known commands (Options, Certificate ...) are left alone; an unknown one is a
 * parse error, since OpenSSL rejects it.
 *
 * Defaults, for a section that does not set them (OpenSSL 3.0):
 * - cipher string `DEFAULT` (SSL_DEFAULT_CIPHER_LIST, ssl/ssl_local.h; openssl-ciphers(1) "DEFAULT");
 * - TLS 1.3 suites `TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256` (TLS_DEFAULT_CIPHERSUITES,
 *   the order `openssl ciphers -s -v` prints on OpenSSL 3.0.x);
 * - protocols: the library sets no minimum and SSLv3 is not built by default, so TLS 1.0 to 1.3 are on; but OpenSSL 3.0
 *   forbids SHA-1 and MD5 signatures from security level 1 up (SSL_CTX_set_security_level(3), "Level 1"), which TLS 1.0 and
 *   1.1 need, so that below level 0 they cannot be negotiated (CHANGES.md for 3.0.0). The default range is therefore TLS 1.2
 *   and 1.3, or TLS 1.0 to 1.3 when the cipher string sets `@SECLEVEL=0`. A MinProtocol written in the file is taken as
 *   written: a `MinProtocol = TLSv1` is reported even at level 1, since it takes effect wherever the level allows it
 *   (OpenSSL 1.1.1, a program's own `@SECLEVEL=0`).
 * - groups and signature algorithms: the library's lists, not reported.
 * A file whose `openssl_conf` chain does not reach an SSL configuration sets nothing for TLS and gives no endpoint; nor does
 * a file without `openssl_conf` (a fragment another file includes), whose settings are reported, where they are written,
 * through the file that includes it.
 * @module
 */
import type { Localized } from '../../catalog/types.js';
import type { ExtractContext, Extraction, Location } from '../../scan/types.js';
import { TLS_PROTOCOL_VERSIONS, type Setting, type SettingOrigin, type TlsEndpoint, type TlsProtocolVersion } from '../tls/endpoint.js';
import { OPENSSL_DEFAULT_CIPHERSUITES, expandCipherString } from '../../openssl/index.js';
import { confValue, readConf, type ConfDocument, type ConfEntry, type ParseError } from './conf.js';

/** What reading an openssl.cnf gives. */
export interface OpensslCnfReading {
  readonly endpoints: readonly TlsEndpoint[];
  /** Syntax and semantic errors, each where it is. */
  readonly errors: readonly ParseError[];
  /** Values known only at run time (`$ENV::...`) in a TLS command. */
  readonly dynamic: readonly Extraction[];
}

/** Where the file is and how to read what it includes. */
export type OpensslCnfContext = Pick<ExtractContext, 'path'> & Partial<Pick<ExtractContext, 'absolutePath' | 'include'>>;

const DEFAULT_OF: Localized = { en: 'OpenSSL 3.0 default', ja: 'OpenSSL 3.0 の既定値' };
/** SSL_DEFAULT_CIPHER_LIST: the keyword `DEFAULT` stands for it (openssl-ciphers(1)). */
export const OPENSSL_DEFAULT_CIPHER_STRING = 'DEFAULT';

/** The SSL_CONF commands a configuration file may use (SSL_CONF_cmd(3), OpenSSL 3.0), lower-cased. */
const KNOWN_COMMANDS = new Set([
  'cipherstring', 'ciphersuites', 'certificate', 'privatekey', 'chaincafile', 'chaincapath', 'verifycafile', 'verifycapath',
  'requestcafile', 'requestcapath', 'clientcafile', 'clientcapath', 'serverinfofile', 'dhparameters', 'recordpadding',
  'signaturealgorithms', 'clientsignaturealgorithms', 'groups', 'curves', 'ecdhparameters', 'minprotocol', 'maxprotocol',
  'protocol', 'options', 'verifymode', 'numtickets',
]);
const TLS_COMMANDS = new Set(['cipherstring', 'ciphersuites', 'signaturealgorithms', 'groups', 'curves', 'ecdhparameters', 'minprotocol', 'maxprotocol', 'protocol']);

/**
 * The TLS endpoints an OpenSSL configuration file sets, with its errors. Never throws.
 * @example
 * const r = opensslCnfEndpoints(
 *   'openssl_conf = init\n[init]\nssl_conf = ssl\n[ssl]\nsystem_default = sys\n[sys]\nCipherString = DEFAULT:@SECLEVEL=2\n',
 *   { path: 'openssl.cnf' });
 * r.endpoints[0]?.cipherString?.value;              // 'DEFAULT:@SECLEVEL=2'
 * r.endpoints[0]?.cipherString?.origin.location;    // { path: 'openssl.cnf', line: 7, column: 16 }
 * r.endpoints[0]?.protocols?.map((p) => p.value);   // ['TLSv1.2', 'TLSv1.3']
 */
export function opensslCnfEndpoints(text: string, ctx: OpensslCnfContext): OpensslCnfReading {
  const doc = readConf(text, {
    path: ctx.path, ...(ctx.absolutePath !== undefined ? { absolutePath: ctx.absolutePath } : {}), ...(ctx.include ? { include: ctx.include } : {}),
  });
  const errors: ParseError[] = [...doc.errors];
  const dynamic: Extraction[] = [];
  const endpoints: TlsEndpoint[] = [];
  const init = confValue(doc, 'default', 'openssl_conf');
  // A file without openssl_conf is a fragment that another file includes: that file reports its settings, in place.
  if (!init) return { endpoints, errors, dynamic };
  const sslSection = moduleSection(doc, init, errors);
  if (!sslSection) return { endpoints, errors, dynamic };
  const configs = doc.sections.get(sslSection.value) ?? [];
  // Later names replace earlier ones (the CONF hash keeps the last value of a name).
  const byName = new Map<string, ConfEntry>();
  for (const e of configs) byName.set(e.name, e);
  const system = byName.get('system_default');
  let base: Draft | undefined;
  if (system) {
    const entries = configSection(doc, system, errors);
    if (entries) {
      base = applySection(entries, { name: 'system_default', sectionAt: doc.headers.get(system.value) ?? system.at }, errors, dynamic);
      endpoints.push(finish(withDefaults(base)));
    }
  }
  for (const [name, entry] of byName) {
    if (name === 'system_default') continue;
    const entries = configSection(doc, entry, errors);
    if (!entries) continue;
    const sectionAt = doc.headers.get(entry.value) ?? entry.at;
    const draft = applySection(entries, { ...(base ? copy(base) : {}), name: `ssl_conf ${name}`, sectionAt }, errors, dynamic);
    endpoints.push(finish(withDefaults(draft)));
  }
  return { endpoints, errors, dynamic };
}

/** The `ssl_conf` entry of the initialisation section, if the chain gets that far. */
function moduleSection(doc: ConfDocument, init: ConfEntry, errors: ParseError[]): ConfEntry | undefined {
  const entries = doc.sections.get(init.value);
  if (!entries) {
    errors.push(problem(init.at, {
      en: `openssl_conf names the section [${init.value}], which the file does not have: OpenSSL applies no configuration`,
      ja: `openssl_conf が指すセクション [${init.value}] がファイルにない。OpenSSL は設定を適用しない`,
    }));
    return undefined;
  }
  let ssl: ConfEntry | undefined;
  // conf_mod.c: a module's name is the entry's name up to a first dot ("ssl_conf.1").
  for (const e of entries) if (e.name.split('.')[0] === 'ssl_conf') ssl = e;
  if (ssl && !doc.sections.has(ssl.value)) {
    errors.push(problem(ssl.at, {
      en: `ssl_conf names the section [${ssl.value}], which the file does not have: OpenSSL's SSL module fails to load`,
      ja: `ssl_conf が指すセクション [${ssl.value}] がファイルにない。OpenSSL の SSL モジュールの読み込みが失敗する`,
    }));
    return undefined;
  }
  return ssl;
}

function configSection(doc: ConfDocument, entry: ConfEntry, errors: ParseError[]): readonly ConfEntry[] | undefined {
  const entries = doc.sections.get(entry.value);
  if (!entries) {
    errors.push(problem(entry.at, {
      en: `${entry.name} names the section [${entry.value}], which the file does not have: OpenSSL's SSL module fails to load`,
      ja: `${entry.name} が指すセクション [${entry.value}] がファイルにない。OpenSSL の SSL モジュールの読み込みが失敗する`,
    }));
    return undefined;
  }
  return entries;
}

/** An endpoint while its section's commands are applied. */
interface Draft {
  name?: string;
  cipherString?: Setting<string> | null;
  ciphersuites?: Setting<string> | null;
  groups?: Setting<readonly Setting<string>[]> | null;
  sigalgs?: Setting<readonly Setting<string>[]> | null;
  /** Protocol bounds and exclusions; `null`: set at run time, unknown. */
  min?: Setting<TlsProtocolVersion> | null;
  max?: Setting<TlsProtocolVersion> | null;
  disabled?: Map<TlsProtocolVersion, Setting<TlsProtocolVersion>>;
  /** Whether any protocol command was read (a fragment then has a known range). */
  protocolsSet?: boolean;
  /** Where defaults apply: the section's header. */
  sectionAt: Location;
}

function copy(d: Draft): Draft {
  return { ...d, ...(d.disabled ? { disabled: new Map(d.disabled) } : {}) };
}

/** The command a name stands for: lower-cased, without the text up to a first dot. */
function command(name: string): string {
  const dot = name.indexOf('.');
  return (dot === -1 ? name : name.slice(dot + 1)).toLowerCase();
}

function applySection(entries: readonly ConfEntry[], start: Draft, errors: ParseError[], dynamic: Extraction[]): Draft {
  const d: Draft = start;
  for (const e of entries) {
    const cmd = command(e.name);
    if (!KNOWN_COMMANDS.has(cmd)) {
      errors.push(problem(e.nameAt, {
        en: `"${e.name}" is not an SSL configuration command OpenSSL 3.0 knows: OpenSSL rejects the section`,
        ja: `「${e.name}」は OpenSSL 3.0 が知る SSL 設定コマンドではない。OpenSSL はこのセクションを受け付けない`,
      }));
      continue;
    }
    if (!TLS_COMMANDS.has(cmd)) continue;
    const origin: SettingOrigin = { location: e.at, directive: e.name };
    if (e.unresolved) {
      dynamic.push({ kind: 'dynamic', input: e.unresolved, location: e.at, confidence: 'exact', context: { en: `${e.name}, ${d.name ?? ''}`, ja: `${e.name}、${d.name ?? ''}` } });
      if (cmd === 'cipherstring') d.cipherString = null;
      else if (cmd === 'ciphersuites') d.ciphersuites = null;
      else if (cmd === 'groups' || cmd === 'curves' || cmd === 'ecdhparameters') d.groups = null;
      else if (cmd === 'signaturealgorithms') d.sigalgs = null;
      else if (cmd === 'minprotocol') d.min = null;
      else if (cmd === 'maxprotocol') d.max = null;
      continue;
    }
    switch (cmd) {
      case 'cipherstring':
        d.cipherString = { value: e.value, origin };
        break;
      case 'ciphersuites':
        d.ciphersuites = { value: e.value, origin };
        break;
      case 'groups': case 'curves':
        d.groups = { value: listItems(e, /[^:]+/g), origin };
        break;
      case 'ecdhparameters':
        // "automatic"/"auto" keep the library's list (SSL_CONF_cmd(3), 1.0.2 form still read by 3.0).
        if (!/^auto(?:matic)?$/i.test(e.value.trim())) d.groups = { value: listItems(e, /[^:]+/g), origin };
        break;
      case 'signaturealgorithms':
        d.sigalgs = { value: listItems(e, /[^:]+/g), origin };
        break;
      case 'minprotocol': case 'maxprotocol':
        bound(d, e, cmd === 'minprotocol', errors);
        break;
      case 'protocol':
        protocolList(d, e, errors);
        break;
    }
  }
  return d;
}

/** The items of a list value, each where it was written, blanks left out. */
function listItems(e: ConfEntry, re: RegExp): Setting<string>[] {
  const out: Setting<string>[] = [];
  for (const m of e.value.matchAll(re)) {
    const lead = m[0].length - m[0].trimStart().length;
    const item = m[0].trim();
    if (!item) continue;
    out.push({ value: item, origin: { location: e.locate(m.index + lead), directive: e.name } });
  }
  return out;
}

/** SSL_CONF protocol names, case-insensitive (`None` is handled by the caller). */
function version(word: string): TlsProtocolVersion | 'dtls' | undefined {
  const w = word.trim().toLowerCase();
  if (w === 'dtlsv1' || w === 'dtlsv1.2') return 'dtls';
  return TLS_PROTOCOL_VERSIONS.find((v) => v.toLowerCase() === w && v !== 'SSLv2');
}

function bound(d: Draft, e: ConfEntry, min: boolean, errors: ParseError[]): void {
  const word = e.value.trim();
  d.protocolsSet = true;
  if (/^none$/i.test(word)) {
    if (min) delete d.min;
    else delete d.max;
    return;
  }
  const v = version(word);
  if (v === undefined) {
    errors.push(problem(e.at, {
      en: `${e.name}: "${word}" is not a protocol version (OpenSSL accepts None, SSLv3, TLSv1, TLSv1.1, TLSv1.2, TLSv1.3, DTLSv1, DTLSv1.2)`,
      ja: `${e.name}：「${word}」はプロトコルバージョンではない（OpenSSL が受け付けるのは None、SSLv3、TLSv1、TLSv1.1、TLSv1.2、TLSv1.3、DTLSv1、DTLSv1.2）`,
    }));
    return;
  }
  // A DTLS bound applies to DTLS contexts only.
  if (v === 'dtls') return;
  const setting: Setting<TlsProtocolVersion> = { value: v, origin: { location: e.at, directive: e.name } };
  if (min) d.min = setting;
  else d.max = setting;
}

/** `Protocol = -SSLv3, -TLSv1`: versions switched off (switching on cannot widen the MinProtocol/MaxProtocol range). */
function protocolList(d: Draft, e: ConfEntry, errors: ParseError[]): void {
  d.protocolsSet = true;
  d.disabled ??= new Map();
  for (const m of e.value.matchAll(/[^,\s]+/g)) {
    const raw = m[0];
    const sign = raw[0] === '-' || raw[0] === '+' ? raw[0] : '';
    const word = raw.slice(sign.length);
    const at = e.locate(m.index + sign.length);
    const versions: TlsProtocolVersion[] = /^all$/i.test(word) ? TLS_PROTOCOL_VERSIONS.filter((v) => v !== 'SSLv2') : [];
    if (!versions.length) {
      const v = version(word);
      if (v === 'dtls') continue;
      if (v === undefined) {
        errors.push(problem(at, { en: `Protocol: "${word}" is not a protocol version OpenSSL knows`, ja: `Protocol：「${word}」は OpenSSL が知るプロトコルバージョンではない` }));
        continue;
      }
      versions.push(v);
    }
    for (const v of versions) {
      if (sign === '-') d.disabled.set(v, { value: v, origin: { location: at, directive: e.name } });
      else d.disabled.delete(v);
    }
  }
}

/** OpenSSL 3.0's defaults for what a system_default or named section leaves unset. */
function withDefaults(d: Draft): Draft {
  const at = d.sectionAt;
  const origin = (directive: string): SettingOrigin => ({ location: at, directive, defaultOf: DEFAULT_OF });
  const out = copy(d);
  // A value set at run time ($ENV) stays unknown (null): no default stands in for it.
  if (out.cipherString === undefined) out.cipherString = { value: OPENSSL_DEFAULT_CIPHER_STRING, origin: origin('CipherString') };
  if (out.ciphersuites === undefined) out.ciphersuites = { value: OPENSSL_DEFAULT_CIPHERSUITES, origin: origin('Ciphersuites') };
  out.protocolsSet = true;
  return out;
}

/** The security level a cipher string sets (its last valid `@SECLEVEL=n`), as the engine reads it. */
function seclevelOf(cipherString: string | undefined): number | undefined {
  return cipherString ? expandCipherString(cipherString).seclevel : undefined;
}

function finish(d: Draft): TlsEndpoint {
  let protocols: Setting<TlsProtocolVersion>[] | undefined;
  if (d.protocolsSet && d.min !== null && d.max !== null) {
    const min: Setting<TlsProtocolVersion> = d.min ? d.min : {
      value: seclevelOf(d.cipherString?.value ?? undefined) === 0 ? 'TLSv1' : 'TLSv1.2',
      origin: { location: d.sectionAt, directive: 'MinProtocol', defaultOf: DEFAULT_OF },
    };
    const lo = TLS_PROTOCOL_VERSIONS.indexOf(min.value);
    const hi = TLS_PROTOCOL_VERSIONS.indexOf(d.max?.value ?? 'TLSv1.3');
    // SSLv3 is not built into OpenSSL 3.0 unless configured with enable-ssl3 (INSTALL.md): TLS 1.0 is the lowest.
    const floor = Math.max(lo, TLS_PROTOCOL_VERSIONS.indexOf('TLSv1'));
    protocols = [];
    for (let k = floor; k <= hi; k++) {
      const v = TLS_PROTOCOL_VERSIONS[k]!;
      if (d.disabled?.has(v)) continue;
      protocols.push({ value: v, origin: min.origin });
    }
  }
  const seclevel = seclevelOf(d.cipherString?.value ?? undefined);
  return {
    ...(d.name !== undefined ? { name: d.name } : {}),
    ...(protocols ? { protocols } : {}),
    ...(d.cipherString ? { cipherString: d.cipherString } : {}),
    ...(d.ciphersuites ? { ciphersuites: d.ciphersuites } : {}),
    ...(d.groups ? { groups: d.groups } : {}),
    ...(d.sigalgs ? { sigalgs: d.sigalgs } : {}),
    ...(seclevel !== undefined ? { seclevel } : {}),
  };
}

function problem(location: Location, message: Localized): ParseError {
  return { kind: 'parse-error', message, location };
}
