/**
 * The heuristic source extractor (`heuristic-source`, confidence `heuristic`): regex-level detection of the commonest
 * cryptographic APIs in Java and Kotlin (JCA getInstance, KeyPairGenerator.initialize, DigestUtils, Guava Hashing), Python
 * (hashlib, hmac, PyCryptodome / PyCrypto, pyca/cryptography, ssl), Go (crypto/* and x/crypto imports, rsa.GenerateKey,
 * crypto/tls and crypto/x509 constants), C# (System.Security.Cryptography factories and providers, SslProtocols), PHP
 * (md5/sha1, hash*, openssl_*, mcrypt) and Ruby (Digest, OpenSSL::Digest/Cipher/HMAC/PKey, Rails' message encryptor).
 *
 * Each file is lexed lightly (lexer.ts) so that comments, docstrings and strings that merely mention an algorithm give
 * nothing; each language's table of patterns (rules.ts) is then matched on the code, and an algorithm argument that is
 * not a literal or a constant of the same file is a `dynamic` extraction at the argument. A file whose text names none of
 * a table's APIs is not lexed at all. A comment or string left open to the end of the file is one `parse-error`, and what
 * was read is kept.
 * @module
 */
import type { Extraction, Extractor } from '../../scan/types.js';
import { looksMinified } from '../minified.js';
import { looksGenerated, sourceLanguage } from './files.js';
import type { Lang } from './lexer.js';
import { applyRules, type LanguageTable } from './rules.js';
import { Source } from './source.js';
import { CSHARP } from './csharp.js';
import { GO } from './go.js';
import { JAVA } from './java.js';
import { PHP } from './php.js';
import { PYTHON } from './python.js';
import { RUBY } from './ruby.js';

const TABLES: Readonly<Record<Lang, LanguageTable>> = {
  java: JAVA, kotlin: JAVA, python: PYTHON, go: GO, csharp: CSHARP, php: PHP, ruby: RUBY,
};

/**
 * The extractions of one source file (the language from its name unless given). Never throws.
 * @example
 * extractHeuristic('md = MessageDigest.getInstance("MD5");', 'src/A.java');
 * // [{ kind: 'usage', input: 'MD5', subject: { algorithm: 'md5', ... }, location: { line: 1, column: 33, ... },
 * //    confidence: 'heuristic', context: { en: 'Java MessageDigest.getInstance', ... } }]
 */
export function extractHeuristic(text: string, path: string, lang: Lang | undefined = sourceLanguage(path)): Extraction[] {
  if (lang === undefined) return [];
  const table = TABLES[lang];
  if (!table.prefilter.test(text) || looksMinified(text)) return [];
  const src = new Source(text, lang, path);
  applyRules(src, table.rules, table.apiRef);
  table.extra?.(src);
  return src.out.sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column);
}

/** The heuristic source extractor. */
export const heuristicSourceExtractor: Extractor = {
  id: 'heuristic-source',
  matches: (path, head) => sourceLanguage(path) !== undefined && !looksGenerated(head),
  extract: (content, ctx) => extractHeuristic(typeof content === 'string' ? content : new TextDecoder().decode(content), ctx.path),
};

export { looksGenerated, sourceLanguage };
export type { Lang };
