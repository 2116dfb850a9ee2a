/**
 * Differential test of the ssh_config reader against `ssh -G -F <config> [-l user] <host>` (OpenSSH 9.2p1): on every case of
 * the snapshot (test/fixtures/ssh/expected.json: the fixtures, corner cases and generated configurations, each for several
 * destinations), the effective Ciphers, MACs, KexAlgorithms, HostKeyAlgorithms, PubkeyAcceptedAlgorithms,
 * CASignatureAlgorithms, HostbasedAcceptedAlgorithms and GSSAPIKexAlgorithms must be the ones ssh prints, name for name and
 * in order; where ssh refuses the configuration, the reader must report a problem, and only there.
 *
 * The snapshot was made as root, so `Match localuser` sees `root`. Where ssh 9.2p1 is installed (Debian package
 * openssh-client), the snapshot itself is checked against ssh first.
 */
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { sshAlgorithmsFor } from '../../../src/extract/openssh/ssh.js';
import {
  COMPARED, expand, materialize, removeHostKey, type Materialized, readSnapshot, runSsh, sshUnavailable, type ComparedKey, type OracleAnswer, type SshRun,
} from './oracle.js';

const snapshot = readSnapshot<SshRun>(new URL('../../fixtures/ssh/expected.json', import.meta.url));
const why = sshUnavailable();
if (why) console.warn(`ssh-differential: not running ssh (${why}); checking against the snapshot only`);

function ours(m: Materialized, run: SshRun): { answer: OracleAnswer; problems: string[] } {
  const got = sshAlgorithmsFor(m.text, { path: 'ssh_config', absolutePath: m.config, include: m.include }, {
    host: run.host, ...(run.user ? { user: run.user } : {}), localUser: 'root',
  });
  const lists: Partial<Record<ComparedKey, string>> = {};
  for (const l of got.lists) lists[l.keyword.toLowerCase() as ComparedKey] = l.names.map((n) => n.name).join(',');
  const problems = got.problems.map((p) => `${p.location.line}:${p.location.column} ${p.message.en}`);
  return { answer: problems.length ? { ok: false } : { ok: true, lists }, problems };
}

describe('ssh_config reader against ssh -G', () => {
  afterAll(removeHostKey);

  it('has a set of at least 40 configurations, with failures and includes', () => {
    expect(snapshot.cases.length).toBeGreaterThanOrEqual(40);
    expect(snapshot.openssh).toMatch(/^OpenSSH_9\.2p1/);
    const runs = snapshot.cases.flatMap((c) => c.runs);
    expect(runs.filter((r) => r.expected?.ok === false).length).toBeGreaterThan(5);
    expect(snapshot.cases.filter((c) => Object.keys(c.files).length > 1).length).toBeGreaterThan(5);
  });

  it.each(snapshot.cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const m = materialize(c.files);
    onTestFinished(() => m.done());
    for (const r of c.runs) {
      const expected = expand(r.expected!);
      const got = ours(m, r.run!);
      const label = `${c.name} ${JSON.stringify(r.run)}`;
      expect(got.answer.ok, `${label}: ssh ${expected.ok ? 'accepts' : 'refuses'} it; problems: ${got.problems.join('; ')}`).toBe(expected.ok);
      if (expected.ok) {
        for (const k of COMPARED) expect(got.answer.lists?.[k], `${label}: ${k}`).toBe(expected.lists?.[k]);
      }
    }
  });

  it.skipIf(why !== undefined)('the snapshot is what ssh answers now', () => {
    let compared = 0;
    for (const c of snapshot.cases) {
      const m = materialize(c.files);
      try {
        for (const r of c.runs) {
          expect(runSsh(m.config, r.run!), `${c.name} ${JSON.stringify(r.run)}`).toEqual(expand(r.expected!));
          compared++;
        }
      } finally {
        m.done();
      }
    }
    expect(compared).toBeGreaterThan(100);
  });
});
