/**
 * C# patterns of the heuristic extractor, after the .NET API reference (System.Security.Cryptography, System.Security.
 * Authentication, System.Net):
 * - the algorithm factories `MD5.Create()`, `SHA1.Create()`, `TripleDES.Create()`, `DES.Create()` ..., the static one-shot
 *   `MD5.HashData(...)` (.NET 5+), and the concrete providers (`new DESCryptoServiceProvider()`, `new SHA1Managed()`,
 *   `new HMACMD5(key)` ...);
 * - the name-based factories `HashAlgorithm.Create("MD5")`, `CryptoConfig.CreateFromName("SHA1")`,
 *   `SymmetricAlgorithm.Create("DES")` and `HashAlgorithmName.SHA1`;
 * - RSA key sizes: `new RSACryptoServiceProvider(1024)`, `RSA.Create(1024)`; a parameterless `new
 *   RSACryptoServiceProvider()` makes a 1024-bit key (dotnet/runtime, RSACryptoServiceProvider: `DefaultKeySize = 1024`,
 *   used by the parameterless constructor), unless the variable it is assigned to imports a key afterwards;
 * - `SslProtocols.*`, `SecurityProtocolType.*` and `CipherMode.ECB` where the code chooses them, not where it compares,
 *   tests (`HasFlag`) or removes them (`&= ~SecurityProtocolType.Ssl3`).
 * @module
 */
import type { CheckObject } from '../../judge/types.js';
import type { LanguageTable, Rule } from './rules.js';
import type { Source } from './source.js';

/** Algorithm classes and providers, by the name the name tables read. */
const CLASSES: Readonly<Record<string, string>> = {
  MD5: 'md5', SHA1: 'sha1', SHA256: 'sha256', SHA384: 'sha384', SHA512: 'sha512', SHA3_256: 'sha3-256', SHA3_384: 'sha3-384',
  SHA3_512: 'sha3-512', DES: 'DES', TripleDES: 'TripleDES', RC2: 'RC2', Aes: 'AES', Rijndael: 'AES', RIPEMD160: 'ripemd160',
  HMACMD5: 'HmacMD5', HMACSHA1: 'HmacSHA1', HMACSHA256: 'HmacSHA256', HMACSHA384: 'HmacSHA384', HMACSHA512: 'HmacSHA512',
  HMACRIPEMD160: 'HMACRIPEMD160',
  MD5CryptoServiceProvider: 'md5', MD5Cng: 'md5', SHA1CryptoServiceProvider: 'sha1', SHA1Managed: 'sha1', SHA1Cng: 'sha1',
  SHA256Managed: 'sha256', SHA256CryptoServiceProvider: 'sha256', SHA384Managed: 'sha384', SHA512Managed: 'sha512',
  DESCryptoServiceProvider: 'DES', TripleDESCryptoServiceProvider: 'TripleDES', TripleDESCng: 'TripleDES',
  RC2CryptoServiceProvider: 'RC2', RijndaelManaged: 'AES', AesManaged: 'AES', AesCryptoServiceProvider: 'AES', AesCng: 'AES',
  RIPEMD160Managed: 'ripemd160', MACTripleDES: 'TripleDES',
};
const FACTORY_CLASSES = 'MD5|SHA1|SHA256|SHA384|SHA512|SHA3_256|SHA3_384|SHA3_512|DES|TripleDES|RC2|Aes|Rijndael|RIPEMD160|HMACMD5|HMACSHA1|HMACSHA256|HMACSHA384|HMACSHA512';
const PROVIDERS = Object.keys(CLASSES).filter((k) => !FACTORY_CLASSES.split('|').includes(k) || k.startsWith('HMAC')).join('|');

const PROTOCOLS: Readonly<Record<string, string>> = {
  Ssl2: 'SSLv2', Ssl3: 'SSLv3', Tls: 'TLSv1', Tls11: 'TLSv1.1', Tls12: 'TLSv1.2', Tls13: 'TLSv1.3',
};

/** A name given to the name-based factories: the class name, with the namespace and `CryptoServiceProvider` left off. */
function configName(value: string): string | undefined {
  const v = value.trim().replace(/^System\.Security\.Cryptography\./, '');
  if (v === '') return undefined;
  return CLASSES[v] ?? (v === '3DES' ? 'TripleDES' : v);
}

const rsaBits = (n: number): CheckObject => ({ algorithm: 'rsa', keyBits: n });
/** dotnet/runtime RSACryptoServiceProvider: DefaultKeySize = 1024, used by the parameterless constructor. */
const RSA_CSP_DEFAULT_BITS = 1024;

/** How far after the constructor a key import is looked for. */
const IMPORT_WINDOW = 20_000;

