import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textLines } from '../../src/extract/lines.js';

describe('textLines', () => {
  it('splits at LF, drops the CR before it, and places the first line after a byte order mark', () => {
    expect([...textLines('\uFEFFa\r\nb\n')]).toEqual([
      { text: 'a', line: 1, column: 2 }, { text: 'b', line: 2, column: 1 }, { text: '', line: 3, column: 1 },
    ]);
    expect([...textLines('')]).toEqual([{ text: '', line: 1, column: 1 }]);
    expect([...textLines('x\uFEFF\n\uFEFFy')].map((l) => [l.text, l.column])).toEqual([['x\uFEFF', 1], ['\uFEFFy', 1]]);
  });

  it('gives back every character but line breaks, CRs before them and a leading mark', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      const text = s.replace(/^\uFEFF/, '');
      const lines = [...textLines(text)];
      expect(lines.map((l) => l.line)).toEqual(lines.map((_, i) => i + 1));
      expect(lines.map((l) => l.text).join('\n')).toBe(text.replace(/\r\n/g, '\n').replace(/\r$/, ''));
    }));
  });
});
