/**
 * One JSON Web Key (RFC 7517 §4) to extractions: the key at its `kty` value, with its size or curve (RFC 7518 §6: RSA `n`,
 * EC `crv` with `x`/`y`, `oct` `k`; RFC 8037 §2: OKP `crv` with `x`; draft-ietf-cose-dilithium: AKP with `alg` and `pub`),
 * and its `alg` at the `alg` value (RFC 7517 §4.4, read by the JOSE names of src/names/jose.ts).
 *
 * A symmetric key (`oct`) is judged with its `alg`, which says what the key is for (HS256 with a 128-bit key is HMAC with
 * a 128-bit key); without `alg` nothing says so, and it is reported as chosen at run time. Private members (`d`, `p`, `q`,
 * `dp`, `dq`, `qi`, `oth`, `k`, `priv`) are read for their length at most and never copied into an extraction; a private
 * JWK is said to be one. Required members that are missing or malformed are `parse-error`s at the member.
 * @module
 */
import type { Localized } from '../../catalog/types.js';
import type { CheckObject } from '../../judge/types.js';
import { parseJose, type JoseObject } from '../../names/jose.js';
import type { Usage } from '../../names/types.js';
import type { Asset, Extraction, Location } from '../../scan/types.js';
import { membersOf, type JsonNode, type JsonObject, type JsonString } from './json.js';

/** Turns offsets into locations (the caller's line table). */
export type Locate = (start: number, length: number) => Location;

/** EC curves (RFC 7518 §6.2.1.1, RFC 8812 §3.1): SEC 2 name, bits, and the octets of a coordinate (§6.2.1.2: full length). */
const EC_CURVES: ReadonlyMap<string, { readonly sec: string; readonly bits: number; readonly octets: number }> = new Map([
  ['P-256', { sec: 'secp256r1', bits: 256, octets: 32 }],
  ['P-384', { sec: 'secp384r1', bits: 384, octets: 48 }],
  ['P-521', { sec: 'secp521r1', bits: 521, octets: 66 }],
  ['secp256k1', { sec: 'secp256k1', bits: 256, octets: 32 }],
]);
/** OKP curves (RFC 8037 §2; public key lengths from RFC 8032 §5.1.5, §5.2.5 and RFC 7748 §5). */
const OKP_CURVES: ReadonlyMap<string, { readonly algorithm: string; readonly bits: number; readonly octets: number }> = new Map([
  ['Ed25519', { algorithm: 'ed25519', bits: 256, octets: 32 }],
  ['Ed448', { algorithm: 'ed448', bits: 448, octets: 57 }],
  ['X25519', { algorithm: 'x25519', bits: 256, octets: 32 }],
  ['X448', { algorithm: 'x448', bits: 448, octets: 56 }],
]);
/** Private JWK members (RFC 7518 §6.2.2, §6.3.2, §6.4; RFC 8037 §2; draft-ietf-cose-dilithium `priv`). */
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'priv'] as const;

/** How a JWK sits in its file, for the context of its findings. */
export interface JwkPlace {
  /** 1-based position in a JWK Set's `keys`, when it is in one. */
  readonly index?: number;
  readonly count?: number;
}

/**
 * The extractions of one JWK object. Never throws.
 * @example
 * jwkExtractions(obj, locate, {});
 * // [{ kind: 'usage', input: 'RSA', subject: { algorithm: 'rsa', keyBits: 2048 }, asset: { kind: 'jwk', keyAlgorithm: 'RSA', keyBits: 2048 }, ... },
 * //  { kind: 'usage', input: 'RS256', subject: 'RS256', ... }]
 */
