/**
 * What a Postfix main.cf sets for TLS (postconf(5) and TLS_README, Postfix 3.7): the SMTP server (`smtpd_*`), the SMTP
 * client (`smtp_*`) and the LMTP client (`lmtp_*`), each with an opportunistic and a mandatory form.
 *
 * - Whether TLS is on: `*_tls_security_level`; when empty, the obsolete `*_enforce_tls` (encrypt) and `*_use_tls` (may);
 *   `none` (or nothing) gives no endpoint. `may` uses the opportunistic parameters (`*_tls_protocols`, `*_tls_ciphers`);
 *   `encrypt` and the certificate-checking client levels (`dane`, `dane-only`, `fingerprint`, `verify`, `secure`) use the
 *   mandatory ones (`*_tls_mandatory_protocols`, `*_tls_mandatory_ciphers`); `dane` uses both (postconf(5),
 *   smtp_tls_security_level). A mandatory endpoint is also read when a mandatory parameter is set explicitly or a client
 *   has `*_tls_policy_maps` (per-destination levels, and master.cf `-o` overrides such as submission, use them).
 * - Protocols (tls_protocol_mask): a list separated by whitespace, commas or colons of `!name` exclusions, plain names
 *   (which exclude every other known version), and, from Postfix 3.6, `>=version` and `<=version` bounds, where a version
 *   is a name or a hexadecimal protocol number (`0303`, `0x303`). An unknown name makes Postfix disable TLS ("Invalid TLS
 *   protocol list"). The versions are those OpenSSL 3.0 has: TLS 1.0 to 1.3.
 * - Cipher string (tls_set_ciphers in tls_misc.c): the grade (`export`, `low`, `medium`, `high`, `null`) picks
 *   `tls_<grade>_cipherlist`, and each word of `*_tls_exclude_ciphers` (and, for mandatory TLS, of
 *   `*_tls_mandatory_exclude_ciphers`) is appended as `:!word`; a word starting with `!`, `+`, `-` or `@` makes Postfix
 *   refuse the list. Anonymous suites are left out (`:!aNULL`) where certificates are checked: a server that asks for or
 *   requires client certificates, a client at a certificate-checking level (postconf(5), smtpd_tls_mandatory_ciphers and
 *   smtp_tls_security_level "dane").
 * - Groups: `tls_eecdh_auto_curves` (smtpd_tls_eecdh_grade is ignored from Postfix 3.6 on and behaves as `auto`).
 * - TLS 1.3 suites: Postfix 3.7 has no parameter for them, so OpenSSL 3.0's default stands.
 * A value that is not in main.cf comes from Postfix 3.7's default (./defaults.ts), located at the line that turns TLS on.
 * @module
 */
import type { Localized } from '../../catalog/types.js';
import { OPENSSL_DEFAULT_CIPHERSUITES, expandCipherString } from '../../openssl/index.js';
import type { Extraction, Location } from '../../scan/types.js';
import { TLS_PROTOCOL_VERSIONS, type Setting, type SettingOrigin, type TlsEndpoint, type TlsProtocolVersion } from '../tls/endpoint.js';
import { POSTFIX_DEFAULTS_VERSION, POSTFIX_TLS_DEFAULTS } from './defaults.js';
import { readMainCf, type MainCf } from './maincf.js';

/** A parse-error extraction. */
export type ParseError = Extract<Extraction, { kind: 'parse-error' }>;

/** What reading a main.cf gives. */
export interface PostfixReading {
  readonly endpoints: readonly TlsEndpoint[];
  readonly errors: readonly ParseError[];
}

const POSTFIX_DEFAULT: Localized = { en: `Postfix ${POSTFIX_DEFAULTS_VERSION} default`, ja: `Postfix ${POSTFIX_DEFAULTS_VERSION} の既定値` };
const OPENSSL_DEFAULT: Localized = { en: 'OpenSSL 3.0 default (Postfix 3.7 sets none)', ja: 'OpenSSL 3.0 の既定値（Postfix 3.7 は指定しない）' };
const GRADES = new Set(['export', 'low', 'medium', 'high', 'null']);
const CHECKING_LEVELS = new Set(['dane', 'dane-only', 'fingerprint', 'verify', 'secure']);
const MANDATORY_LEVELS = new Set(['encrypt', ...CHECKING_LEVELS]);
const KNOWN_LEVELS = new Set(['none', 'may', ...MANDATORY_LEVELS]);
const HEX_VERSIONS: ReadonlyMap<number, TlsProtocolVersion> = new Map([[0x0300, 'SSLv3'], [0x0301, 'TLSv1'], [0x0302, 'TLSv1.1'], [0x0303, 'TLSv1.2'], [0x0304, 'TLSv1.3']]);
/** What OpenSSL 3.0 can speak (SSLv3 is not built by default, SSLv2 was removed in 1.1.0). */
const AVAILABLE: readonly TlsProtocolVersion[] = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];

