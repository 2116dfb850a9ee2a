import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolve as resolveName } from '../../../src/names/resolve.js';
import {
  effectiveSshAlgorithms, effectiveSshdAlgorithms, extractSshConfig, extractSshdConfig, isSshConfigPath, isSshdConfigPath, sshConfigExtractor,
  sshdConfigExtractor,
} from '../../../src/extract/openssh/index.js';
import {
  DEFAULT_CA_SIGS, DEFAULT_CIPHERS, DEFAULT_GSS_KEX, DEFAULT_KEX, DEFAULT_KEYS, DEFAULT_MACS, SUPPORTED_CIPHERS, SUPPORTED_GSS_KEX,
  SUPPORTED_KEX, SUPPORTED_KEYS, SUPPORTED_MACS, SUPPORTED_SIGS,
} from '../../../src/extract/openssh/defaults.js';
import { includer, readIncluded } from '../../../src/scan/include.js';
import { scan } from '../../../src/scan/scan.js';
import type { Extraction } from '../../../src/scan/types.js';

const ROOT = fileURLToPath(new URL('../../fixtures/', import.meta.url));

/** The context scan() gives, rooted at a fixture folder. */
function ctx(format: 'sshd' | 'ssh', rel: string) {
  const root = join(ROOT, format);
  return {
    path: rel, absolutePath: join(root, rel), include: includer(root, (abs) => readIncluded(abs, 2 ** 21)), readFile: async () => undefined,
  };
}
const read = (format: 'sshd' | 'ssh', rel: string) => readFileSync(join(ROOT, format, rel), 'utf8');

/** `kind input path:line:column` of written usages and problems; defaults counted apart. */
function brief(xs: readonly Extraction[]): { written: string[]; defaults: string[] } {
  const written: string[] = [];
  const defaults: string[] = [];
  for (const x of xs) {
    const at = `${x.location.path}:${x.location.line}:${x.location.column}`;
    if (x.kind === 'parse-error') written.push(`error ${at} ${x.message.en}`);
    else if (x.kind === 'usage' && x.confidence === 'high') defaults.push(`${x.input} ${at} (${x.context?.en})`);
    else written.push(`${x.kind} ${x.input} ${at}`);
  }
  return { written, defaults };
}

describe('matches', () => {
  it('takes sshd_config, its drop-ins, ssh_config, its drop-ins and ~/.ssh/config', () => {
    for (const p of ['sshd_config', 'etc/ssh/sshd_config', 'etc/ssh/sshd_config.d/50-cloud-init.conf']) expect(isSshdConfigPath(p), p).toBe(true);
    for (const p of ['ssh_config', 'etc/ssh/ssh_config.d/x.conf', 'home/ann/.ssh/config', '.ssh/config']) expect(isSshConfigPath(p), p).toBe(true);
    for (const p of ['sshd_config.bak', 'sshd_config.d/x.txt', 'etc/ssh/moduli', 'nginx.conf', 'ssh/config', 'x/sshd_config.d/y/z.conf']) {
      expect(sshdConfigExtractor.matches(p, ''), p).toBe(false);
      expect(sshConfigExtractor.matches(p, ''), p).toBe(false);
    }
    expect(sshdConfigExtractor.id).toBe('sshd');
    expect(sshConfigExtractor.id).toBe('ssh');
  });

  it('extracts synchronously', () => {
    const got = sshdConfigExtractor.extract('Ciphers 3des-cbc\n', { path: 'sshd_config', absolutePath: '/nowhere/sshd_config', readFile: async () => undefined, include: () => ({ files: [], unreadable: [] }) });
    expect(Array.isArray(got)).toBe(true);
  });
});