/** Whether the variable assigned from the call at `start` later imports a key (so the default key is never made). */
function importsKey(src: Source, start: number): boolean {
  const lineStart = src.code.lastIndexOf('\n', start) + 1;
  const variable = /([A-Za-z_]\w*)\s*=\s*$/.exec(src.code.slice(lineStart, start))?.[1];
  if (variable === undefined) return false;
  // The import follows within the same method in practice: a bounded look ahead keeps many constructors cheap.
  return new RegExp(String.raw`(?<![\w.])${variable}\s*\.\s*(?:Import\w*|FromXmlString|PersistKeyInCsp)\b`).test(src.code.slice(start, start + IMPORT_WINDOW));
}

const RULES: readonly Rule[] = [
  {
    kind: 'name', api: (m) => `${m.groups!.alg!}.${m.groups!.method!}`,
    re: new RegExp(String.raw`(?<![\w])(?<alg>${FACTORY_CLASSES})\s*\.\s*(?<method>Create|HashData|TryHashData|HashDataAsync)\s*\(`, 'gd'),
    subject: (t) => CLASSES[t],
  },
  {
    kind: 'name', api: (m) => `new ${m.groups!.alg!}`,
    re: new RegExp(String.raw`(?<![\w.])new\s+(?:System\s*\.\s*Security\s*\.\s*Cryptography\s*\.\s*)?(?<alg>${PROVIDERS})\s*\(`, 'gd'),
    subject: (t) => CLASSES[t],
  },
  {
    kind: 'call', api: (m) => `${m.groups!.cls!}.${m.groups!.method!}`,
    re: /(?<![\w])(?<cls>HashAlgorithm|CryptoConfig|SymmetricAlgorithm|KeyedHashAlgorithm|HMAC)\s*\.\s*(?<method>Create|CreateFromName)\s*\(/gd,
    arg: 0, string: configName,
  },
  {
    kind: 'name', api: (m) => `HashAlgorithmName.${m.groups!.alg!}`, choice: true,
    re: /(?<![\w])HashAlgorithmName\s*\.\s*(?<alg>MD5|SHA1|SHA256|SHA384|SHA512|SHA3_256|SHA3_384|SHA3_512)\b/gd,
    subject: (t) => CLASSES[t],
  },
  {
    kind: 'call', api: 'new RSACryptoServiceProvider', re: /(?<![\w.])new\s+(?:[\w.]+\.)?(?<alg>RSACryptoServiceProvider)\s*\(/gd,
    arg: 0, keyword: 'dwKeySize', number: rsaBits, what: 'key size', dynamic: false,
  },
  {
    kind: 'call', api: 'RSA.Create', re: /(?<![\w])(?<alg>RSA)\s*\.\s*Create\s*\(/gd, arg: 0, keyword: 'keySizeInBits', number: rsaBits, what: 'key size',
  },
  {
    kind: 'name', api: (m) => m[0].replace(/\s+/g, ''), choice: true,
    re: /(?<![\w])(?<!~\s*)(?:SslProtocols|SecurityProtocolType)\s*\.\s*(?<alg>Ssl2|Ssl3|Tls|Tls11|Tls12|Tls13)\b/gd,
    subject: (t) => PROTOCOLS[t],
  },
  {
    kind: 'name', api: 'CipherMode.ECB', choice: true, re: /(?<![\w])CipherMode\s*\.\s*(?<alg>ECB)\b/gd, subject: () => 'ECB',
  },
];

/** Parameterless RSACryptoServiceProvider constructors: the 1024-bit default key, unless a key is imported. */
function rsaDefaults(src: Source): void {
  const re = /(?<![\w.])new\s+(?:[\w.]+\.)?(?<alg>RSACryptoServiceProvider)\s*\(\s*\)/gd;
  for (let m = re.exec(src.code), n = 0; m && n < 5000; m = re.exec(src.code), n++) {
    const at = m.indices!.groups!.alg!;
    const span = { offset: at[0], length: at[1] - at[0] };
    if (importsKey(src, m.index)) src.usage(span, 'RSACryptoServiceProvider', 'RSA', 'new RSACryptoServiceProvider(), key imported');
    else src.usage(span, 'RSACryptoServiceProvider', rsaBits(RSA_CSP_DEFAULT_BITS), `new RSACryptoServiceProvider() (default ${RSA_CSP_DEFAULT_BITS}-bit key)`);
  }
}

/** The C# table. */
export const CSHARP: LanguageTable = {
  prefilter: /Cryptography|SslProtocols|SecurityProtocolType|RSA/,
  rules: RULES,
  apiRef: /(?:MD5|SHA\d*|HashAlgorithmName)\b/,
  extra: rsaDefaults,
};
