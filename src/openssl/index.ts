/**
 * OpenSSL's cipher-suite configuration languages, as OpenSSL 3.0 reads them: cipher strings (TLS 1.2 and below) and TLS 1.3
 * `Ciphersuites` lists, the table of suites OpenSSL builds, and its defaults.
 * @module
 */
export { expandCipherString } from './cipher-string.js';
export { expandCiphersuites } from './ciphersuites.js';
export { OPENSSL_DEFAULT_CIPHER_LIST, OPENSSL_DEFAULT_CIPHERSUITES, OPENSSL_DEFAULT_TLS12_SUITES } from './defaults.js';
export { opensslCipherSuites } from './suites.js';
export type {
  CipherExpansion, CipherStringWarning, CipherStringWarningCode, ExpandedCipherSuite, ExpandOptions, OpensslCipherSuite,
} from './types.js';
