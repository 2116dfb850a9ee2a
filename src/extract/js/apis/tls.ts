/**
 * TLS options in Node.js code: the options object of `tls.createServer`, `tls.connect`, `tls.createSecureContext`,
 * `new tls.TLSSocket`, `https.createServer`, `https.request`, `https.get`, `new https.Agent`, `http2.createSecureServer` and
 * `http2.connect` (Node.js 20 documentation, tls.createSecureContext options), and assignments to `tls.DEFAULT_MIN_VERSION`,
 * `tls.DEFAULT_MAX_VERSION`, `tls.DEFAULT_CIPHERS` and `tls.DEFAULT_ECDH_CURVE`.
 *
 * The options become a {@link TlsEndpoint} read by tls/extractions.ts (the OpenSSL cipher-string engine expands `ciphers`),
 * as Node applies them (lib/internal/tls/secure-context.js, Node 20): names in `ciphers` that start `TLS_` are TLS 1.3
 * suites and the rest is the cipher string for TLS 1.2 and below; with only `TLS_` names, TLS 1.2 and below are off;
 * `secureProtocol` picks the versions (`TLS_method` TLS 1.0 to 1.3, `SSLv23_method` the default minimum to TLS 1.2, the
 * `TLSv1*_method`s one each). What the code does not set takes Node's default (minimum `TLSv1.2` and maximum `TLSv1.3`:
 * `tls.DEFAULT_MIN_VERSION`, `tls.DEFAULT_MAX_VERSION` in Node 20) only to decide which versions the settings apply to:
 * defaults are not reported, since the code did not choose them.
 * @module
 */
import type { Localized } from '../../../catalog/types.js';
import type { Extraction, Location } from '../../../scan/types.js';
import { TLS_PROTOCOL_VERSIONS, type Setting, type SettingOrigin, type TlsEndpoint, type TlsProtocolVersion } from '../../tls/endpoint.js';
import { tlsExtractions } from '../../tls/extractions.js';
import type { Node } from '../ast.js';
import type { Emitter } from '../emit.js';
import type { Value } from '../evaluate.js';
import { isDynamic, type Site } from '../site.js';

/** Node 20's `tls.DEFAULT_MIN_VERSION` and `tls.DEFAULT_MAX_VERSION` (Node.js 20 documentation, "tls.DEFAULT_MIN_VERSION"). */
const NODE_MIN: TlsProtocolVersion = 'TLSv1.2';
const NODE_MAX: TlsProtocolVersion = 'TLSv1.3';

/** The methods `secureProtocol` accepts (OpenSSL method names, with `_client`/`_server` forms) and the versions each enables. */
const METHODS: ReadonlyMap<string, readonly [TlsProtocolVersion | 'default', TlsProtocolVersion]> = new Map([
  ['TLS', ['TLSv1', 'TLSv1.3']], ['SSLv23', ['default', 'TLSv1.2']], ['TLSv1', ['TLSv1', 'TLSv1']],
  ['TLSv1_1', ['TLSv1.1', 'TLSv1.1']], ['TLSv1_2', ['TLSv1.2', 'TLSv1.2']], ['SSLv3', ['SSLv3', 'SSLv3']], ['SSLv2', ['SSLv2', 'SSLv2']],
]);

/** Which argument holds the options, by API: the first object argument unless said otherwise. */
const OPTION_APIS: ReadonlyMap<string, string> = new Map([
  ['tls.createServer', 'tls'], ['tls.connect', 'tls'], ['tls.createSecureContext', 'tls'], ['tls.TLSSocket.new', 'tls'],
  ['tls.Server.new', 'tls'], ['https.createServer', 'https'], ['https.request', 'https'], ['https.get', 'https'],
  ['https.Agent.new', 'https'], ['https.Server.new', 'https'], ['http2.createSecureServer', 'http2'], ['http2.connect', 'http2'],
]);

const PATH = '\u0000js-tls';

/**
 * Reads one call that takes TLS options.
 * @example
 * tlsCall(site); // for `tls.createServer({ minVersion: 'TLSv1' })`: usages of TLSv1 and TLSv1.1 at 'TLSv1'
 */
export function tlsCall(site: Site): void {
  const key = `${site.root}.${site.path.join('.')}`;
  if (!OPTION_APIS.has(key)) return;
  for (let i = 0; i < site.args.length; i++) {
    const v = site.value(i);
    if (v?.t !== 'obj') continue;
    tlsOptions(site.emit, v, site.api, site.node);
    return;
  }
}

