/**
 * The `jwk` extractor: JSON Web Keys and JWK Sets (RFC 7517) in `*.jwk`, `*.jwks`, `jwks.json` (the `.well-known/jwks.json`
 * of OpenID Connect Discovery 1.0 §3 `jwks_uri`) and any `.json` file whose first 4 KiB have a `"kty"` member. A JWK Set's
 * `keys` are read one by one (RFC 7517 §5); in other JSON every object with a `kty` member that reads as a JWK is one, so a
 * key inside a configuration file (an inline `jwks`) is found too, while a JSON Schema describing `kty` is left alone.
 * Broken JSON is a `parse-error` at the offending character, and the keys read before it are still reported.
 * @module
 */
import type { Localized } from '../../catalog/types.js';
import type { Extraction, Extractor, Location } from '../../scan/types.js';
import { parseJson, type JsonErrorCode, type JsonNode, type JsonObject } from './json.js';
import { jwkExtractions, type Locate } from './key.js';

const ID = 'jwk';

/** Objects visited at most (a JWKS has a handful; this bounds a hostile file with a million tiny objects). */
const MAX_OBJECTS = 100_000;

/**
 * Whether a path names a JWK or JWK Set by itself.
 * @example
 * isJwkPath('keys/signing.jwk');           // true
 * isJwkPath('public/.well-known/jwks.json'); // true
 * isJwkPath('package.json');               // false
 */
export function isJwkPath(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  return name.endsWith('.jwk') || name.endsWith('.jwks') || name === 'jwks.json';
}

/** The jwk extractor. */
export const jwkExtractor: Extractor = {
  id: ID,
  matches: (path, head) => isJwkPath(path) || (path.toLowerCase().endsWith('.json') && /"kty"\s*:/.test(head)),
  extract: (content, ctx) => extractJwks(typeof content === 'string' ? content : new TextDecoder().decode(content), ctx.path),
};

/**
 * The extractions of one JWK or JWK Set file. Never throws.
 * @example
 * extractJwks('{"keys":[{"kty":"EC","crv":"P-256","x":"…","y":"…","alg":"ES256"}]}', 'jwks.json');
 * // [{ kind: 'usage', input: 'EC', subject: { algorithm: 'ec', curve: 'secp256r1' }, location: { line: 1, column: 18, ... } },
 * //  { kind: 'usage', input: 'ES256', subject: 'ES256', ... }]
 */
export function extractJwks(text: string, path: string): Extraction[] {
  const out: Extraction[] = [];
  const lines = lineStarts(text);
  const skipBom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const locate: Locate = (start, length) => {
    const { line, column: raw } = position(lines, start);
    // A byte order mark is no column an editor shows.
    const column = line === 1 && raw > 1 ? raw - skipBom : raw;
    return { path, line, column, endLine: line, endColumn: column + length };
  };
  const parsed = parseJson(skipBom ? ' ' + text.slice(1) : text);
  if (parsed.error) {
    const { endLine: _l, endColumn: _c, ...location } = locate(Math.min(parsed.error.offset, text.length), 0);
    out.push({ kind: 'parse-error', message: jsonErrorMessage(parsed.error.code), location });
  }
  const root = parsed.value;
  if (root === undefined) return out;

  const named = isJwkPath(path);
  const keys = root.type === 'object' ? root.members.find((m) => m.name === 'keys' && !hasMember(root, 'kty'))?.value : undefined;
  // A `keys` array is a JWK Set in a file named for one, or when it holds a JWK; other JSON may use the name otherwise.
  const isSet = keys?.type === 'array' && (named || keys.items.some((i) => i.type === 'object' && hasMember(i, 'kty')));
  if (isSet && keys.type === 'array') {
    // A JWK Set: every member of `keys` must be a JWK.
    const count = keys.items.length;
    keys.items.forEach((item, i) => {
      if (item.type !== 'object') {
        pushError(out, locate(item.start, 0), { en: 'a member of "keys" is not a JSON object (RFC 7517 §5.1)', ja: '"keys" の要素が JSON オブジェクトではありません（RFC 7517 §5.1）' });
      } else if (item.complete) {
        out.push(...jwkExtractions(item, locate, { index: i + 1, count: keys.complete ? count : undefined }));
      }
    });
    return out;
  }
  if (keys !== undefined && keys.type !== 'array' && named) {
    pushError(out, locate(keys.start, 0), { en: '"keys" is not an array (RFC 7517 §5.1)', ja: '"keys" が配列ではありません（RFC 7517 §5.1）' });
    return out;
  }
  let found = 0;
  for (const o of objects(root)) {
    if (!o.complete || !hasMember(o, 'kty')) continue;
    const xs = jwkExtractions(o, locate, {});
    // Deep inside other JSON a `kty` member may be something else (a JSON Schema, a test table): an object there counts as
    // a JWK only when it reads as one without error.
    if (o !== root && !named && (xs.some((x) => x.kind === 'parse-error') || !KEY_TYPES.has(ktyOf(o) ?? ''))) continue;
    found++;
    out.push(...xs);
  }
  if (found === 0 && !parsed.error && named) {
    pushError(out, locate(root.start, 0), { en: 'neither a JWK (no "kty") nor a JWK Set (no "keys")', ja: 'JWK（"kty" なし）でも JWK Set（"keys" なし）でもありません' });
  }
  return out;
}

