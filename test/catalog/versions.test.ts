import { describe, expect, it } from 'vitest';
import { getList, listVersions } from '../../src/catalog/versions.js';
import { diffLists } from '../../src/catalog/diff.js';

describe('listVersions and getList', () => {
  it('lists the four bundled versions oldest first, with 2022.1.0 as latest', () => {
    const versions = listVersions();
    expect(versions.map((v) => v.version)).toEqual(['2012.0.0', '2022.0.0', '2022.1.0', '2022.2.0']);
    expect(versions.filter((v) => v.latest).map((v) => v.version)).toEqual(['2022.1.0']);
    expect(versions.find((v) => v.version === '2022.2.0')?.provisional).toBe(true);
    expect(versions.find((v) => v.version === '2022.1.0')).toMatchObject({ document: 'CRYPTREC LS-0001-2022R1', published: '2024-05-16' });
  });

  it('latest is 2022.1.0 and says that a newer provisional version exists', () => {
    const latest = getList('latest');
    expect(latest.version).toBe('2022.1.0');
    expect(latest.newerProvisional).toBe('2022.2.0');
    expect(getList().version).toBe('2022.1.0');
  });

  it.each([
    ['2012', '2012.0.0'], ['2012.x', '2012.0.0'], ['2022', '2022.1.0'], ['^2022.1', '2022.1.0'], ['~2022.0', '2022.0.0'],
    ['2022.0.0', '2022.0.0'], ['>=2012 <2022', '2012.0.0'], ['2022.2', '2022.2.0'], ['2022.2.0', '2022.2.0'], ['*', '2022.1.0'],
  ])('range %s picks %s', (range, version) => {
    expect(getList(range).version).toBe(version);
  });

  it.each(['', '  ', 'newest', '2030', '>2023', 'LS-0001-2022'])('range %j is a RangeError naming it and the versions', (range) => {
    expect(() => getList(range)).toThrow(RangeError);
    try {
      getList(range);
    } catch (e) {
      expect((e as Error).message).toContain(JSON.stringify(range).slice(1, -1));
      expect((e as Error).message).toContain('2022.1.0');
    }
  });

  it('a non-string selector is a TypeError', () => {
    expect(() => getList(42 as unknown as string)).toThrow(TypeError);
  });

  it('lists are frozen', () => {
    const list = getList('2022.1.0');
    expect(Object.isFrozen(list)).toBe(true);
    expect(Object.isFrozen(list.entries[0])).toBe(true);
  });
});

describe('diff', () => {
  it('derives the 2013 -> 2023 change history the facts sheet states', () => {
    const d = diffLists(getList('2012.0.0'), getList('2022.0.0'));
    expect(d.added.map((e) => e.algorithm).sort()).toEqual(
      ['chacha20-poly1305', 'eddsa', 'sha-512/256', 'sha3-256', 'sha3-384', 'sha3-512', 'shake128', 'shake256', 'xts']);
    expect(d.added.every((e) => e.tier === 'recommended')).toBe(true);
    expect(d.removed.map((e) => `${e.algorithm}:${e.tier}`).sort()).toEqual(['rc4:monitored', 'sc2000:candidate']);
    expect(d.moved).toContainEqual({
      algorithm: 'tdea-3key', from: { tier: 'recommended', category: 'block-cipher-64' }, to: { tier: 'monitored', category: 'block-cipher-64' },
    });
    expect(d.moved.map((m) => m.algorithm).sort()).toEqual(['iso-iec-9798-4', 'tdea-3key']);
  });

  it('2022.0.0 -> 2022.1.0 adds notes 18 and 19 and moves nothing', () => {
    const d = diffLists(getList('2022.0.0'), getList('2022.1.0'));
    expect(d.added).toEqual([]);
    expect(d.removed).toEqual([]);
    expect(d.moved).toEqual([]);
    expect([...d.notes.added].sort()).toEqual(['n18', 'n19']);
    expect(d.renoted.map((r) => r.algorithm).sort()).toEqual(['dsa', 'tdea-3key']);
  });

  it('2022.1.0 -> 2022.2.0 adds the two ML-KEM entries', () => {
    const d = diffLists(getList('2022.1.0'), getList('2022.2.0'));
    expect(d.added.map((e) => e.algorithm)).toEqual(['ml-kem-768', 'ml-kem-1024']);
  });

  it('a diff of a version with itself is empty', () => {
    const d = diffLists(getList('2022.1.0'), getList('2022.1.0'));
    expect([...d.added, ...d.removed, ...d.moved, ...d.renoted, ...d.notes.changed]).toEqual([]);
  });
});
