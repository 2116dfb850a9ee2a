import { createPublicKey, createSecretKey, type JsonWebKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64urlSize, extractJwks, isJwkPath, jwkExtractor, parseJson, type JsonNode } from '../../../src/extract/jwk/index.js';
import { sshKeyExtractor } from '../../../src/extract/ssh-key/index.js';
import { scan } from '../../../src/scan/scan.js';
import type { Extraction } from '../../../src/scan/types.js';

const DIR = fileURLToPath(new URL('../../fixtures/jwk/', import.meta.url));
const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const read = (name: string): string => readFileSync(DIR + name, 'utf8');
const extract = (name: string): Extraction[] => extractJwks(read(name), name);
type Usage = Extract<Extraction, { kind: 'usage' }>;
const usages = (xs: readonly Extraction[]): Usage[] => xs.filter((x): x is Usage => x.kind === 'usage');
const brief = (xs: readonly Extraction[]): string[] =>
  xs.map((x) => `${x.location.line}:${x.location.column} ${x.kind === 'parse-error' ? `! ${x.message.en}` : `${x.kind === 'dynamic' ? '~' : ''}${x.input}`}`);

/** The JWK objects of a fixture file (one key, or a set's keys), as JSON.parse reads them. */
function jwksOf(name: string): JsonWebKey[] {
  const v = JSON.parse(read(name)) as JsonWebKey & { keys?: JsonWebKey[] };
  return v.keys ?? [v];
}

const SINGLE = ['rsa-1024.jwk', 'rsa-2048.jwk', 'ec-p256.jwk', 'ec-p384.jwk', 'ec-p521.jwk', 'ec-secp256k1.jwk', 'ed25519.jwk', 'ed448.jwk',
  'x25519.jwk', 'x448.jwk', 'oct-128.jwk', 'oct-256.jwk', 'oct-noalg.jwk', 'mldsa-44.jwk', 'private-rsa.jwk'];

describe('which files the extractor reads', () => {
  it('by name, and JSON with a "kty" member in its head', () => {
    expect(isJwkPath('keys/signing.jwk')).toBe(true);
    expect(isJwkPath('a.JWKS')).toBe(true);
    expect(isJwkPath('public/.well-known/jwks.json')).toBe(true);
    expect(isJwkPath('package.json')).toBe(false);
    expect(jwkExtractor.matches('config/provider.json', read('provider-config.json').slice(0, 4096))).toBe(true);
    expect(jwkExtractor.matches('config/app.json', '{"name": "x"}')).toBe(false);
    expect(jwkExtractor.matches('notes.txt', '{"kty": "RSA"}')).toBe(false);
    expect(jwkExtractor.id).toBe('jwk');
  });
});

