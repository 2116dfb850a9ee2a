/**
 * Property tests: the heuristic extractor never throws and always places what it reports inside the file, on arbitrary
 * text, on mutated fixtures, and on a megabyte of garbage in each language.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractHeuristic } from '../../../src/extract/heuristic/index.js';
import type { Lang } from '../../../src/extract/heuristic/lexer.js';
import type { Extraction } from '../../../src/scan/types.js';

const ROOT = new URL('../../fixtures/source/other/', import.meta.url).pathname;
const LANGS: readonly Lang[] = ['java', 'kotlin', 'python', 'go', 'csharp', 'php', 'ruby'];
const NAMES: Readonly<Record<Lang, string>> = {
  java: 'A.java', kotlin: 'A.kt', python: 'a.py', go: 'a.go', csharp: 'A.cs', php: 'a.php', ruby: 'a.rb',
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}
const FIXTURES = files(ROOT).filter((p) => !p.endsWith('.json')).map((p) => ({ path: relative(ROOT, p), text: readFileSync(p, 'utf8') }));

function placed(xs: readonly Extraction[], text: string, path: string): void {
  const lines = text.split('\n');
  for (const x of xs) {
    expect(x.location.path).toBe(path);
    expect(x.location.line).toBeGreaterThanOrEqual(1);
    expect(x.location.line).toBeLessThanOrEqual(lines.length);
    expect(x.location.column).toBeGreaterThanOrEqual(1);
    expect(x.location.column).toBeLessThanOrEqual(lines[x.location.line - 1]!.length + 1);
    if (x.kind === 'usage') expect(x.confidence).toBe('heuristic');
    if (x.kind !== 'parse-error') expect(x.input).not.toBe('');
  }
}

/** Text made of the pieces the lexers and patterns care about, so that the runs reach the interesting states. */
const PIECES = [
  '"', "'", '`', '"""', "'''", '/*', '*/', '//', '#', '\n', '\\', '{', '}', '(', ')', ',', '$', '#{', '${', '@"', '$"', 'r"', 'f"',
  '<?php ', '?>', '<<<EOT\n', 'EOT', '<<~X\n', 'X\n', '=begin\n', '=end\n', '%q(', '%w[', '/', ' = ', ':',
  'Cipher.getInstance(', 'MessageDigest.getInstance(', 'KeyPairGenerator.getInstance("RSA")', '.initialize(', 'kpg', 'kpg = ',
  'import hashlib\n', 'from Crypto.Cipher import DES\n', 'hashlib.md5(', 'hashlib.new(', 'DES.new(', 'import "crypto/md5"\n',
  'rsa.GenerateKey(r, ', 'tls.VersionTLS10', 'MD5.Create()', 'new RSACryptoServiceProvider(', 'md5(', 'hash(', 'openssl_sign(',
  'Digest::MD5', 'OpenSSL::Cipher.new ', 'OpenSSL::Cipher::AES.new(', '"MD5"', "'des'", '1024', 'ALG', 'ALG = "DES"\n', ' ',
];
const sourceText = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 60 }).map((a) => a.join(''));

describe('the heuristic extractor on arbitrary input', () => {
  it('never throws and places everything inside the file (pieces of all languages)', () => {
    fc.assert(fc.property(sourceText, fc.constantFrom(...LANGS), (text, lang) => {
      const path = NAMES[lang];
      placed(extractHeuristic(text, path), text, path);
    }), { numRuns: 3000 });
  });

  it('never throws on arbitrary unicode', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.constantFrom(...LANGS), (text, lang) => {
      const path = NAMES[lang];
      placed(extractHeuristic(`import hashlib\n${text}`, path), `import hashlib\n${text}`, path);
    }), { numRuns: 1000 });
  });

  it('never throws on mutated fixtures (a slice cut out, or text put in)', () => {
    const fixture = fc.constantFrom(...FIXTURES);
    fc.assert(fc.property(fixture, fc.nat(), fc.nat({ max: 200 }), fc.constantFrom(...PIECES), (f, at, cut, piece) => {
      const i = at % (f.text.length + 1);
      const text = `${f.text.slice(0, i)}${piece}${f.text.slice(i + cut)}`;
      placed(extractHeuristic(text, f.path), text, f.path);
    }), { numRuns: 1500 });
  });

  it('reads a megabyte of garbage in each language and returns', () => {
    const rng = fc.sample(fc.constantFrom(...PIECES, 'x', 'y', '1', ' ', '\n'), { numRuns: 120_000, seed: 42 });
    const garbage = rng.join('').slice(0, 1024 * 1024);
    for (const lang of LANGS) {
      const xs = extractHeuristic(garbage, NAMES[lang]);
      expect(Array.isArray(xs)).toBe(true);
    }
  });
});
