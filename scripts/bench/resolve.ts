/**
 * Benchmark: resolve() per naming scheme, in names per second, against a plain Map lookup of the same names measured in
 * the same run. resolve() tries the schemes in a fixed order (generic first), so a scheme late in the order pays for the
 * ones before it: the figures show that cost.
 *
 *   npx tsx scripts/bench/resolve.ts [--quick]
 * @module
 */
import { Bench } from 'tinybench';
import { resolve } from '../../src/names/resolve.js';
import { benchRows, writePart } from './rows.js';

/** A few typical names of each scheme, as configs and code write them. */
const NAMES: Readonly<Record<string, readonly string[]>> = {
  generic: ['AES-128', 'SHA-256', 'RSA-2048', 'HMAC-SHA1', '3-key Triple DES'],
  tls: ['TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256', 'ECDHE-RSA-AES256-GCM-SHA384', '0xC0,0x2F', 'TLS_AES_128_GCM_SHA256', 'TLSv1.2'],
  ssh: ['aes128-ctr', 'hmac-sha2-256-etm@openssh.com', 'curve25519-sha256', 'ssh-ed25519', 'diffie-hellman-group14-sha256'],
  jose: ['RS256', 'ES384', 'A128CBC-HS256', 'RSA-OAEP-256', 'PS512'],
  openssl: ['des-ede3-cbc', 'camellia-256-cfb8', 'aes-128-gcm', 'RSA-SHA256', 'chacha20-poly1305'],
  oid: ['1.2.840.113549.1.1.11', '1.2.840.10045.4.3.2', '2.16.840.1.101.3.4.2.1', 'sha256WithRSAEncryption', '1.3.101.112'],
  jca: ['AES/GCM/NoPadding', 'SHA256withRSA', 'HmacSHA256', 'DESede/CBC/PKCS5Padding', 'PBKDF2WithHmacSHA256'],
  curve: ['prime256v1', 'secp384r1', 'brainpoolP256r1', 'P-521', 'secp256k1'],
};

const quick = process.argv.includes('--quick');
const all = Object.values(NAMES).flat();
const map = new Map(all.map((n) => [n, n.length]));
const bench = new Bench({ time: quick ? 100 : 600, warmupTime: quick ? 30 : 150 });
let i = 0;
bench.add('baseline: Map.get', () => {
  map.get(all[i++ % all.length]!);
});
for (const [scheme, names] of Object.entries(NAMES)) {
  let j = 0;
  bench.add(`resolve() ${scheme} names`, () => {
    if (!resolve(names[j++ % names.length]!)) throw new Error(`not read: ${names[j % names.length]}`);
  });
}
await bench.run();
await writePart('resolve', benchRows('resolve', bench, 'baseline: Map.get'));