describe('defaults', () => {
  it('are names resolve() reads, every one', () => {
    const all = [
      ...DEFAULT_CIPHERS, ...DEFAULT_MACS, ...DEFAULT_KEX, ...DEFAULT_KEYS, ...DEFAULT_CA_SIGS, ...DEFAULT_GSS_KEX, ...SUPPORTED_CIPHERS, ...SUPPORTED_MACS,
      ...SUPPORTED_KEX, ...SUPPORTED_KEYS, ...SUPPORTED_SIGS, ...SUPPORTED_GSS_KEX,
    ];
    expect(all.filter((n) => resolveName(n) === undefined)).toEqual([]);
  });

  it('apply where a keyword is absent, at the top of the file, saying so', () => {
    const xs = extractSshdConfig('# nothing set\n', { path: 'sshd_config' });
    const kex = xs.filter((x) => x.kind === 'usage' && x.context?.en === 'OpenSSH 9.2 default for KexAlgorithms');
    expect(kex.map((x) => x.kind === 'usage' && x.input)).toEqual(DEFAULT_KEX);
    expect(kex[0]!.location).toEqual({ path: 'sshd_config', line: 1, column: 1 });
    expect(kex[0]!.kind === 'usage' && kex[0]!.confidence).toBe('high');
    expect(kex[0]!.kind === 'usage' && kex[0]!.context?.ja).toBe('KexAlgorithms の OpenSSH 9.2 既定値');
    // HostbasedAcceptedAlgorithms and GSSAPIKexAlgorithms serve features that are off by default.
    expect(xs.some((x) => x.kind === 'usage' && /Hostbased|GSSAPI/.test(x.context?.en ?? ''))).toBe(false);
  });

  it('kept by a modifier point at the modifier', () => {
    const xs = extractSshdConfig('Ciphers +3des-cbc\n', { path: 'sshd_config' });
    const c = xs.filter((x) => x.kind === 'usage' && x.context?.en.startsWith('OpenSSH 9.2 default for Ciphers'));
    expect(c).toHaveLength(DEFAULT_CIPHERS.length);
    expect(c[0]!.location).toMatchObject({ line: 1, column: 9, endColumn: 10 });
    expect(c[0]!.kind === 'usage' && c[0]!.context?.en).toBe('OpenSSH 9.2 default for Ciphers, kept by "+"');
    expect(xs.find((x) => x.kind === 'usage' && x.input === '3des-cbc')!.location).toMatchObject({ line: 1, column: 10, endColumn: 18 });
  });
});

