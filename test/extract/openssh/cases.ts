/**
 * The cases of the OpenSSH differential tests: the fixtures (paths moved into the case folder) and configurations generated
 * from a fixed seed that combine the algorithm keywords (and their old names, any case, `key value` / `key=value` forms,
 * quotes, comments), the `+`, `-` and `^` modifiers, wildcards, unknown names, Include (also inside Match blocks, and Match
 * blocks inside included files), Match and Host blocks, with the connections or destinations to ask the programs about.
 *
 * regenerate.ts runs the programs on these cases and writes the answers into the snapshots; the tests read the cases back
 * from the snapshots, so that the generator may change without silently changing what is asserted.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DEFAULT_CA_SIGS, DEFAULT_CIPHERS, DEFAULT_KEX, DEFAULT_KEYS, DEFAULT_MACS, SUPPORTED_CIPHERS, SUPPORTED_GSS_KEX, SUPPORTED_KEX,
  SUPPORTED_KEYS, SUPPORTED_MACS, SUPPORTED_SIGS,
} from '../../../src/extract/openssh/defaults.js';
import type { OracleCase, SshdRun, SshRun } from './oracle.js';

/** A small seeded generator (mulberry32), so that the cases are the same on every run. */
export function rng(seed: number): { next: () => number; int: (n: number) => number; pick: <T>(xs: readonly T[]) => T; chance: (p: number) => boolean } {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  return { next, int, pick: (xs) => xs[int(xs.length)]!, chance: (p) => next() < p };
}
type Rng = ReturnType<typeof rng>;

interface KeywordSpec {
  readonly spellings: readonly string[];
  readonly supported: readonly string[];
  readonly defaults: readonly string[];
  readonly patterns: readonly string[];
  readonly unknown: readonly string[];
  readonly modifiers: boolean;
  readonly inMatch: boolean;
}

const KEY_PATTERNS = ['ssh-ed*', '*-cert-v01@openssh.com', 'rsa-sha2-*', '*nistp*', 'sk-*', 'ssh-rsa*', '*dss*', 'ecdsa-sha2-nistp???'];
const SPECS: Readonly<Record<string, KeywordSpec>> = {
  Ciphers: {
    spellings: ['Ciphers', 'ciphers', 'CIPHERS'], supported: SUPPORTED_CIPHERS, defaults: DEFAULT_CIPHERS,
    patterns: ['*cbc', 'aes*', '*gcm@openssh.com', 'aes128-*'], unknown: ['aes512-ctr', 'AES128-CTR', 'blowfish-cbc', 'arcfour', 'none'], modifiers: true, inMatch: false,
  },
  MACs: {
    spellings: ['MACs', 'macs', 'Macs'], supported: SUPPORTED_MACS, defaults: DEFAULT_MACS,
    patterns: ['umac*', 'hmac-sha1*', '*-etm@openssh.com', '*md5*'], unknown: ['hmac-sha3-256', 'HMAC-SHA1', 'hmac-ripemd160'], modifiers: true, inMatch: false,
  },
  KexAlgorithms: {
    spellings: ['KexAlgorithms', 'kexalgorithms', 'KEXALGORITHMS'], supported: SUPPORTED_KEX, defaults: DEFAULT_KEX,
    patterns: ['*sha1*', 'diffie-hellman-*', 'ecdh-*', '*@libssh.org'], unknown: ['curve448-sha512', 'ecdh-sha2-nistp192', ...SUPPORTED_GSS_KEX.slice(0, 2), 'gss-group14-sha256-toWM5Slw5Ew8Mqkay+al2g=='],
    modifiers: true, inMatch: false,
  },
  HostKeyAlgorithms: {
    spellings: ['HostKeyAlgorithms', 'hostkeyalgorithms'], supported: SUPPORTED_KEYS, defaults: DEFAULT_KEYS,
    patterns: KEY_PATTERNS, unknown: ['ssh-xmss@openssh.com', 'RSA', 'ED25519', 'x509v3-rsa2048-sha256', '*zz*'], modifiers: true, inMatch: false,
  },
  PubkeyAcceptedAlgorithms: {
    spellings: ['PubkeyAcceptedAlgorithms', 'PubkeyAcceptedKeyTypes', 'pubkeyacceptedalgorithms', 'pubkeyacceptedkeytypes'],
    supported: SUPPORTED_KEYS, defaults: DEFAULT_KEYS, patterns: KEY_PATTERNS, unknown: ['ssh-xmss@openssh.com', 'RSA', 'ECDSA-SK', 'ssh-ed448'], modifiers: true, inMatch: true,
  },
  CASignatureAlgorithms: {
    spellings: ['CASignatureAlgorithms', 'casignaturealgorithms'], supported: SUPPORTED_SIGS, defaults: DEFAULT_CA_SIGS,
    patterns: ['rsa-*', '*nistp*', 'ssh-*', 'sk-*'], unknown: ['ssh-rsa-cert-v01@openssh.com', 'DSA', 'rsa-sha2-384'], modifiers: true, inMatch: true,
  },
  HostbasedAcceptedAlgorithms: {
    spellings: ['HostbasedAcceptedAlgorithms', 'hostbasedacceptedalgorithms'], supported: SUPPORTED_KEYS, defaults: DEFAULT_KEYS,
    patterns: KEY_PATTERNS, unknown: ['ssh-xmss@openssh.com'], modifiers: true, inMatch: true,
  },
  GSSAPIKexAlgorithms: {
    spellings: ['GSSAPIKexAlgorithms', 'gssapikexalgorithms'], supported: SUPPORTED_GSS_KEX, defaults: SUPPORTED_GSS_KEX,
    patterns: [], unknown: ['curve25519-sha256', 'gss-foo-'], modifiers: false, inMatch: false,
  },
};

