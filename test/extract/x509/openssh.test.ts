/**
 * The OpenSSH private key header (PROTOCOL.key) on keys ssh-keygen cannot make here (security-key types need a FIDO
 * device) and on headers that break the format: built byte by byte as RFC 4251 section 5 lays them out.
 */
import { describe, expect, it } from 'vitest';
import { readOpenSshKey, sshKeyFacts, SshFormatError } from '../../../src/extract/x509/openssh.js';

const text = (s: string) => new TextEncoder().encode(s);
const u32 = (n: number) => Uint8Array.of(n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
const str = (b: Uint8Array | string) => {
  const bytes = typeof b === 'string' ? text(b) : b;
  return Uint8Array.from([...u32(bytes.length), ...bytes]);
};
const cat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
const place = { location: { path: 'id_sk', line: 1, column: 1 }, at: new Date('2026-11-21T00:00:00Z') };

function keyFile(cipher: string, kdf: string, kdfOptions: Uint8Array, blobs: Uint8Array[], count = blobs.length): Uint8Array {
  return cat(text('openssh-key-v1\0'), str(cipher), str(kdf), str(kdfOptions), u32(count), ...blobs.map(str), str(new Uint8Array(8)));
}

describe('OpenSSH key headers', () => {
  it('reads security-key types by their public part', () => {
    const ed = cat(str('sk-ssh-ed25519@openssh.com'), str(new Uint8Array(32)), str('ssh:'));
    expect(sshKeyFacts(ed)).toEqual({ type: 'sk-ssh-ed25519@openssh.com', keyAlgorithm: 'Ed25519', input: 'Ed25519', subject: { algorithm: 'ed25519' } });
    const ec = cat(str('sk-ecdsa-sha2-nistp256@openssh.com'), str('nistp256'), str(new Uint8Array(65)), str('ssh:'));
    expect(sshKeyFacts(ec)).toMatchObject({ keyAlgorithm: 'EC', keyBits: 256, curve: 'secp256r1' });
    const [x] = readOpenSshKey(keyFile('none', 'none', new Uint8Array(), [ec]), place);
    expect(x).toMatchObject({ kind: 'usage', input: 'EC secp256r1', context: { en: 'OpenSSH private key sk-ecdsa-sha2-nistp256@openssh.com (not encrypted)' } });
  });

  it('hands a type it does not know to the judge by its SSH name', () => {
    expect(sshKeyFacts(str('ssh-unknown@example.com'))).toMatchObject({ keyAlgorithm: 'ssh-unknown@example.com', subject: 'ssh-unknown@example.com' });
  });

  it('reads an encryption with another KDF by its name', () => {
    const blob = cat(str('ssh-ed25519'), str(new Uint8Array(32)));
    const xs = readOpenSshKey(keyFile('aes256-gcm@openssh.com', 'other-kdf', new Uint8Array(), [blob]), place);
    expect(xs.map((x) => (x.kind === 'usage' ? x.input : x.kind))).toEqual(['Ed25519', 'aes256-gcm@openssh.com', 'other-kdf']);
  });

  it('throws a format error, never past the end, on a broken header', () => {
    const blob = cat(str('ssh-ed25519'), str(new Uint8Array(32)));
    const good = keyFile('none', 'none', new Uint8Array(), [blob]);
    expect(() => readOpenSshKey(text('openssh-key-v2\0'), place)).toThrow(SshFormatError);
    expect(() => readOpenSshKey(keyFile('none', 'none', new Uint8Array(), [blob], 0), place)).toThrow(/holds 0 keys/);
    expect(() => readOpenSshKey(keyFile('none', 'none', new Uint8Array(), [blob], 1000), place)).toThrow(/holds 1000 keys/);
    for (let n = 15; n < good.length - 12; n++) expect(() => readOpenSshKey(good.subarray(0, n), place), String(n)).toThrow(SshFormatError);
    // A length that points far past the end.
    const huge = cat(text('openssh-key-v1\0'), u32(0xfffffff0));
    expect(() => readOpenSshKey(huge, place)).toThrow(/runs past the end/);
  });
});
