import { describe, expect, it } from 'vitest';
import { check } from '../../src/judge/check.js';
import type { Verdict } from '../../src/judge/types.js';
import { fingerprint, fingerprintAll } from '../../src/scan/fingerprint.js';
import { dynamicMessage, parseErrorMessage, RULE_TITLE, verdictMessage, warningMessage } from '../../src/scan/message.js';
import { isInformational, RULE_LEVEL, ruleFor } from '../../src/scan/rules.js';
import { findingFails } from '../../src/report/summary.js';
import { RULE_IDS } from '../../src/scan/types.js';

describe('ruleFor', () => {
  it.each([
    ['md5', 'cryptrec/unlisted', 'error'],
    ['rc4', 'cryptrec/unlisted', 'error'],
    ['sha1', 'cryptrec/monitored', 'warning'],
    ['HMAC-SHA1', 'cryptrec/monitored', 'warning'],
    ['TLS 1.0', 'cryptrec/monitored', 'warning'],
    ['PSEC-KEM', 'cryptrec/candidate', 'note'],
    ['RSA-1024', 'cryptrec/weak-key', 'error'],
    ['DES', 'cryptrec/weak-key', 'error'],
    ['RSA-2048', 'cryptrec/key-deadline', 'warning'],
    ['3-key Triple DES', 'cryptrec/key-deadline', 'warning'],
    ['no-such-cipher-xyz', 'cryptrec/unknown-algorithm', 'warning'],
  ])('%s -> %s (%s)', (name, ruleId, level) => {
    expect(ruleFor(check(name), false)).toMatchObject({ ruleId, level });
  });

  it('gives key-deadline only to a key that outlives its deadline (until: a certificate notAfter)', () => {
    const v = check('RSA-2048', { at: '2026-11-21' });
    expect(ruleFor(v, false, '2028-06-30')).toBeUndefined();
    expect(ruleFor(v, false, '2030-12-31')).toBeUndefined();
    expect(ruleFor(v, false, '2031-01-01')).toMatchObject({ ruleId: 'cryptrec/key-deadline', reason: { deadline: 2030 } });
    expect(ruleFor(v, true, '2028-06-30')).toEqual({ ruleId: 'cryptrec/recommended', level: 'none' });
    // A key already too weak at the date judged stays so, whatever its lifetime.
    expect(ruleFor(check('RSA-1024'), false, '2027-01-01')).toMatchObject({ ruleId: 'cryptrec/weak-key' });
  });

  it('passes recommended unless all is set', () => {
    expect(ruleFor(check('AES-128'), false)).toBeUndefined();
    expect(ruleFor(check('SHA-256'), false)).toBeUndefined();
    expect(ruleFor(check('AES-128'), true)).toEqual({ ruleId: 'cryptrec/recommended', level: 'none' });
  });

  it('puts an unmet note condition before the deadline', () => {
    const v = check({ algorithm: '3-key Triple DES', blocksPerKey: 2 ** 40 });
    expect(v.status).toBe('unlisted');
    expect(ruleFor(v, false)).toMatchObject({ ruleId: 'cryptrec/note-condition', level: 'error', reason: { code: 'note-unmet' } });
  });

  it('reports a deadline only while the status is still listed', () => {
    expect(ruleFor(check('RSA-2048', { at: '2031-01-01' }), false)?.ruleId).toBe('cryptrec/weak-key');
    expect(ruleFor(check('RSA-2048', { at: '2031-01-01', purpose: 'process' }), false)?.ruleId).toBe('cryptrec/monitored');
  });

  it('finds a weak key in the part of a combination that decided it', () => {
    const base = check('RSA-1024');
    const composite: Verdict = { ...check('AES-128'), status: 'unlisted', reasons: [], components: [check('AES-128'), base] };
    expect(ruleFor(composite, false)?.ruleId).toBe('cryptrec/weak-key');
    const deadline: Verdict = { ...check('AES-128'), reasons: [], components: [check('AES-128'), check('RSA-2048')] };
    expect(ruleFor(deadline, false)?.ruleId).toBe('cryptrec/key-deadline');
  });

  it('has a level for every rule id', () => {
    expect(Object.keys(RULE_LEVEL).sort()).toEqual([...RULE_IDS].sort());
    expect(Object.keys(RULE_TITLE).sort()).toEqual([...RULE_IDS].sort());
  });
});

