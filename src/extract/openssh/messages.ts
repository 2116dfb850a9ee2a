/**
 * Texts of the problems the OpenSSH configuration readers report, in English and Japanese. Each says what is wrong and that
 * the program refuses the file, since sshd and ssh both stop at such a line.
 * @module
 */
import type { Localized } from '../../catalog/types.js';
import type { ConfigLine } from './lexer.js';
import { tokenLocation, type Problem, type Program, type SourceFile } from './source.js';

/**
 * The problem of a line the lexer could not read (no value, or an unterminated quote).
 * @example
 * lineProblem(file, line, 'sshd').message.en; // 'Ciphers has no value; sshd refuses the configuration'
 */
export function lineProblem(file: SourceFile, line: ConfigLine, program: Program): Problem {
  const p = line.problem!;
  const column = p.offset - line.lineStart + 1;
  const location = { path: file.path, line: line.line, column: Math.max(1, column) };
  if (p.kind === 'invalid-quotes') {
    return { location, message: { en: `unterminated quote; ${program} refuses the configuration`, ja: `引用符が閉じていない。${program} はこの設定を拒否する` } };
  }
  const word = line.keyword.text;
  return { location: tokenLocation(file, line, line.keyword), message: { en: `${word} has no value; ${program} refuses the configuration`, ja: `${word} に値がない。${program} はこの設定を拒否する` } };
}

/**
 * The problem of a keyword the program does not know.
 * @example
 * unknownKeyword('Cipher', 'sshd').en; // 'unknown keyword "Cipher"; sshd refuses the configuration'
 */
export function unknownKeyword(word: string, program: Program): Localized {
  return { en: `unknown keyword "${word}"; ${program} refuses the configuration`, ja: `不明なキーワード「${word}」。${program} はこの設定を拒否する` };
}
