import { describe, expect, it } from 'vitest';
import { delimWords, lexConfig } from '../../../src/extract/openssh/lexer.js';

/** `keyword [args]` of each line, with the column of each argument's first character. */
function brief(text: string, stripLeading = false): string[] {
  return lexConfig(text, { stripLeading }).map((l) => {
    const start = l.lineStart;
    const args = l.args.map((a) => `${a.text}@${(a.offsets[0] ?? a.start) - start + 1}`);
    return `${l.line} ${l.keyword.text}${l.problem ? ` !${l.problem.kind}@${l.problem.offset - start + 1}` : ''} [${args.join(' ')}]`;
  });
}

describe('lexConfig', () => {
  it('reads `key value`, `key=value` and `key = value` alike', () => {
    expect(brief('Ciphers aes128-ctr\nCiphers=aes128-ctr\nCiphers = aes128-ctr\nCiphers =aes128-ctr\nCiphers\taes128-ctr\n')).toEqual([
      '1 Ciphers [aes128-ctr@9]', '2 Ciphers [aes128-ctr@9]', '3 Ciphers [aes128-ctr@11]', '4 Ciphers [aes128-ctr@10]', '5 Ciphers [aes128-ctr@9]',
    ]);
  });

  it('skips only one `=`: a second one is part of the value', () => {
    expect(brief('Ciphers==aes128-ctr\n')).toEqual(['1 Ciphers [=aes128-ctr@9]']);
  });

  it('leaves out comments and blank lines, and ends a line at an argument that starts with #', () => {
    expect(brief('# Ciphers 3des-cbc\n\n   \n#Ciphers x\nCiphers aes128-ctr # fast\nCiphers aes128-ctr#x\n')).toEqual([
      '5 Ciphers [aes128-ctr@9]', '6 Ciphers [aes128-ctr#x@9]',
    ]);
  });

  it('removes quotes and keeps the offsets of the characters inside', () => {
    expect(brief('Ciphers "aes128-ctr,aes256-ctr"\nMACs \'hmac-sha1\'\nKexAlgorithms a"b c"d\n')).toEqual([
      '1 Ciphers [aes128-ctr,aes256-ctr@10]', '2 MACs [hmac-sha1@7]', '3 KexAlgorithms [ab cd@15]',
    ]);
    const [l] = lexConfig('Ciphers "aes128-ctr,aes256-ctr"');
    expect(l!.args[0]!.offsets[11]).toBe(20); // the `a` of aes256-ctr
  });

  it('reads a quoted keyword as OpenSSH does', () => {
    expect(brief('"Ciphers" aes128-ctr\nCiph"ers" aes128-ctr\n')).toEqual(['1 Ciphers [aes128-ctr@11]', '2 Ciphers [aes128-ctr@11]']);
  });

  it('removes backslashes before quotes, backslashes and (outside quotes) spaces, and keeps others', () => {
    expect(brief('A a\\"b\nB a\\\\b\nC a\\ b\nD a\\xb\nE "a\\ b"\n').map((s) => s.replace(/@\d+/g, ''))).toEqual([
      '1 A [a"b]', '2 B [a\\b]', '3 C [a b]', '4 D [a\\xb]', '5 E [a\\ b]',
    ]);
  });

  it('reports an unterminated quote and a keyword without a value, with their columns', () => {
    expect(brief('HostKeyAlgorithms "ssh-ed25519\nMACs\nMACs   \n')).toEqual([
      '1 HostKeyAlgorithms !invalid-quotes@19 []', '2 MACs !no-argument@5 []', '3 MACs !no-argument@5 []',
    ]);
  });

  it('ignores a line whose keyword opens a quote it never closes, as OpenSSH does', () => {
    expect(brief('"Ciphers aes128-ctr\n')).toEqual([]);
  });

  it('handles CRLF, form feeds, NUL and leading whitespace', () => {
    expect(brief('Ciphers aes128-ctr\r\n\tMACs hmac-sha1\f\nKexAlgorithms a\0b c\n')).toEqual([
      '1 Ciphers [aes128-ctr@9]', '2 MACs [hmac-sha1@7]', '3 KexAlgorithms [a@15]',
    ]);
    expect(brief('  = Ciphers aes128-ctr\n', true)).toEqual(['1 Ciphers [aes128-ctr@13]']);
  });

  it('keeps arguments apart at spaces and tabs only', () => {
    expect(brief('Match User alice Address 10.0.0.0/8\n')).toEqual(['1 Match [User@7 alice@12 Address@18 10.0.0.0/8@26]']);
  });

  it('gives end offsets that include closing quotes', () => {
    const [l] = lexConfig('Ciphers "a,b" x');
    expect(l!.args[0]!.start).toBe(8);
    expect(l!.args[0]!.end).toBe(13);
    expect(l!.end).toBe(15);
  });
});

describe('delimWords', () => {
  it('cuts Match criteria at whitespace and one =', () => {
    const text = 'Match User=alice host "a b" x';
    expect(delimWords(text, 6, text.length).map((t) => t.text)).toEqual(['User', 'alice', 'host', 'a b', 'x']);
  });
});