function value(r: Rng, spec: KeywordSpec, allowBad: boolean): string {
  const modifier = spec.modifiers ? r.pick(['', '', '+', '-', '^']) : '';
  const n = 1 + r.int(4);
  const items: string[] = [];
  for (let i = 0; i < n; i++) {
    const roll = r.next();
    if (modifier === '-' && roll < 0.35 && spec.patterns.length) items.push(r.pick(spec.patterns));
    else if (modifier !== '-' && roll < 0.2 && spec.patterns.length && spec.supported === SUPPORTED_KEYS) items.push(r.pick(spec.patterns));
    else if (modifier !== '-' && roll < 0.12 && spec.supported === SUPPORTED_SIGS) items.push(r.pick(spec.patterns));
    else if (allowBad && roll > 0.93) items.push(r.pick(spec.unknown));
    else if (roll > 0.9 && allowBad) items.push(r.pick(['', '!ssh-rsa', items[0] ?? 'x']));
    else items.push(r.pick(r.chance(0.5) ? spec.defaults : spec.supported));
  }
  return modifier + items.join(',');
}

function line(r: Rng, keyword: string, spec: KeywordSpec, allowBad: boolean, indent = ''): string {
  const spelling = r.pick(spec.spellings);
  let v = value(r, spec, allowBad);
  if (r.chance(0.15)) v = `"${v}"`;
  const sep = r.pick([' ', ' ', ' ', '=', ' = ', '\t']);
  const tail = r.chance(0.15) ? ' # comment' : allowBad && r.chance(0.03) ? ' extra' : '';
  return `${indent}${spelling}${sep}${v}${tail}`;
}

const GLOBAL_KEYWORDS = ['Ciphers', 'MACs', 'KexAlgorithms', 'HostKeyAlgorithms', 'PubkeyAcceptedAlgorithms', 'CASignatureAlgorithms', 'HostbasedAcceptedAlgorithms', 'GSSAPIKexAlgorithms'];
const MATCH_KEYWORDS = ['PubkeyAcceptedAlgorithms', 'CASignatureAlgorithms', 'HostbasedAcceptedAlgorithms'];
const SSHD_CRITERIA = ['User alice', 'User b*', 'User alice,bob', 'User !carol,*', 'Address 10.0.0.0/8', 'Address 192.168.1.*', 'Host *.example.com',
  'LocalPort 2222', 'User bob Address 10.0.0.0/8', 'all', 'Address 10.1.2.3', 'Host A.EXAMPLE.COM'];
