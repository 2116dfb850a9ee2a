import { describe, expect, it } from 'vitest';
import { extractX509 } from '../../../src/extract/x509/index.js';

const ctx = (path: string) => ({ path, absolutePath: `/${path}`, readFile: async () => undefined, include: () => ({ files: [], unreadable: [] }) });

describe('OpenPGP armor', () => {
  it('is not PEM: an armored key with its checksum line gives nothing, and a PEM block beside it is still read', () => {
    const armor = '-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmDMEZQ==\n=abcd\n-----END PGP PUBLIC KEY BLOCK-----\n';
    expect(extractX509(new TextEncoder().encode(armor), ctx('keys/archive.asc'))).toEqual([]);
    const broken = `${armor}-----BEGIN CERTIFICATE-----\nnot base64!\n-----END CERTIFICATE-----\n`;
    const got = extractX509(new TextEncoder().encode(broken), ctx('keys/archive.asc'));
    expect(got.map((x) => `${x.kind} ${x.location.line}`)).toEqual(['parse-error 7']);
  });
});
