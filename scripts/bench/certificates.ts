/**
 * Benchmark: certificates parsed and judged per second over the machine's trust store (/etc/ssl/certs, else the x509
 * fixtures), against Node's own `new X509Certificate()` on the same certificates in the same run. Figures are ratios,
 * since the machines are shared and noisy.
 *
 *   tsx scripts/bench/certificates.ts [--quick]
 */
import { X509Certificate } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Bench } from 'tinybench';
import { benchRows, writePart, type ToolRow } from './rows.js';
import { getList } from '../../src/catalog/versions.js';
import { extractX509 } from '../../src/extract/x509/index.js';
import { splitPem } from '../../src/extract/x509/pem.js';
import { toFinding, type JudgeSettings } from '../../src/scan/finding.js';
import type { ExtractContext } from '../../src/scan/types.js';

const STORE = '/etc/ssl/certs';
const FIXTURES = fileURLToPath(new URL('../../test/fixtures/x509/certs', import.meta.url));

/** One certificate file: its bytes and the DER Node is given. */
interface Sample {
  readonly path: string;
  readonly bytes: Uint8Array;
  readonly der: Buffer;
}

function samples(): { readonly from: string; readonly files: Sample[] } {
  const fromStore = existsSync(STORE) && readdirSync(STORE).some((n) => n.endsWith('.pem'));
  const dir = fromStore ? STORE : FIXTURES;
  const suffix = fromStore ? '.pem' : '.crt';
  const files = readdirSync(dir).filter((n) => n.endsWith(suffix)).sort().flatMap((name) => {
    const bytes = new Uint8Array(readFileSync(join(dir, name)));
    const der = splitPem(Buffer.from(bytes).toString('latin1'))[0]?.der;
    return der ? [{ path: name, bytes, der: Buffer.from(der) }] : [];
  });
  return { from: dir, files };
}

/** Runs the benchmark over the trust store (or the fixtures where there is none). */
export async function benchCertificates(quick: boolean): Promise<{ from: string; count: number; rows: ToolRow[] }> {
  const { from, files } = samples();
  const ctxs: ExtractContext[] = files.map((f) => ({
    path: f.path, absolutePath: join(from, f.path), readFile: async () => undefined, include: () => ({ files: [], unreadable: [] }), at: new Date(),
  }));
  const settings: JudgeSettings = { list: getList('latest'), at: new Date(), purpose: 'new', all: true, lang: 'en' };
  let sink = 0;
  const bench = new Bench({ time: quick ? 300 : 2000, warmupTime: quick ? 100 : 300 });
  bench
    .add('baseline: new X509Certificate()', () => {
      for (const f of files) sink += new X509Certificate(f.der).serialNumber.length;
    })
    .add('x509 extractor (parse)', () => {
      files.forEach((f, k) => {
        sink += extractX509(f.bytes, ctxs[k]!).length;
      });
    })
    .add('x509 extractor + judge', () => {
      files.forEach((f, k) => {
        for (const x of extractX509(f.bytes, ctxs[k]!)) if (toFinding(x, 'x509', settings)) sink++;
      });
    });
  await bench.run();
  if (sink < 0) console.log(sink);
  // Each task handles every certificate once per run: certificates per second = runs per second x count.
  const rows = benchRows('certificates', bench, 'baseline: new X509Certificate()')
    .map((r) => ({ ...r, value: r.value * files.length, baselineValue: r.baselineValue * files.length, unit: 'certs/s' }));
  return { from, count: files.length, rows };
}

if (process.argv[1]?.endsWith('certificates.ts')) {
  const { from, count, rows } = await benchCertificates(process.argv.includes('--quick'));
  console.log(`${count} certificates from ${from}`);
  await writePart('certificates', rows);
}
