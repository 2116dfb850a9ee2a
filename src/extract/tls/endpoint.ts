/**
 * What a TLS server or client configuration sets, product-neutral: the nginx, Apache, HAProxy, Postfix and openssl.cnf
 * extractors each read their own syntax and defaults into a {@link TlsEndpoint}; one function (tls/extractions.ts) turns any
 * endpoint into extractions, so that every product's cipher strings, protocols, groups and signature algorithms are read
 * and reported alike.
 * @module
 */
import type { Localized } from '../../catalog/types.js';
import type { Location } from '../../scan/types.js';

/** Protocol versions as OpenSSL names them. */
export type TlsProtocolVersion = 'SSLv2' | 'SSLv3' | 'TLSv1' | 'TLSv1.1' | 'TLSv1.2' | 'TLSv1.3';
/** Every version, oldest first. */
export const TLS_PROTOCOL_VERSIONS: readonly TlsProtocolVersion[] = ['SSLv2', 'SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];

/** Where a setting comes from: a directive in a file, or a product's default. */
export interface SettingOrigin {
  /**
   * The position of the value's first character (after any quote), so that a word at offset n of the value is at column
   * `column + n` when the value is on one line. For a default: the place the default applies to (the `server {` line, the
   * `bind` line, the first line of the file). Options given in memory (checkTlsOptions) name the option as the path, on
   * line 1, so that a finding still points at the word inside the option's value.
   */
  readonly location: Location;
  /** The directive as written (`ssl_ciphers`, `SSLCipherSuite`, `ciphers` on a `bind` line, `CipherString`). */
  readonly directive: string;
  /** Set when the value is a default: which product and version's default it is (`nginx 1.23.4+`, `OpenSSL 3.0`). */
  readonly defaultOf?: Localized;
}

/** A value with its origin. */
export interface Setting<T> {
  readonly value: T;
  readonly origin: SettingOrigin;
}

/** The effective TLS settings of one server block, virtual host, bind line, service or client. */
export interface TlsEndpoint {
  /** What it is, for messages: `server example.com:443`, `<VirtualHost *:443>`, `bind :443`, `smtpd`. */
  readonly name?: string;
  /**
   * The protocol versions enabled, each with the setting that enabled it (the extractor applies the product's syntax:
   * `all -SSLv3`, `!SSLv2, !SSLv3`, `>=TLSv1.2`, `ssl-min-ver`, MinProtocol/MaxProtocol). Undefined: unknown (not judged).
   */
  readonly protocols?: readonly Setting<TlsProtocolVersion>[];
  /** The OpenSSL cipher string for TLS 1.2 and below (`HIGH:!aNULL:!MD5`), judged only when such a version is enabled. */
  readonly cipherString?: Setting<string>;
  /** The TLS 1.3 suites (`TLS_AES_256_GCM_SHA384:...`), judged only when TLS 1.3 is enabled. */
  readonly ciphersuites?: Setting<string>;
  /** Key exchange groups or curves, as a list of names as written (`X25519:prime256v1`, `auto` is left out by the reader). */
  readonly groups?: Setting<readonly Setting<string>[]>;
  /** Signature algorithms, as a list of names as written (`ECDSA+SHA256`, `rsa_pss_rsae_sha256`). */
  readonly sigalgs?: Setting<readonly Setting<string>[]>;
  /** Whether the endpoint has a pre-shared key or SRP verifier configured, so that PSK and SRP suites can be negotiated. */
  readonly psk?: boolean;
  /** The OpenSSL security level in force (from the configuration), if known; a `@SECLEVEL=n` in the cipher string wins. */
  readonly seclevel?: number;
}