describe('one JWK per file: the key at its kty, the alg at its alg', () => {
  it.each([
    ['rsa-1024.jwk', { algorithm: 'rsa', keyBits: 1024 }, { keyAlgorithm: 'RSA', keyBits: 1024, signatureAlgorithm: 'RS256' }, 'RS256'],
    ['rsa-2048.jwk', { algorithm: 'rsa', keyBits: 2048 }, { keyAlgorithm: 'RSA', keyBits: 2048, signatureAlgorithm: 'PS256' }, 'PS256'],
    ['ec-p256.jwk', { algorithm: 'ec', curve: 'secp256r1' }, { keyAlgorithm: 'EC', keyBits: 256, curve: 'secp256r1', signatureAlgorithm: 'ES256' }, 'ES256'],
    ['ec-p384.jwk', { algorithm: 'ec', curve: 'secp384r1' }, { keyAlgorithm: 'EC', keyBits: 384, curve: 'secp384r1', signatureAlgorithm: 'ES384' }, 'ES384'],
    ['ec-p521.jwk', { algorithm: 'ec', curve: 'secp521r1' }, { keyAlgorithm: 'EC', keyBits: 521, curve: 'secp521r1', signatureAlgorithm: 'ES512' }, 'ES512'],
    ['ec-secp256k1.jwk', { algorithm: 'ec', curve: 'secp256k1' }, { keyAlgorithm: 'EC', keyBits: 256, curve: 'secp256k1', signatureAlgorithm: 'ES256K' }, 'ES256K'],
    ['ed25519.jwk', { algorithm: 'ed25519' }, { keyAlgorithm: 'Ed25519', keyBits: 256, signatureAlgorithm: 'EdDSA' }, 'EdDSA'],
    ['ed448.jwk', { algorithm: 'ed448' }, { keyAlgorithm: 'Ed448', keyBits: 448 }, undefined],
    ['x25519.jwk', { algorithm: 'x25519' }, { keyAlgorithm: 'X25519', keyBits: 256 }, 'ECDH-ES'],
    ['x448.jwk', { algorithm: 'x448' }, { keyAlgorithm: 'X448', keyBits: 448 }, undefined],
    ['private-rsa.jwk', { algorithm: 'rsa', keyBits: 2048 }, { keyAlgorithm: 'RSA', keyBits: 2048, signatureAlgorithm: 'RS256' }, 'RS256'],
  ])('%s', (file, subject, facts, alg) => {
    const xs = extract(file);
    const text = read(file);
    expect(xs.every((x) => x.kind === 'usage')).toBe(true);
    const [key, algorithm, ...rest] = usages(xs);
    expect(rest).toEqual([]);
    expect(key!.subject).toEqual(subject);
    const kid = (JSON.parse(text) as { kid: string }).kid;
    expect(key!.asset).toEqual({ kind: 'jwk', subject: kid, ...facts });
    // The location is the kty value itself, inside its quotes.
    const lines = text.split('\n');
    expect(lines[key!.location.line - 1]!.slice(key!.location.column - 2, key!.location.endColumn! )).toBe(`"${key!.input}"`);
    expect(lines[key!.location.line - 1]).toMatch(/^\s*"kty": /);
    if (alg === undefined) {
      expect(algorithm).toBeUndefined();
    } else {
      expect(algorithm!.input).toBe(alg);
      expect(algorithm!.subject).toBe(alg);
      expect(lines[algorithm!.location.line - 1]).toMatch(/^\s*"alg": /);
      expect(lines[algorithm!.location.line - 1]!.slice(algorithm!.location.column - 1, algorithm!.location.endColumn! - 1)).toBe(alg);
    }
    if (file === 'private-rsa.jwk') expect(key!.context?.en).toBe('JWK "private-rsa", a private key');
  });

  it('a symmetric key is judged with its alg, which says what it is for', () => {
    const [wrap] = usages(extract('oct-128.jwk'));
    expect(wrap!.input).toBe('A128KW');
    expect(wrap!.subject).toMatchObject({ scheme: 'jose', components: [{ algorithm: 'aes', keyBits: 128 }, { algorithm: 'kw' }] });
    expect(wrap!.asset).toEqual({ kind: 'jwk', subject: 'wrap-128', keyAlgorithm: 'oct', keyBits: 128 });
    const [hmac] = usages(extract('oct-256.jwk'));
    expect(hmac!.subject).toMatchObject({ components: [{ algorithm: 'hmac', keyBits: 256 }, { algorithm: 'sha-256' }] });
    expect(hmac!.asset).toEqual({ kind: 'jwk', subject: 'hmac-256', keyAlgorithm: 'oct', keyBits: 256, signatureAlgorithm: 'HS256' });
    // Without alg nothing says what the key is for: the algorithm is chosen where the key is used.
    expect(brief(extract('oct-noalg.jwk'))).toEqual(['2:11 ~oct']);
    expect(extract('oct-noalg.jwk')[0]!.kind === 'dynamic' && extract('oct-noalg.jwk')[0]).toMatchObject({
      context: { en: 'JWK "secret-without-alg", symmetric key (oct) of 256 bits, no "alg": the algorithm is chosen where the key is used' },
    });
  });

  it('an ML-DSA key (AKP) is judged by its alg', () => {
    expect(usages(extract('mldsa-44.jwk')).map((x) => [x.input, x.subject, x.asset])).toEqual([
      ['ML-DSA-44', 'ML-DSA-44', { kind: 'jwk', subject: 'mldsa', keyAlgorithm: 'ML-DSA-44', signatureAlgorithm: 'ML-DSA-44' }],
    ]);
  });
});