export function jwkExtractions(o: JsonObject, locate: Locate, place: JwkPlace): Extraction[] {
  const out: Extraction[] = [];
  const m = membersOf(o);
  const valueOf = (name: string): JsonNode | undefined => m.get(name)?.value;
  const at = (n: JsonNode): Location => (n.type === 'string' ? locate(n.start + 1, n.end - n.start - 2) : locate(n.start, n.end - n.start));
  const error = (n: JsonNode | undefined, message: Localized): void => {
    const { endLine: _l, endColumn: _c, ...location } = n ? at(n) : locate(o.start, 1);
    out.push({ kind: 'parse-error', message, location });
  };
  /** A string member; undefined when absent, null (with the error pushed) when present but not a string. */
  const text = (name: string): JsonString | undefined | null => {
    const v = valueOf(name);
    if (v === undefined) return undefined;
    if (v.type !== 'string') {
      error(v, notString(name));
      return null;
    }
    return v;
  };

  const ktyNode = text('kty');
  if (ktyNode === null) return out;
  if (ktyNode === undefined) {
    error(undefined, { en: 'JWK without "kty" (RFC 7517 §4.1: required)', ja: '"kty" のない JWK です（RFC 7517 §4.1 で必須）' });
    return out;
  }
  const kty = ktyNode.value;
  const algNode = text('alg');
  if (algNode === null) return out;
  const alg = algNode?.value;
  const kidNode = valueOf('kid');
  const kid = kidNode?.type === 'string' ? kidNode.value : undefined;
  const isPrivate = PRIVATE_MEMBERS.some((p) => m.has(p)) || (kty === 'oct' && m.has('k'));
  const context = contextOf(kid, valueOf('use'), valueOf('key_ops'), isPrivate && kty !== 'oct', place);
  const asset = (facts: Omit<Asset, 'kind' | 'subject' | 'signatureAlgorithm'>): Asset => ({
    kind: 'jwk', ...(kid !== undefined ? { subject: shown(kid) } : {}), ...facts,
    ...(alg !== undefined && isSignature(alg) ? { signatureAlgorithm: shown(alg) } : {}),
  });
  /** Whether the required members are all there; one error names those that are not. */
  const has = (...names: string[]): boolean => {
    const missing = names.filter((n) => !m.has(n)).map((n) => `"${n}"`).join(', ');
    const spec = kty === 'OKP' ? 'RFC 8037 §2' : kty === 'AKP' ? 'draft-ietf-cose-dilithium' : 'RFC 7518 §6';
    if (missing) error(ktyNode, { en: `${kty} JWK without ${missing} (${spec}: required)`, ja: `${missing} のない ${kty} JWK です（${spec} で必須）` });
    return !missing;
  };
  /** A required base64url member's octets and bit length; undefined (error pushed) when malformed. Check presence first. */
  const b64 = (name: string): { octets: number; bits: number } | undefined => {
    const v = text(name);
    if (v === null || v === undefined) return undefined;
    const decoded = base64urlSize(v.value);
    if (decoded === undefined) error(v, { en: `"${name}" is not base64url (RFC 7515 §2)`, ja: `"${name}" が base64url ではありません（RFC 7515 §2）` });
    return decoded;
  };
  const keyUsage = (subject: string | CheckObject | Usage, a: Asset, node: JsonString = ktyNode, input = kty): void => {
    out.push({ kind: 'usage', input: shown(input), subject, location: at(node), confidence: 'exact', context, asset: a });
  };

  let keyAsset: Asset | undefined;
  switch (kty) {
    case 'RSA': {
      if (!has('n', 'e')) return out;
      const n = b64('n');
      const e = b64('e');
      if (n === undefined || e === undefined) return out;
      if (n.bits === 0) {
        error(valueOf('n'), { en: 'RSA modulus "n" is zero', ja: 'RSA の法 "n" がゼロです' });
        return out;
      }
      keyAsset = asset({ keyAlgorithm: 'RSA', keyBits: n.bits });
      keyUsage({ algorithm: 'rsa', keyBits: n.bits }, keyAsset);
      break;
    }
    case 'EC':
    case 'OKP': {
      const crvNode = text('crv');
      if (crvNode === null) return out;
      if (crvNode === undefined) {
        error(ktyNode, { en: `${kty} JWK without "crv"`, ja: `"crv" のない ${kty} JWK です` });
        return out;
      }
      const crv = crvNode.value;
      const ec = kty === 'EC' ? EC_CURVES.get(crv) : undefined;
      const okp = kty === 'OKP' ? OKP_CURVES.get(crv) : undefined;
      if (ec === undefined && okp === undefined) {
        // A curve the tables do not know: judged by name, which says so.
        keyAsset = asset({ keyAlgorithm: kty, curve: shown(crv) });
        keyUsage(kty === 'EC' ? { algorithm: 'ec', curve: shown(crv) } : shown(crv), keyAsset, crvNode, crv);
        break;
      }
      if (!(ec ? has('x', 'y') : has('x'))) return out;
      const x = b64('x');
      const y = ec ? b64('y') : undefined;
      if (x === undefined || (ec && y === undefined)) return out;
      const octets = ec?.octets ?? okp!.octets;
      const wrong = x.octets !== octets ? 'x' : y !== undefined && y.octets !== octets ? 'y' : undefined;
      if (wrong) {
        error(valueOf(wrong), {
          en: `"${wrong}" has ${(wrong === 'x' ? x : y!).octets} octets; ${crv} needs ${octets} (RFC 7518 §6.2.1.2, RFC 8037 §2)`,
          ja: `"${wrong}" が ${(wrong === 'x' ? x : y!).octets} オクテットです。${crv} では ${octets} オクテット必要です`,
        });
        return out;
      }
      if (ec) {
        keyAsset = asset({ keyAlgorithm: 'EC', keyBits: ec.bits, curve: ec.sec });
        keyUsage({ algorithm: 'ec', curve: ec.sec }, keyAsset);
      } else {
        keyAsset = asset({ keyAlgorithm: crv, keyBits: okp!.bits });
        keyUsage({ algorithm: okp!.algorithm }, keyAsset);
      }
      break;
    }
    case 'oct': {
      if (!has('k')) return out;
      const k = b64('k');
      if (k === undefined) return out;
      const a = asset({ keyAlgorithm: 'oct', keyBits: k.octets * 8 });
      const size = { en: `symmetric key (oct) of ${k.octets * 8} bits`, ja: `${k.octets * 8} ビットの共通鍵（oct）` };
      if (alg === undefined || algNode === undefined) {
        const { endLine: _l, endColumn: _c, ...location } = at(ktyNode);
        out.push({
          kind: 'dynamic', input: 'oct', location, confidence: 'exact',
          context: join(context, size, { en: 'no "alg": the algorithm is chosen where the key is used', ja: '"alg" がなく、アルゴリズムは鍵の利用側で決まります' }),
        });
        return out;
      }
      // The key's size refines what alg names (HMAC key length, AES key size); when they disagree alg is judged alone.
      const combined = parseJose({ kty: 'oct', alg, k: (valueOf('k') as JsonString).value } satisfies JoseObject);
      if (combined === undefined && parseJose(alg) !== undefined) {
        error(algNode, mismatch(alg, size));
      }
      out.push({
        kind: 'usage', input: shown(alg), subject: combined ?? shown(alg), location: at(algNode), confidence: 'exact',
        context: join(context, size), asset: a,
      });
      return out;
    }
    case 'AKP': {
      if (algNode === undefined || alg === undefined) {
        error(ktyNode, { en: 'AKP JWK without "alg" (draft-ietf-cose-dilithium: required)', ja: '"alg" のない AKP JWK です（必須）' });
        return out;
      }
      if (!has('pub') || b64('pub') === undefined) return out;
      keyUsage(shown(alg), asset({ keyAlgorithm: shown(alg) }), algNode, alg);
      return out;
    }
    default:
      keyUsage(shown(kty), asset({ keyAlgorithm: shown(kty) }));
      return out;
  }

  if (algNode !== undefined && alg !== undefined) {
    const key: JoseObject = { kty, alg, ...stringMembers(o, ['crv', 'n']) };
    const alone = parseJose(alg);
    if (alone !== undefined && parseJose(key) === undefined) {
      error(algNode, mismatch(alg, { en: `${kty} key`, ja: `${kty} 鍵` }));
    }
    out.push({
      kind: 'usage', input: shown(alg), subject: shown(alg), location: at(algNode), confidence: 'exact',
      context: join(context, { en: 'the algorithm the key is for ("alg")', ja: '鍵の用途のアルゴリズム（"alg"）' }), asset: keyAsset,
    });
  }
  return out;
}

