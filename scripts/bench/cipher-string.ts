/**
 * Benchmark: expandCipherString on typical strings (nginx's default, an ECDHE/DHE AEAD list, Mozilla intermediate,
 * DEFAULT), in expansions per second: answered from the cache (the same string again), and computed afresh; and
 * expandCiphersuites on the default TLS 1.3 list. The baseline, measured in the same run, is `str.split(':')` on the same
 * strings, the least any reader of a cipher string does. Figures are ratios, since the machines are shared and noisy.
 *
 *   tsx scripts/bench/cipher-string.ts [--quick]
 */
import { Bench } from 'tinybench';
import { expandCipherString, expandFresh } from '../../src/openssl/cipher-string.js';
import { expandCiphersuites, OPENSSL_DEFAULT_CIPHERSUITES } from '../../src/openssl/ciphersuites.js';
import { benchRows, writePart, type ToolRow } from './rows.js';

/** The typical strings of the brief. */
export const TYPICAL: readonly string[] = [
  'HIGH:!aNULL:!MD5',
  'ECDHE+AESGCM:ECDHE+CHACHA20:DHE+AESGCM',
  'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384:DHE-RSA-CHACHA20-POLY1305',
  'DEFAULT',
];

/** Runs the cipher-string benchmarks; each row's ratio is against the split(':') baseline. */
export async function benchCipherString(quick: boolean): Promise<ToolRow[]> {
  let i = 0;
  let sink = 0;
  const bench = new Bench({ time: quick ? 150 : 1000, warmupTime: quick ? 50 : 200 });
  bench
    .add("baseline: str.split(':')", () => {
      sink += TYPICAL[i++ % TYPICAL.length]!.split(':').length;
    })
    .add('expandCipherString, cached', () => {
      sink += expandCipherString(TYPICAL[i++ % TYPICAL.length]!).suites.length;
    })
    .add('expandCipherString, fresh', () => {
      sink += expandFresh(TYPICAL[i++ % TYPICAL.length]!, undefined, false, false).suites.length;
    })
    .add('fresh, seclevel 2', () => {
      sink += expandFresh(TYPICAL[i++ % TYPICAL.length]!, 2, false, false).suites.length;
    })
    .add('expandCiphersuites', () => {
      sink += expandCiphersuites(OPENSSL_DEFAULT_CIPHERSUITES).suites.length;
    });
  await bench.run();
  if (sink < 0) console.log(sink);
  return benchRows('cipher-string', bench, "baseline: str.split(':')");
}

if (process.argv[1]?.endsWith('cipher-string.ts')) {
  const rows = await benchCipherString(process.argv.includes('--quick'));
  await writePart('cipher-string', rows);
  const fresh = rows.find((r) => r.task === 'expandCipherString, fresh')!;
  console.log(`fresh expansions of typical strings: ${Math.round(fresh.value).toLocaleString('en')}/s (aim: 50,000/s)`);
}