describe('JWK Sets', () => {
  it('jwks.json: every key with its place in the set', () => {
    const xs = extract('jwks.json');
    expect(brief(xs)).toEqual(['4:15 RSA', '9:15 RS256', '12:15 EC', '18:15 ES256', '23:15 OKP', '26:15 EdDSA', '29:15 RSA', '34:15 RSA-OAEP-256']);
    expect(usages(xs)[6]!.context?.en).toBe('JWK "enc-rsa" (key 4 of 4 in the set), use enc');
    expect(usages(xs)[6]!.asset).toEqual({ kind: 'jwk', subject: 'enc-rsa', keyAlgorithm: 'RSA', keyBits: 3072 });
  });

  it('weak.jwks: the algs are judged, and an alg that does not fit its key is an error', () => {
    expect(brief(extract('weak.jwks'))).toEqual([
      '4:15 RSA', '8:15 none', '11:15 RSA', '15:15 RS1', '21:15 HS256', '24:15 RSA', '29:15 RSA1_5', '32:15 EC',
      '37:15 ! "alg" ES256 does not fit the EC key', '37:15 ES256',
    ]);
  });

  it('broken.jwks: each broken member is an error at its place, and the good key after them is read', () => {
    expect(brief(extract('broken.jwks'))).toEqual([
      '3:5 ! JWK without "kty" (RFC 7517 §4.1: required)',
      '11:13 ! "n" is not base64url (RFC 7515 §2)',
      '16:13 ! "x" has 15 octets; P-256 needs 32 (RFC 7518 §6.2.1.2, RFC 8037 §2)',
      '21:5 ! a member of "keys" is not a JSON object (RFC 7517 §5.1)',
      '25:15 OKP', '27:15 Ed25519',
    ]);
  });

  it('JSON cut short: the error where the text ends, and the key before it', () => {
    const xs = extract('truncated.jwks');
    expect(brief(xs)[0]).toMatch(/^\d+:\d+ ! invalid JSON: the text ends early$/);
    expect(xs[0]!.location.line).toBe(read('truncated.jwks').split('\n').length);
    expect(brief(xs.slice(1))).toEqual(['4:15 EC', '9:15 ES256']);
    expect(usages(xs)[0]!.context?.en).toBe('JWK "before-cut" (key 1 of ? in the set)');
  });

  it('malformed JSON: the offending character', () => {
    expect(brief(extract('malformed.json'))).toEqual(['3:52 ! invalid JSON: unexpected character']);
    expect(read('malformed.json').split('\n')[2]![51]).toBe('}');
  });

  it('an inline set in other JSON (an OpenID provider configuration)', () => {
    expect(brief(extract('provider-config.json'))).toEqual(['9:17 RSA', '14:17 RS256']);
    expect(brief(extract('.well-known/jwks.json'))).toEqual(['4:15 RSA', '9:15 RS256', '12:15 EC', '18:15 ES384']);
  });

  it('in other JSON, only objects that read as JWKs count', () => {
    const schema = '{"properties": {"kty": {"type": "string", "enum": ["RSA", "EC"]}}, "required": ["kty"]}';
    expect(extractJwks(schema, 'schema/jwk.schema.json')).toEqual([]);
    const table = '{"cases": [{"jwk": {"kty": "RSA", "alg": "RS256", "n": "AQAB"}}, {"jwk": {"kty": "made-up"}}], "keys": ["a", "b"]}';
    expect(extractJwks(table, 'test/cases.json')).toEqual([]);
    // The root object of a .json file with a kty is a JWK, and its problems are reported.
    expect(brief(extractJwks('{"kty": "RSA", "e": "AQAB"}', 'key.json'))).toEqual(['1:10 ! RSA JWK without "n" (RFC 7518 §6: required)']);
    // A file named for JWKs is read strictly throughout.
    expect(brief(extractJwks('{"a": {"kty": "RSA"}}', 'x.jwk'))).toEqual(['1:16 ! RSA JWK without "n", "e" (RFC 7518 §6: required)']);
  });

  it('other shapes', () => {
    expect(brief(extractJwks('{"keys": {}}', 'a.jwks'))).toEqual(['1:10 ! "keys" is not an array (RFC 7517 §5.1)']);
    expect(brief(extractJwks('{"hello": 1}', 'a.jwk'))).toEqual(['1:1 ! neither a JWK (no "kty") nor a JWK Set (no "keys")']);
    expect(brief(extractJwks('[{"kty":"OKP","crv":"Ed25519","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"}]', 'a.jwks'))).toEqual(['1:10 OKP']);
    expect(brief(extractJwks('{"kty": 3}', 'a.jwk'))).toEqual(['1:9 ! "kty" is not a string']);
    expect(brief(extractJwks('{"kty": "XYZ"}', 'a.jwk'))).toEqual(['1:10 XYZ']);
    expect(brief(extractJwks('{"kty": "EC", "crv": "P-999", "x": "AA", "y": "AA"}', 'a.jwk'))).toEqual(['1:23 P-999']);
    expect(usages(extractJwks('{"kty": "EC", "crv": "P-999"}', 'a.jwk'))[0]!.subject).toEqual({ algorithm: 'ec', curve: 'P-999' });
    expect(brief(extractJwks('{"kty": "RSA", "e": "AQAB"}', 'a.jwk'))).toEqual(['1:10 ! RSA JWK without "n" (RFC 7518 §6: required)']);
    expect(brief(extractJwks('{"kty": "RSA", "n": "AAAA", "e": "AQAB"}', 'a.jwk'))).toEqual(['1:22 ! RSA modulus "n" is zero']);
    expect(brief(extractJwks('{"kty": "AKP", "pub": "AAAA"}', 'a.jwk'))).toEqual(['1:10 ! AKP JWK without "alg" (draft-ietf-cose-dilithium: required)']);
    expect(brief(extractJwks('\uFEFF{"kty": "XYZ"}', 'a.jwk'))).toEqual(['1:10 XYZ']);
    // An escaped kty is read as JSON reads it; the location spans the text as written.
    const escaped = usages(extractJwks('{"kty": "\\u0058YZ"}', 'a.jwk'))[0]!;
    expect([escaped.input, escaped.location.column, escaped.location.endColumn]).toEqual(['XYZ', 10, 18]);
  });
});