const SSHD_RUNS: readonly SshdRun[] = [
  { user: 'alice', host: 'a.example.com', addr: '10.1.2.3', laddr: '192.0.2.1', lport: 22 },
  { user: 'bob', host: 'b.test', addr: '192.168.1.7', laddr: '192.0.2.1', lport: 2222 },
  { user: 'carol', host: 'c.example.com', addr: '172.16.0.1', laddr: '192.0.2.1', lport: 22 },
];

/** Generated sshd_config cases. */
export function generatedSshdCases(seed: number, count: number): OracleCase<SshdRun>[] {
  const r = rng(seed);
  const out: OracleCase<SshdRun>[] = [];
  for (let c = 0; c < count; c++) {
    const allowBad = r.chance(0.3);
    const lines = ['HostKey @DIR@/hostkey'];
    const files: Record<string, string> = {};
    for (let i = r.int(5); i > 0; i--) {
      const k = r.pick(GLOBAL_KEYWORDS);
      lines.push(line(r, k, SPECS[k]!, allowBad, r.chance(0.2) ? '  ' : ''));
    }
    if (r.chance(0.3)) {
      const inc: string[] = [];
      for (let i = 1 + r.int(3); i > 0; i--) {
        const k = r.pick(GLOBAL_KEYWORDS);
        inc.push(line(r, k, SPECS[k]!, allowBad));
      }
      if (r.chance(0.4)) inc.push(`Match ${r.pick(SSHD_CRITERIA)}`, line(r, 'PubkeyAcceptedAlgorithms', SPECS.PubkeyAcceptedAlgorithms!, allowBad, '  '));
      files['inc/10-a.conf'] = `${inc.join('\n')}\n`;
      files['inc/20-b.conf'] = `${line(r, 'Ciphers', SPECS.Ciphers!, allowBad)}\n${line(r, 'CASignatureAlgorithms', SPECS.CASignatureAlgorithms!, allowBad)}\n`;
      lines.splice(1 + r.int(lines.length), 0, r.pick(['Include @DIR@/inc/*.conf', 'include @DIR@/inc/10-a.conf @DIR@/inc/20-b.conf', 'Include @DIR@/inc/nothing-*.conf @DIR@/inc/10-a.conf']));
    }
    for (let i = r.chance(0.5) ? 1 + r.int(3) : 0; i > 0; i--) {
      lines.push(`Match ${r.pick(SSHD_CRITERIA)}`);
      for (let j = 1 + r.int(2); j > 0; j--) {
        const k = allowBad && r.chance(0.1) ? 'Ciphers' : r.pick(MATCH_KEYWORDS);
        lines.push(line(r, k, SPECS[k]!, allowBad, '    '));
      }
      if (r.chance(0.15)) {
        files['inc/match.conf'] = `${line(r, 'PubkeyAcceptedAlgorithms', SPECS.PubkeyAcceptedAlgorithms!, allowBad)}\n`;
        lines.push('    Include @DIR@/inc/match.conf');
      }
    }
    const all = [lines.join('\n'), ...Object.values(files)].join('\n');
    const hasMatch = /^\s*Match /m.test(all);
    // `sshd -T` without -C stops at a Match LocalPort (test mode wants lport); only runs with a connection say anything then.
    const withoutC = /^\s*Match .*LocalPort/m.test(all) ? [] : [{ run: null }];
    out.push({
      name: `generated sshd #${c}`,
      files: { sshd_config: `${lines.join('\n')}\n`, ...files },
      runs: [...withoutC, ...(hasMatch ? SSHD_RUNS.map((run) => ({ run })) : [])],
    });
  }
  return out;
}