/** A parameter's value after expansion, with where it comes from. */
interface Param {
  readonly value: string;
  readonly origin: SettingOrigin;
  /** Whether offsets in `value` are columns from the origin (written on one line, without expansion). */
  readonly exact: boolean;
  /** Whether main.cf sets it (or a parameter it names). */
  readonly explicit: boolean;
}

/** The reader of one main.cf. */
class Reader {
  readonly errors: ParseError[] = [];

  constructor(readonly cf: MainCf, readonly path: string) {}

  problem(location: Location, message: Localized): void {
    this.errors.push({ kind: 'parse-error', message, location });
  }

  /** A parameter's value and origin; `fallback` is where a default is located. */
  param(name: string, fallback: Location, depth = 0): Param {
    const e = this.cf.params.get(name);
    if (!e) {
      return { value: this.expand(POSTFIX_TLS_DEFAULTS[name] ?? '', fallback, depth), origin: { location: fallback, directive: name, defaultOf: POSTFIX_DEFAULT }, exact: false, explicit: false };
    }
    // A value that only names another parameter takes that one's origin, so that its words are reported where written.
    const only = /^\$(?:\{([A-Za-z0-9_]+)\}|\(([A-Za-z0-9_]+)\)|([A-Za-z0-9_]+))$/.exec(e.raw);
    if (only && depth < 10) {
      const inner = this.param(only[1] ?? only[2] ?? only[3]!, fallback, depth + 1);
      return { ...inner, explicit: true };
    }
    const value = this.expand(e.raw, e.at, depth);
    return { value, origin: { location: e.at, directive: name }, exact: e.oneLine && value === e.raw, explicit: true };
  }