describe('node:crypto as the oracle for sizes and curves', () => {
  const NODE_CURVES: Record<string, string> = { prime256v1: 'secp256r1', secp384r1: 'secp384r1', secp521r1: 'secp521r1', secp256k1: 'secp256k1' };
  // Node 20 reads no AKP (ML-DSA) key.
  const files = [...SINGLE.filter((f) => f !== 'mldsa-44.jwk'), 'jwks.json', '.well-known/jwks.json', 'weak.jwks', 'provider-config.json'];

  it.each(files)('%s', (file) => {
    const keys = (file === 'provider-config.json' ? (JSON.parse(read(file)) as { jwks: { keys: JsonWebKey[] } }).jwks.keys : jwksOf(file))
      .filter((k) => k.kty !== 'AKP');
    // One extraction per key stands for the key: all but the parse errors and the extractions of an asymmetric key's alg.
    type Judged = Exclude<Extraction, { kind: 'parse-error' }>;
    const xs = extract(file).filter((x): x is Judged => x.kind !== 'parse-error' && !x.context?.en.endsWith('("alg")'));
    expect(xs).toHaveLength(keys.length);
    keys.forEach((jwk, i) => {
      const x = xs[i]!;
      if (jwk.kty === 'oct') {
        const bits = createSecretKey(Buffer.from(jwk.k!, 'base64url')).symmetricKeySize! * 8;
        if (x.kind === 'usage') expect(x.asset?.keyBits).toBe(bits);
        else expect(x.context?.en).toContain(`of ${bits} bits`);
        return;
      }
      const key = createPublicKey({ key: jwk, format: 'jwk' });
      const details = key.asymmetricKeyDetails!;
      if (x.kind !== 'usage') throw new Error(`${file}: key ${i + 1} is not a usage`);
      if (jwk.kty === 'RSA') expect(x.asset?.keyBits).toBe(details.modulusLength);
      if (jwk.kty === 'EC') expect(x.asset?.curve).toBe(NODE_CURVES[details.namedCurve!]);
      if (jwk.kty === 'OKP') expect(x.subject).toEqual({ algorithm: key.asymmetricKeyType });
    });
  });
});

