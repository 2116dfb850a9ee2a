import { describe, expect, it } from 'vitest';
import { check } from '../../src/judge/check.js';
import { parseGeneric } from '../../src/names/generic.js';

describe('generic names of a block cipher with its mode', () => {
  it.each([
    ['aes-ecb', 'aes', undefined, 'ecb', 'unlisted'],
    ['AES-CFB', 'aes', undefined, 'cfb', 'recommended'],
    ['AES-256/OFB', 'aes', 256, 'ofb', 'recommended'],
    ['camellia-128-gcm', 'camellia', 128, 'gcm', 'recommended'],
    ['3des-cbc', 'tdea-3key', undefined, 'cbc', 'monitored'],
    ['des-cbc', 'des', undefined, 'cbc', 'unlisted'],
  ])('%s is %s in %s mode', (name, cipher, keyBits, mode, status) => {
    const u = parseGeneric(name)!;
    expect(u.components?.map((c) => [c.algorithm, c.role, c.keyBits])).toEqual([[cipher, 'cipher', keyBits], [mode, 'mode', undefined]]);
    expect(check(name).status).toBe(status);
  });

  it('reads CMAC over a block cipher, and leaves what is not a cipher and a mode', () => {
    expect(parseGeneric('aes-128-cmac')?.components?.map((c) => [c.algorithm, c.role, c.keyBits])).toEqual([['cmac', 'mac', undefined], ['aes', 'cipher', 128]]);
    for (const n of ['rsa-cbc', 'sha256-gcm', 'aes-sha256', 'des-128-cbc']) expect(parseGeneric(n)).toBeUndefined();
  });

  it('reads Rijndael with a 128-bit block as AES, and no other block size as a key size', () => {
    expect(parseGeneric('rijndael-128')).toMatchObject({ algorithm: 'aes' });
    expect(parseGeneric('rijndael-128')?.keyBits).toBeUndefined();
    expect(parseGeneric('rijndael-256')).toBeUndefined();
    expect(check('rijndael-256').status).toBe('unknown');
  });
});
