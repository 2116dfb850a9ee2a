/**
 * Differential test of the sshd_config reader against `sshd -T` (OpenSSH 9.2p1): on every case of the snapshot
 * (test/fixtures/sshd/expected.json: the fixtures and generated configurations, each without and with `-C` connections), the
 * effective Ciphers, MACs, KexAlgorithms, HostKeyAlgorithms, PubkeyAcceptedAlgorithms, CASignatureAlgorithms,
 * HostbasedAcceptedAlgorithms and GSSAPIKexAlgorithms must be the ones sshd prints, name for name and in order; where sshd
 * refuses the configuration, the reader must report a problem, and only there.
 *
 * The snapshot holds sshd's answers, so the assertion runs everywhere; where sshd 9.2p1 can run (root, Debian package
 * openssh-server), the snapshot itself is checked against sshd first.
 */
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { sshdAlgorithmsFor } from '../../../src/extract/openssh/sshd.js';
import {
  COMPARED, expand, materialize, removeHostKey, type Materialized, readSnapshot, runSshd, sshdUnavailable, type ComparedKey, type OracleAnswer, type SshdRun,
} from './oracle.js';

const snapshot = readSnapshot<SshdRun>(new URL('../../fixtures/sshd/expected.json', import.meta.url));
const why = sshdUnavailable();
if (why) console.warn(`sshd-differential: not running sshd (${why}); checking against the snapshot only`);

/** What the reader says for one run, in the oracle's terms. */
function ours(m: Materialized, run: SshdRun | null): { answer: OracleAnswer; problems: string[] } {
  const connection = run ? { user: run.user, host: run.host, address: run.addr, localAddress: run.laddr, localPort: run.lport } : undefined;
  const got = sshdAlgorithmsFor(m.text, { path: 'sshd_config', absolutePath: m.config, include: m.include }, connection);
  const lists: Partial<Record<ComparedKey, string>> = {};
  for (const l of got.lists) lists[l.keyword.toLowerCase() as ComparedKey] = l.names.map((n) => n.name).join(',');
  const problems = got.problems.map((p) => `${p.location.line}:${p.location.column} ${p.message.en}`);
  return { answer: problems.length ? { ok: false } : { ok: true, lists }, problems };
}

describe('sshd_config reader against sshd -T', () => {
  afterAll(removeHostKey);

  const runs = snapshot.cases.flatMap((c) => c.runs.map((r, i) => ({ c, r, i })));

  it('has a set of at least 40 configurations, with Match connections, failures and includes', () => {
    expect(snapshot.cases.length).toBeGreaterThanOrEqual(40);
    expect(snapshot.openssh).toMatch(/^OpenSSH_9\.2p1/);
    expect(runs.filter(({ r }) => r.run !== null).length).toBeGreaterThan(20);
    expect(runs.filter(({ r }) => r.expected?.ok === false).length).toBeGreaterThan(5);
    expect(snapshot.cases.filter((c) => Object.keys(c.files).length > 1).length).toBeGreaterThan(5);
  });

  it.each(snapshot.cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const m = materialize(c.files);
    onTestFinished(() => m.done());
    for (const r of c.runs) {
      const expected = expand(r.expected!);
      const got = ours(m, r.run);
      const label = `${c.name} ${r.run ? JSON.stringify(r.run) : '(no -C)'}`;
      expect(got.answer.ok, `${label}: sshd ${expected.ok ? 'accepts' : 'refuses'} it; problems: ${got.problems.join('; ')}`).toBe(expected.ok);
      if (expected.ok) {
        for (const k of COMPARED) expect(got.answer.lists?.[k], `${label}: ${k}`).toBe(expected.lists?.[k]);
      }
    }
  });

  it.skipIf(why !== undefined)('the snapshot is what sshd answers now', () => {
    let compared = 0;
    for (const c of snapshot.cases) {
      const m = materialize(c.files);
      try {
        for (const r of c.runs) {
          expect(runSshd(m.config, r.run), `${c.name} ${JSON.stringify(r.run)}`).toEqual(expand(r.expected!));
          compared++;
        }
      } finally {
        m.done();
      }
    }
    expect(compared).toBeGreaterThan(100);
  });
});