describe('what is never printed', () => {
  it('private members and symmetric keys', () => {
    for (const file of ['private-rsa.jwk', 'oct-128.jwk', 'oct-256.jwk', 'oct-noalg.jwk', 'weak.jwks']) {
      const out = JSON.stringify(extract(file));
      for (const jwk of jwksOf(file)) {
        for (const member of ['d', 'p', 'q', 'dp', 'dq', 'qi', 'k'] as const) {
          const secret = jwk[member];
          if (typeof secret === 'string') expect(out, `${file} ${member}`).not.toContain(secret);
        }
        if (jwk.n) expect(out).not.toContain(jwk.n.slice(0, 24));
      }
    }
  });
});

describe('the JSON reader', () => {
  it('keeps positions', () => {
    const { value, error } = parseJson('{\n  "a": [1, "x", true, null],\n  "b": {"c": -1.5e3}\n}');
    expect(error).toBeUndefined();
    expect(value).toMatchObject({ type: 'object', start: 0, complete: true });
    const o = value as Extract<JsonNode, { type: 'object' }>;
    expect(o.members.map((m) => [m.name, m.nameStart, m.value.start, m.value.end])).toEqual([['a', 4, 9, 29], ['b', 33, 38, 51]]);
  });

  it.each([
    ['', 'unexpected-end', 0], ['{', 'unexpected-end', 1], ['{"a" 1}', 'unexpected-character', 5], ['[1,]', 'unexpected-character', 3],
    ['"abc', 'unterminated-string', 0], ['"a\\x"', 'bad-escape', 2], ['"a\u0001"', 'control-character', 2], ['01', 'trailing-text', 1],
    ['{} x', 'trailing-text', 3], ['[' .repeat(300), 'too-deep', 257], ['tru', 'unexpected-character', 0], ['// c\n{}', 'unexpected-character', 0],
  ])('%j is %s at %d', (text, code, offset) => {
    expect(parseJson(text).error).toEqual({ code, offset });
  });

  it('agrees with JSON.parse on valid JSON (values and member order; the last duplicate wins in a JWK)', () => {
    const toValue = (n: JsonNode): unknown => {
      switch (n.type) {
        case 'object': return Object.fromEntries(n.members.map((m) => [m.name, toValue(m.value)]));
        case 'array': return n.items.map(toValue);
        default: return n.value;
      }
    };
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom(0, 2), (v, indent) => {
      const text = JSON.stringify(v, null, indent);
      const r = parseJson(text);
      expect(r.error).toBeUndefined();
      expect(toValue(r.value!)).toEqual(JSON.parse(text));
    }), { numRuns: 300 });
  });

  it('accepts exactly what JSON.parse accepts', () => {
    const piece = fc.constantFrom('{', '}', '[', ']', ',', ':', '"', '\\', '"a"', '1', '-', '.5', 'e9', 'true', 'null', ' ', '\n', '\\u00', 'x');
    fc.assert(fc.property(fc.array(piece, { maxLength: 16 }), (parts) => {
      const text = parts.join('');
      let ok = true;
      try {
        JSON.parse(text);
      } catch {
        ok = false;
      }
      expect(parseJson(text).error === undefined, text).toBe(ok);
    }), { numRuns: 2000 });
  });

  it('base64urlSize counts octets and the integer\'s bits', () => {
    expect(base64urlSize('AQAB')).toEqual({ octets: 3, bits: 17 });
    expect(base64urlSize('AAAB')).toEqual({ octets: 3, bits: 1 });
    expect(base64urlSize('AQAB==')).toEqual({ octets: 3, bits: 17 });
    expect(base64urlSize('A')).toBeUndefined();
    expect(base64urlSize('a+b/')).toBeUndefined();
  });
});