const SSH_HOST_LINES = ['Host *', 'Host db*', 'Host db* !db3', 'Host web?.example.com', 'Host *.test', 'Host DB1', 'Host !x.test *.test'];
const SSH_MATCH_LINES = ['Match host db*', 'Match originalhost web1.example.com', 'Match all', 'Match user admin', 'Match localuser root',
  'Match final', 'Match canonical all', 'Match !host *.test', 'Match host DB1,web*'];
const SSH_RUNS: readonly SshRun[] = [{ host: 'db1' }, { host: 'db3' }, { host: 'web1.example.com', user: 'admin' }, { host: 'x.test' }, { host: 'other' }];

/** Generated ssh_config cases. */
export function generatedSshCases(seed: number, count: number): OracleCase<SshRun>[] {
  const r = rng(seed);
  const out: OracleCase<SshRun>[] = [];
  for (let c = 0; c < count; c++) {
    const allowBad = r.chance(0.25);
    const lines: string[] = [];
    const files: Record<string, string> = {};
    for (let i = r.int(3); i > 0; i--) {
      const k = r.pick(GLOBAL_KEYWORDS);
      lines.push(line(r, k, SPECS[k]!, allowBad));
    }
    if (r.chance(0.2)) lines.push('HostName %h.internal');
    if (r.chance(0.25)) {
      files['conf.d/a.conf'] = `${r.pick(SSH_HOST_LINES)}\n${line(r, 'MACs', SPECS.MACs!, allowBad, '  ')}\n`;
      lines.push('Include @DIR@/conf.d/*.conf');
    }
    if (allowBad && r.chance(0.3)) lines.push(r.chance(0.5) ? 'IgnoreUnknown Use*\nUseKeychain yes' : 'UseKeychain yes');
    for (let i = 1 + r.int(3); i > 0; i--) {
      lines.push(r.chance(0.6) ? r.pick(SSH_HOST_LINES) : r.pick(SSH_MATCH_LINES));
      for (let j = 1 + r.int(2); j > 0; j--) {
        const k = r.pick(GLOBAL_KEYWORDS);
        lines.push(line(r, k, SPECS[k]!, allowBad, '    '));
      }
      if (r.chance(0.1)) {
        files['conf.d/inner.conf'] = `${line(r, 'KexAlgorithms', SPECS.KexAlgorithms!, allowBad)}\nMatch all\n${line(r, 'Ciphers', SPECS.Ciphers!, allowBad)}\n`;
        lines.push('    Include @DIR@/conf.d/inner.conf');
      }
    }
    out.push({ name: `generated ssh #${c}`, files: { ssh_config: `${lines.join('\n')}\n`, ...files }, runs: SSH_RUNS.map((run) => ({ run })) });
  }
  return out;
}

/** Hand-written corner cases of the grammar and the semantics, each checked against the program like the others. */
const EDGE_LINES: readonly string[] = [
  'Ciphers=aes128-ctr', 'Ciphers = aes128-ctr', 'Ciphers==aes128-ctr', 'Ciphers =aes128-ctr', '"Ciphers" aes128-ctr', 'Ciph"ers" aes128-ctr',
  'Ciphers "aes128-ctr"', "Ciphers 'aes128-ctr,aes256-ctr'", 'Ciphers aes128-ctr#x', 'Ciphers aes128-ctr #x', 'Ciphers \\aes128-ctr',
  'Ciphers aes128-ctr\\ ', 'Ciphers "aes128-ctr', 'Ciphers ""', "Ciphers ''", 'Ciphers', 'Ciphers ,', 'Ciphers +', 'Ciphers -',
  'Ciphers -*', 'Ciphers +,3des-cbc', 'Ciphers ^aes256-ctr,aes256-ctr,3des-cbc', 'Ciphers aes128-ctr,,bogus', 'Ciphers ,aes128-ctr',
  'Ciphers aes128-ctr\tx', 'Ciphers\taes128-ctr', '\tCiphers aes128-ctr', ' = Ciphers aes128-ctr', 'Ciphers aes128-ctr\r', 'Ciphers aes128-ctr\f',
  'Ciphers none', 'Ciphers aes128-ctr aes256-ctr', 'MACs hmac-sha1,umac-64@openssh.com,hmac-sha1', 'KexAlgorithms gss-group14-sha256-,curve25519-sha256',
  'KexAlgorithms +gss-gex-sha1-', 'KexAlgorithms gss-group14-sha256-', 'HostKeyAlgorithms RSA,ssh-ed25519', 'HostKeyAlgorithms RSA',
  'HostKeyAlgorithms ssh-rsa*,!x', 'HostKeyAlgorithms !ssh-rsa*', 'HostKeyAlgorithms -!ssh-rsa', 'HostKeyAlgorithms -*,!ssh-rsa', 'HostKeyAlgorithms *',
  'HostKeyAlgorithms ???', 'HostKeyAlgorithms RSA-CERT,ssh-rsa', 'PubkeyAcceptedKeyTypes ssh-ed25519', 'pubkeyacceptedkeytypes=+ssh-dss',
  'CASignatureAlgorithms ssh-rsa-cert-v01@openssh.com', 'CASignatureAlgorithms *', 'CASignatureAlgorithms -*', 'GSSAPIKexAlgorithms gss-group14-sha256-abc',
  'GSSAPIKexAlgorithms ,gss-group14-sha256-', 'GSSAPIKexAlgorithms +gss-gex-sha1-', 'GSSAPIKexAlgorithms gss-*', 'HostbasedAcceptedKeyTypes ssh-ed25519',
  '# Ciphers 3des-cbc', '#Ciphers 3des-cbc', 'CIPHERS AES128-CTR',
];