describe('sshd fixtures through the extractor', () => {
  it('hardened: every name where it is written, no defaults but for HostKey files that have no .pub here', () => {
    const { written, defaults } = brief(extractSshdConfig(read('sshd', 'hardened/sshd_config'), ctx('sshd', 'hardened/sshd_config')));
    expect(defaults).toEqual([]);
    expect(written.filter((w) => w.startsWith('error'))).toEqual([]);
    expect(written).toEqual(expect.arrayContaining([
      'usage sntrup761x25519-sha512@openssh.com hardened/sshd_config:7:15', 'usage curve25519-sha256 hardened/sshd_config:7:50',
      'usage curve25519-sha256@libssh.org hardened/sshd_config:7:68', 'usage chacha20-poly1305@openssh.com hardened/sshd_config:8:9',
    ]));
    expect(written).toHaveLength(6 + 6 + 2 + 6 + 5 + 3);
  });

  it('legacy: the old names and the defaults a + keeps', () => {
    const xs = extractSshdConfig(read('sshd', 'legacy/sshd_config'), ctx('sshd', 'legacy/sshd_config'));
    const { written, defaults } = brief(xs);
    expect(written).toEqual(expect.arrayContaining([
      'usage 3des-cbc legacy/sshd_config:5:42', 'usage hmac-md5 legacy/sshd_config:6:30', 'usage diffie-hellman-group1-sha1 legacy/sshd_config:7:16',
      'usage ssh-dss legacy/sshd_config:8:28', 'usage ssh-rsa legacy/sshd_config:9:25',
    ]));
    expect(defaults.filter((d) => d.includes('kept by "+"'))).toHaveLength(DEFAULT_KEX.length + 2 * DEFAULT_KEYS.length);
    // PubkeyAcceptedKeyTypes is the old name of PubkeyAcceptedAlgorithms.
    expect(xs.find((x) => x.kind === 'usage' && x.location.line === 9)!.kind === 'usage' && xs.find((x) => x.location.line === 9 && x.kind === 'usage' && x.confidence === 'exact')).toMatchObject({
      context: { en: 'PubkeyAcceptedAlgorithms' },
    });
  });

  it('match: Match blocks give their own lists, with the block in the message', () => {
    const xs = extractSshdConfig(read('sshd', 'match/sshd_config'), ctx('sshd', 'match/sshd_config'));
    const rsa = xs.filter((x) => x.kind === 'usage' && x.input === 'ssh-rsa');
    expect(rsa).toEqual([expect.objectContaining({
      location: { path: 'match/sshd_config', line: 8, column: 31, endLine: 8, endColumn: 38 },
      context: { en: 'PubkeyAcceptedAlgorithms in Match User backup', ja: 'Match User backup の PubkeyAcceptedAlgorithms' },
    })]);
    const wildcard = xs.filter((x) => x.kind === 'usage' && x.location.line === 13 && x.location.column === 39);
    expect(wildcard.map((x) => x.kind === 'usage' && x.input)).toEqual(['ecdsa-sha2-nistp256', 'ecdsa-sha2-nistp384', 'ecdsa-sha2-nistp521']);
    expect(wildcard[0]!.kind === 'usage' && wildcard[0]!.context?.en).toBe('CASignatureAlgorithms in Match Address 10.0.0.0/8,!10.0.9.0/24, matched by the pattern "ecdsa-sha2-nistp*"');
    // Match all sets CASignatureAlgorithms for every connection: no default for it.
    expect(xs.some((x) => x.kind === 'usage' && x.context?.en === 'OpenSSH 9.2 default for CASignatureAlgorithms')).toBe(false);
    expect(xs.find((x) => x.kind === 'usage' && x.input === 'rsa-sha2-512' && x.location.line === 16)).toMatchObject({ context: { en: 'CASignatureAlgorithms' } });
    expect(xs.filter((x) => x.kind === 'parse-error')).toEqual([]);
  });

  it('debian: drop-ins read at the Include, first value wins, default host keys read from their .pub files', () => {
    const xs = extractSshdConfig(read('sshd', 'debian/etc/ssh/sshd_config'), ctx('sshd', 'debian/etc/ssh/sshd_config'));
    const { written, defaults } = brief(xs);
    expect(written).toEqual([
      'usage diffie-hellman-group14-sha1 debian/etc/ssh/sshd_config.d/10-legacy-clients.conf:2:16',
      'usage ssh-rsa debian/etc/ssh/sshd_config.d/10-legacy-clients.conf:3:22',
    ]);
    // KexAlgorithms curve25519-sha256 in 20-ciphers.conf comes second and is ignored.
    expect(defaults.filter((d) => d.includes('20-ciphers.conf'))).toEqual(
      DEFAULT_CIPHERS.filter((c) => c !== 'chacha20-poly1305@openssh.com').map((c) => `${c} debian/etc/ssh/sshd_config.d/20-ciphers.conf:1:9 (OpenSSH 9.2 default for Ciphers, left by "-")`),
    );
    expect(defaults.filter((d) => d.includes('HostKey /'))).toEqual([
      'RSA-2048 debian/etc/ssh/sshd_config:1:1 (OpenSSH 9.2 default HostKey /etc/ssh/ssh_host_rsa_key, type read from debian/etc/ssh/ssh_host_rsa_key.pub)',
      'ECDSA P-384 debian/etc/ssh/sshd_config:1:1 (OpenSSH 9.2 default HostKey /etc/ssh/ssh_host_ecdsa_key, type read from debian/etc/ssh/ssh_host_ecdsa_key.pub)',
      'Ed25519 debian/etc/ssh/sshd_config:1:1 (OpenSSH 9.2 default HostKey /etc/ssh/ssh_host_ed25519_key, type read from debian/etc/ssh/ssh_host_ed25519_key.pub)',
    ]);
    const rsa = xs.find((x) => x.kind === 'usage' && x.input === 'RSA-2048');
    expect(rsa).toMatchObject({ subject: { algorithm: 'rsa', keyBits: 2048 }, asset: { kind: 'ssh-key', keyAlgorithm: 'rsa', keyBits: 2048 } });
  });

  it('debian drop-ins: reported through the main file, or alone without defaults when nothing includes them', () => {
    const rel = 'debian/etc/ssh/sshd_config.d/10-legacy-clients.conf';
    expect(extractSshdConfig(read('sshd', rel), ctx('sshd', rel))).toEqual([]);
    const alone = brief(extractSshdConfig(read('sshd', rel), { path: 'sshd_config.d/10-legacy-clients.conf' }));
    expect(alone.written).toEqual(['usage diffie-hellman-group14-sha1 sshd_config.d/10-legacy-clients.conf:2:16', 'usage ssh-rsa sshd_config.d/10-legacy-clients.conf:3:22']);
    expect(alone.defaults.every((d) => d.includes('kept by "+"'))).toBe(true);
  });

  it('malformed: a parse-error at each token sshd refuses, and the rest still read', () => {
    const xs = extractSshdConfig(read('sshd', 'malformed/sshd_config'), ctx('sshd', 'malformed/sshd_config'));
    expect(brief(xs).written).toEqual([
      'usage aes128-ctr malformed/sshd_config:3:9', 'usage aes256-ctr malformed/sshd_config:3:20',
      'usage ssh-ed25519 malformed/sshd_config:10:23', 'usage ssh-dss malformed/sshd_config:10:35',
      'usage ssh-ed25519 malformed/sshd_config:15:30',
      'error malformed/sshd_config:14:7 "Colour" is not a Match criterion OpenSSH knows',
      'error malformed/sshd_config:4:1 unknown keyword "FooBarOption"; sshd refuses the configuration',
      'error malformed/sshd_config:5:20 "hmac-sha3-256" is not a MAC OpenSSH knows; MACs refuses the value and the program does not start',
      'error malformed/sshd_config:6:33 "*sha1*" is not a key exchange method OpenSSH knows; KexAlgorithms refuses the value and the program does not start',
      'error malformed/sshd_config:7:19 unterminated quote; sshd refuses the configuration',
      'error malformed/sshd_config:8:1 MACs has no value; sshd refuses the configuration',
      'error malformed/sshd_config:13:5 Ciphers is not allowed in a Match block; sshd refuses the configuration',
      'error malformed/sshd_config:9:26 PubkeyAcceptedAlgorithms may not negate a name ("!ssh-rsa"); only a "-" list removes names',
    ]);
    // A refused list reports no default in its place.
    expect(brief(xs).defaults.some((d) => /for (MACs|HostKeyAlgorithms|KexAlgorithms|PubkeyAcceptedAlgorithms)/.test(d))).toBe(false);
    const e = xs.find((x) => x.kind === 'parse-error' && x.location.line === 5)!;
    expect(e.location).toEqual({ path: 'malformed/sshd_config', line: 5, column: 20, endLine: 5, endColumn: 33 });
    expect(e.kind === 'parse-error' && e.message.ja).toMatch(/hmac-sha3-256/);
  });
});

