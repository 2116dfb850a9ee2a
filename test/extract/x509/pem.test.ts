/**
 * PEM framing (RFC 7468, lax; RFC 1421 headers): blocks, their BEGIN lines, headers, and the place of each fault.
 */
import { describe, expect, it } from 'vitest';
import { hasPemBlock, splitPem } from '../../../src/extract/x509/pem.js';

const brief = (text: string) => splitPem(text).map((b) => ({
  label: b.label, at: `${b.line}:${b.column}`, bytes: b.der ? [...b.der] : undefined,
  error: b.error ? `${b.error.line}:${b.error.column} ${b.error.message.en}` : undefined,
}));

describe('splitPem', () => {
  it('finds every block with its BEGIN line, ignoring text around them', () => {
    const text = 'intro\n-----BEGIN A-----\nAAEC\n-----END A-----\nbetween\n\n  -----BEGIN B C-----\r\n  AwQ=\r\n  -----END B C-----\r\n';
    expect(brief(text)).toEqual([
      { label: 'A', at: '2:1', bytes: [0, 1, 2], error: undefined },
      { label: 'B C', at: '7:3', bytes: [3, 4], error: undefined },
    ]);
  });

  it('reads base64 over many lines, with or without padding', () => {
    expect(splitPem('-----BEGIN X-----\nAAEC\nAwQF\nBg\n-----END X-----')[0]!.der).toEqual(new Uint8Array([0, 1, 2, 3, 4, 5, 6]));
    expect(splitPem('-----BEGIN X-----\nAAECAwQFBg==\n-----END X-----')[0]!.der).toEqual(new Uint8Array([0, 1, 2, 3, 4, 5, 6]));
  });

  it('keeps RFC 1421 headers, folded lines included', () => {
    const [b] = splitPem('-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: DES-EDE3-CBC,\n F7B464D31758A52A\n\nAAEC\n-----END RSA PRIVATE KEY-----\n');
    expect(b!.headers).toEqual([['Proc-Type', '4,ENCRYPTED'], ['DEK-Info', 'DES-EDE3-CBC,F7B464D31758A52A']]);
    expect(b!.der).toEqual(new Uint8Array([0, 1, 2]));
  });

  it('places each fault: a bad character, padding too early, a cut, a missing END, a wrong END, an empty block', () => {
    expect(brief('-----BEGIN X-----\nAAEC\nAA#C\n-----END X-----')[0]!.error).toBe('3:3 "#" is not a base64 character');
    expect(brief('-----BEGIN X-----\nAA==\nAAEC\n-----END X-----')[0]!.error).toBe('2:3 base64 padding "=" before the last line of the block');
    expect(brief('-----BEGIN X-----\nAAECA\n-----END X-----')[0]!.error).toBe('2:6 the base64 text is cut short (its length is not possible)');
    expect(brief('x\n-----BEGIN X-----\nAAEC\n')[0]!.error).toBe('2:1 PEM block "X" has no END line (the file ends first)');
    expect(brief('-----BEGIN X-----\nAAEC\n-----END Y-----')[0]!.error).toBe('3:1 PEM block "X" is closed by END "Y"');
    expect(brief('-----BEGIN X-----\n-----END X-----')[0]!.error).toBe('1:1 the PEM block is empty');
    expect(brief('-----BEGIN X-----\nAAEC\n\u0001\n-----END X-----')[0]!.error).toBe('3:1 "U+0001" is not a base64 character');
  });

  it('starts over at a BEGIN line inside an unfinished block', () => {
    expect(brief('-----BEGIN X-----\nAAEC\n-----BEGIN Y-----\nAAEC\n-----END Y-----\n').map((b) => `${b.label} ${b.at} ${b.error ?? 'ok'}`)).toEqual([
      'X 1:1 1:1 PEM block "X" has no END line (another BEGIN line comes first)', 'Y 3:1 ok',
    ]);
  });

  it('does not take SSH2 public keys (four dashes) or a marker inside a line for PEM', () => {
    expect(splitPem('---- BEGIN SSH2 PUBLIC KEY ----\nAAAA\n---- END SSH2 PUBLIC KEY ----\n')).toEqual([]);
    expect(splitPem('const pem = "-----BEGIN CERTIFICATE-----\\nMIIB";\n')).toEqual([]);
    expect(hasPemBlock('x\n   -----BEGIN CERTIFICATE-----\n')).toBe(true);
    expect(hasPemBlock('const pem = "-----BEGIN CERTIFICATE-----";')).toBe(false);
  });
});