/** Edge cases for sshd: each line alone, and a few Match and Include situations. */
export function edgeSshdCases(): OracleCase<SshdRun>[] {
  const out: OracleCase<SshdRun>[] = EDGE_LINES.map((l, i) => ({
    name: `edge sshd line #${i} ${JSON.stringify(l)}`, files: { sshd_config: `HostKey @DIR@/hostkey\n${l}\n` }, runs: [{ run: null }],
  }));
  const blocks: [string, string][] = [
    ['Match all, then global-only keywords', 'Match all\nCiphers 3des-cbc\nMatch User alice\nPubkeyAcceptedAlgorithms ssh-rsa\n'],
    ['Match all with a comment', 'Match all # everyone\nPubkeyAcceptedAlgorithms ssh-rsa\n'],
    ['Match with = and a comment', 'Match User=alice # c\nPubkeyAcceptedAlgorithms ssh-rsa\n'],
    ['Match with quotes', 'Match User "alice,bob"\nPubkeyAcceptedAlgorithms ssh-rsa\n'],
    ['all after a criterion', 'Match User alice all\nPubkeyAcceptedAlgorithms ssh-rsa\n'],
    ['all before a criterion', 'Match all User alice\nPubkeyAcceptedAlgorithms ssh-rsa\n'],
    ['unknown criterion', 'Match Colour blue\nPubkeyAcceptedAlgorithms ssh-rsa\n'],
    ['criterion without value', 'Match User\nPubkeyAcceptedAlgorithms ssh-rsa\n'],
    ['address with host bits', 'Match Address 10.0.0.1/8\nPubkeyAcceptedAlgorithms ssh-rsa\n'],
    ['address with an empty item', 'Match Address 10.0.0.0/8,\nPubkeyAcceptedAlgorithms ssh-rsa\n'],
    ['address IPv6 and negation', 'Match Address !10.1.0.0/16,10.0.0.0/8,2001:db8::/32\nPubkeyAcceptedAlgorithms ssh-rsa\n'],
    ['bad local port', 'Match LocalPort 99999\nPubkeyAcceptedAlgorithms ssh-rsa\n'],
    ['HostKey in a Match block', 'Match User alice\nHostKey @DIR@/hostkey\n'],
    ['a Match value removing everything', 'Match User alice\nPubkeyAcceptedAlgorithms -*\n'],
    ['a Match value with a negation', 'Match User alice\nPubkeyAcceptedAlgorithms !ssh-rsa\nMatch User bob\nCASignatureAlgorithms ssh-rsa-cert-v01@openssh.com\n'],
    ['two matching blocks', 'Match Address 10.0.0.0/8\nPubkeyAcceptedAlgorithms ssh-rsa\nMatch User alice\nPubkeyAcceptedAlgorithms ssh-dss\n'],
    ['Match all before a specific block', 'Match all\nCASignatureAlgorithms ssh-ed25519\nMatch User alice\nCASignatureAlgorithms rsa-sha2-512\n'],
    ['Host criterion in capitals', 'Match Host A.Example.COM\nPubkeyAcceptedAlgorithms ssh-rsa\n'],
  ];
  for (const [name, text] of blocks) {
    out.push({ name: `edge sshd ${name}`, files: { sshd_config: `HostKey @DIR@/hostkey\n${text}` }, runs: [{ run: null }, ...SSHD_RUNS.map((run) => ({ run }))] });
  }
  out.push({
    name: 'edge sshd Include loop', files: { sshd_config: 'HostKey @DIR@/hostkey\nInclude @DIR@/loop.conf\n', 'loop.conf': 'Include @DIR@/loop.conf\n' }, runs: [{ run: null }],
  });
  out.push({
    name: 'edge sshd Match in an included file ends with it',
    files: { sshd_config: 'HostKey @DIR@/hostkey\nInclude @DIR@/m/*.conf\nPubkeyAcceptedAlgorithms rsa-sha2-512\n', 'm/1.conf': 'Match User alice\nPubkeyAcceptedAlgorithms ssh-rsa\n', 'm/2.conf': 'PubkeyAcceptedAlgorithms ssh-dss\n' },
    runs: [{ run: null }, ...SSHD_RUNS.map((run) => ({ run }))],
  });
  out.push({
    name: 'edge sshd Include in a Match block',
    files: { sshd_config: 'HostKey @DIR@/hostkey\nMatch User alice\nInclude @DIR@/in.conf\n', 'in.conf': 'PubkeyAcceptedAlgorithms ssh-rsa\nMatch User bob\nPubkeyAcceptedAlgorithms ssh-dss\n' },
    runs: [{ run: null }, ...SSHD_RUNS.map((run) => ({ run }))],
  });
  out.push({
    name: 'edge sshd CRLF and NUL', files: { sshd_config: 'HostKey @DIR@/hostkey\r\nCiphers aes128-ctr\r\nMACs hmac-sha1\0garbage\r\n' }, runs: [{ run: null }],
  });
  return out;
}

