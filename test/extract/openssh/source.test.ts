import { describe, expect, it } from 'vitest';
import { MAX_INCLUDE_DEPTH, readSource, type Program } from '../../../src/extract/openssh/source.js';
import type { IncludeResult } from '../../../src/scan/types.js';

/** The (pattern, base folder) pairs an Include line asks for, and the problems and notes of reading. */
function asked(text: string, absolutePath: string | undefined, program: Program, path = 'cfg') {
  const calls: string[] = [];
  const include = (pattern: string, baseDir: string): IncludeResult => {
    calls.push(`${pattern} @ ${baseDir}`);
    return { files: [{ path: 'inc.conf', absolutePath: '/x/inc.conf', text: 'Ciphers aes128-ctr\n' }], unreadable: [] };
  };
  const { root, problems } = readSource(text, { path, ...(absolutePath ? { absolutePath } : {}) }, { program, include });
  const notes = root.items.flatMap((i) => (i.kind === 'include' ? i.files.map((f) => f.note?.en) : []));
  return { calls, problems: problems.map((p) => p.message.en), notes };
}

describe('where Include looks', () => {
  it('sshd: relative to /etc/ssh, which is the etc/ssh folder the config sits in', () => {
    expect(asked('Include a.conf\nInclude /etc/ssh/x/*.conf\nInclude /opt/y.conf\n', '/srv/img/etc/ssh/sshd_config', 'sshd').calls).toEqual([
      'a.conf @ /srv/img/etc/ssh', 'x/*.conf @ /srv/img/etc/ssh', '/opt/y.conf @ /',
    ]);
    expect(asked('Include /etc/ssh/sshd_config.d/*.conf\n', '/etc/ssh/sshd_config', 'sshd').calls).toEqual(['/etc/ssh/sshd_config.d/*.conf @ /']);
  });

  it('sshd: a config kept elsewhere reads them from its own folder, and the files say so', () => {
    const got = asked('Include /etc/ssh/sshd_config.d/*.conf\n', '/repo/deploy/sshd_config', 'sshd', 'deploy/sshd_config');
    expect(got.calls).toEqual(['sshd_config.d/*.conf @ /repo/deploy']);
    expect(got.notes).toEqual(['Include path read relative to deploy/, standing for /etc/ssh']);
    // A drop-in read alone stands in the folder above its own.
    expect(asked('Include other.conf\n', '/repo/deploy/sshd_config.d/a.conf', 'sshd').calls).toEqual(['other.conf @ /repo/deploy']);
  });

  it('ssh: ~/.ssh for a user config, /etc/ssh for the system one, where ~ is refused', () => {
    expect(asked('Include config.d/*\nInclude ~/.ssh/extra\n', '/home/ann/.ssh/config', 'ssh').calls).toEqual([
      'config.d/* @ /home/ann/.ssh', '.ssh/extra @ /home/ann',
    ]);
    const system = asked('Include ~/x\nInclude ssh_config.d/*.conf\n', '/etc/ssh/ssh_config', 'ssh');
    expect(system.calls).toEqual(['ssh_config.d/*.conf @ /etc/ssh']);
    expect(system.problems).toEqual(['a system-wide ssh_config may not Include a path under ~ (~/x)']);
  });

  it('without a path, relative Includes are not followed; absolute ones are', () => {
    expect(asked('Include a.conf\nInclude /etc/ssh/b.conf\n', undefined, 'sshd').calls).toEqual(['/etc/ssh/b.conf @ /']);
  });

  it('stops at the depth OpenSSH stops at', () => {
    let depth = 0;
    const include = (): IncludeResult => {
      depth++;
      return { files: [{ path: 'loop.conf', absolutePath: '/loop.conf', text: 'Include /loop.conf\n' }], unreadable: [] };
    };
    const { problems } = readSource('Include /loop.conf\n', { path: 'sshd_config' }, { program: 'sshd', include });
    expect(depth).toBe(MAX_INCLUDE_DEPTH);
    expect(problems.map((p) => p.message.en)).toEqual([expect.stringMatching(/more than 16 levels/)]);
  });

  it('reports files it cannot read, but not missing ones', () => {
    const include = (): IncludeResult => ({ files: [], unreadable: [{ path: 'a.conf', reason: 'ENOENT' }, { path: 'b.conf', reason: 'binary file' }] });
    const { problems } = readSource('Include /x/*.conf\n', { path: 'sshd_config' }, { program: 'sshd', include });
    expect(problems.map((p) => `${p.location.line}:${p.location.column} ${p.message.en}`)).toEqual([
      '1:9 the included file b.conf could not be read (binary file); its settings are unknown',
    ]);
  });
});
