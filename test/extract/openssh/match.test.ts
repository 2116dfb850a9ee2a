import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPublicKeyLine } from '../../../src/extract/openssh/hostkey.js';
import { lexConfig } from '../../../src/extract/openssh/lexer.js';
import { addressMatchList, hostLineMatches, readMatch, sshdMatches, sshMatches } from '../../../src/extract/openssh/match.js';

function match(text: string, program: 'sshd' | 'ssh') {
  const [line] = lexConfig(text);
  return readMatch(text, line!, program);
}

describe('readMatch', () => {
  it('reads criteria and the label', () => {
    const m = match('Match User backup Address 10.0.0.0/8', 'sshd');
    expect(m.ok && m.criteria.map((c) => `${c.attribute}=${c.argument?.text}`)).toEqual(['user=backup', 'address=10.0.0.0/8']);
    expect(m.ok && m.text).toBe('Match User backup Address 10.0.0.0/8');
    expect(m.ok && m.all).toBe(false);
    expect(match('Match all # everyone', 'sshd')).toMatchObject({ ok: true, all: true });
  });

  it.each([
    ['Match Colour blue', 'sshd', 'Colour', /not a Match criterion/],
    ['Match User', 'sshd', 'User', /needs a value/],
    ['Match User alice all', 'sshd', 'all', /cannot be combined/],
    ['Match all User alice', 'sshd', 'all', /cannot be combined/],
    ['Match LocalPort 99999', 'sshd', '99999', /port/],
    ['Match Address 10.0.0.1/8', 'sshd', '10.0.0.1/8', /address list/],
    ['Match !User alice', 'sshd', '!User', /not a Match criterion/],
    ['Match localnetwork 10.0.0.0/8', 'ssh', 'localnetwork', /not a Match criterion/],
    ['Match final canonical all', 'ssh', 'all', /cannot be combined/],
  ] as const)('%s (%s) is refused at %s', (text, program, token, message) => {
    const m = match(text, program);
    expect(m.ok).toBe(false);
    if (!m.ok) {
      expect(m.token.text).toBe(token);
      expect(m.message.en).toMatch(message);
    }
  });

  it('lets ssh negate criteria and put canonical or final before all', () => {
    expect(match('Match !host *.test', 'ssh')).toMatchObject({ ok: true });
    expect(match('Match canonical all', 'ssh')).toMatchObject({ ok: true, all: false });
  });
});

describe('evaluation', () => {
  it('sshd: every criterion must match; Host compares lowercase', () => {
    const m = match('Match User b* Address 10.0.0.0/8,!10.0.9.0/24 Host *.EXAMPLE.com', 'sshd');
    if (!m.ok) throw new Error('bad match');
    expect(sshdMatches(m.criteria, { user: 'bob', address: '10.1.2.3', host: 'a.example.com' })).toBe(true);
    expect(sshdMatches(m.criteria, { user: 'bob', address: '10.0.9.3', host: 'a.example.com' })).toBe(false);
    expect(sshdMatches(m.criteria, { user: 'alice', address: '10.1.2.3', host: 'a.example.com' })).toBe(false);
    expect(sshdMatches(m.criteria, {})).toBe(false);
  });

  it('ssh: Host lines are case-sensitive, Match host is not', () => {
    expect(hostLineMatches(['db*', '!db3'], 'db1')).toBe(true);
    expect(hostLineMatches(['db*', '!db3'], 'db3')).toBe(false);
    expect(hostLineMatches(['!db3'], 'db1')).toBe(false);
    expect(hostLineMatches(['DB1'], 'db1')).toBe(false);
    const m = match('Match host DB1', 'ssh');
    if (!m.ok) throw new Error('bad match');
    const s = { host: 'db1', originalHost: 'db1', user: 'root', localUser: 'root', finalPass: false, exec: () => false };
    expect(sshMatches(m.criteria, s)).toBe(true);
  });

  it('addresses: networks by prefix, v4 and v6, patterns otherwise', () => {
    expect(addressMatchList('10.1.2.3', '10.0.0.0/8')).toBe(1);
    expect(addressMatchList('10.1.2.3', '!10.1.0.0/16,10.0.0.0/8')).toBe(-1);
    expect(addressMatchList('192.168.1.7', '192.168.1.*')).toBe(1);
    expect(addressMatchList('2001:db8::1', '2001:db8::/32')).toBe(1);
    expect(addressMatchList('2001:db9::1', '2001:db8::/32')).toBe(0);
    expect(addressMatchList('::ffff:10.0.0.1', '::ffff:10.0.0.0/104')).toBe(1);
    expect(addressMatchList(undefined, '10.0.0.0/8,')).toBe(-2);
    expect(addressMatchList(undefined, '10.0.0.1/8')).toBe(-2);
    expect(addressMatchList('10.0.0.1', '10.0.0.0/99')).toBe(0);
  });
});

describe('host public keys', () => {
  const fixture = (name: string) => readFileSync(new URL(`../../fixtures/sshd/debian/etc/ssh/${name}`, import.meta.url), 'utf8');

  it('reads type and size from .pub files', () => {
    expect(readPublicKeyLine(fixture('ssh_host_rsa_key.pub'))).toMatchObject({ input: 'RSA-2048', subject: { algorithm: 'rsa', keyBits: 2048 } });
    expect(readPublicKeyLine(fixture('ssh_host_ecdsa_key.pub'))).toMatchObject({ input: 'ECDSA P-384', subject: { algorithm: 'ec', curve: 'secp384r1' } });
    expect(readPublicKeyLine(fixture('ssh_host_ed25519_key.pub'))).toMatchObject({ input: 'Ed25519', subject: 'ssh-ed25519' });
  });

  it('gives nothing for what is not a public key line', () => {
    for (const text of ['', 'ssh-rsa', 'ssh-rsa !!!', 'ssh-ed25519 AAAAC3NzaC1yc2E=', '-----BEGIN OPENSSH PRIVATE KEY-----', 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQAB']) {
      expect(readPublicKeyLine(text), text).toBeUndefined();
    }
  });
});