/** Edge cases for ssh. */
export function edgeSshCases(): OracleCase<SshRun>[] {
  const runs = SSH_RUNS.slice(0, 2).map((run) => ({ run }));
  const out: OracleCase<SshRun>[] = EDGE_LINES.map((l, i) => ({ name: `edge ssh line #${i} ${JSON.stringify(l)}`, files: { ssh_config: `${l}\n` }, runs }));
  const blocks: [string, string][] = [
    ['Host with an empty pattern', 'Host ""\nCiphers 3des-cbc\n'],
    ['Match final after Host', 'Match final\nCiphers aes128-ctr\nHost *\nCiphers aes256-ctr\n'],
    ['Match canonical without a final pass', 'Match canonical\nCiphers aes128-ctr\n'],
    ['Match canonical with a final pass', 'Match canonical\nCiphers aes128-ctr\nMatch final\nMACs hmac-sha1\n'],
    ['negated all', 'Match !all\nCiphers aes128-ctr\n'],
    ['canonical then all', 'Match canonical all\nCiphers aes128-ctr\n'],
    ['final canonical all', 'Match final canonical all\nCiphers aes128-ctr\n'],
    ['HostName and Match host', 'HostName %h.corp\nMatch host db1.corp\nCiphers aes128-ctr\n'],
    ['HostName in capitals and Match final', 'HostName DB1.CORP\nMatch final host db1.corp\nCiphers aes128-ctr\n'],
    ['Host in capitals', 'Host DB1\nCiphers aes128-ctr\n'],
    ['User then Match user', 'User admin\nMatch user admin\nCiphers aes128-ctr\n'],
    ['IgnoreUnknown', 'IgnoreUnknown UseKeychain,AddKeysTo*\nUseKeychain yes\nAddKeysToAgentX yes\n'],
    ['IgnoreUnknown after the unknown line', 'UseKeychain yes\nIgnoreUnknown UseKeychain\n'],
    ['unknown keyword in a block that does not apply', 'Host nothing\nUseKeychain yes\n'],
    ['Match exec', 'Match exec false\nCiphers aes128-ctr\n'],
    ['Match unknown criterion', 'Match colour blue\nCiphers aes128-ctr\n'],
    ['a bad name in a block that does not apply', 'Host nothing\nCiphers aes512-ctr\n'],
    ['the same keyword twice', 'Ciphers aes128-ctr\nCiphers 3des-cbc\nHost *\nCiphers aes256-ctr\n'],
  ];
  for (const [name, text] of blocks) out.push({ name: `edge ssh ${name}`, files: { ssh_config: text }, runs: SSH_RUNS.map((run) => ({ run })) });
  out.push({
    name: 'edge ssh Include in a Host block that does not apply',
    files: { ssh_config: 'Host nothing\nInclude @DIR@/in.conf\n', 'in.conf': 'Ciphers aes128-ctr\nMatch all\nMACs hmac-sha1\n' },
    runs: SSH_RUNS.map((run) => ({ run })),
  });
  out.push({
    name: 'edge ssh Host block in an included file ends with it',
    files: { ssh_config: 'Include @DIR@/h.conf\nCiphers aes256-ctr\n', 'h.conf': 'Host db1\nCiphers aes128-ctr\n' }, runs: SSH_RUNS.map((run) => ({ run })),
  });
  out.push({ name: 'edge ssh Include loop', files: { ssh_config: 'Include @DIR@/ssh_config\n' }, runs });
  return out;
}

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p));
    else out.push(p);
  }
  return out;
}

