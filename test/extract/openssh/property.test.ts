/**
 * Properties of the OpenSSH readers on any input: they never throw, every location is inside the file and points at the name
 * it reports, and effective lists hold each supported name at most once.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  effectiveSshAlgorithms, effectiveSshdAlgorithms, extractSshConfig, extractSshdConfig, sshAlgorithmsFor, sshdAlgorithmsFor,
} from '../../../src/extract/openssh/index.js';
import { SSH_ALGORITHM_KEYWORDS, SSHD_ALGORITHM_KEYWORDS } from '../../../src/extract/openssh/defaults.js';
import type { EffectiveList } from '../../../src/extract/openssh/effective.js';
import type { Extraction } from '../../../src/scan/types.js';

const fixture = (p: string) => readFileSync(new URL(`../../fixtures/${p}`, import.meta.url), 'utf8');
const SEEDS = [
  fixture('sshd/hardened/sshd_config'), fixture('sshd/legacy/sshd_config'), fixture('sshd/match/sshd_config'), fixture('sshd/malformed/sshd_config'),
  fixture('ssh/legacy/ssh_config'), fixture('ssh/malformed/ssh_config'),
];

/** Text made of the characters the grammar cares about, so that random input reaches every branch. */
const configish = fc.array(fc.constantFrom(
  'Ciphers', 'MACs', 'KexAlgorithms', 'HostKeyAlgorithms', 'PubkeyAcceptedKeyTypes', 'CASignatureAlgorithms', 'Match', 'Host', 'Include', 'all',
  'User', 'Address', 'aes128-ctr', 'ssh-rsa', 'hmac-sha1', '*', '?', '!', '+', '-', '^', ',', ' ', '\t', '=', '"', '\'', '\\', '#', '\n', '\r', '\0',
  '10.0.0.0/8', 'x',
), { maxLength: 200 }).map((xs) => xs.join(''));

/** A valid configuration with random damage: characters inserted, ranges cut out, lines repeated. */
const mutated = fc.tuple(fc.constantFrom(...SEEDS), fc.array(fc.tuple(fc.nat(), fc.nat(40), fc.string({ maxLength: 8 })), { maxLength: 8 }))
  .map(([seed, edits]) => {
    let t = seed;
    for (const [at, cut, insert] of edits) {
      const i = at % (t.length + 1);
      t = t.slice(0, i) + insert + t.slice(i + cut);
    }
    return t;
  });

const anyText = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), configish, mutated);

function checkLocations(text: string, xs: readonly Extraction[]): void {
  const lines = text.split('\n');
  for (const x of xs) {
    const { line, column } = x.location;
    expect(line).toBeGreaterThanOrEqual(1);
    expect(line).toBeLessThanOrEqual(lines.length);
    expect(column).toBeGreaterThanOrEqual(1);
    expect(column).toBeLessThanOrEqual(lines[line - 1]!.length + 1);
    if (x.kind === 'usage' && x.confidence === 'exact' && !x.context?.en.includes('pattern')) {
      // The column is that of the name's first character (after any quote or backslash).
      expect(lines[line - 1]![column - 1], JSON.stringify({ input: x.input, line: lines[line - 1] })).toBe(x.input[0]);
    }
  }
}

function checkLists(lists: readonly EffectiveList[], keywords: typeof SSHD_ALGORITHM_KEYWORDS): void {
  for (const l of lists) {
    const kw = keywords.find((k) => k.name === l.keyword)!;
    if (!kw.modifiers) continue;
    const names = l.names.map((n) => n.name);
    expect(new Set(names).size).toBe(names.length);
    for (const n of names) expect(kw.supported).toContain(n);
  }
}

describe('OpenSSH readers on any input', () => {
  it('sshd: never throw, place every finding inside the file, keep lists sound', () => {
    fc.assert(fc.property(anyText, (text) => {
      const xs = extractSshdConfig(text, { path: 'sshd_config' });
      checkLocations(text, xs);
      const a = effectiveSshdAlgorithms(text, { path: 'sshd_config' });
      checkLists(a.global, SSHD_ALGORITHM_KEYWORDS);
      for (const b of a.blocks) checkLists(b.lists, SSHD_ALGORITHM_KEYWORDS);
      checkLists(sshdAlgorithmsFor(text, { path: 'sshd_config' }, { user: 'bob', host: 'h', address: '10.1.2.3', localPort: 22 }).lists, SSHD_ALGORITHM_KEYWORDS);
    }), { numRuns: 300 });
  });

  it('ssh: never throw, place every finding inside the file, keep lists sound', () => {
    fc.assert(fc.property(anyText, (text) => {
      const xs = extractSshConfig(text, { path: '.ssh/config' });
      checkLocations(text, xs);
      const a = effectiveSshAlgorithms(text, { path: '.ssh/config' });
      checkLists(a.global, SSH_ALGORITHM_KEYWORDS);
      for (const b of a.blocks) checkLists(b.lists, SSH_ALGORITHM_KEYWORDS);
      checkLists(sshAlgorithmsFor(text, { path: 'config' }, { host: 'db1', localUser: 'root' }).lists, SSH_ALGORITHM_KEYWORDS);
    }), { numRuns: 300 });
  });

  it('read a megabyte of garbage, and pathological lines, without trouble', () => {
    let x = 7;
    const chars = 'ab =\t"\'\\#,+-^*!\nMatchHostCiphers\r\0';
    let garbage = '';
    for (let i = 0; i < 1 << 20; i++) {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      garbage += chars[x % chars.length];
    }
    for (const text of [garbage, '"'.repeat(1 << 20), `HostKeyAlgorithms ${'*a'.repeat(50_000)}b\n`, `Ciphers ${'aes128-ctr,'.repeat(50_000)}\n`, 'Match all\n'.repeat(50_000)]) {
      expect(() => extractSshdConfig(text, { path: 'sshd_config' })).not.toThrow();
      expect(() => extractSshConfig(text, { path: 'ssh_config' })).not.toThrow();
    }
  });
});
