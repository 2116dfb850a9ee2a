/**
 * The real `openssl ciphers` as an oracle for the cipher-string engine: many strings per `sh` process, two processes at a
 * time, every call with `OPENSSL_CONF` pointing at no configuration (Debian's openssl.cnf would raise the security level)
 * or at one that only sets the security level, for the cases that give one as an option.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandCipherString } from '../../src/openssl/cipher-string.js';

/** One question for OpenSSL: a cipher string (with the options of expandCipherString) or a TLS 1.3 list. */
export interface OracleCase {
  readonly kind: 'cipher-string' | 'ciphersuites';
  readonly str: string;
  /** cipher-string only: the security level; with it, `openssl ciphers -s`. */
  readonly seclevel?: number;
  /** The level comes from the string itself: use -s, with no configured level. */
  readonly filtered?: boolean;
  readonly psk?: boolean;
  readonly srp?: boolean;
}

/** What OpenSSL answered: refused, or the suites' code points (`C02F`) in its order. */
export interface OracleAnswer {
  readonly accepted: boolean;
  readonly ids: readonly string[];
}

/** `OpenSSL 3.0.22 25 Aug 2026` when the program is there, else undefined. */
export function opensslVersion(): string | undefined {
  const r = spawnSync('openssl', ['version'], { encoding: 'utf8', env: { ...process.env, OPENSSL_CONF: '/dev/null' } });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** Why the live oracle cannot be used (undefined: it can): it must be OpenSSL 3.0.x, whose language and table the engine models. */
export function oracleReason(): string | undefined {
  if (process.env.CRYPTREC_SKIP_OPENSSL === '1') return 'CRYPTREC_SKIP_OPENSSL=1';
  const v = opensslVersion();
  if (v === undefined) return 'openssl is not installed (Debian package openssl)';
  if (!/^OpenSSL 3\.0\.\d+/.test(v)) return `the installed openssl is "${v}", not OpenSSL 3.0.x`;
  return undefined;
}

/**
 * The case with the flag the oracle needs: a level that the string itself sets (as the engine reads it) still means `-s`.
 * A string that OpenSSL reads differently shows up as a difference in the suites.
 */
export function withFilter(c: OracleCase): OracleCase {
  if (c.kind !== 'cipher-string' || c.seclevel !== undefined) return c;
  return expandCipherString(c.str).seclevel !== undefined ? { ...c, filtered: true } : c;
}

const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

let confDir: string | undefined;
const confs = new Map<number, string>();
/**
 * A configuration that only sets the security level, as `CipherString = DEFAULT:@SECLEVEL=n` does for every SSL_CTX. Each
 * is written once: a shell of another batch may be reading it.
 */
function confFor(level: number): string {
  const known = confs.get(level);
  if (known) return known;
  confDir ??= mkdtempSync(join(tmpdir(), 'cryptrec-openssl-'));
  const path = join(confDir, `seclevel${level}.cnf`);
  confs.set(level, path);
  writeFileSync(path, [
    'openssl_conf = openssl_init', '[openssl_init]', 'ssl_conf = ssl_sect', '[ssl_sect]', 'system_default = system_default_sect',
    '[system_default_sect]', `CipherString = DEFAULT:@SECLEVEL=${level}`, '',
  ].join('\n'));
  return path;
}

function command(c: OracleCase): string {
  if (c.kind === 'ciphersuites') {
    // One known TLS 1.2 suite after the list, dropped from the answer, so that an empty TLS 1.3 list is no error.
    return `OPENSSL_CONF=/dev/null openssl ciphers -V -ciphersuites ${quote(c.str)} AES128-SHA`;
  }
  const conf = c.seclevel !== undefined ? confFor(c.seclevel) : '/dev/null';
  const flags = [c.seclevel !== undefined || c.filtered ? '-s' : '', c.psk ? '-psk' : '', c.srp ? '-srp' : ''].filter(Boolean).join(' ');
  return `OPENSSL_CONF=${conf} openssl ciphers -V ${flags} -ciphersuites '' -- ${quote(c.str)}`;
}

function parse(c: OracleCase, block: string[], rc: number): OracleAnswer {
  if (rc !== 0) return { accepted: false, ids: [] };
  const ids = block.flatMap((line) => {
    const m = /^\s*0x([0-9A-F]{2}),0x([0-9A-F]{2}) - /.exec(line);
    return m ? [`${m[1]}${m[2]}`] : [];
  });
  if (c.kind === 'ciphersuites') ids.pop();
  return { accepted: true, ids };
}

function runBatch(cases: readonly OracleCase[]): Promise<OracleAnswer[]> {
  const script = cases.map((c, i) => `echo '@@@ ${i}'; ${command(c)} 2>/dev/null; echo "@@@rc $?"`).join('\n');
  return new Promise((resolve, reject) => {
    const sh = spawn('sh', ['-s'], { stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    sh.stdout.setEncoding('utf8');
    sh.stdout.on('data', (d: string) => (out += d));
    sh.on('error', reject);
    sh.on('close', () => {
      const answers: OracleAnswer[] = [];
      let block: string[] = [];
      let index = -1;
      for (const line of out.split('\n')) {
        const start = /^@@@ (\d+)$/.exec(line);
        const end = /^@@@rc (\d+)$/.exec(line);
        if (start) {
          index = Number(start[1]);
          block = [];
        } else if (end) {
          answers[index] = parse(cases[index]!, block, Number(end[1]));
        } else block.push(line);
      }
      if (answers.length !== cases.length || answers.some((a) => a === undefined)) reject(new Error('the oracle script did not answer every case'));
      else resolve(answers);
    });
    sh.stdin.end(script);
  });
}

/** Asks OpenSSL every case, `parallel` shells at a time; answers come back in the order of the cases. */
export async function askOpenssl(cases: readonly OracleCase[], parallel = 2): Promise<OracleAnswer[]> {
  const chunk = Math.max(1, Math.ceil(cases.length / (parallel * 4)));
  const batches: OracleCase[][] = [];
  for (let i = 0; i < cases.length; i += chunk) batches.push(cases.slice(i, i + chunk));
  const results: OracleAnswer[][] = new Array(batches.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < batches.length) {
      const mine = next++;
      results[mine] = await runBatch(batches[mine]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, batches.length) }, worker));
  return results.flat();
}