describe('messages', () => {
  it('say what the list says, with the context and the reason that matters', () => {
    const m = verdictMessage(check('sha1'), 'cryptrec/monitored', 'sha1', { en: 'key hash', ja: 'キー hash' });
    expect(m.en).toBe('SHA-1 is monitored (compatibility only) in CRYPTREC LS-0001-2022R1 (key hash): SHA-1 gives about 63 bits of collision resistance here.');
    expect(m.ja).toBe('SHA-1 は CRYPTREC LS-0001-2022R1 の運用監視暗号（互換性維持のためにのみ利用可）（キー hash）。SHA-1 のここでの衝突耐性は約 63 ビット。');
  });

  it('show the name as written when it differs from the label', () => {
    const m = verdictMessage(check('3-key Triple DES'), 'cryptrec/monitored', '3-key Triple DES');
    expect(m.en).toMatch(/^3-key Triple DES is monitored/);
    const rsa = verdictMessage(check('RSA-1024'), 'cryptrec/weak-key', 'rsa1024', undefined, check('RSA-1024').reasons.find((r) => r.code === 'weak-key'));
    expect(rsa.en).toMatch(/^RSA-1024 has too weak a key for CRYPTREC LS-0001-2022R1: Security strength 80 bits/);
    const other = verdictMessage(check('md5'), 'cryptrec/unlisted', 'MD-5 hash');
    expect(other.en).toMatch(/^MD5 \("MD-5 hash"\) is on none of the lists/);
    expect(other.ja).toMatch(/^MD5（「MD-5 hash」）は/);
  });

  it('end with a full stop when there is no detail', () => {
    expect(verdictMessage(check('rc4'), 'cryptrec/unlisted', 'rc4').en).toBe('RC4 is on none of the lists of CRYPTREC LS-0001-2022R1.');
    expect(verdictMessage(check('rc4'), 'cryptrec/unlisted', 'rc4').ja).toBe('RC4 は CRYPTREC LS-0001-2022R1 のいずれのリストにも掲載されていない。');
    expect(verdictMessage(check('PSEC-KEM'), 'cryptrec/candidate', 'PSEC-KEM').en).toBe('PSEC-KEM is a candidate (not yet recommended) in CRYPTREC LS-0001-2022R1.');
    expect(verdictMessage(check('AES-128'), 'cryptrec/recommended', 'AES-128').en).toBe('AES-128 is recommended in CRYPTREC LS-0001-2022R1.');
  });

  it('for deadlines and unmet notes, give the reason', () => {
    const v = check('RSA-2048');
    const m = verdictMessage(v, 'cryptrec/key-deadline', 'RSA-2048', undefined, v.reasons.find((r) => r.code === 'key-deadline'));
    expect(m.en).toBe('RSA-2048 is recommended in CRYPTREC LS-0001-2022R1 for now: 112-bit security may protect new data only through 2030; after that it is legacy use for processing existing data (LS-0003).');
    const n = check({ algorithm: '3-key Triple DES', blocksPerKey: 2 ** 40 });
    expect(verdictMessage(n, 'cryptrec/note-condition', '3-key Triple DES', undefined, n.reasons.find((r) => r.code === 'note-unmet')).en)
      .toMatch(/^3-key Triple DES is not used as a note of CRYPTREC LS-0001-2022R1 requires: Not used as the list's note requires: .*blocks under one key/);
  });

  it('for unknown names, quote the input and offer suggestions', () => {
    const unknown = check('no-such-cipher-xyz');
    expect(verdictMessage(unknown, 'cryptrec/unknown-algorithm', 'no-such-cipher-xyz').en).toBe('"no-such-cipher-xyz" is not an algorithm name cryptrec knows.');
    const suggested: Verdict = { ...unknown, reasons: [{ code: 'unknown-name', en: '', ja: '', suggestions: ['SHA-1', 'SHA-224'] }] };
    const m = verdictMessage(suggested, 'cryptrec/unknown-algorithm', 'sha-l', { en: 'key hash', ja: 'キー hash' });
    expect(m.en).toBe('"sha-l" is not an algorithm name cryptrec knows (key hash): did you mean SHA-1, SHA-224?');
    expect(m.ja).toBe('「sha-l」は cryptrec が判読できないアルゴリズム名（キー hash）。候補：SHA-1、SHA-224');
  });

  it('for dynamic values and parse errors', () => {
    expect(dynamicMessage('${ALG}', { en: 'key alg', ja: 'キー alg' })).toEqual({
      en: 'The algorithm is chosen at run time ("${ALG}") (key alg): check the values it can take.',
      ja: 'アルゴリズムは実行時に決まる（「${ALG}」）（キー alg）。とりうる値を確認すること。',
    });
    expect(parseErrorMessage({ en: 'JSON: unexpected character "m"', ja: 'JSON の構文エラー：予期しない文字 "m"' }).en).toBe('This file could not be parsed: JSON: unexpected character "m"');
  });

  it('exist in both languages for every warning', () => {
    for (const code of ['not-found', 'unreadable', 'symlink-loop', 'broken-symlink', 'binary-file', 'file-too-large', 'invalid-utf8', 'extractor-failed',
      'suppression-without-reason', 'suppression-unknown-rule'] as const) {
      const m = warningMessage(code, 'X');
      expect(m.en.length).toBeGreaterThan(5);
      expect(m.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
  });
});

describe('fingerprints', () => {
  const parts = { path: 'a.yml', lineText: '  hash: md5  ', input: 'md5', ruleId: 'cryptrec/unlisted' };
  it('are sha256 of path, trimmed line, input, rule and occurrence', () => {
    expect(fingerprint(parts, 0)).toMatch(/^[0-9a-f]{64}$/);
    expect(fingerprint({ ...parts, lineText: 'hash: md5' }, 0)).toBe(fingerprint(parts, 0));
    expect(fingerprint(parts, 1)).not.toBe(fingerprint(parts, 0));
    for (const change of [{ path: 'b.yml' }, { lineText: 'hash: md5 # x' }, { input: 'MD5' }, { ruleId: 'cryptrec/weak-key' }]) {
      expect(fingerprint({ ...parts, ...change }, 0)).not.toBe(fingerprint(parts, 0));
    }
  });
  it('count identical parts in order', () => {
    const other = { ...parts, input: 'sha1' };
    expect(fingerprintAll([parts, other, parts])).toEqual([fingerprint(parts, 0), fingerprint(other, 0), fingerprint(parts, 1)]);
  });
});

describe('algorithms outside the list\'s categories', () => {
  it('a password hash alone is reported at note level and never fails a run', () => {
    const v = check('argon2', { at: '2026-11-21' });
    const rule = ruleFor(v, false)!;
    expect(rule).toMatchObject({ ruleId: 'cryptrec/unlisted', level: 'note' });
    const finding = { status: v.status, level: rule.level, suppressed: undefined } as Parameters<typeof findingFails>[0];
    expect(isInformational(finding)).toBe(true);
    expect(findingFails(finding, 'recommended', true)).toBe(false);
    // A KDF inside a combination is judged by its other parts, not informational.
    expect(ruleFor(check('PBKDF2WithHmacSHA1', { at: '2026-11-21' }), false)).toMatchObject({ ruleId: 'cryptrec/monitored', level: 'warning' });
  });
});