  /** `$name` expansion (postconf(5): `$name`, `${name}`, `$(name)`, `${name?text}`, `${name:text}`), bounded in depth. */
  private expand(raw: string, at: Location, depth: number): string {
    if (!raw.includes('$') || depth >= 10) return raw;
    return raw.replace(/\$(?:\{([A-Za-z0-9_]+)(?:([?:])([^}]*))?\}|\(([A-Za-z0-9_]+)\)|([A-Za-z0-9_]+)|\$)/g, (whole, braced?: string, op?: string, text?: string, paren?: string, bare?: string) => {
      if (whole === '$$') return '$';
      const name = braced ?? paren ?? bare ?? '';
      const set = this.cf.params.has(name) || name in POSTFIX_TLS_DEFAULTS;
      const value = set ? this.param(name, at, depth + 1).value : '';
      if (op === '?') return value !== '' ? this.expand(text ?? '', at, depth + 1) : '';
      if (op === ':') return value === '' ? this.expand(text ?? '', at, depth + 1) : '';
      return value;
    });
  }

  /** The TLS level of a service, and the setting that gives it. */
  level(prefix: string): { value: string; at: Location } | undefined {
    const top: Location = { path: this.path, line: 1, column: 1 };
    const own = this.cf.params.get(`${prefix}_tls_security_level`);
    const level = this.param(`${prefix}_tls_security_level`, top);
    if (level.value.trim() !== '') {
      const v = level.value.trim().toLowerCase();
      if (!KNOWN_LEVELS.has(v)) {
        this.problem(level.origin.location, { en: `${prefix}_tls_security_level: "${v}" is not a TLS security level Postfix knows`, ja: `${prefix}_tls_security_level：「${v}」は Postfix が知る TLS セキュリティレベルではない` });
        return undefined;
      }
      return { value: v, at: own?.at ?? level.origin.location };
    }
    if (prefix === 'lmtp') return undefined;
    const enforce = this.cf.params.get(`${prefix}_enforce_tls`);
    if (enforce && /^yes$/i.test(enforce.raw.trim())) return { value: 'encrypt', at: enforce.at };
    const use = this.cf.params.get(`${prefix}_use_tls`);
    if (use && /^yes$/i.test(use.raw.trim())) return { value: 'may', at: use.at };
    return undefined;
  }

  /** The endpoint, or undefined when Postfix turns TLS off for it (an invalid protocol list or cipher setting). */
  endpoint(prefix: string, mandatory: boolean, level: { value: string; at: Location }): TlsEndpoint | undefined {
    const at = level.at;
    const kind = mandatory ? 'mandatory' : 'opportunistic';
    const name = `${prefix} (${kind} TLS)`;
    const protocols = this.protocols(this.param(`${prefix}_tls_${mandatory ? 'mandatory_' : ''}protocols`, at));
    const cipherString = this.cipherString(prefix, mandatory, level.value, at);
    if (protocols === null || cipherString === null) return undefined;
    const curves = this.param('tls_eecdh_auto_curves', at);
    const groups: Setting<string>[] = [];
    for (const m of curves.value.matchAll(/[^\s,:]+/g)) groups.push({ value: m[0], origin: this.itemOrigin(curves, m.index) });
    const seclevel = seclevelOf(cipherString.value);
    return {
      name,
      protocols,
      cipherString,
      ciphersuites: { value: OPENSSL_DEFAULT_CIPHERSUITES, origin: { location: at, directive: 'TLS 1.3 ciphersuites', defaultOf: OPENSSL_DEFAULT } },
      ...(groups.length ? { groups: { value: groups, origin: curves.origin } } : {}),
      ...(seclevel !== undefined ? { seclevel } : {}),
    };
  }

  private itemOrigin(p: Param, offset: number): SettingOrigin {
    if (!p.exact) return p.origin;
    const l = p.origin.location;
    return { ...p.origin, location: { path: l.path, line: l.line, column: l.column + offset } };
  }

  /** tls_protocol_mask, with the >= and <= bounds of Postfix 3.6+. */
  private protocols(p: Param): Setting<TlsProtocolVersion>[] | null {
    let min: TlsProtocolVersion | undefined;
    let max: TlsProtocolVersion | undefined;
    const include = new Set<TlsProtocolVersion>();
    const exclude = new Set<TlsProtocolVersion>();
    const rank = (v: TlsProtocolVersion) => TLS_PROTOCOL_VERSIONS.indexOf(v);
    for (const m of p.value.matchAll(/[^\s,:]+/g)) {
      const token = m[0];
      const bound = /^([<>]=)(.*)$/.exec(token);
      const word = bound ? bound[2]! : token.startsWith('!') ? token.slice(1) : token;
      let v: TlsProtocolVersion | 'beyond' | undefined = TLS_PROTOCOL_VERSIONS.find((x) => x === word);
      if (!v && bound && /^(?:0x)?[0-9a-f]+$/i.test(word)) {
        const n = parseInt(word.replace(/^0x/i, ''), 16);
        v = HEX_VERSIONS.get(n) ?? (n > 0x0304 ? 'beyond' : undefined);
      }
      if (!v) {
        this.problem(this.itemOrigin(p, m.index).location, {
          en: `${p.origin.directive}: "${token}" is not a TLS protocol Postfix knows (SSLv2, SSLv3, TLSv1, TLSv1.1, TLSv1.2, TLSv1.3): Postfix disables TLS ("Invalid TLS protocol list")`,
          ja: `${p.origin.directive}：「${token}」は Postfix が知る TLS プロトコルではない（SSLv2、SSLv3、TLSv1、TLSv1.1、TLSv1.2、TLSv1.3）。Postfix は TLS を無効にする`,
        });
        return null;
      }
      if (bound) {
        if (bound[1] === '>=') min = v === 'beyond' ? undefined : v;
        else max = v === 'beyond' ? undefined : v;
        if (v === 'beyond' && bound[1] === '>=') return [];
      } else if (v !== 'beyond') {
        (token.startsWith('!') ? exclude : include).add(v);
      }
    }
    const out: Setting<TlsProtocolVersion>[] = [];
    for (const v of AVAILABLE) {
      if (min && rank(v) < rank(min)) continue;
      if (max && rank(v) > rank(max)) continue;
      if (exclude.has(v) || (include.size && !include.has(v))) continue;
      out.push({ value: v, origin: p.origin });
    }
    return out;
  }

  private cipherString(prefix: string, mandatory: boolean, level: string, at: Location): Setting<string> | null {
    const gradeParam = this.param(`${prefix}_tls_${mandatory ? 'mandatory_' : ''}ciphers`, at);
    const grade = gradeParam.value.trim().toLowerCase();
    if (!GRADES.has(grade)) {
      this.problem(gradeParam.origin.location, {
        en: `${gradeParam.origin.directive}: "${grade}" is not a cipher grade (export, low, medium, high, null): Postfix aborts TLS ("invalid cipher grade")`,
        ja: `${gradeParam.origin.directive}：「${grade}」は暗号グレードではない（export、low、medium、high、null）。Postfix は TLS を中止する`,
      });
      return null;
    }
    // The list a default grade stands for is located where the grade is chosen, when the file chooses it.
    const list = this.param(`tls_${grade}_cipherlist`, gradeParam.explicit ? gradeParam.origin.location : at);
    let value = list.value;
    const exclusions = [this.param(`${prefix}_tls_exclude_ciphers`, at)];
    if (mandatory) exclusions.push(this.param(`${prefix}_tls_mandatory_exclude_ciphers`, at));
    for (const ex of exclusions) {
      for (const m of ex.value.matchAll(/[^\s,:]+/g)) {
        if ('!+-@'.includes(m[0][0]!)) {
          this.problem(this.itemOrigin(ex, m.index).location, {
            en: `${ex.origin.directive}: "${m[0]}" starts with "${m[0][0]}", which an exclusion cannot: Postfix aborts TLS ("invalid unary '!+-@' in cipher exclusion")`,
            ja: `${ex.origin.directive}：「${m[0]}」は除外に使えない「${m[0][0]}」で始まる。Postfix は TLS を中止する`,
          });
          return null;
        }
        value += `:!${m[0]}`;
      }
    }
    const asksCerts = prefix === 'smtpd'
      ? /^yes$/i.test(this.param('smtpd_tls_ask_ccert', at).value.trim()) || /^yes$/i.test(this.param('smtpd_tls_req_ccert', at).value.trim())
      : CHECKING_LEVELS.has(level);
    if (asksCerts) value += ':!aNULL';
    return { value, origin: list.origin };
  }
}