describe('robustness (fast-check)', () => {
  it('never throws on arbitrary text', () => {
    const piece = fc.constantFrom('{', '}', '[', ']', ',', ':', '"kty"', '"RSA"', '"EC"', '"oct"', '"OKP"', '"AKP"', '"keys"', '"alg"', '"n"', '"k"',
      '"crv"', '"P-256"', '"x"', '"AQAB"', '"none"', '1', 'null', ' ', '\n', '"', '\\', '\uFEFF');
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.array(piece, { maxLength: 60 }).map((p) => p.join(''))),
      fc.constantFrom('a.jwk', 'jwks.json', 'x.json'), (text, path) => {
        for (const x of extractJwks(text, path)) expect(x.location.line).toBeGreaterThanOrEqual(1);
      }), { numRuns: 500 });
  });

  it('never throws on mutated valid files', () => {
    const valid = read('jwks.json') + read('weak.jwks');
    const mutation = fc.tuple(fc.nat({ max: valid.length }), fc.nat({ max: 30 }), fc.string({ unit: 'binary', maxLength: 4 }));
    fc.assert(fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => {
      let text = valid;
      for (const [at, drop, insert] of mutations) text = text.slice(0, at) + insert + text.slice(at + drop);
      extractJwks(text, 'jwks.json');
    }), { numRuns: 400 });
  });

  it('a megabyte of garbage and deep nesting', () => {
    expect(() => extractJwks('['.repeat(1 << 20), 'a.jwks')).not.toThrow();
    expect(() => extractJwks(`{"keys":[${'{"kty":"oct","k":"AAAA"},'.repeat(40_000)}{}]}`, 'a.jwks')).not.toThrow();
  });
});

describe('through scan()', () => {
  it('gives these findings', async () => {
    const r = await scan(['jwk'], { cwd: FIXTURES, at: '2026-11-21', extractors: [sshKeyExtractor, jwkExtractor] });
    expect(r.warnings).toEqual([]);
    expect(r.findings.map((f) => `${f.location?.path}:${f.location?.line}:${f.location?.column} ${f.ruleId} ${f.input}`)).toEqual([
      'jwk/broken.jwks:3:5 cryptrec/parse-error ',
      'jwk/broken.jwks:11:13 cryptrec/parse-error ',
      'jwk/broken.jwks:16:13 cryptrec/parse-error ',
      'jwk/broken.jwks:21:5 cryptrec/parse-error ',
      'jwk/jwks.json:4:15 cryptrec/key-deadline RSA',
      'jwk/malformed.json:3:52 cryptrec/parse-error ',
      'jwk/mldsa-44.jwk:3:11 cryptrec/unlisted ML-DSA-44',
      'jwk/oct-128.jwk:5:11 cryptrec/unlisted A128KW',
      'jwk/oct-noalg.jwk:2:11 cryptrec/dynamic-algorithm oct',
      'jwk/private-rsa.jwk:2:11 cryptrec/key-deadline RSA',
      'jwk/provider-config.json:9:17 cryptrec/key-deadline RSA',
      'jwk/rsa-1024.jwk:2:11 cryptrec/weak-key RSA',
      'jwk/rsa-2048.jwk:2:11 cryptrec/key-deadline RSA',
      `jwk/truncated.jwks:${read('truncated.jwks').split('\n').length}:${read('truncated.jwks').split('\n').at(-1)!.length + 1} cryptrec/parse-error `,
      'jwk/weak.jwks:4:15 cryptrec/key-deadline RSA',
      'jwk/weak.jwks:8:15 cryptrec/unlisted none',
      'jwk/weak.jwks:11:15 cryptrec/key-deadline RSA',
      'jwk/weak.jwks:15:15 cryptrec/monitored RS1',
      'jwk/weak.jwks:24:15 cryptrec/weak-key RSA',
      'jwk/weak.jwks:29:15 cryptrec/monitored RSA1_5',
      'jwk/weak.jwks:37:15 cryptrec/parse-error ',
    ]);
    const weak = r.findings.find((f) => f.location?.path === 'jwk/rsa-1024.jwk')!;
    expect(weak.asset).toEqual({ kind: 'jwk', subject: 'rsa-1024', keyAlgorithm: 'RSA', keyBits: 1024, signatureAlgorithm: 'RS256' });
    expect(weak.extractor).toBe('jwk');
  });
});
