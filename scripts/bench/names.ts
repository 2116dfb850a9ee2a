/** Names from several ecosystems for the benchmarks: what a config scan or a code scan typically asks about. */
export function sampleNames(): string[] {
  return [
    'aes-128-gcm', 'AES-256', 'sha1', 'SHA-256', 'md5', 'RSA-2048', 'RSA-1024', 'ECDSA-P256', 'HMAC-SHA1', 'HMAC-SHA-256', 'X25519',
    'Ed25519', 'TLS 1.2', 'TLS 1.0', 'des', 'RC4', 'Camellia', 'ChaCha20-Poly1305', 'modp14', 'dh-1024', 'PBKDF2', 'SHA-512',
    'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256', 'ECDHE-RSA-AES256-GCM-SHA384', 'aes128-ctr', 'hmac-sha2-256-etm@openssh.com',
    'curve25519-sha256', 'ssh-rsa', 'RS256', 'ES256', 'A128CBC-HS256', 'AES/GCM/NoPadding', 'SHA256withRSA', 'des-ede3-cbc',
    'sha256WithRSAEncryption', '1.2.840.113549.1.1.5', 'prime256v1', 'secp384r1', 'camellia-256-cfb8', 'chacha20-poly1305',
  ];
}