/** The security level a cipher string sets (its last valid `@SECLEVEL=n`), as the engine reads it. */
function seclevelOf(cipherString: string): number | undefined {
  return expandCipherString(cipherString).seclevel;
}

/**
 * The TLS endpoints of a Postfix main.cf, with its errors. Never throws.
 * @example
 * const r = postfixEndpoints('smtpd_tls_security_level = may\nsmtpd_tls_protocols = >=TLSv1.2\n', 'main.cf');
 * r.endpoints[0]?.name;                             // 'smtpd (opportunistic TLS)'
 * r.endpoints[0]?.protocols?.map((p) => p.value);   // ['TLSv1.2', 'TLSv1.3']
 * r.endpoints[0]?.cipherString?.value;              // 'aNULL:-aNULL:HIGH:MEDIUM:+RC4:@STRENGTH' (Postfix 3.7 "medium")
 */
export function postfixEndpoints(text: string, path: string): PostfixReading {
  const cf = readMainCf(text, path);
  const r = new Reader(cf, path);
  for (const p of cf.problems) r.problem(p.location, p.message);
  const endpoints: TlsEndpoint[] = [];
  for (const prefix of ['smtpd', 'smtp', 'lmtp']) {
    const level = r.level(prefix);
    if (!level || level.value === 'none') continue;
    const mandatoryParams = ['mandatory_protocols', 'mandatory_ciphers', 'mandatory_exclude_ciphers'].some((p) => cf.params.has(`${prefix}_tls_${p}`));
    const policyMaps = prefix !== 'smtpd' && (cf.params.get(`${prefix}_tls_policy_maps`)?.raw.trim() ?? '') !== '';
    const opportunistic = level.value === 'may' || level.value === 'dane';
    const mandatory = MANDATORY_LEVELS.has(level.value) || mandatoryParams || policyMaps;
    for (const e of [opportunistic ? r.endpoint(prefix, false, level) : undefined, mandatory ? r.endpoint(prefix, true, level) : undefined]) {
      if (e) endpoints.push(e);
    }
  }
  return { endpoints, errors: r.errors };
}


