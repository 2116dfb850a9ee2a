/**
 * checkTlsOptions(options) -> Finding[] (DESIGN.md, "Contract"): judges the TLS options object of Node.js
 * (`tls.createSecureContext`, `tls.createServer`, `https.Agent` ...) as Node applies it, measured on Node 20:
 * - `ciphers` holds both kinds of suite: names starting `TLS_` are TLS 1.3 suites, the rest is an OpenSSL cipher string
 *   for TLS 1.2 and below. Without any `TLS_` name TLS 1.3 keeps OpenSSL's default suites; with only `TLS_` names TLS 1.2
 *   and below are off.
 * - `secureProtocol` picks the versions: `TLS_method` all of TLS 1.0-1.3, `SSLv23_method` the default minimum to TLS 1.2,
 *   `TLSv1_method`, `TLSv1_1_method`, `TLSv1_2_method` one version each (with `_client`/`_server` forms alike).
 * - What is not given takes Node's default (`tls.DEFAULT_MIN_VERSION`, `tls.DEFAULT_MAX_VERSION`, `tls.DEFAULT_CIPHERS`)
 *   and is judged too, said to come from the default. `ecdhCurve: 'auto'` leaves the groups to OpenSSL and is not judged.
 * - `ciphersuites` is not a Node option: it is taken as OpenSSL's TLS 1.3 list, for callers that keep it apart.
 * A finding's location names the option as its path, on line 1, with the column of the word inside the option's value.
 * @module
 */
import { DEFAULT_CIPHERS, DEFAULT_MAX_VERSION, DEFAULT_MIN_VERSION } from 'node:tls';
import type { Localized } from '../catalog/types.js';
import { TLS_PROTOCOL_VERSIONS, type Setting, type SettingOrigin, type TlsEndpoint, type TlsProtocolVersion } from '../extract/tls/endpoint.js';
import { tlsExtractions } from '../extract/tls/extractions.js';
import { toFinding, type FindingDraft } from './finding.js';
import { finishFindings } from './finish.js';
import { judgeSettings, type JudgeOptions } from './settings.js';
import type { Finding } from './types.js';

/** The TLS options checkTlsOptions reads (the others of Node's options object are ignored). */
export interface TlsOptions {
  readonly ciphers?: string;
  readonly ciphersuites?: string;
  readonly minVersion?: string;
  readonly maxVersion?: string;
  readonly secureProtocol?: string;
  readonly ecdhCurve?: string;
  readonly sigalgs?: string;
}

const NODE_DEFAULT: Localized = { en: 'Node.js default', ja: 'Node.js の既定値' };
const TLS13_DEFAULT: Localized = { en: 'OpenSSL default TLS 1.3 suites', ja: 'OpenSSL の既定の TLS 1.3 スイート' };
const OPENSSL_TLS13_DEFAULT = 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256';
const VERSIONS: ReadonlySet<string> = new Set(['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3']);
const METHODS: ReadonlyMap<string, readonly [TlsProtocolVersion | 'default', TlsProtocolVersion]> = new Map([
  ['TLS', ['TLSv1', 'TLSv1.3']], ['SSLv23', ['default', 'TLSv1.2']], ['TLSv1', ['TLSv1', 'TLSv1']],
  ['TLSv1_1', ['TLSv1.1', 'TLSv1.1']], ['TLSv1_2', ['TLSv1.2', 'TLSv1.2']],
]);

/**
 * Judges Node.js TLS options as Node applies them, defaults included.
 * @example
 * checkTlsOptions({ ciphers: 'HIGH:3DES', minVersion: 'TLSv1' }, { at: '2026-11-21' })
 *   .map((f) => `${f.location?.path}:${f.location?.column} ${f.ruleId} ${f.input}`);
 * // ['minVersion:1 cryptrec/monitored TLSv1', ..., 'ciphers:6 cryptrec/monitored DES-CBC3-SHA', ...]
 */
export function checkTlsOptions(options: TlsOptions, judging: JudgeOptions = {}): Finding[] {
  if (typeof options !== 'object' || options === null) throw new TypeError('options must be an object');
  for (const key of ['ciphers', 'ciphersuites', 'minVersion', 'maxVersion', 'secureProtocol', 'ecdhCurve', 'sigalgs'] as const) {
    if (options[key] !== undefined && typeof options[key] !== 'string') throw new TypeError(`${key} must be a string`);
  }
  const settings = judgeSettings(judging);
  const endpoint = endpointOf(options);
  const drafts: FindingDraft[] = [];
  for (const x of tlsExtractions(endpoint)) {
    const draft = toFinding(x, 'node-tls', settings);
    if (draft) drafts.push(draft);
  }
  const texts = new Map(Object.entries(options).filter((e): e is [string, string] => typeof e[1] === 'string'));
  return finishFindings(drafts, 'ciphers', (p) => texts.get(p), []);
}

