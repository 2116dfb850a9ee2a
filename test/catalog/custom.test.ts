import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadList } from '../../src/catalog/custom.js';
import { CryptrecError } from '../../src/errors.js';

const GOOD = `list: acme-policy
version: 1.0.0
document: ACME crypto policy
title: { ja: ACME 暗号ポリシー, en: ACME crypto policy }
published: 2025-04-01
source: https://example.invalid/policy
confidence: high
entries:
  - { algorithm: aes, tier: recommended, category: block-cipher-128 }
  - { algorithm: gcm, tier: recommended, category: mode-authenticated-encryption, notes: [iv] }
  - { algorithm: sha-1, tier: monitored, category: hash-function }
notes:
  iv: { ja: IV は 96 ビット, en: Use a 96-bit IV, conditions: [{ type: iv-bits, bits: 96 }] }
`;

/** The error loadList throws for `text`, or fails the test. */
function errorOf(text: string): CryptrecError {
  try {
    loadList(text, { file: 'policy.yaml' });
  } catch (e) {
    expect(e).toBeInstanceOf(CryptrecError);
    return e as CryptrecError;
  }
  throw new Error('expected loadList to throw');
}

describe('loadList', () => {
  it('reads an organisation\'s own list in the bundled schema', () => {
    const list = loadList(GOOD);
    expect(list.list).toBe('acme-policy');
    expect(list.entries.map((e) => `${e.algorithm}:${e.tier}`)).toEqual(['aes:recommended', 'gcm:recommended', 'sha-1:monitored']);
    expect(list.notes.iv?.conditions).toEqual([{ type: 'iv-bits', bits: 96 }]);
    expect(Object.isFrozen(list.entries)).toBe(true);
  });

  it.each([
    ['bad YAML', 'list: [unclosed\n', 'invalid-yaml', 2],
    ['duplicate key', GOOD.replace('document: ACME crypto policy', 'document: A\ndocument: B'), 'invalid-yaml', 4],
    ['unknown algorithm', GOOD.replace('algorithm: aes,', 'algorithm: aes-ish,'), 'unknown-algorithm', 9],
    ['wrong tier', GOOD.replace('tier: monitored', 'tier: deprecated'), 'invalid-tier', 11],
    ['duplicate entry', GOOD.replace('algorithm: sha-1', 'algorithm: aes'), 'duplicate-entry', 11],
    ['unknown note', GOOD.replace('notes: [iv]', 'notes: [iv2]'), 'unknown-note', 10],
    ['unknown category', GOOD.replace('category: hash-function', 'category: hashes'), 'unknown-category', 11],
    ['bad version', GOOD.replace('version: 1.0.0', 'version: one'), 'invalid-version', 2],
    ['bad date', GOOD.replace('published: 2025-04-01', 'published: 2025-13-01'), 'invalid-date', 5],
    ['missing field', GOOD.replace('source: https://example.invalid/policy\n', ''), 'missing-field', 1],
    ['unknown field', GOOD.replace('confidence: high', 'confidence: high\ncolour: blue'), 'unknown-field', 8],
    ['wrong type', GOOD.replace('title: { ja: ACME 暗号ポリシー, en: ACME crypto policy }', 'title: ACME'), 'invalid-type', 4],
    ['bad confidence', GOOD.replace('confidence: high', 'confidence: sure'), 'invalid-confidence', 7],
    ['bad condition', GOOD.replace('type: iv-bits', 'type: iv-size'), 'invalid-condition', 13],
  ])('%s gives its own code with a line and column', (_name, text, code, line) => {
    const e = errorOf(text);
    expect(e.code).toBe(code);
    expect(e.line).toBe(line);
    expect(e.column).toBeGreaterThanOrEqual(1);
    expect(e.file).toBe('policy.yaml');
    expect(e.toString()).toMatch(new RegExp(`^policy\\.yaml:${line}:\\d+: .+ \\[${code}\\]$`));
  });

  it('names the closest known algorithm for a misspelt one', () => {
    expect(errorOf(GOOD.replace('algorithm: aes,', 'algorithm: aess,')).message).toContain('did you mean "aes"');
  });

  it('collects every problem, first thrown and the rest in related', () => {
    const e = errorOf(GOOD.replace('tier: monitored', 'tier: x').replace('algorithm: aes,', 'algorithm: nope,'));
    expect([e.code, ...e.related.map((r) => r.code)].sort()).toEqual(['invalid-tier', 'unknown-algorithm']);
  });

  it('warns, without failing, about a note no entry uses', () => {
    const warnings: string[] = [];
    loadList(GOOD.replace('notes: [iv] ', ''), { onWarning: (w) => warnings.push(w.code) });
    expect(warnings).toEqual(['unused-note']);
  });

  it('rejects a non-string with a TypeError', () => {
    expect(() => loadList(undefined as unknown as string)).toThrow(TypeError);
  });

  it('survives alias bombs without expanding them', () => {
    const bomb = 'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n';
    expect(errorOf(bomb)).toBeInstanceOf(CryptrecError);
  });

  // Fuzz: whatever the text, loadList returns a list or throws a CryptrecError; it never throws anything else or hangs.
  const neverCrashes = (text: string) => {
    try {
      loadList(text);
    } catch (e) {
      if (!(e instanceof CryptrecError)) throw e;
    }
    return true;
  };

  it('never crashes on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), neverCrashes), { numRuns: 2000 });
  });

  it('never crashes on mutations of a valid list', () => {
    const mutation = fc.tuple(fc.nat(GOOD.length), fc.nat(20), fc.string({ maxLength: 12 }));
    fc.assert(fc.property(fc.array(mutation, { maxLength: 4 }), (edits) => {
      let text = GOOD;
      for (const [at, drop, insert] of edits) text = text.slice(0, at) + insert + text.slice(at + drop);
      return neverCrashes(text);
    }), { numRuns: 2000 });
  });

  it('never crashes on arbitrary YAML-shaped values', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => neverCrashes(JSON.stringify(value))), { numRuns: 1000 });
    fc.assert(fc.property(fc.dictionary(fc.constantFrom('list', 'version', 'entries', 'notes', 'title', 'published', 'confidence'), fc.jsonValue()),
      (value) => neverCrashes(JSON.stringify(value))), { numRuns: 1000 });
  });
});