describe('ssh fixtures through the extractor', () => {
  it('legacy: Host and Match blocks, each with its label; a block after Host * cannot win', () => {
    const xs = extractSshConfig(read('ssh', 'legacy/ssh_config'), ctx('ssh', 'legacy/ssh_config'));
    const { written } = brief(xs);
    expect(written).toEqual(expect.arrayContaining([
      'usage diffie-hellman-group1-sha1 legacy/ssh_config:3:20', 'usage ssh-dss legacy/ssh_config:4:24', 'usage 3des-cbc legacy/ssh_config:5:24',
      'usage hmac-md5 legacy/ssh_config:6:10', 'usage ssh-rsa legacy/ssh_config:9:29', 'usage hmac-sha1-96 legacy/ssh_config:12:10',
      'usage aes256-gcm@openssh.com legacy/ssh_config:15:13',
    ]));
    expect(xs.find((x) => x.kind === 'usage' && x.input === 'hmac-md5')).toMatchObject({ context: { en: 'MACs in Host switch-* !switch-new*' } });
    expect(xs.find((x) => x.kind === 'usage' && x.input === 'aes256-gcm@openssh.com')).toMatchObject({ context: { en: 'Ciphers' } });
    expect(xs.some((x) => x.kind === 'usage' && x.context?.en === 'OpenSSH 9.2 default for Ciphers')).toBe(false);
    expect(xs.filter((x) => x.kind === 'usage' && x.context?.en === 'OpenSSH 9.2 default for MACs')).toHaveLength(DEFAULT_MACS.length);
  });

  it('hardened user config: no problems, every list written', () => {
    const xs = extractSshConfig(read('ssh', 'hardened/home/.ssh/config'), ctx('ssh', 'hardened/home/.ssh/config'));
    expect(brief(xs).defaults).toEqual([]);
    expect(xs.every((x) => x.kind === 'usage' && x.confidence === 'exact')).toBe(true);
    expect(xs).toHaveLength(2 + 3 + 2 + 4 + 2 + 1);
  });

  it('debian: the drop-in block is read at the Include', () => {
    const xs = extractSshConfig(read('ssh', 'debian/etc/ssh/ssh_config'), ctx('ssh', 'debian/etc/ssh/ssh_config'));
    expect(xs.find((x) => x.kind === 'usage' && x.input === 'ssh-rsa')).toMatchObject({
      location: { path: 'debian/etc/ssh/ssh_config.d/50-corp.conf', line: 3, column: 31 }, context: { en: 'PubkeyAcceptedAlgorithms in Host *.corp.example.com' },
    });
    const fragment = 'debian/etc/ssh/ssh_config.d/50-corp.conf';
    expect(extractSshConfig(read('ssh', fragment), ctx('ssh', fragment))).toEqual([]);
  });

  it('malformed: a parse-error at each refused token', () => {
    const xs = extractSshConfig(read('ssh', 'malformed/ssh_config'), ctx('ssh', 'malformed/ssh_config'));
    expect(xs.filter((x) => x.kind === 'parse-error').map((x) => `${x.location.line}:${x.location.column}`)).toEqual(['6:6', '7:7', '4:5', '5:24', '10:23', '11:42']);
    expect(brief(xs).written.filter((w) => w.startsWith('usage'))).toEqual([
      'usage aes128-ctr malformed/ssh_config:3:13', 'usage aes256-cbc malformed/ssh_config:3:24', 'usage curve25519-sha256 malformed/ssh_config:8:19',
      'usage ssh-ed25519 malformed/ssh_config:12:27',
    ]);
    // A block whose Match line ssh refuses keeps its line as its label.
    expect(xs.find((x) => x.kind === 'usage' && x.input === 'curve25519-sha256' && x.location.line === 8)).toMatchObject({ context: { en: 'KexAlgorithms in Match colour blue' } });
  });
});