/**
 * `tls.DEFAULT_MIN_VERSION = 'TLSv1'` and its kin: the process-wide defaults, set in code.
 * @example
 * tlsDefaultAssignment(emit, 'DEFAULT_MIN_VERSION', value, assignment); // usages of TLSv1 and TLSv1.1
 */
export function tlsDefaultAssignment(emit: Emitter, member: string, value: Value, use: Node): void {
  const option = member === 'DEFAULT_MIN_VERSION' ? 'minVersion' : member === 'DEFAULT_MAX_VERSION' ? 'maxVersion'
    : member === 'DEFAULT_CIPHERS' ? 'ciphers' : member === 'DEFAULT_ECDH_CURVE' ? 'ecdhCurve' : undefined;
  if (!option) return;
  const props = new Map<string, Value>([[option, value]]);
  tlsOptions(emit, { t: 'obj', node: use, open: false, get: (k) => props.get(k), keys: () => [option] }, `tls.${member}`, use);
}

interface Placed {
  readonly value: Value & { t: 'str' };
  readonly offset: number;
}

/** Reads a Node TLS options object into an endpoint, and emits the extractions of what it sets. */
function tlsOptions(emit: Emitter, opts: Value & { t: 'obj' }, api: string, use: Node): void {
  const placed = new Map<number, Placed>();
  let nextLine = 1;
  const origin = (directive: string, value: Value & { t: 'str' }, offset = 0, defaultOf?: Localized): SettingOrigin => {
    const line = nextLine++;
    placed.set(line, { value, offset });
    return { location: { path: PATH, line, column: 1 }, directive, ...(defaultOf ? { defaultOf } : {}) };
  };
  const read = (key: string): (Value & { t: 'str' }) | undefined | 'dynamic' => {
    const v = opts.get(key);
    if (!v || v.t === 'undef') return undefined;
    if (v.t === 'str') return v;
    if (isDynamic(v) && v.node !== opts.node) emit.dynamic(v.node, `${api} ${key}`, use);
    return 'dynamic';
  };

  const ciphers = read('ciphers');
  const minVersion = read('minVersion');
  const maxVersion = read('maxVersion');
  const secureProtocol = read('secureProtocol');
  const ecdhCurve = read('ecdhCurve');
  const sigalgs = read('sigalgs');

  let legacy: Setting<string> | undefined;
  let modern: Setting<string> | undefined;
  let legacyOff = false;
  if (typeof ciphers === 'object') {
    const words = ciphers.v.replace(/\n/g, ' ').split(':');
    const isModern = (w: string) => /^!?TLS_/.test(w.trim());
    const blank = (w: string) => ' '.repeat(w.length);
    const hasLegacy = words.some((w) => w.trim() !== '' && !isModern(w));
    const hasModern = words.some(isModern);
    // Each part keeps the other's words as spaces, which both OpenSSL grammars skip, so offsets stay those of the option.
    if (hasLegacy) legacy = { value: words.map((w) => (isModern(w) ? blank(w) : w)).join(':'), origin: origin('ciphers', ciphers) };
    if (hasModern) modern = { value: words.map((w) => (isModern(w) ? w : blank(w))).join(':'), origin: origin('ciphers', ciphers) };
    legacyOff = !hasLegacy && hasModern;
  }

  const DEFAULT: Localized = { en: 'Node.js default', ja: 'Node.js の既定値' };
  let protocols: Setting<TlsProtocolVersion>[] | undefined;
  if (minVersion !== 'dynamic' && maxVersion !== 'dynamic' && secureProtocol !== 'dynamic') {
    const versionOf = (v: Value & { t: 'str' }, directive: string): { v: TlsProtocolVersion; origin: SettingOrigin } | undefined =>
      (TLS_PROTOCOL_VERSIONS as readonly string[]).includes(v.v) ? { v: v.v as TlsProtocolVersion, origin: origin(directive, v) } : undefined;
    let min: { v: TlsProtocolVersion; origin: SettingOrigin } | undefined;
    let max: { v: TlsProtocolVersion; origin: SettingOrigin } | undefined;
    if (secureProtocol) {
      const method = METHODS.get(secureProtocol.v.replace(/_(?:client_|server_)?method$/, ''));
      if (method) {
        const at = origin('secureProtocol', secureProtocol);
        min = { v: method[0] === 'default' ? NODE_MIN : method[0], origin: at };
        max = { v: method[1], origin: at };
      } else emit.usage(secureProtocol, secureProtocol.v, secureProtocol.v, `${api} secureProtocol`, use);
    } else {
      min = minVersion ? versionOf(minVersion, 'minVersion') : undefined;
      max = maxVersion ? versionOf(maxVersion, 'maxVersion') : undefined;
      if (minVersion && !min) emit.usage(minVersion, minVersion.v, minVersion.v, `${api} minVersion`, use);
      if (maxVersion && !max) emit.usage(maxVersion, maxVersion.v, maxVersion.v, `${api} maxVersion`, use);
    }
    // A default has no place in the file: its synthetic line is one no value holds, so nothing of it is reported.
    const nowhere: Location = { path: PATH, line: 0, column: 1 };
    min ??= { v: NODE_MIN, origin: { location: nowhere, directive: 'minVersion', defaultOf: DEFAULT } };
    max ??= { v: NODE_MAX, origin: { location: nowhere, directive: 'maxVersion', defaultOf: DEFAULT } };
    const lo = TLS_PROTOCOL_VERSIONS.indexOf(min.v);
    const hi = TLS_PROTOCOL_VERSIONS.indexOf(max.v);
    const tls12 = TLS_PROTOCOL_VERSIONS.indexOf('TLSv1.2');
    // Each bound enables the version it names; a version between them is there because of the bound on its side of TLS 1.2.
    protocols = TLS_PROTOCOL_VERSIONS.slice(lo, hi + 1).map((value, i) => ({
      value, origin: value === min!.v ? min!.origin : value === max!.v ? max!.origin : lo + i < tls12 ? min!.origin : max!.origin,
    }));
    if (legacyOff) protocols = protocols.filter((p) => p.value === 'TLSv1.3');
  }

  const list = (v: (Value & { t: 'str' }) | undefined | 'dynamic', directive: string, skip?: string): Setting<readonly Setting<string>[]> | undefined => {
    if (typeof v !== 'object') return undefined;
    const items: Setting<string>[] = [];
    let offset = 0;
    for (const word of v.v.split(':')) {
      const trimmed = word.trim();
      if (trimmed !== '' && trimmed !== skip) items.push({ value: trimmed, origin: origin(directive, v, offset + word.indexOf(trimmed)) });
      offset += word.length + 1;
    }
    return items.length ? { value: items, origin: { location: { path: PATH, line: 0, column: 1 }, directive } } : undefined;
  };
  const groups = list(ecdhCurve, 'ecdhCurve', 'auto');
  const sigalgList = list(sigalgs, 'sigalgs');

  const endpoint: TlsEndpoint = {
    name: api,
    ...(protocols ? { protocols } : {}),
    ...(legacy ? { cipherString: legacy } : {}),
    ...(modern ? { ciphersuites: modern } : {}),
    ...(groups ? { groups } : {}),
    ...(sigalgList ? { sigalgs: sigalgList } : {}),
  };
  for (const x of tlsExtractions(endpoint)) {
    // Defaults only decide which versions the settings apply to; the code did not choose them.
    if (x.kind === 'usage' && x.confidence !== 'exact') continue;
    const located = relocate(emit, x, placed);
    if (located) emit.add(withUse(located, use));
  }
}

/** From the synthetic place an extraction was given (line = which value, column = offset in it) to the file. */
function relocate(emit: Emitter, x: Extraction, placed: ReadonlyMap<number, Placed>): Extraction | undefined {
  if (x.location.path !== PATH) return x;
  const p = placed.get(x.location.line);
  if (!p) return undefined;
  const start = p.offset + x.location.column - 1;
  const end = p.offset + (x.location.endColumn ?? x.location.column) - 1;
  const location: Location = emit.locate(p.value, Math.min(start, p.value.v.length), Math.min(Math.max(end, start), p.value.v.length));
  return { ...x, location };
}

function withUse(x: Extraction, use: Node): Extraction {
  const line = use.loc?.start.line;
  const end = use.loc?.end.line ?? line;
  if (x.kind === 'parse-error' || line === undefined || end === undefined || !x.context) return x;
  if (x.location.line >= line && x.location.line <= end) return x;
  return { ...x, context: { en: `${x.context.en}, used at line ${line}`, ja: `${x.context.ja}、${line} 行目で使用` } };
}
