/**
 * Writes the snapshots of the OpenSSH differential tests: runs `sshd -T` and `ssh -G` (OpenSSH 9.2p1, as root for sshd) on
 * every case of cases.ts and stores the cases with the programs' answers.
 *
 *   npx tsx test/extract/openssh/regenerate.ts
 */
import { writeFileSync } from 'node:fs';
import { sshCases, sshdCases } from './cases.js';
import { compact, materialize, removeHostKey, opensshVersion, runSsh, runSshd, sshdUnavailable, sshUnavailable, type OracleCase, type Snapshot } from './oracle.js';

const NOTE = 'Answers of the real programs, written by test/extract/openssh/regenerate.ts; @DIR@ stands for the folder each case is written into.';

function answer<R>(cases: OracleCase<R>[], run: (config: string, r: R | null) => ReturnType<typeof runSshd>): OracleCase<R>[] {
  return cases.map((c) => {
    const m = materialize(c.files);
    try {
      return { ...c, runs: c.runs.map((r) => ({ run: r.run, expected: compact(run(m.config, r.run)) })) };
    } finally {
      m.done();
    }
  });
}

const sshdWhy = sshdUnavailable();
const sshWhy = sshUnavailable();
if (sshdWhy || sshWhy) throw new Error(`cannot regenerate: ${sshdWhy ?? sshWhy}`);
const version = opensshVersion()!;
const sshd: Snapshot<unknown> = { openssh: version, note: NOTE, cases: answer(sshdCases(), (config, r) => runSshd(config, r)) };
const ssh: Snapshot<unknown> = {
  openssh: version, note: NOTE,
  cases: answer(sshCases(), (config, r) => runSsh(config, r ?? { host: 'localhost' })),
};
// One line per case keeps the file small and its diffs readable.
const text = (s: Snapshot<unknown>): string =>
  `{"openssh": ${JSON.stringify(s.openssh)}, "note": ${JSON.stringify(s.note)}, "cases": [\n${s.cases.map((c) => JSON.stringify(c)).join(',\n')}\n]}\n`;
writeFileSync(new URL('../../fixtures/sshd/expected.json', import.meta.url), text(sshd));
writeFileSync(new URL('../../fixtures/ssh/expected.json', import.meta.url), text(ssh));
removeHostKey();
const count = (s: Snapshot<unknown>) => s.cases.reduce((n, c) => n + c.runs.length, 0);
console.log(`sshd: ${sshd.cases.length} cases, ${count(sshd)} runs; ssh: ${ssh.cases.length} cases, ${count(ssh)} runs`);