describe('effective lists', () => {
  it('sshd: global lists as sshd -T prints them, and per Match block', () => {
    const a = effectiveSshdAlgorithms('Ciphers ^aes256-gcm@openssh.com\nMatch User legacy\n  PubkeyAcceptedKeyTypes +ssh-rsa\n', { path: 'sshd_config' });
    const ciphers = a.global.find((l) => l.keyword === 'Ciphers')!;
    expect(ciphers.names.map((n) => n.name)).toEqual(['aes256-gcm@openssh.com', ...DEFAULT_CIPHERS.filter((c) => c !== 'aes256-gcm@openssh.com')]);
    expect(ciphers.names[0]!.origin).toEqual({ kind: 'written', location: { path: 'sshd_config', line: 1, column: 10, endLine: 1, endColumn: 32 } });
    expect(ciphers.names[1]!.origin).toMatchObject({ kind: 'default', version: '9.2p1', modifier: '^' });
    expect(ciphers.setBy).toMatchObject({ written: 'Ciphers', value: '^aes256-gcm@openssh.com' });
    expect(a.blocks).toHaveLength(1);
    expect(a.blocks[0]!.label).toBe('Match User legacy');
    expect(a.blocks[0]!.lists[0]!.keyword).toBe('PubkeyAcceptedAlgorithms');
    expect(a.blocks[0]!.lists[0]!.names.at(-1)).toMatchObject({ name: 'ssh-rsa', origin: { kind: 'written' } });
    expect(a.hostKeys.map((h) => h.path)).toEqual(['/etc/ssh/ssh_host_rsa_key', '/etc/ssh/ssh_host_ecdsa_key', '/etc/ssh/ssh_host_ed25519_key']);
  });

  it('ssh: lists for hosts no block singles out, and per Host block', () => {
    const a = effectiveSshAlgorithms('Host old\n  MACs hmac-md5\nHost *\n  MACs hmac-sha2-256\nHost late\n  MACs hmac-sha1\n', { path: 'config' });
    expect(a.global.find((l) => l.keyword === 'MACs')!.names.map((n) => n.name)).toEqual(['hmac-sha2-256']);
    expect(a.blocks.map((b) => `${b.label}: ${b.lists.map((l) => l.names.map((n) => n.name).join(','))}`)).toEqual(['Host old: hmac-md5']);
  });

  it('reads an Include of /etc/ssh/ next to a config kept elsewhere, and says so', () => {
    const xs = extractSshdConfig(read('sshd', 'deploy/sshd_config'), ctx('sshd', 'deploy/sshd_config'));
    expect(xs.find((x) => x.kind === 'usage' && x.input === 'hmac-sha1')).toMatchObject({
      location: { path: 'deploy/sshd_config.d/50-old-clients.conf', line: 1, column: 36 },
      context: { en: 'MACs; Include path read relative to deploy/, standing for /etc/ssh', ja: 'MACs。Include のパスは /etc/ssh の代わりに deploy/ からの相対として読んだ' },
    });
    // The drop-in comes first, so its MACs line wins over the one in the main file.
    expect(xs.some((x) => x.kind === 'usage' && x.location.path === 'deploy/sshd_config' && x.input === 'hmac-sha2-512-etm@openssh.com')).toBe(false);
  });

  it('without an include function (checkConfig on text) Include lines are not followed', () => {
    const xs = extractSshdConfig('Include /etc/ssh/sshd_config.d/*.conf\nCiphers aes128-ctr\n', { path: 'sshd_config' });
    expect(xs.filter((x) => x.kind === 'parse-error')).toEqual([]);
    expect(xs.filter((x) => x.kind === 'usage' && x.confidence === 'exact').map((x) => x.kind === 'usage' && x.input)).toEqual(['aes128-ctr']);
  });
});