/** The key types of RFC 7518 §6.1, RFC 8037 §2 and draft-ietf-cose-dilithium. */
const KEY_TYPES: ReadonlySet<string> = new Set(['RSA', 'EC', 'oct', 'OKP', 'AKP']);

function ktyOf(o: JsonObject): string | undefined {
  const v = [...o.members].reverse().find((m) => m.name === 'kty')?.value;
  return v?.type === 'string' ? v.value : undefined;
}

function pushError(out: Extraction[], at: Location, message: Localized): void {
  const { endLine: _l, endColumn: _c, ...location } = at;
  out.push({ kind: 'parse-error', message, location });
}

function hasMember(o: JsonObject, name: string): boolean {
  return o.members.some((m) => m.name === name);
}

/** Every object of a tree, outer first, iteratively and at most MAX_OBJECTS. */
function* objects(root: JsonNode): Generator<JsonObject> {
  const stack: JsonNode[] = [root];
  let seen = 0;
  while (stack.length > 0 && seen < MAX_OBJECTS) {
    const n = stack.pop()!;
    if (n.type === 'object') {
      seen++;
      yield n;
      for (let i = n.members.length - 1; i >= 0; i--) stack.push(n.members[i]!.value);
    } else if (n.type === 'array') {
      for (let i = n.items.length - 1; i >= 0; i--) stack.push(n.items[i]!);
    }
  }
}

function jsonErrorMessage(code: JsonErrorCode): Localized {
  switch (code) {
    case 'unexpected-character': return { en: 'invalid JSON: unexpected character', ja: 'JSON として不正です: 予期しない文字' };
    case 'unexpected-end': return { en: 'invalid JSON: the text ends early', ja: 'JSON として不正です: 途中で終わっています' };
    case 'unterminated-string': return { en: 'invalid JSON: unterminated string', ja: 'JSON として不正です: 文字列が閉じていません' };
    case 'bad-escape': return { en: 'invalid JSON: bad escape in a string', ja: 'JSON として不正です: 文字列のエスケープが不正です' };
    case 'control-character': return { en: 'invalid JSON: control character in a string', ja: 'JSON として不正です: 文字列に制御文字があります' };
    case 'too-deep': return { en: 'invalid JSON: nested too deeply', ja: 'JSON として不正です: 入れ子が深すぎます' };
    case 'trailing-text': return { en: 'invalid JSON: text after the value', ja: 'JSON として不正です: 値の後に余分な文字があります' };
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function position(starts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}
