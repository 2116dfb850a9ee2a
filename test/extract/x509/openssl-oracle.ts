/**
 * `openssl x509 -text -noout` as the oracle of the x509 extractor: one shell loop runs it over every certificate file
 * of a directory, and the text is read into the facts the extractor reports (key type, size, curve, signature
 * algorithm, serial, notAfter), keyed by the certificate's SHA-256 fingerprint.
 *
 * Run as a script, it prints those facts as JSON, the snapshot test/fixtures/x509/trust-store.json:
 *   npx tsx test/extract/x509/openssl-oracle.ts /etc/ssl/certs > test/fixtures/x509/trust-store.json
 */
import { spawnSync } from 'node:child_process';
import { resolveCurve } from '../../../src/names/curves.js';

/** What openssl says of one certificate, in the extractor's vocabulary. */
export interface OpensslAnswer {
  readonly file: string;
  readonly keyAlgorithm: string;
  readonly keyBits?: number;
  readonly curve?: string;
  readonly signatureAlgorithm: string;
  readonly serial: string;
  readonly notAfter: string;
}

/** OpenSSL's "Public Key Algorithm" names and the extractor's keyAlgorithm for each. */
const KEY_ALGORITHMS: Readonly<Record<string, string>> = {
  rsaEncryption: 'RSA', rsassaPss: 'RSA-PSS', id_ecPublicKey: 'EC', 'id-ecPublicKey': 'EC', dsaEncryption: 'DSA',
  ED25519: 'Ed25519', ED448: 'Ed448', X25519: 'X25519', X448: 'X448',
};

/**
 * Runs openssl once per file of `dir` whose name ends with `suffix` (PEM certificates), in one shell, and reads its
 * answers. Undefined when openssl is missing.
 * @example
 * const answers = opensslAnswers('/etc/ssl/certs'); // Map { '96BCEC06...' => { keyAlgorithm: 'RSA', keyBits: 4096, ... } }
 */
export function opensslAnswers(dir: string, suffix = '.pem'): Map<string, OpensslAnswer> | undefined {
  const script = 'for f in "$1"/*"$2"; do printf "==> %s\\n" "$f"; openssl x509 -in "$f" -noout -text -fingerprint -sha256 || exit 3; done';
  const run = spawnSync('bash', ['-c', script, 'oracle', dir, suffix], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.error || run.status !== 0) return undefined;
  return parseOpensslText(run.stdout);
}

/**
 * Reads the output of the loop above: `==> file` lines, each followed by `openssl x509 -text -noout -fingerprint` output.
 * @example
 * parseOpensslText('==> a.pem\nCertificate:\n ...'); // Map { fingerprint => answer }
 */
export function parseOpensslText(text: string): Map<string, OpensslAnswer> {
  const out = new Map<string, OpensslAnswer>();
  for (const chunk of text.split(/^==> /m).slice(1)) {
    const file = chunk.slice(0, chunk.indexOf('\n'));
    const fp = /^sha256 Fingerprint=([0-9A-F:]+)$/m.exec(chunk)?.[1]?.replace(/:/g, '');
    const sig = /^ {8}Signature Algorithm: (\S+)/m.exec(chunk)?.[1];
    const keyName = /Public Key Algorithm: (\S+)/.exec(chunk)?.[1];
    if (!fp || !sig || !keyName) throw new Error(`openssl output for ${file} lacks a fingerprint, signature or key algorithm`);
    const bits = /Public-Key: \((\d+) bit\)/.exec(chunk)?.[1];
    const curveName = /ASN1 OID: (\S+)/.exec(chunk)?.[1];
    const serialInline = /Serial Number: (?:\d+ )?\(0x([0-9a-f]+)\)/.exec(chunk)?.[1];
    const serialBlock = /Serial Number:\s*\n\s+([0-9a-f:]+)/.exec(chunk)?.[1];
    const serial = (serialInline ?? serialBlock ?? '').replace(/:/g, '').toUpperCase();
    const notAfterText = /Not After : (.+ GMT)/.exec(chunk)?.[1] ?? '';
    const keyAlgorithm = KEY_ALGORITHMS[keyName] ?? keyName;
    out.set(fp, {
      file, keyAlgorithm, ...(bits && keyAlgorithm !== 'Ed25519' && keyAlgorithm !== 'Ed448' ? { keyBits: Number(bits) } : {}),
      ...(curveName ? { curve: resolveCurve(curveName) ?? curveName } : {}), signatureAlgorithm: sig,
      // openssl prints an odd number of hex digits as it is; whole bytes are what the extractor prints.
      serial: serial.length % 2 ? `0${serial}` : serial,
      notAfter: `${new Date(notAfterText).toISOString().slice(0, 19)}Z`,
    });
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? '/etc/ssl/certs';
  const answers = opensslAnswers(dir);
  if (!answers) {
    process.stderr.write('openssl did not run\n');
    process.exit(1);
  }
  const version = spawnSync('openssl', ['version'], { encoding: 'utf8' }).stdout.trim();
  const certs = Object.fromEntries([...answers].sort(([a], [b]) => (a < b ? -1 : 1)).map(([fp, { file, ...rest }]) => [fp, { file: file.slice(file.lastIndexOf('/') + 1), ...rest }]));
  process.stdout.write(`${JSON.stringify({ oracle: `${version}, openssl x509 -text -noout`, directory: dir, certs }, null, 2)}\n`);
}
