import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { check } from '../../src/judge/check.js';
import { loadList } from '../../src/catalog/custom.js';
import type { Verdict } from '../../src/judge/types.js';

const AT = { at: '2026-11-21' } as const;
const codes = (v: Verdict) => v.reasons.map((r) => r.code);

describe('check: tiers from the list', () => {
  it.each([
    ['sha1', 'monitored'], ['SHA-256', 'recommended'], ['md5', 'unlisted'], ['AES', 'recommended'], ['Camellia', 'recommended'],
    ['CLEFIA', 'candidate'], ['3-key Triple DES', 'monitored'], ['RC4', 'unlisted'], ['ChaCha20-Poly1305', 'recommended'],
    ['RIPEMD-160', 'monitored'], ['EdDSA', 'recommended'], ['PSEC-KEM', 'candidate'], ['des', 'unlisted'], ['Blowfish', 'unlisted'],
  ])('%s is %s in the latest list', (name, status) => {
    expect(check(name, AT).status).toBe(status);
  });

  it('cites the list version and document the verdict rests on', () => {
    const v = check('sha1', AT);
    expect(v.list).toMatchObject({ id: 'cryptrec', version: '2022.1.0', document: 'CRYPTREC LS-0001-2022R1', published: '2024-05-16' });
    expect(v.algorithm).toMatchObject({ id: 'sha-1', category: 'hash-function' });
    expect(v.notes.map((n) => n.id)).toEqual(['n8']);
    expect(codes(v)).toContain('compatibility-only');
    expect(v.reasons[0]?.ja).toContain('運用監視暗号リスト');
  });

  it('judges against an older list on request', () => {
    expect(check('3-key Triple DES', { ...AT, list: '2012' }).status).toBe('recommended');
    expect(check('SC2000', { ...AT, list: '2012.0.0' }).status).toBe('candidate');
    expect(check('SC2000', AT).status).toBe('unlisted');
    expect(check('EdDSA', { ...AT, list: '2012' }).status).toBe('unlisted');
  });

  it('judges against an organisation\'s own list', () => {
    const policy = loadList(`list: acme\nversion: 1.0.0\ndocument: ACME\ntitle: { ja: A, en: A }\npublished: 2025-01-01\nsource: x\nconfidence: high\nentries:\n  - { algorithm: sha-1, tier: recommended, category: hash-function }\n`);
    const v = check('sha1', { ...AT, list: policy });
    expect(v.status).toBe('recommended');
    expect(v.list.id).toBe('acme');
    expect(check('sha-256', { ...AT, list: policy }).status).toBe('unlisted');
  });

  it('a provisional list says so in every verdict', () => {
    const v = check('ML-KEM-768', { ...AT, list: '2022.2' });
    expect(v.status).toBe('recommended');
    expect(v.list.provisional).toBe(true);
    expect(v.confidence).toBe('low');
    expect(codes(v)).toContain('provisional-list');
    expect(check('ML-KEM-768', AT).status).toBe('unlisted');
    expect(check('ML-KEM-512', { ...AT, list: '2022.2' }).status).toBe('unlisted');
  });
});

describe('check: instances and open questions', () => {
  it('Ed25519 is EdDSA (high confidence); X25519 is ECDH at low confidence, and says why', () => {
    const ed = check('Ed25519', AT);
    expect(ed.status).toBe('recommended');
    expect(ed.confidence).not.toBe('low');
    const x = check('X25519', AT);
    expect(x.status).toBe('recommended');
    expect(x.confidence).toBe('low');
    expect(x.reasons.find((r) => r.code === 'instance-of')?.en).toContain('SP 800-56A');
  });

  it('HMAC with SHA-1 takes SHA-1\'s tier under the strict reading, at low confidence', () => {
    const v = check('HMAC-SHA1', AT);
    expect(v.status).toBe('monitored');
    expect(v.confidence).toBe('low');
    expect(codes(v)).toContain('strict-combination');
    expect(v.components?.map((c) => `${c.role}:${c.status}`)).toEqual(['mac:recommended', 'hash:monitored']);
    expect(check('HMAC-SHA-256', AT).status).toBe('recommended');
  });

  it('NIST curves are within ECDSA at medium confidence; secp256k1-style decisions are low', () => {
    const v = check('ECDSA-P256', AT);
    expect(v.status).toBe('recommended');
    expect(v.reasons.find((r) => r.code === 'curve-coverage')?.confidence).toBe('medium');
    expect(v.strength?.bits).toBe(128);
  });
});

