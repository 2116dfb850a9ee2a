/**
 * The real OpenSSH programs as oracles for the differential tests: `sshd -T -f <config> [-C user=...,host=...,addr=...]` and
 * `ssh -G -F <config> [-l user] <host>`, and the checked-in snapshots of their answers (test/fixtures/sshd/expected.json,
 * test/fixtures/ssh/expected.json) that keep the assertions alive where the programs are missing.
 *
 * A case is a set of files written into a fresh temporary folder; `@DIR@` in their text stands for that folder, so that
 * Include and HostKey lines name real absolute paths for the programs. sshd needs a host key to print anything: every sshd
 * case names a throwaway Ed25519 key made in the folder (`@DIR@/hostkey`).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { includer, readIncluded } from '../../../src/scan/include.js';
import type { ExtractContext } from '../../../src/scan/types.js';
import {
  DEFAULT_CA_SIGS, DEFAULT_CIPHERS, DEFAULT_GSS_KEX, DEFAULT_KEX, DEFAULT_KEYS, DEFAULT_MACS,
} from '../../../src/extract/openssh/defaults.js';

/** The lists compared, by the lowercase names `sshd -T` and `ssh -G` print. */
export const COMPARED = [
  'ciphers', 'macs', 'kexalgorithms', 'hostkeyalgorithms', 'pubkeyacceptedalgorithms', 'casignaturealgorithms',
  'hostbasedacceptedalgorithms', 'gssapikexalgorithms',
] as const;
export type ComparedKey = (typeof COMPARED)[number];

/** One run of a program on a case, as the snapshot holds it. */
export interface OracleAnswer {
  /** Whether the program accepted the configuration. */
  readonly ok: boolean;
  /** The lists it printed (when ok). */
  readonly lists?: Partial<Record<ComparedKey, string>>;
}

/** A connection for `sshd -T -C`. */
export interface SshdRun {
  readonly user: string;
  readonly host: string;
  readonly addr: string;
  readonly laddr: string;
  readonly lport: number;
}

/** A destination for `ssh -G`. */
export interface SshRun {
  readonly host: string;
  readonly user?: string;
}

/** A case of the differential tests. */
export interface OracleCase<R> {
  readonly name: string;
  /** Files by path relative to the case folder; the first is the configuration given to the program. */
  readonly files: Readonly<Record<string, string>>;
  /** The runs: a connection or destination each (`null`: sshd -T without -C). */
  readonly runs: readonly { readonly run: R | null; readonly expected?: OracleAnswer }[];
}

/** A snapshot file. */
export interface Snapshot<R> {
  readonly openssh: string;
  readonly note: string;
  readonly cases: readonly OracleCase<R>[];
}

/** The `ssh -V` banner, or undefined when ssh is missing. */
export function opensshVersion(): string | undefined {
  const r = spawnSync('ssh', ['-V'], { encoding: 'utf8' });
  if (r.error) return undefined;
  return (r.stderr || r.stdout).trim().split(/,/)[0];
}

/** Why sshd cannot serve as an oracle here, or undefined when it can. */
export function sshdUnavailable(): string | undefined {
  if (spawnSync('sshd', ['-V'], { encoding: 'utf8' }).error && spawnSync('/usr/sbin/sshd', ['-V']).error) return 'sshd is not installed (Debian package openssh-server)';
  if (spawnSync('ssh-keygen', ['-?']).error) return 'ssh-keygen is not installed (Debian package openssh-client)';
  if (typeof process.getuid === 'function' && process.getuid() !== 0) return 'sshd -T must run as root';
  const v = opensshVersion();
  if (!v?.startsWith('OpenSSH_9.2p1')) return `the installed OpenSSH is ${v ?? 'unknown'}, not 9.2p1, whose defaults the extractors state`;
  try {
    mkdirSync('/run/sshd', { recursive: true });
  } catch {
    return 'cannot create /run/sshd';
  }
  return undefined;
}

/** Why ssh cannot serve as an oracle here, or undefined when it can. */
export function sshUnavailable(): string | undefined {
  const v = opensshVersion();
  if (v === undefined) return 'ssh is not installed (Debian package openssh-client)';
  if (!v.startsWith('OpenSSH_9.2p1')) return `the installed OpenSSH is ${v}, not 9.2p1, whose defaults the extractors state`;
  return undefined;
}

/** A case's files written into a fresh folder; call `done()` to remove it. */
export interface Materialized {
  readonly dir: string;
  /** The absolute path of the configuration (the first file). */
  readonly config: string;
  /** Its text with `@DIR@` replaced. */
  readonly text: string;
  /** The include function of the scan, rooted at the folder. */
  readonly include: ExtractContext['include'];
  readonly done: () => void;
}

let hostKeyDir: string | undefined;

/** A throwaway host key shared by all cases of a run (made once; ssh-keygen is only needed with the oracle). */
function hostKey(): string | undefined {
  if (hostKeyDir === undefined) {
    hostKeyDir = mkdtempSync(join(tmpdir(), 'cryptrec-hostkey-'));
    try {
      execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(hostKeyDir, 'hostkey')], { stdio: 'ignore' });
    } catch {
      return undefined;
    }
  }
  return join(hostKeyDir, 'hostkey');
}

