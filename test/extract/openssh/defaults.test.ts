/**
 * The OpenSSH 9.2p1 facts of src/extract/openssh/defaults.ts checked against the installed programs (`ssh -Q`, `sshd -T`,
 * `ssh -G`, and each keyword tried in a configuration), where OpenSSH 9.2p1 is installed; elsewhere the tables in
 * defaults.ts are the checked-in record and only their self-consistency is tested.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_CA_SIGS, DEFAULT_CIPHERS, DEFAULT_GSS_KEX, DEFAULT_KEX, DEFAULT_KEYS, DEFAULT_MACS, SSH_KEYWORDS, SSHD_KEYWORDS, SSHD_MATCH_KEYWORDS,
  SUPPORTED_CIPHERS, SUPPORTED_GSS_KEX, SUPPORTED_KEX, SUPPORTED_KEYS, SUPPORTED_MACS, SUPPORTED_SIGS,
} from '../../../src/extract/openssh/defaults.js';
import { materialize, removeHostKey, runSsh, runSshd, sshdUnavailable, sshUnavailable } from './oracle.js';

const noSsh = sshUnavailable();
const noSshd = sshdUnavailable();
if (noSsh) console.warn(`openssh defaults: not asking ssh (${noSsh})`);
if (noSshd) console.warn(`openssh defaults: not asking sshd (${noSshd})`);

const query = (what: string) => spawnSync('ssh', ['-Q', what], { encoding: 'utf8' }).stdout.trim().split('\n');

describe('OpenSSH 9.2p1 tables', () => {
  afterAll(removeHostKey);

  it('defaults are supported names, without repeats', () => {
    for (const [defaults, supported] of [
      [DEFAULT_CIPHERS, SUPPORTED_CIPHERS], [DEFAULT_MACS, SUPPORTED_MACS], [DEFAULT_KEX, SUPPORTED_KEX], [DEFAULT_KEYS, SUPPORTED_KEYS],
      [DEFAULT_CA_SIGS, SUPPORTED_SIGS], [DEFAULT_GSS_KEX, SUPPORTED_GSS_KEX],
    ] as const) {
      expect(defaults.filter((d) => !supported.includes(d))).toEqual([]);
      expect(new Set(defaults).size).toBe(defaults.length);
    }
    expect([...SSHD_MATCH_KEYWORDS].filter((k) => !SSHD_KEYWORDS.has(k))).toEqual([]);
  });

  it.skipIf(noSsh !== undefined)('supported lists are what ssh -Q prints, in its order', () => {
    expect(query('cipher')).toEqual(SUPPORTED_CIPHERS);
    expect(query('mac')).toEqual(SUPPORTED_MACS);
    expect(query('kex')).toEqual(SUPPORTED_KEX);
    expect(query('key-sig')).toEqual(SUPPORTED_KEYS);
    expect(query('sig')).toEqual(SUPPORTED_SIGS);
    expect(query('kex-gss')).toEqual(SUPPORTED_GSS_KEX);
  });

  it.skipIf(noSsh !== undefined)('client defaults are what ssh -G prints for an empty configuration', () => {
    const m = materialize({ ssh_config: '' });
    try {
      expect(runSsh(m.config, { host: 'example.org' })).toEqual({
        ok: true,
        lists: {
          ciphers: DEFAULT_CIPHERS.join(','), macs: DEFAULT_MACS.join(','), kexalgorithms: DEFAULT_KEX.join(','), hostkeyalgorithms: DEFAULT_KEYS.join(','),
          pubkeyacceptedalgorithms: DEFAULT_KEYS.join(','), casignaturealgorithms: DEFAULT_CA_SIGS.join(','),
          hostbasedacceptedalgorithms: DEFAULT_KEYS.join(','), gssapikexalgorithms: DEFAULT_GSS_KEX.join(','),
        },
      });
    } finally {
      m.done();
    }
  });

  it.skipIf(noSshd !== undefined)('server defaults are what sshd -T prints for a configuration with only a host key', () => {
    const m = materialize({ sshd_config: 'HostKey @DIR@/hostkey\n' });
    try {
      expect(runSshd(m.config, null).lists).toEqual({
        ciphers: DEFAULT_CIPHERS.join(','), macs: DEFAULT_MACS.join(','), kexalgorithms: DEFAULT_KEX.join(','), hostkeyalgorithms: DEFAULT_KEYS.join(','),
        pubkeyacceptedalgorithms: DEFAULT_KEYS.join(','), casignaturealgorithms: DEFAULT_CA_SIGS.join(','),
        hostbasedacceptedalgorithms: DEFAULT_KEYS.join(','), gssapikexalgorithms: DEFAULT_GSS_KEX.join(','),
      });
    } finally {
      m.done();
    }
  });

  it.skipIf(noSshd !== undefined)('sshd knows every keyword of the table, refuses a made-up one, and allows in Match blocks exactly the listed ones', () => {
    const m = materialize({ sshd_config: '' });
    try {
      const errors = (text: string) => {
        writeFileSync(m.config, `HostKey ${join(m.dir, 'hostkey')}\n${text}`);
        return spawnSync('sshd', ['-T', '-f', m.config], { encoding: 'utf8' }).stderr;
      };
      const unknown = [...SSHD_KEYWORDS, 'nosuchkeyword'].filter((k) => /Bad configuration option/.test(errors(`${k} x\n`)));
      expect(unknown).toEqual(['nosuchkeyword']);
      const inMatch = [...SSHD_KEYWORDS].filter((k) => !/not allowed within a Match block/.test(errors(`Match User nobody\n${k} x\n`)));
      expect(inMatch.sort()).toEqual([...SSHD_MATCH_KEYWORDS].sort());
    } finally {
      m.done();
    }
  });

  it.skipIf(noSsh !== undefined)('ssh knows every keyword of the table and refuses a made-up one', () => {
    const m = materialize({ ssh_config: '' });
    try {
      const unknown = [...SSH_KEYWORDS, 'nosuchkeyword'].filter((k) => {
        writeFileSync(m.config, `${k} x\n`);
        return /Bad configuration option/.test(spawnSync('ssh', ['-G', '-F', m.config, 'h'], { encoding: 'utf8' }).stderr);
      });
      expect(unknown).toEqual(['nosuchkeyword']);
    } finally {
      m.done();
    }
  });
});