describe('check: key strength (LS-0003)', () => {
  it('a bare RSA key is judged by its strength with the best listed scheme\'s tier', () => {
    const v = check({ algorithm: 'rsa', keyBits: 3072 }, AT);
    expect(v.status).toBe('recommended');
    expect(codes(v)).toContain('bare-key');
    expect(v.strength).toMatchObject({ bits: 128, level: 128, new: 'ok', process: 'ok' });
  });

  it('RSA-1024 is below the minimum: unlisted with weak-key', () => {
    const v = check('RSA-1024', AT);
    expect(v.status).toBe('unlisted');
    expect(codes(v)).toContain('weak-key');
    expect(v.strength).toMatchObject({ bits: 80, level: null, new: 'not-allowed', process: 'not-allowed' });
    expect(check({ algorithm: 'rsa', keyBits: 1024 }, AT).status).toBe('unlisted');
    expect(check('dh-1024', AT).status).toBe('unlisted');
  });

  it('a 112-bit key is fine for new protection through 2030 and reports the deadline', () => {
    const v = check('RSA-2048', { at: '2030-12-31' });
    expect(v.status).toBe('recommended');
    expect(v.strength).toMatchObject({ level: 112, new: 'until-2030', deadline: 2030 });
    expect(v.reasons.find((r) => r.code === 'key-deadline')?.deadline).toBe(2030);
  });

  it('after 2030 a 112-bit key may not protect new data, and processing is legacy', () => {
    const fresh = check('RSA-2048', { at: '2031-01-01' });
    expect(fresh.status).toBe('unlisted');
    expect(fresh.strength).toMatchObject({ new: 'not-allowed', process: 'legacy' });
    expect(codes(fresh)).toContain('weak-key');
    const old = check('RSA-2048', { at: '2031-01-01', purpose: 'process' });
    expect(old.status).toBe('monitored');
    expect(codes(old)).toContain('legacy-use');
  });

  it('128-bit keys are ok until 2040, in migration 2041-2050, and not for new data from 2051', () => {
    expect(check('AES-128', { at: '2040-06-01' }).strength?.new).toBe('ok');
    expect(check('AES-128', { at: '2045-06-01' }).strength?.new).toBe('until-2050');
    expect(check('AES-128', { at: '2051-01-01' }).status).toBe('unlisted');
    expect(check('AES-256', { at: '2070-01-01' }).strength?.new).toBe('ok');
  });

  it('3-key Triple DES gives 112 bits', () => {
    expect(check('3-key Triple DES', AT).strength).toMatchObject({ bits: 112, level: 112 });
  });

  it('EC keys take their strength from the curve', () => {
    expect(check('ECDSA-P384', AT).strength?.bits).toBe(192);
    expect(check('ECDSA-P521', AT).strength?.level).toBe(256);
  });

  it('MODP groups carry their size as a protocol fact, not a CRYPTREC one', () => {
    const v = check('modp2', AT);
    expect(v.status).toBe('unlisted');
    expect(v.reasons.find((r) => r.code === 'implicit-parameter')?.en).toContain('RFC 2409');
    expect(check('modp14', AT).strength?.bits).toBe(112);
  });
});

