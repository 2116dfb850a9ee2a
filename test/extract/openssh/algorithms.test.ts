import { describe, expect, it } from 'vitest';
import { assemble, checkValue, findKeyword, matchPattern, matchPatternList, splitList } from '../../../src/extract/openssh/algorithms.js';
import { DEFAULT_CIPHERS, DEFAULT_KEYS, SSHD_ALGORITHM_KEYWORDS } from '../../../src/extract/openssh/defaults.js';

const kw = (name: string) => findKeyword(SSHD_ALGORITHM_KEYWORDS, name)!;

describe('patterns', () => {
  it('match * and ? case-sensitively', () => {
    expect(matchPattern('aes128-ctr', 'aes*')).toBe(true);
    expect(matchPattern('aes128-ctr', 'aes???-ctr')).toBe(true);
    expect(matchPattern('aes128-ctr', '*-cbc')).toBe(false);
    expect(matchPattern('AES128-CTR', 'aes*')).toBe(false);
    expect(matchPattern('', '*')).toBe(true);
    expect(matchPattern('a', '')).toBe(false);
    expect(matchPattern('ssh-ed25519-cert-v01@openssh.com', '*-cert-v01@openssh.com')).toBe(true);
  });

  it('stay linear on many stars', () => {
    expect(matchPattern('a'.repeat(5000), `${'*a'.repeat(2000)}b`)).toBe(false);
  });

  it('lists: a negated match wins, else any positive one', () => {
    expect(matchPatternList('ssh-rsa', 'ssh-*,!ssh-rsa')).toBe(-1);
    expect(matchPatternList('ssh-dss', 'ssh-*,!ssh-rsa')).toBe(1);
    expect(matchPatternList('x', 'a,b')).toBe(0);
    expect(matchPatternList('db1', 'DB*', true)).toBe(1);
    expect(matchPatternList('db1', 'DB*')).toBe(0);
  });

  it('split lists keeping empty items and their places', () => {
    expect(splitList('+a,,b', 1)).toEqual([{ text: 'a', index: 1 }, { text: '', index: 3 }, { text: 'b', index: 4 }]);
  });
});

describe('checkValue', () => {
  it('accepts known names, and any "-" list', () => {
    expect(checkValue(kw('Ciphers'), 'aes128-ctr,3des-cbc')).toBeUndefined();
    expect(checkValue(kw('Ciphers'), '-whatever*')).toBeUndefined();
    expect(checkValue(kw('HostKeyAlgorithms'), '+ssh-rsa*,RSA')).toBeUndefined();
    expect(checkValue(kw('KexAlgorithms'), 'gss-group14-sha256-toWM5Slw5Ew8Mqkay+al2g==')).toBeUndefined();
  });

  it('points at the first bad name', () => {
    expect(checkValue(kw('Ciphers'), 'aes128-ctr,AES256-CTR')).toMatchObject({ index: 11, length: 10 });
    expect(checkValue(kw('Ciphers'), '^aes*')).toMatchObject({ index: 1, length: 4 });
    expect(checkValue(kw('MACs'), 'none')).toMatchObject({ index: 0 });
    expect(checkValue(kw('HostKeyAlgorithms'), '*zz*')).toMatchObject({ index: 0 });
    expect(checkValue(kw('HostKeyAlgorithms'), 'RSA-CERT')).toMatchObject({ index: 0 });
    expect(checkValue(kw('GSSAPIKexAlgorithms'), 'curve25519-sha256')?.message.en).toMatch(/GSSAPI key exchange method/);
  });

  it('stops at the first empty item, as OpenSSH does', () => {
    expect(checkValue(kw('Ciphers'), 'aes128-ctr,,bogus')).toBeUndefined();
  });

  it('refuses a modifier with nothing after it', () => {
    expect(checkValue(kw('Ciphers'), '+')?.message.en).toMatch(/empty/);
  });
});

describe('assemble', () => {
  const at = (text: string) => ({ text, where: text });
  const names = (r: ReturnType<typeof assemble<string>>) => (r.ok ? r.names.map((n) => n.name) : r.message.en);

  it('gives the default for no value', () => {
    expect(names(assemble(kw('Ciphers'), undefined))).toEqual(DEFAULT_CIPHERS);
  });

  it('appends with +, without duplicates, keeping the origins', () => {
    const r = assemble(kw('Ciphers'), { modifier: '+', items: [at('aes128-ctr'), at('3des-cbc')] });
    expect(names(r)).toEqual([...DEFAULT_CIPHERS, '3des-cbc']);
    expect(r.ok && r.names[1]!.source).toEqual({ kind: 'default', modifier: '+' });
    expect(r.ok && r.names.at(-1)!.source).toEqual({ kind: 'written', where: '3des-cbc' });
  });

  it('puts names first with ^', () => {
    expect(names(assemble(kw('Ciphers'), { modifier: '^', items: [at('aes256-ctr'), at('3des-cbc')] }))).toEqual([
      'aes256-ctr', '3des-cbc', ...DEFAULT_CIPHERS.filter((c) => c !== 'aes256-ctr'),
    ]);
  });

  it('removes with -, wildcards included', () => {
    expect(names(assemble(kw('HostKeyAlgorithms'), { modifier: '-', items: [at('*-cert-v01@openssh.com'), at('sk-*')] }))).toEqual(
      DEFAULT_KEYS.filter((k) => !k.includes('-cert-v01@') && !k.startsWith('sk-')),
    );
  });

  it('expands wildcards in the order of ssh -Q and says which pattern matched', () => {
    const r = assemble(kw('HostKeyAlgorithms'), { items: [at('ssh-ed*'), at('rsa-sha2-512')] });
    expect(names(r)).toEqual(['ssh-ed25519', 'ssh-ed25519-cert-v01@openssh.com', 'rsa-sha2-512']);
    expect(r.ok && r.names[1]!.source).toEqual({ kind: 'written', where: 'ssh-ed*', pattern: 'ssh-ed*' });
  });

  it('refuses a negation outside a - list, and a list that ends up empty', () => {
    expect(names(assemble(kw('HostKeyAlgorithms'), { items: [at('!ssh-rsa')] }))).toMatch(/may not negate/);
    expect(names(assemble(kw('CASignatureAlgorithms'), { items: [at('ssh-rsa-cert-v01@openssh.com')] }))).toMatch(/no algorithm/);
    expect(names(assemble(kw('HostKeyAlgorithms'), { items: [at('RSA')] }))).toMatch(/no algorithm/);
  });

  it('leaves names no list offers out (a short type name, a GSSAPI name in KexAlgorithms)', () => {
    expect(names(assemble(kw('HostKeyAlgorithms'), { items: [at('RSA'), at('ssh-ed25519')] }))).toEqual(['ssh-ed25519']);
    expect(names(assemble(kw('KexAlgorithms'), { items: [at('gss-group14-sha256-'), at('curve25519-sha256')] }))).toEqual(['curve25519-sha256']);
  });

  it('takes a plain list as written', () => {
    expect(names(assemble(kw('GSSAPIKexAlgorithms'), { items: [at('gss-group14-sha256-'), at(''), at('x')] }))).toEqual(['gss-group14-sha256-', '', 'x']);
  });
});
