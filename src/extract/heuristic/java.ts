/**
 * Java and Kotlin patterns of the heuristic extractor: the JCA engine classes' `getInstance` (Cipher, MessageDigest,
 * Signature, Mac, KeyGenerator, SecretKeyFactory, KeyAgreement, KeyPairGenerator; names as the "Java Security Standard
 * Algorithm Names" specification writes them, read with the service's own meaning by parseJca, so that
 * `Cipher.getInstance("AES")` is AES in the provider default ECB mode), `KeyPairGenerator.initialize(size)` on the same
 * variable within the next lines (or in a Kotlin `.apply { initialize(size) }` block), `SSLContext.getInstance`, Apache
 * Commons Codec `DigestUtils` and Guava `Hashing`.
 * @module
 */
import { parseJca } from '../../names/jca.js';
import type { CheckObject } from '../../judge/types.js';
import type { LanguageTable, Rule } from './rules.js';
import type { Source, Span, Subject, Value } from './source.js';

/** The JCA services whose algorithm name the first argument of getInstance is (KeyPairGenerator is read apart). */
const SERVICES = 'Cipher|MessageDigest|Signature|Mac|KeyGenerator|SecretKeyFactory|KeyAgreement';

/** A JCA name read as the service reads it, or as written when the name tables do not know it (judged `unknown`). */
function jca(service: string) {
  return (value: string): Subject => parseJca(value, service) ?? value;
}

/** Commons Codec DigestUtils method stems and Guava Hashing methods, by the algorithm they use. */
const DIGEST_STEMS: Readonly<Record<string, string>> = {
  md2: 'md2', md5: 'md5', sha: 'sha1', sha1: 'sha1', sha256: 'sha256', sha384: 'sha384', sha512: 'sha512',
  sha512_224: 'sha512-224', sha512_256: 'sha512-256', sha3_224: 'sha3-224', sha3_256: 'sha3-256', sha3_384: 'sha3-384',
  sha3_512: 'sha3-512',
};
const GUAVA: Readonly<Record<string, string>> = {
  md5: 'md5', sha1: 'sha1', sha256: 'sha256', sha384: 'sha384', sha512: 'sha512', hmacMd5: 'HmacMD5', hmacSha1: 'HmacSHA1',
  hmacSha256: 'HmacSHA256', hmacSha512: 'HmacSHA512',
};