/** Removes the throwaway host key (call once the cases are done: afterAll). */
export function removeHostKey(): void {
  if (hostKeyDir !== undefined) rmSync(hostKeyDir, { recursive: true, force: true });
  hostKeyDir = undefined;
}

/**
 * Writes a case's files into a temporary folder.
 * @example
 * const m = materialize(c); try { ... } finally { m.done(); }
 */
export function materialize(files: Readonly<Record<string, string>>): Materialized {
  const dir = mkdtempSync(join(tmpdir(), 'cryptrec-openssh-'));
  const names = Object.keys(files);
  for (const name of names) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, files[name]!.replaceAll('@DIR@', dir));
  }
  const key = hostKey();
  if (key) {
    // sshd refuses a private host key that others may read.
    writeFileSync(join(dir, 'hostkey'), readFileSync(key), { mode: 0o600 });
    writeFileSync(join(dir, 'hostkey.pub'), readFileSync(`${key}.pub`));
  }
  const config = join(dir, names[0]!);
  return {
    dir, config, text: readFileSync(config, 'utf8'),
    include: includer(dir, (abs) => readIncluded(abs, 2 * 1024 * 1024)),
    done: () => rmSync(dir, { recursive: true, force: true }),
  };
}

function parseLists(stdout: string): Partial<Record<ComparedKey, string>> {
  const lists: Partial<Record<ComparedKey, string>> = {};
  for (const line of stdout.split('\n')) {
    const sp = line.indexOf(' ');
    const key = (sp === -1 ? line : line.slice(0, sp)) as ComparedKey;
    if ((COMPARED as readonly string[]).includes(key)) lists[key] = sp === -1 ? '' : line.slice(sp + 1);
  }
  return lists;
}

/**
 * `sshd -T -f <config>`, with `-C` for a connection.
 * @example
 * runSshd('/tmp/x/sshd_config', { user: 'bob', host: 'h', addr: '10.0.0.1', laddr: '192.0.2.1', lport: 22 });
 */
export function runSshd(config: string, run: SshdRun | null): OracleAnswer {
  const args = ['-T', '-f', config];
  if (run) args.push('-C', `user=${run.user},host=${run.host},addr=${run.addr},laddr=${run.laddr},lport=${run.lport}`);
  const r = spawnSync('sshd', args, { encoding: 'utf8', timeout: 20_000 });
  if (r.status !== 0) return { ok: false };
  return { ok: true, lists: parseLists(r.stdout) };
}

/**
 * `ssh -G -F <config> [-l user] <host>`.
 * @example
 * runSsh('/tmp/x/ssh_config', { host: 'db1' });
 */
export function runSsh(config: string, run: SshRun): OracleAnswer {
  const args = ['-G', '-F', config];
  if (run.user) args.push('-l', run.user);
  args.push(run.host);
  const r = spawnSync('ssh', args, { encoding: 'utf8', timeout: 20_000, stdio: ['ignore', 'pipe', 'pipe'] });
  // ssh 9.2 -G reports a list it cannot build ("fill_default_options: ciphers: invalid argument"), leaves that list and the
  // ones built after it out, and still exits 0: that is a refusal too.
  if (r.status !== 0 || /fill_default_options: .*invalid argument/.test(r.stderr)) return { ok: false };
  return { ok: true, lists: parseLists(r.stdout) };
}

/** The default lists of OpenSSH 9.2p1, which the snapshots write as `@default` to stay small. */
const DEFAULT_LISTS: Readonly<Record<ComparedKey, string>> = {
  ciphers: DEFAULT_CIPHERS.join(','), macs: DEFAULT_MACS.join(','), kexalgorithms: DEFAULT_KEX.join(','),
  hostkeyalgorithms: DEFAULT_KEYS.join(','), pubkeyacceptedalgorithms: DEFAULT_KEYS.join(','), casignaturealgorithms: DEFAULT_CA_SIGS.join(','),
  hostbasedacceptedalgorithms: DEFAULT_KEYS.join(','), gssapikexalgorithms: DEFAULT_GSS_KEX.join(','),
};

/** An answer with default lists written `@default` (also at the head of a longer list). */
export function compact(a: OracleAnswer): OracleAnswer {
  if (!a.lists) return a;
  const lists: Partial<Record<ComparedKey, string>> = {};
  for (const k of COMPARED) {
    const v = a.lists[k];
    if (v !== undefined) lists[k] = v === DEFAULT_LISTS[k] || v.startsWith(`${DEFAULT_LISTS[k]},`) ? `@default${v.slice(DEFAULT_LISTS[k].length)}` : v;
  }
  return { ok: a.ok, lists };
}

/** An answer with `@default` written out. */
export function expand(a: OracleAnswer): OracleAnswer {
  if (!a.lists) return a;
  const lists: Partial<Record<ComparedKey, string>> = {};
  for (const k of COMPARED) {
    const v = a.lists[k];
    if (v !== undefined) lists[k] = v.startsWith('@default') ? DEFAULT_LISTS[k] + v.slice('@default'.length) : v;
  }
  return { ok: a.ok, lists };
}

/** Reads a snapshot. */
export function readSnapshot<R>(url: URL): Snapshot<R> {
  return JSON.parse(readFileSync(url, 'utf8')) as Snapshot<R>;
}