describe('scan() on the fixture folders', () => {
  const findings = async (format: 'sshd' | 'ssh') => {
    const r = await scan(['.'], { cwd: join(ROOT, format), extractors: [sshdConfigExtractor, sshConfigExtractor], at: '2025-06-01', list: '2022.1.0' });
    expect(r.warnings).toEqual([]);
    return r.findings.map((f) => `${f.location?.path}:${f.location?.line}:${f.location?.column} ${f.ruleId.replace('cryptrec/', '')} ${f.input}`);
  };

  it('sshd: rule ids, names and places', async () => {
    const got = await findings('sshd');
    expect(got.filter((f) => !f.includes(':1:1 '))).toEqual([
      'debian/etc/ssh/sshd_config.d/10-legacy-clients.conf:2:15 key-deadline diffie-hellman-group14-sha256',
      'debian/etc/ssh/sshd_config.d/10-legacy-clients.conf:2:16 key-deadline diffie-hellman-group14-sha1',
      'debian/etc/ssh/sshd_config.d/10-legacy-clients.conf:3:22 monitored ssh-rsa',
      'deploy/sshd_config.d/50-old-clients.conf:1:36 monitored hmac-sha1',
      'deploy/sshd_config.d/50-old-clients.conf:2:33 key-deadline diffie-hellman-group14-sha1',
      'legacy/sshd_config:5:42 key-deadline 3des-cbc',
      'legacy/sshd_config:6:20 monitored hmac-sha1',
      'legacy/sshd_config:6:30 unlisted hmac-md5',
      'legacy/sshd_config:7:15 key-deadline diffie-hellman-group14-sha256',
      'legacy/sshd_config:7:16 weak-key diffie-hellman-group1-sha1',
      'legacy/sshd_config:7:43 key-deadline diffie-hellman-group14-sha1',
      'legacy/sshd_config:8:20 monitored ssh-rsa',
      'legacy/sshd_config:8:28 weak-key ssh-dss',
      'legacy/sshd_config:9:25 monitored ssh-rsa',
      'legacy/sshd_config:9:33 weak-key ssh-dss',
      'malformed/sshd_config:4:1 parse-error ',
      'malformed/sshd_config:5:20 parse-error ',
      'malformed/sshd_config:6:33 parse-error ',
      'malformed/sshd_config:7:19 parse-error ',
      'malformed/sshd_config:8:1 parse-error ',
      'malformed/sshd_config:9:26 parse-error ',
      'malformed/sshd_config:10:35 weak-key ssh-dss',
      'malformed/sshd_config:13:5 parse-error ',
      'malformed/sshd_config:14:7 parse-error ',
      'match/sshd_config:8:31 monitored ssh-rsa',
    ]);
    // Defaults at the top of the files that leave MACs and KexAlgorithms unset; the hardened file has no finding.
    const top = got.filter((f) => f.includes(':1:1 '));
    expect(top.filter((f) => f.startsWith('match/'))).toEqual([
      'match/sshd_config:1:1 key-deadline diffie-hellman-group14-sha256', 'match/sshd_config:1:1 monitored hmac-sha1',
      'match/sshd_config:1:1 monitored hmac-sha1-etm@openssh.com', 'match/sshd_config:1:1 unlisted umac-128-etm@openssh.com',
      'match/sshd_config:1:1 unlisted umac-128@openssh.com', 'match/sshd_config:1:1 unlisted umac-64-etm@openssh.com',
      'match/sshd_config:1:1 unlisted umac-64@openssh.com',
    ]);
    expect(top).toContain('debian/etc/ssh/sshd_config:1:1 key-deadline RSA-2048');
    expect(got.some((f) => f.startsWith('hardened/'))).toBe(false);
  });

  it('ssh: rule ids, names and places', async () => {
    const got = await findings('ssh');
    expect(got.filter((f) => !f.includes(':1:1 '))).toEqual([
      'debian/etc/ssh/ssh_config.d/50-corp.conf:2:19 key-deadline diffie-hellman-group14-sha256',
      'debian/etc/ssh/ssh_config.d/50-corp.conf:3:31 monitored ssh-rsa',
      'legacy/ssh_config:3:19 key-deadline diffie-hellman-group14-sha256',
      'legacy/ssh_config:3:20 weak-key diffie-hellman-group1-sha1',
      'legacy/ssh_config:4:24 weak-key ssh-dss',
      'legacy/ssh_config:5:24 key-deadline 3des-cbc',
      'legacy/ssh_config:6:10 unlisted hmac-md5',
      'legacy/ssh_config:6:19 monitored hmac-sha1',
      'legacy/ssh_config:9:29 monitored ssh-rsa',
      'legacy/ssh_config:12:10 monitored hmac-sha1-96',
      'malformed/ssh_config:4:5 parse-error ',
      'malformed/ssh_config:5:24 parse-error ',
      'malformed/ssh_config:6:6 parse-error ',
      'malformed/ssh_config:7:7 parse-error ',
      'malformed/ssh_config:10:23 parse-error ',
      'malformed/ssh_config:11:42 parse-error ',
    ]);
    expect(got.some((f) => f.startsWith('hardened/'))).toBe(false);
  });
});
