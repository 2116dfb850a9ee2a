/**
 * Postfix 3.7's defaults for the parameters that choose TLS cryptography, as `postconf -d` prints them for Postfix 3.7.11
 * on Debian 12 (the test holds this table to a checked-in snapshot of that output, and to the live command when Postfix is
 * installed). postconf(5) documents each: "smtpd_tls_protocols (default: see postconf -d output)" is `>=TLSv1` from
 * Postfix 3.6 on; the cipher grades default to `medium` (since mid-2015); `smtpd_tls_eecdh_grade` is ignored from 3.6 on
 * and behaves as `auto`, which uses `tls_eecdh_auto_curves`; the security levels default to empty, which falls back to
 * the obsolete `*_use_tls`/`*_enforce_tls` booleans (both `no`: no TLS).
 * @module
 */

/** Which Postfix the defaults are from, for messages. */
export const POSTFIX_DEFAULTS_VERSION = '3.7';

/** Parameter → default value (`postconf -d`, Postfix 3.7.11). */
export const POSTFIX_TLS_DEFAULTS: Readonly<Record<string, string>> = Object.freeze({
  lmtp_tls_ciphers: 'medium',
  lmtp_tls_exclude_ciphers: '',
  lmtp_tls_mandatory_ciphers: 'medium',
  lmtp_tls_mandatory_exclude_ciphers: '',
  lmtp_tls_mandatory_protocols: '>=TLSv1',
  lmtp_tls_policy_maps: '',
  lmtp_tls_protocols: '>=TLSv1',
  lmtp_tls_security_level: '',
  smtp_enforce_tls: 'no',
  smtp_tls_ciphers: 'medium',
  smtp_tls_exclude_ciphers: '',
  smtp_tls_mandatory_ciphers: 'medium',
  smtp_tls_mandatory_exclude_ciphers: '',
  smtp_tls_mandatory_protocols: '>=TLSv1',
  smtp_tls_policy_maps: '',
  smtp_tls_protocols: '>=TLSv1',
  smtp_tls_security_level: '',
  smtp_use_tls: 'no',
  smtpd_enforce_tls: 'no',
  smtpd_tls_ask_ccert: 'no',
  smtpd_tls_ciphers: 'medium',
  smtpd_tls_eecdh_grade: 'auto',
  smtpd_tls_exclude_ciphers: '',
  smtpd_tls_mandatory_ciphers: 'medium',
  smtpd_tls_mandatory_exclude_ciphers: '',
  smtpd_tls_mandatory_protocols: '>=TLSv1',
  smtpd_tls_protocols: '>=TLSv1',
  smtpd_tls_req_ccert: 'no',
  smtpd_tls_security_level: '',
  smtpd_use_tls: 'no',
  tls_eecdh_auto_curves: 'X25519 X448 prime256v1 secp521r1 secp384r1',
  tls_export_cipherlist: 'aNULL:-aNULL:HIGH:MEDIUM:LOW:EXPORT:+RC4:@STRENGTH',
  tls_high_cipherlist: 'aNULL:-aNULL:HIGH:@STRENGTH',
  tls_low_cipherlist: 'aNULL:-aNULL:HIGH:MEDIUM:LOW:+RC4:@STRENGTH',
  tls_medium_cipherlist: 'aNULL:-aNULL:HIGH:MEDIUM:+RC4:@STRENGTH',
  tls_null_cipherlist: 'eNULL:!aNULL',
});