function endpointOf(o: TlsOptions): TlsEndpoint {
  const origin = (option: string, defaultOf?: Localized): SettingOrigin => ({
    location: { path: option, line: 1, column: 1 }, directive: defaultOf ? option : `${option} option`, ...(defaultOf ? { defaultOf } : {}),
  });
  const ciphers: Setting<string> = o.ciphers !== undefined
    ? { value: o.ciphers, origin: origin('ciphers') }
    : { value: DEFAULT_CIPHERS, origin: origin('ciphers', NODE_DEFAULT) };
  const { legacy, modern } = splitCiphers(ciphers);
  const ciphersuites = o.ciphersuites !== undefined
    ? { value: o.ciphersuites, origin: origin('ciphersuites') }
    : modern ?? { value: OPENSSL_TLS13_DEFAULT, origin: origin('ciphers', TLS13_DEFAULT) };
  let protocols = versionsOf(o, origin);
  if (!legacy) protocols = protocols.filter((p) => p.value === 'TLSv1.3');
  return {
    name: 'Node.js TLS options',
    protocols,
    ...(legacy ? { cipherString: legacy } : {}),
    ciphersuites,
    ...(o.ecdhCurve !== undefined && o.ecdhCurve !== 'auto' ? { groups: listOf(o.ecdhCurve, origin('ecdhCurve')) } : {}),
    ...(o.sigalgs !== undefined ? { sigalgs: listOf(o.sigalgs, origin('sigalgs')) } : {}),
  };
}

/** Node's split of `ciphers`: the TLS 1.3 names, and the rest in order. */
function splitCiphers(s: Setting<string>): { legacy?: Setting<string>; modern?: Setting<string> } {
  const words = s.value.split(':');
  const modern = words.filter((w) => w.startsWith('TLS_'));
  const legacy = words.filter((w) => w !== '' && !w.startsWith('TLS_'));
  if (!modern.length) return legacy.length ? { legacy: s } : {};
  // Blank out the other kind with spaces (a separator in both languages), so every word keeps its offset in the option.
  const keep = (tls13: boolean) => words.map((w) => (w.startsWith('TLS_') === tls13 ? w : ' '.repeat(w.length))).join(':');
  return {
    ...(legacy.length ? { legacy: { value: keep(false), origin: s.origin } } : {}),
    modern: { value: keep(true), origin: s.origin },
  };
}

function versionsOf(o: TlsOptions, origin: (option: string, defaultOf?: Localized) => SettingOrigin): Setting<TlsProtocolVersion>[] {
  let min: { v: TlsProtocolVersion; origin: SettingOrigin };
  let max: { v: TlsProtocolVersion; origin: SettingOrigin };
  const method = o.secureProtocol !== undefined ? METHODS.get(o.secureProtocol.replace(/_(client|server)?_?method$/, '').replace(/_method$/, '')) : undefined;
  if (o.secureProtocol !== undefined) {
    if (!method) throw new RangeError(`secureProtocol: "${o.secureProtocol}" is not a method Node.js accepts (TLS_method, SSLv23_method, TLSv1_method, TLSv1_1_method, TLSv1_2_method and their _client/_server forms)`);
    const at = origin('secureProtocol');
    min = { v: method[0] === 'default' ? version(DEFAULT_MIN_VERSION, 'tls.DEFAULT_MIN_VERSION') : method[0], origin: at };
    max = { v: method[1], origin: at };
  } else {
    min = o.minVersion !== undefined
      ? { v: version(o.minVersion, 'minVersion'), origin: origin('minVersion') }
      : { v: version(DEFAULT_MIN_VERSION, 'tls.DEFAULT_MIN_VERSION'), origin: origin('minVersion', NODE_DEFAULT) };
    max = o.maxVersion !== undefined
      ? { v: version(o.maxVersion, 'maxVersion'), origin: origin('maxVersion') }
      : { v: version(DEFAULT_MAX_VERSION, 'tls.DEFAULT_MAX_VERSION'), origin: origin('maxVersion', NODE_DEFAULT) };
  }
  const lo = TLS_PROTOCOL_VERSIONS.indexOf(min.v);
  const hi = TLS_PROTOCOL_VERSIONS.indexOf(max.v);
  // A version older than TLS 1.2 is there because the minimum lets it in; the others because the maximum does.
  const modern = TLS_PROTOCOL_VERSIONS.indexOf('TLSv1.2');
  return TLS_PROTOCOL_VERSIONS.slice(lo, hi + 1).map((value, i) => ({ value, origin: lo + i < modern ? min.origin : max.origin }));
}

function version(v: string, option: string): TlsProtocolVersion {
  if (!VERSIONS.has(v)) throw new RangeError(`${option}: "${v}" is not one of ${[...VERSIONS].join(', ')}`);
  return v as TlsProtocolVersion;
}

/** A `:`-separated list, each name placed at its column. */
function listOf(value: string, origin: SettingOrigin): Setting<readonly Setting<string>[]> {
  const items: Setting<string>[] = [];
  let offset = 0;
  for (const word of value.split(':')) {
    if (word.trim() !== '') {
      items.push({ value: word.trim(), origin: { ...origin, location: { ...origin.location, column: origin.location.column + offset + word.indexOf(word.trim()) } } });
    }
    offset += word.length + 1;
  }
  return { value: items, origin };
}
