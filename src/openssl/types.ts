/**
 * The vocabulary of the OpenSSL cipher-string engine: what `expandCipherString` and `expandCiphersuites` return.
 * Attribute spellings follow what `openssl ciphers -V` prints for each suite (Kx=, Au=, Enc=, Mac=), so that a report can
 * be compared with OpenSSL's own output word for word.
 * @module
 */

/** One cipher suite as OpenSSL 3.0 describes it. */
export interface OpensslCipherSuite {
  /** The code point as `openssl ciphers -V` prints it: `0xC0,0x2F`. */
  readonly id: string;
  /** The IANA name (`TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256`). */
  readonly iana: string;
  /** OpenSSL's name (`ECDHE-RSA-AES128-GCM-SHA256`; TLS 1.3 suites use the IANA name). */
  readonly openssl: string;
  /**
   * The lowest protocol version the suite needs, as OpenSSL prints it: `SSLv3`, `TLSv1`, `TLSv1.2`, `TLSv1.3`; `unknown` for
   * the two signalling values (SCSV) that OpenSSL 3.0 lets into a TLS 1.3 list.
   */
  readonly protocol: 'SSLv3' | 'TLSv1' | 'TLSv1.2' | 'TLSv1.3' | 'unknown';
  /** Key exchange, as `Kx=` prints it: `RSA`, `DH`, `ECDH`, `PSK`, `DHEPSK`, `ECDHEPSK`, `RSAPSK`, `SRP`, `any` ... */
  readonly kx: string;
  /** Authentication, as `Au=` prints it: `RSA`, `DSS`, `ECDSA`, `None`, `PSK`, `SRP`, `any` ... */
  readonly au: string;
  /** Encryption without its bit count, as `Enc=` prints it: `AESGCM`, `AES`, `CHACHA20/POLY1305`, `3DES`, `None` ... */
  readonly enc: string;
  /** The bits in `Enc=...(bits)`: the cipher's strength as OpenSSL counts it (112 for 3DES). */
  readonly bits: number;
  /** MAC, as `Mac=` prints it: `AEAD`, `SHA1`, `SHA256`, `SHA384`, `MD5`. */
  readonly mac: string;
  /**
   * OpenSSL's strength class, the one the `HIGH`, `MEDIUM` and `LOW` aliases select (`NONE`: no encryption, or a signalling
   * value). OpenSSL 3.0 builds no MEDIUM or LOW suite.
   */
  readonly strengthClass: 'HIGH' | 'MEDIUM' | 'LOW' | 'NONE';
  /**
   * Whether OpenSSL 3.0 enables the suite by default: in the expansion of `DEFAULT` (TLS 1.2 and below), or in the default
   * `Ciphersuites` list (TLS 1.3).
   */
  readonly inDefault: boolean;
}

/** A suite in an expansion, with the part of the input that put it there. */
export interface ExpandedCipherSuite extends OpensslCipherSuite {
  /** Offsets (UTF-16, end exclusive) of the rule in the input string that last added or moved the suite. */
  readonly source: { readonly start: number; readonly end: number };
}

/** Why OpenSSL would ignore or refuse part of a cipher string. */
export type CipherStringWarningCode =
  /** A word OpenSSL does not know: it skips that rule and goes on. */
  | 'unknown-word'
  /**
   * What OpenSSL calls an "invalid command", and for which it rejects the whole string: a `@` command it does not know, a bad
   * `@SECLEVEL=` value, or a character it cannot read where a word must start (`HIGH+` or `!` at the end, `!!`, a tab, a
   * non-ASCII letter).
   */
  | 'bad-command'
  /** Nothing is left: OpenSSL refuses the string ("no cipher match"), so the server keeps its previous or default list. */
  | 'no-match'
  /**
   * A TLS 1.3 suite name in a TLS 1.2 cipher string (OpenSSL skips it), or a TLS 1.2 suite or signalling value in a TLS 1.3
   * list (OpenSSL 3.0 keeps it there, ahead of the whole TLS 1.2 list).
   */
  | 'wrong-protocol';

/** A problem with one part of a cipher string, with where it is. */
export interface CipherStringWarning {
  readonly code: CipherStringWarningCode;
  /**
   * The part of the input concerned, as written: for an unknown word, everything OpenSSL skips because of it (the word up to
   * the next separator); for `no-match`, the whole input.
   */
  readonly word: string;
  /** Offsets of the word in the input (UTF-16, end exclusive). */
  readonly start: number;
  readonly end: number;
}

/** What expanding a cipher string gives. */
export interface CipherExpansion {
  /** The suites OpenSSL would enable, in its order (empty when OpenSSL refuses the string). */
  readonly suites: readonly ExpandedCipherSuite[];
  readonly warnings: readonly CipherStringWarning[];
  /** Whether OpenSSL accepts the string at all (false: `SSL_CTX_set_cipher_list` fails). */
  readonly accepted: boolean;
  /** The security level applied: from `@SECLEVEL=n` in the string, else the option, else undefined (no filtering). */
  readonly seclevel?: number;
}

/** Options of expandCipherString. */
export interface ExpandOptions {
  /**
   * Filter by this security level as a server would (`openssl ciphers -s` at that level); `@SECLEVEL=n` in the string
   * overrides it. Without either, nothing is filtered, as `openssl ciphers -V` prints. An integer from 0 to 5.
   *
   * The filter is `openssl ciphers -s`: besides the level's own rules it drops the PSK and SRP suites, which a peer can only
   * use with a PSK or SRP callback; `psk` and `srp` keep them.
   */
  readonly seclevel?: number;
  /** With a security level, keep the PSK suites (`openssl ciphers -s -psk`). */
  readonly psk?: boolean;
  /** With a security level, keep the SRP suites (`openssl ciphers -s -srp`). */
  readonly srp?: boolean;
}
