/**
 * Effective algorithm lists with the origin of every name, shared by the sshd_config and ssh_config readers: the types the
 * library exports, and the step from a winning configuration line (or none) to its list, through assemble().
 * @module
 */
import type { Localized } from '../../catalog/types.js';
import type { Location } from '../../scan/types.js';
import { assemble, checkValue, splitList } from './algorithms.js';
import { OPENSSH_VERSION, type AlgorithmKeyword } from './defaults.js';
import type { ConfigLine, Token } from './lexer.js';
import { tokenLocation, type Problem, type SourceFile } from './source.js';

/** Where a name of an effective list comes from. */
export type AlgorithmOrigin =
  | {
    readonly kind: 'written';
    /** The name (or the wildcard that matched it) in the file. */
    readonly location: Location;
    /** The wildcard as written, when the name came from one. */
    readonly pattern?: string;
    /** How the Include that brought the file in was resolved, when that was a guess. */
    readonly note?: Localized;
  }
  | {
    readonly kind: 'default';
    /** The OpenSSH version whose compiled-in default this is. */
    readonly version: string;
    /** The modifier that kept or brought in the default (`Ciphers +3des-cbc` keeps the default). */
    readonly modifier?: '+' | '-' | '^';
    /** Where that modifier is written. */
    readonly location?: Location;
  };

/** One algorithm of an effective list. */
export interface EffectiveAlgorithm {
  readonly name: string;
  readonly origin: AlgorithmOrigin;
}

/** The effective value of one keyword. */
export interface EffectiveList {
  /** The keyword as the manual spells it (`PubkeyAcceptedAlgorithms`, also for a line written `PubkeyAcceptedKeyTypes`). */
  readonly keyword: string;
  /** The keyword as written on the winning line, and where; absent when the default applies. */
  readonly setBy?: { readonly written: string; readonly location: Location; readonly value: string };
  /** The algorithms in the order the program offers them. */
  readonly names: readonly EffectiveAlgorithm[];
  /** The program refuses the line that decides this list (a problem says why); `names` is then empty. */
  readonly refused?: boolean;
}

/** A configuration line that sets an algorithm keyword. */
export interface Setting {
  readonly keyword: AlgorithmKeyword;
  readonly file: SourceFile;
  readonly line: ConfigLine;
  readonly value: Token;
}

/**
 * Checks the arguments of an algorithm keyword line as the program does (one non-empty argument; the names it may hold):
 * the problem, or undefined when the line is accepted.
 * @example
 * checkSetting(ciphers, file, line)?.message.en; // '"aes512-ctr" is not a cipher OpenSSH knows; ...'
 */
export function checkSetting(keyword: AlgorithmKeyword, file: SourceFile, line: ConfigLine): Problem | undefined {
  const value = line.args[0];
  if (value === undefined || value.text === '') {
    return { location: tokenLocation(file, line, value ?? line.keyword), message: { en: `${keyword.name} has no value`, ja: `${keyword.name} に値がない` } };
  }
  const bad = checkValue(keyword, value.text);
  if (bad) return { location: tokenLocation(file, line, value, bad.index, bad.index + Math.max(bad.length, 1)), message: bad.message };
  const extra = line.args[1];
  if (extra) {
    return {
      location: tokenLocation(file, line, extra),
      message: { en: `${keyword.name} takes one comma-separated list; "${extra.text}" is one argument too many`, ja: `${keyword.name} はカンマ区切りのリストを一つだけ取る。「${extra.text}」は余分な引数` },
    };
  }
  return undefined;
}

/**
 * The effective list of a keyword from its winning line (or its default when there is none), or the problem that makes the
 * program refuse it. `emptyRemovalIsDefault`: sshd assembles its lists twice, so a `-` list that removes everything ends up as
 * the default there (found with `sshd -T`), where ssh keeps it empty.
 * @example
 * effectiveList(ciphers, undefined, true).list.names[0]; // { name: 'chacha20-poly1305@openssh.com', origin: { kind: 'default', version: '9.2p1' } }
 */
export function effectiveList(
  keyword: AlgorithmKeyword, setting: Setting | 'refused' | undefined, emptyRemovalIsDefault: boolean,
): { list: EffectiveList; problem?: Problem } {
  const defaults = (): EffectiveList => ({
    keyword: keyword.name, names: keyword.defaults.map((name) => ({ name, origin: { kind: 'default', version: OPENSSH_VERSION } })),
  });
  if (setting === undefined) return { list: defaults() };
  if (setting === 'refused') return { list: { keyword: keyword.name, names: [], refused: true } };
  const { file, line, value } = setting;
  const first = value.text[0];
  const modifier = keyword.modifiers && (first === '+' || first === '-' || first === '^') ? first : undefined;
  const items = splitList(value.text, modifier ? 1 : 0).map((item) => ({
    text: item.text,
    where: tokenLocation(file, line, value, item.index, item.index + Math.max(item.text.length, 1)),
  }));
  const modifierAt = modifier ? tokenLocation(file, line, value, 0, 1) : undefined;
  const got = assemble(keyword, { ...(modifier ? { modifier } : {}), items });
  const setBy = { written: line.keyword.text, location: tokenLocation(file, line, line.keyword), value: value.text };
  if (!got.ok) {
    return {
      list: { keyword: keyword.name, setBy, names: [], refused: true },
      problem: { location: got.where ?? tokenLocation(file, line, value), message: got.message },
    };
  }
  if (got.names.length === 0 && modifier === '-' && emptyRemovalIsDefault) return { list: { ...defaults(), setBy } };
  const names: EffectiveAlgorithm[] = got.names.map((n) => ({
    name: n.name,
    origin: n.source.kind === 'written'
      ? { kind: 'written', location: n.source.where, ...(n.source.pattern ? { pattern: n.source.pattern } : {}), ...(file.note ? { note: file.note } : {}) }
      : { kind: 'default', version: OPENSSH_VERSION, ...(n.source.modifier ? { modifier: n.source.modifier } : {}), ...(modifierAt ? { location: modifierAt } : {}) },
  }));
  return { list: { keyword: keyword.name, setBy, names } };
}
