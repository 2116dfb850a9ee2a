/**
 * Writes OpenSSL's own answers for the checked-in cipher-string table, so that the tests keep asserting them on machines
 * without openssl:
 *
 *   test/fixtures/openssl/cipher-strings.json   hand-picked and seeded cases with the suites OpenSSL enables (code points)
 *   test/fixtures/openssl/ciphers-V.txt          `openssl ciphers -stdname -V` for every suite, the table's source
 *
 * Needs OpenSSL 3.0.x (the Debian 12 package). Run: npx tsx scripts/gen-cipher-string-cases.ts
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { handPickedCiphersuites, handPickedCipherStrings } from '../test/openssl/cases.js';
import { cipherStringCases, ciphersuitesCases } from '../test/openssl/generate.js';
import { askOpenssl, opensslVersion, oracleReason, withFilter } from '../test/openssl/oracle.js';

/** The seed of the generated part of the table; the live test uses other seeds. */
export const TABLE_SEED = 20_250_501;
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'test/fixtures/openssl');

async function main(): Promise<void> {
  const reason = oracleReason();
  if (reason) throw new Error(`cannot generate: ${reason}`);
  const cases = [
    ...handPickedCipherStrings(), ...cipherStringCases(TABLE_SEED, 300), ...handPickedCiphersuites(), ...ciphersuitesCases(TABLE_SEED, 60),
  ].map(withFilter);
  const answers = await askOpenssl(cases);
  const rows = cases.map((c, i) => {
    const { filtered: _, ...question } = c;
    return JSON.stringify({ ...question, accepted: answers[i]!.accepted, ids: answers[i]!.ids.join(':') });
  });
  const version = opensslVersion()!;
  const head = {
    about: 'What OpenSSL enables for each string: the code points of the suites, in its order, or accepted: false when it refuses the string. Written by scripts/gen-cipher-string-cases.ts; asserted by test/openssl/cipher-string.test.ts.',
    openssl: version,
    commands: {
      'cipher-string': "OPENSSL_CONF=/dev/null openssl ciphers -V -ciphersuites '' -- STR; with seclevel, -s and a configuration setting that level (-psk, -srp as given); with a level in the string, -s",
      ciphersuites: 'OPENSSL_CONF=/dev/null openssl ciphers -V -ciphersuites STR AES128-SHA, without the last suite',
    },
  };
  const json = `{\n${Object.entries(head).map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`).join('\n')}\n  "cases": [\n    ${rows.join(',\n    ')}\n  ]\n}\n`;
  writeFileSync(join(out, 'cipher-strings.json'), json);
  const env = { ...process.env, OPENSSL_CONF: '/dev/null' };
  const table = execFileSync('openssl', ['ciphers', '-stdname', '-V', '-ciphersuites',
    'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:TLS_AES_128_CCM_SHA256:TLS_AES_128_CCM_8_SHA256',
    'ALL:COMPLEMENTOFALL'], { env, encoding: 'utf8' });
  writeFileSync(join(out, 'ciphers-V.txt'), `# ${version}: OPENSSL_CONF=/dev/null openssl ciphers -stdname -V -ciphersuites <all five> 'ALL:COMPLEMENTOFALL'\n${table}`);
  console.log(`wrote ${rows.length} cases and ${table.trim().split('\n').length} suites (${version})`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