function stringMembers(o: JsonObject, names: readonly string[]): Record<string, string> {
  const m = membersOf(o);
  const out: Record<string, string> = {};
  for (const n of names) {
    const v = m.get(n)?.value;
    if (v?.type === 'string') out[n] = v.value;
  }
  return out;
}

function mismatch(alg: string, key: Localized): Localized {
  return { en: `"alg" ${shown(alg)} does not fit the ${key.en}`, ja: `"alg" ${shown(alg)} が${key.ja}に合いません` };
}

function notString(name: string): Localized {
  return { en: `"${name}" is not a string`, ja: `"${name}" が文字列ではありません` };
}

/** Whether a JOSE alg value signs or MACs (RFC 7518 §3), so that the asset names it as the signature algorithm. */
function isSignature(alg: string): boolean {
  const u = parseJose(alg);
  if (u === undefined) return false;
  const roles = [u.role, ...(u.components ?? []).map((c) => c.role)];
  return roles.includes('signature') || roles.includes('mac');
}

const B64URL = /^[A-Za-z0-9_-]*$/;
/** RSA moduli to 65536 bits (RFC 7518 places no bound; this keeps the work per member small). */
const MAX_B64URL = 11_000;

/**
 * Octets and bit length (of the big-endian integer, leading zero octets not counted) of a base64url value (RFC 7515 §2,
 * unpadded; a trailing `=` is tolerated), or undefined when it is not base64url.
 * @example
 * base64urlSize('AQAB'); // { octets: 3, bits: 17 }
 */