describe('check: note conditions', () => {
  it('SHAKE with less than 256 bits of output breaks note 12', () => {
    const v = check({ algorithm: 'shake128', outputBits: 128 }, AT);
    expect(v.status).toBe('unlisted');
    expect(v.reasons.find((r) => r.code === 'note-unmet')?.note).toBe('n12');
    expect(check({ algorithm: 'shake256', outputBits: 512 }, AT).status).toBe('recommended');
  });

  it('a GCM IV other than 96 bits is reported against note 4 without changing the tier', () => {
    const v = check({ algorithm: 'gcm', ivBits: 128 }, AT);
    expect(v.status).toBe('recommended');
    expect(v.reasons.find((r) => r.code === 'note-condition')?.note).toBe('n4');
  });

  it('XTS outside storage encryption breaks note 17', () => {
    expect(check({ algorithm: 'xts', usage: 'transport' }, AT).status).toBe('unlisted');
    expect(check({ algorithm: 'xts', usage: 'storage-encryption' }, AT).status).toBe('recommended');
  });

  it('too many blocks under one 64-bit block cipher key breaks note 15', () => {
    expect(check({ algorithm: '3-key Triple DES', blocksPerKey: 2 ** 21 }, AT).status).toBe('unlisted');
    expect(check({ algorithm: '3-key Triple DES', blocksPerKey: 2 ** 19 }, AT).status).toBe('monitored');
  });

  it('CBC-MAC on variable-length messages breaks note 11', () => {
    expect(check({ algorithm: 'cbc-mac', fixedLength: false }, AT).status).toBe('unlisted');
    expect(check({ algorithm: 'cbc-mac', fixedLength: true }, AT).status).toBe('monitored');
  });

  it('only 128-bit RC4 was on the 2012 list', () => {
    expect(check({ algorithm: 'rc4', keyBits: 128 }, { ...AT, list: '2012' }).status).toBe('monitored');
    expect(check({ algorithm: 'rc4', keyBits: 40 }, { ...AT, list: '2012' }).status).toBe('unlisted');
  });
});

describe('check: protocols, scope and unknowns', () => {
  it.each([['SSL 3.0', 'unlisted'], ['TLS 1.0', 'monitored'], ['TLS 1.1', 'monitored'], ['TLS 1.2', 'recommended'], ['TLS 1.3', 'recommended']])(
    '%s is %s per the TLS guideline', (name, status) => {
      const v = check(name, AT);
      expect(v.status).toBe(status);
      expect(v.reasons.find((r) => r.code === 'protocol-guideline')?.en).toContain('GL-3001 3.0.1');
    });

  it('KDFs and password hashes are outside the list, and say so', () => {
    const v = check('PBKDF2', AT);
    expect(v.status).toBe('unlisted');
    expect(codes(v)).toEqual(['out-of-scope']);
  });

  it('an unreadable name is unknown, never guessed, with suggestions', () => {
    const v = check('SHA-257', AT);
    expect(v.status).toBe('unknown');
    expect(v.reasons[0]?.suggestions?.length).toBeGreaterThan(0);
    expect(check('definitely not a cipher', AT).status).toBe('unknown');
  });

  it('flags quantum-vulnerable schemes apart from the tier', () => {
    expect(check('RSA-3072', AT).quantumVulnerable).toBe(true);
    expect(check('X25519', AT).quantumVulnerable).toBe(true);
    expect(check('AES-256', AT).quantumVulnerable).toBe(false);
  });

  it('rejects bad options with RangeError/TypeError naming the value', () => {
    expect(() => check('aes', { at: '2026-13-45' })).toThrow(/2026-13-45/);
    expect(() => check('aes', { purpose: 'archive' as 'new' })).toThrow(/archive.*new, process/);
    expect(() => check('aes', { list: 'nope' })).toThrow(RangeError);
    expect(() => check(42 as unknown as string)).toThrow(TypeError);
    expect(() => check({ algorithm: 'rsa', keyBits: -1 })).toThrow(RangeError);
  });

  it('verdicts are frozen and cached', () => {
    const a = check('sha1', AT);
    expect(Object.isFrozen(a)).toBe(true);
    expect(check('sha1', AT)).toBe(a);
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 80 }), (s) => typeof check(s, AT).status === 'string'), { numRuns: 3000 });
    expect(check('x'.repeat(1_000_000), AT).status).toBe('unknown');
  });
});

describe('check: parameters beside a composite name', () => {
  it('places each parameter in the one part it belongs to', () => {
    const rs = check({ algorithm: 'RS256', keyBits: 1024 }, AT);
    expect(rs.status).toBe('unlisted');
    expect(rs.components?.find((c) => c.role === 'signature')?.strength?.bits).toBe(80);
    const gcm = check({ algorithm: 'aes-128-gcm', ivBits: 128 }, AT);
    expect(gcm.components?.find((c) => c.role === 'mode')?.reasons.find((r) => r.code === 'note-condition')?.note).toBe('n4');
    expect(gcm.components?.find((c) => c.role === 'cipher')?.strength?.bits).toBe(128);
  });

  it('refuses a parameter that several parts could own, naming them', () => {
    expect(() => check({ algorithm: 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256', keyBits: 2048 }, AT)).toThrow(/keyBits cannot be placed.*kx, auth, cipher/);
  });
});