/**
 * The fixture configurations as cases: `HostKey` lines point at the case's throwaway key, `/etc/ssh/` paths into the case
 * folder (so that the programs read the fixture's drop-ins, as the extractors do).
 */
export function fixtureCases<R>(format: 'sshd' | 'ssh', runs: readonly (R | null)[]): OracleCase<R>[] {
  const root = join(FIXTURES, format);
  const main = format === 'sshd' ? 'sshd_config' : 'ssh_config';
  const out: OracleCase<R>[] = [];
  for (const file of filesUnder(root)) {
    const rel = relative(root, file).replace(/\\/g, '/');
    const isMain = rel.endsWith(`/${main}`) || rel.endsWith('/.ssh/config');
    if (!isMain) continue;
    const dir = file.slice(0, file.length - rel.split('/').pop()!.length);
    const rewrite = (t: string): string => (format === 'sshd' ? t.replace(/^(\s*HostKey\s+)\S+/gim, '$1@DIR@/hostkey') : t).replaceAll('/etc/ssh/', '@DIR@/');
    const files: Record<string, string> = { [main]: (format === 'sshd' ? 'HostKey @DIR@/hostkey\n' : '') + rewrite(readFileSync(file, 'utf8')) };
    for (const other of filesUnder(dir)) {
      const r = relative(dir, other).replace(/\\/g, '/');
      if (/\.conf$/.test(r)) files[r] = rewrite(readFileSync(other, 'utf8'));
    }
    out.push({ name: `fixture ${rel}`, files, runs: runs.map((run) => ({ run })) });
  }
  return out;
}

/** Every sshd case of the snapshot. */
export function sshdCases(): OracleCase<SshdRun>[] {
  return [...fixtureCases<SshdRun>('sshd', [null, ...SSHD_RUNS]), ...edgeSshdCases(), ...generatedSshdCases(20_24, 48)];
}

/** Every ssh case of the snapshot. */
export function sshCases(): OracleCase<SshRun>[] {
  return [...fixtureCases<SshRun>('ssh', SSH_RUNS), ...edgeSshCases(), ...generatedSshCases(20_25, 40)];
}