export function base64urlSize(text: string): { octets: number; bits: number } | undefined {
  const body = text.replace(/={1,2}$/, '');
  if (body.length > MAX_B64URL || !B64URL.test(body) || body.length % 4 === 1) return undefined;
  const padded = body.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (body.length % 4)) % 4);
  const bytes = atob(padded);
  let i = 0;
  while (i < bytes.length && bytes.charCodeAt(i) === 0) i++;
  const bits = i === bytes.length ? 0 : (bytes.length - i - 1) * 8 + (32 - Math.clz32(bytes.charCodeAt(i)));
  return { octets: bytes.length, bits };
}

function contextOf(kid: string | undefined, use: JsonNode | undefined, ops: JsonNode | undefined, isPrivate: boolean, place: JwkPlace): Localized {
  const parts: Localized[] = [];
  const name = kid !== undefined ? ` "${shown(kid)}"` : '';
  parts.push(place.index !== undefined
    ? { en: `JWK${name} (key ${place.index} of ${place.count ?? '?'} in the set)`, ja: `JWK${name}（セット内 ${place.count ?? '?'} 個中 ${place.index} 番目）` }
    : { en: `JWK${name}`, ja: `JWK${name}` });
  if (use?.type === 'string') parts.push({ en: `use ${shown(use.value)}`, ja: `use ${shown(use.value)}` });
  if (ops?.type === 'array') {
    const list = ops.items.filter((i): i is JsonString => i.type === 'string').map((i) => shown(i.value)).join(', ');
    if (list) parts.push({ en: `key_ops ${list}`, ja: `key_ops ${list}` });
  }
  if (isPrivate) parts.push({ en: 'a private key', ja: '秘密鍵' });
  return join(...parts);
}

function join(...parts: Localized[]): Localized {
  return { en: parts.map((p) => p.en).join(', '), ja: parts.map((p) => p.ja).join('、') };
}

/** File text made safe to show: control characters out, long text cut. */
function shown(text: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
  return clean.length > 120 ? `${clean.slice(0, 120)}…` : clean;
}
