/**
 * Ruby patterns of the heuristic extractor, after the Ruby standard library documentation (digest, openssl) and Rails'
 * ActiveSupport:
 * - `Digest::MD5`, `Digest::SHA1`, `Digest::RMD160`, `Digest::SHA2` (SHA-256 unless given another bit length) and
 *   `OpenSSL::Digest::MD5` style classes, wherever the code names them (`.hexdigest`, `.new`, passed as a digest class);
 * - `OpenSSL::Digest.new('sha1')` (and `.digest`/`.hexdigest`), `OpenSSL::Cipher.new('des-ede3-cbc')` with OpenSSL's
 *   names, and the cipher classes `OpenSSL::Cipher::AES.new(128, :CBC)`, `AES256.new(:CBC)`, `DES.new(:EDE3, :CBC)`,
 *   whose arguments join into OpenSSL's name (`AES-128-CBC`), as the openssl gem builds it;
 * - `OpenSSL::HMAC.hexdigest('sha1', ...)` and `OpenSSL::HMAC.new(key, 'sha1')`;
 * - `OpenSSL::PKey::RSA.new(1024)` / `.generate(1024)` and DSA alike (a non-number argument loads a key: nothing to say);
 * - `OpenSSL::SSL::TLS1_VERSION` style constants and `ssl_version = :TLSv1` where the code chooses them;
 * - `ActiveSupport::MessageEncryptor.new(secret, cipher: '...')` and `MessageVerifier.new(secret, digest: '...')`.
 * Calls without parentheses (`OpenSSL::Cipher.new 'des'`) are read too.
 * @module
 */
import type { CheckObject } from '../../judge/types.js';
import type { LanguageTable, Rule } from './rules.js';
import type { Source } from './source.js';

const DIGESTS: Readonly<Record<string, string>> = {
  MD5: 'md5', SHA1: 'sha1', SHA2: 'sha256', SHA256: 'sha256', SHA384: 'sha384', SHA512: 'sha512', RMD160: 'ripemd160',
  RIPEMD160: 'ripemd160', MD4: 'md4',
};
const VERSIONS: Readonly<Record<string, string>> = {
  SSL2: 'SSLv2', SSL3: 'SSLv3', TLS1: 'TLSv1', TLS1_1: 'TLSv1.1', TLS1_2: 'TLSv1.2', TLS1_3: 'TLSv1.3',
  SSLv2: 'SSLv2', SSLv3: 'SSLv3', TLSv1: 'TLSv1', TLSv1_1: 'TLSv1.1', TLSv1_2: 'TLSv1.2', TLSv1_3: 'TLSv1.3',
};

/** A call: `(` or, without parentheses, the space before the first argument. */
const CALL = String.raw`(?:\s*\(|[ \t]+(?=[\w'":%]))`;
const bits = (algorithm: string) => (n: number): CheckObject => ({ algorithm, keyBits: n });
const asWritten = (v: string) => v.trim();