const RULES: readonly Rule[] = [
  {
    kind: 'call', api: (m) => `${m.groups!.svc!}.getInstance`,
    re: new RegExp(String.raw`(?<![\w$])(?<svc>${SERVICES})\s*\.\s*getInstance\s*\(`, 'gd'), arg: 0,
    string: (v, g) => jca(g.svc ?? '')(v),
  },
  {
    // "SSL", "TLS" and "Default" negotiate whatever both sides support: only a version name chooses one.
    kind: 'call', api: 'SSLContext.getInstance', re: /(?<![\w$])SSLContext\s*\.\s*getInstance\s*\(/gd, arg: 0,
    string: (v) => (/^(?:ssl|tls|default)$/i.test(v.trim()) ? undefined : v), dynamic: false,
  },
  {
    kind: 'name', api: (m) => `DigestUtils.${m[0].replace(/^DigestUtils\s*\.\s*/, '').replace(/\s*\($/, '')}`,
    re: /(?<![\w$])DigestUtils\s*\.\s*(?:get)?(?<alg>[Mm]d[25]|[Ss]ha(?:1|256|384|512(?:_2(?:24|56))?|3_(?:224|256|384|512))?)(?:Hex|Digest)?\s*\(/gd,
    subject: (t) => DIGEST_STEMS[t.toLowerCase()],
  },
  {
    kind: 'name', api: (m) => `Hashing.${m.groups!.alg!}`,
    re: /(?<![\w$])Hashing\s*\.\s*(?<alg>md5|sha1|sha256|sha384|sha512|hmacMd5|hmacSha1|hmacSha256|hmacSha512)\s*\(/gd,
    subject: (t) => GUAVA[t],
  },
];

/** How many lines after getInstance an initialize() call on the same generator is looked for. */
const INIT_LINES = 30;

/**
 * `KeyPairGenerator.getInstance("RSA")` and the key size given to `initialize` on the same variable (or in a Kotlin scope
 * function block right after the call): one usage `{ algorithm, keyBits }` at the algorithm's name; without an
 * initialize() the name alone.
 */
function keyPairGenerators(src: Source): void {
  const re = /(?<![\w$])KeyPairGenerator\s*\.\s*getInstance\s*\(/g;
  const code = src.code;
  for (let m = re.exec(code), n = 0; m && n < 2000; m = re.exec(code), n++) {
    const open = m.index + m[0].length - 1;
    const args = src.args(open);
    const first = args[0];
    if (!first) continue;
    const api = 'KeyPairGenerator.getInstance';
    const v = src.value(first);
    if (v.kind !== 'string') {
      if (v.kind === 'name' || v.kind === 'dynamic') src.dynamic(v.at, v.kind === 'name' ? v.text : v.text, api);
      continue;
    }
    const base = parseJca(v.value, 'KeyPairGenerator');
    const init = findInitialize(src, m.index, open);
    let subject: Subject = base ?? v.value;
    let label = api;
    if (init) {
      const size = initValue(src, init);
      const algorithm = base?.algorithm ?? v.value.toLowerCase();
      if (size?.kind === 'bits') {
        subject = { algorithm, keyBits: size.bits } satisfies CheckObject;
        label = `${api} + initialize(${size.bits})`;
      } else if (size?.kind === 'curve') {
        subject = size.curve;
        label = `${api} + initialize(${size.curve})`;
      } else if (size?.kind === 'dynamic') {
        src.dynamic(size.at, size.text, `${api} + initialize`, 'key size');
      }
    }
    src.usage(v.at, v.value, subject, label, m.index, v.constant);
  }
}

/** The `(` of the initialize() call that sets up the generator created at `start`, if one is found. */
function findInitialize(src: Source, start: number, open: number): number | undefined {
  const code = src.code;
  const lineStart = code.lastIndexOf('\n', start) + 1;
  const before = code.slice(lineStart, start);
  const close = closeParen(code, open);
  // Kotlin: KeyPairGenerator.getInstance("RSA").apply { initialize(2048) } (also, run, with-like scope blocks).
  const scope = /^\s*\.\s*(?:apply|also|run|let)\s*\{/.exec(code.slice(close + 1, close + 40));
  if (scope) {
    const from = close + 1 + scope[0].length;
    const block = code.slice(from, from + 2000);
    const init = /(?<![\w$.])(?:it\s*\.\s*)?initialize\s*\(/.exec(block);
    return init ? from + init.index + init[0].length - 1 : undefined;
  }
  const variable = /(?:^|[\s(,;])([A-Za-z_$][\w$]*)\s*(?::\s*[\w.<>?]+\s*)?=\s*$/.exec(before)?.[1];
  if (variable === undefined) return undefined;
  let end = close + 1;
  for (let lines = 0; lines < INIT_LINES && end !== 0; lines++) end = code.indexOf('\n', end) + 1;
  if (end === 0) end = code.length;
  const region = code.slice(close + 1, end);
  // The same variable made anew is another generator: stop there.
  const next = /(?<![\w$])KeyPairGenerator\s*\.\s*getInstance\s*\(/.exec(region);
  const scopeText = next ? region.slice(0, next.index) : region;
  const init = new RegExp(String.raw`(?<![\w$])${variable.replace(/\$/g, '\\$')}\s*\.\s*initialize\s*\(`).exec(scopeText);
  return init ? close + 1 + init.index + init[0].length - 1 : undefined;
}

function closeParen(code: string, open: number): number {
  let depth = 0;
  const limit = Math.min(code.length, open + 4000);
  for (let i = open; i < limit; i++) {
    const ch = code[i];
    if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  return open;
}

type InitValue =
  | { readonly kind: 'bits'; readonly bits: number }
  | { readonly kind: 'curve'; readonly curve: string }
  | { readonly kind: 'dynamic'; readonly text: string; readonly at: Span };

/** What initialize()'s first argument sets: a key size, a named curve (ECGenParameterSpec), or something run-time. */
function initValue(src: Source, open: number): InitValue | undefined {
  const first = src.args(open)[0];
  if (!first) return undefined;
  const v: Value = src.value(first);
  if (v.kind === 'number') return { kind: 'bits', bits: v.value };
  const text = src.code.slice(first.valueStart, first.end);
  const spec = /^(?:new\s+)?(?:[\w.]+\.)?(RSAKeyGenParameterSpec|ECGenParameterSpec|NamedParameterSpec)\s*\(/.exec(text);
  if (spec) {
    const inner = src.args(first.valueStart + spec[0].length - 1)[0];
    if (!inner) return undefined;
    const iv = src.value(inner);
    if (spec[1] === 'RSAKeyGenParameterSpec' && iv.kind === 'number') return { kind: 'bits', bits: iv.value };
    if (spec[1] !== 'RSAKeyGenParameterSpec' && iv.kind === 'string') return { kind: 'curve', curve: iv.value };
    if (iv.kind === 'name' || iv.kind === 'dynamic') return { kind: 'dynamic', text: iv.text, at: iv.at };
    return undefined;
  }
  if (v.kind === 'name' || v.kind === 'dynamic') return { kind: 'dynamic', text: v.text, at: v.at };
  return undefined;
}

/** The Java and Kotlin table. */
export const JAVA: LanguageTable = {
  prefilter: /getInstance|DigestUtils|Hashing\s*\./,
  rules: RULES,
  extra: keyPairGenerators,
};