const RULES: readonly Rule[] = [
  {
    kind: 'name', api: (m) => m[0].replace(/\s+/g, ''),
    re: /(?<![\w:])(?:OpenSSL\s*::\s*)?Digest\s*::\s*(?<alg>MD5|SHA1|SHA2|SHA256|SHA384|SHA512|RMD160|RIPEMD160|MD4)\b/gd,
    subject: (t) => DIGESTS[t],
  },
  {
    kind: 'call', api: (m) => `OpenSSL::Digest${m.groups!.method ? `.${m.groups!.method}` : ''}`,
    re: new RegExp(String.raw`(?<![\w:])OpenSSL\s*::\s*Digest(?:\s*\.\s*(?<method>new|digest|hexdigest|base64digest))?${CALL}`, 'gd'),
    arg: 0, string: asWritten,
  },
  {
    kind: 'call', api: 'OpenSSL::Cipher.new',
    re: new RegExp(String.raw`(?<![\w:])OpenSSL\s*::\s*Cipher(?:\s*::\s*Cipher)?\s*\.\s*new${CALL}`, 'gd'),
    arg: 0, string: asWritten,
  },
  {
    kind: 'call', api: (m) => `OpenSSL::HMAC.${m.groups!.method!}`,
    re: new RegExp(String.raw`(?<![\w:])OpenSSL\s*::\s*HMAC\s*\.\s*(?<method>hexdigest|digest|base64digest)${CALL}`, 'gd'),
    arg: 0, string: asWritten,
  },
  {
    kind: 'call', api: 'OpenSSL::HMAC.new', re: new RegExp(String.raw`(?<![\w:])OpenSSL\s*::\s*HMAC\s*\.\s*new${CALL}`, 'gd'),
    arg: 1, string: asWritten,
  },
  {
    kind: 'call', api: (m) => `OpenSSL::PKey::${m.groups!.alg!}.${m.groups!.method!}`, what: 'key size', dynamic: false,
    re: new RegExp(String.raw`(?<![\w:])OpenSSL\s*::\s*PKey\s*::\s*(?<alg>RSA|DSA)\s*\.\s*(?<method>new|generate)${CALL}`, 'gd'),
    arg: 0, number: (n, g) => bits(g.alg!.toLowerCase())(n),
  },
  {
    kind: 'name', api: (m) => m[0].replace(/\s+/g, ''), choice: true,
    re: /(?<![\w:])OpenSSL\s*::\s*SSL\s*::\s*(?<alg>SSL2|SSL3|TLS1|TLS1_1|TLS1_2|TLS1_3)_VERSION\b/gd,
    subject: (t) => VERSIONS[t],
  },
  {
    kind: 'name', api: (m) => m[0].replace(/\s*=\s*:\w+$/, ''),
    re: /(?<![\w])(?:ssl_version|min_version|max_version)\s*=\s*:(?<alg>SSLv2|SSLv3|TLSv1|TLSv1_1|TLSv1_2|TLSv1_3|SSL2|SSL3|TLS1|TLS1_1|TLS1_2|TLS1_3)\b/gd,
    subject: (t) => VERSIONS[t],
  },
  {
    kind: 'call', api: 'ActiveSupport::MessageEncryptor.new',
    re: new RegExp(String.raw`(?<![\w:])(?:ActiveSupport\s*::\s*)?MessageEncryptor\s*\.\s*new${CALL}`, 'gd'),
    keyword: 'cipher', string: asWritten,
  },
  {
    kind: 'call', api: 'ActiveSupport::MessageVerifier.new',
    re: new RegExp(String.raw`(?<![\w:])(?:ActiveSupport\s*::\s*)?MessageVerifier\s*\.\s*new${CALL}`, 'gd'),
    keyword: 'digest', string: asWritten,
  },
];

/** `OpenSSL::Cipher::AES.new(128, :CBC)`: the class and its arguments make OpenSSL's cipher name, as the gem joins them. */
function cipherClasses(src: Source): void {
  const re = new RegExp(String.raw`(?<![\w:])OpenSSL\s*::\s*Cipher\s*::\s*(?<alg>AES128|AES192|AES256|AES|DES|BF|CAST5|RC2|RC4|IDEA|Camellia)\s*\.\s*new(?:${CALL}|\b)`, 'gd');
  for (let m = re.exec(src.code), n = 0; m && n < 5000; m = re.exec(src.code), n++) {
    const cls = m.groups!.alg!;
    const at = m.indices!.groups!.alg!;
    const end = m.index + m[0].length;
    const called = /\($/.test(m[0]) || /[ \t]$/.test(m[0]);
    const args = called ? (src.code[end - 1] === '(' ? src.args(end - 1) : src.lineArgs(end)) : [];
    const parts: string[] = [];
    let dynamic: { text: string; at: { offset: number; length: number } } | undefined;
    for (const a of args) {
      const v = src.value(a);
      if (v.kind === 'string' || v.kind === 'symbol') parts.push(v.value);
      else if (v.kind === 'number') parts.push(String(v.value));
      else {
        dynamic = { text: v.text, at: v.at };
        break;
      }
    }
    const span = { offset: at[0], length: at[1] - at[0] };
    if (dynamic) {
      src.dynamic(dynamic.at, dynamic.text, `OpenSSL::Cipher::${cls}.new`);
      continue;
    }
    const sized = /^AES(128|192|256)$/.exec(cls);
    const name = sized ? ['AES', sized[1]!, ...parts].join('-') : [cls, ...parts].join('-');
    src.usage(span, cls, name, `OpenSSL::Cipher::${cls}.new`);
  }
}

/** The Ruby table. */
export const RUBY: LanguageTable = {
  prefilter: /Digest|OpenSSL|Message(?:Encryptor|Verifier)|ssl_version|m(?:in|ax)_version/,
  rules: RULES,
  apiRef: /Digest|OpenSSL/,
  extra: cipherClasses,
};
