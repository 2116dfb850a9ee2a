/**
 * sshd_config(5) as OpenSSH 9.2p1's sshd reads it: the effective algorithm lists of the server, for the global section and
 * for each Match block, with the origin of every name, and every problem that makes sshd refuse the file.
 *
 * How sshd reads its configuration (sshd_config(5), and checked against `sshd -T` by test/extract/openssh):
 * - Keywords are case-insensitive; for each keyword the first value obtained is used, later ones are ignored.
 * - A Match line starts a block that lasts until the next Match line or the end of the file it is in (a Match in an included
 *   file ends with that file). sshd reads the file twice. The first reading, with no connection, sets the global values:
 *   only the global section and `Match all` blocks count (so even Ciphers may be set in a `Match all` block), and a keyword
 *   not allowed in Match blocks (Ciphers, MACs, KexAlgorithms, HostKeyAlgorithms, HostKey ...) is an error in any other
 *   Match block. The second reading, for a connection, takes the
 *   first value from the Match blocks that apply (Match all included) and puts it over the global value; only keywords
 *   allowed in Match blocks (PubkeyAcceptedAlgorithms, CASignatureAlgorithms, HostbasedAcceptedAlgorithms among the lists)
 *   take part. A `+`, `-` or `^` in a Match block works on the compiled-in default, not on the global value.
 * - Include reads the files at its place; an Include inside a Match block that does not apply makes the files' Match lines
 *   never apply.
 * - Unknown keywords, missing values, unknown algorithm names and bad Match criteria make sshd refuse to start; each is a
 *   problem at its token here, and reading goes on.
 *
 * Values of keywords other than the algorithm lists, HostKey, Include and Match are not checked.
 * @module
 */
import type { Localized } from '../../catalog/types.js';
import type { Location } from '../../scan/types.js';
import { findKeyword } from './algorithms.js';
import { DEFAULT_HOST_KEYS, SSHD_ALGORITHM_KEYWORDS, SSHD_KEYWORDS, SSHD_MATCH_KEYWORDS } from './defaults.js';
import { checkSetting, effectiveList, type EffectiveList, type Setting } from './effective.js';
import { rawLabel, readMatch, sshdMatches, type Criterion, type SshdConnection } from './match.js';
import { lineProblem, unknownKeyword } from './messages.js';
import { readSource, tokenLocation, type Item, type Problem, type SourceFile } from './source.js';
import type { OpenSshContext } from './context.js';

export type { SshdConnection } from './match.js';

/** A Match block of sshd_config and the lists it sets. */
export interface SshdMatchBlock {
  /** The Match line as written (`Match User backup`). */
  readonly label: string;
  /** The `Match` keyword. */
  readonly location: Location;
  /** The lists this block sets, each as it is when the block applies. */
  readonly lists: readonly EffectiveList[];
}

/** A HostKey line in effect (or a default host key file). */
export interface HostKeyRef {
  /** The path as written (or the default path). */
  readonly path: string;
  /** The path token; absent for a default. */
  readonly location?: Location;
  /** The file the line is in (for resolving the path). */
  readonly file?: SourceFile;
}

/** What sshd makes of a configuration. */
export interface SshdAnalysis {
  /** The lists as `sshd -T` prints them without `-C`: every algorithm keyword, defaults included. */
  readonly global: readonly EffectiveList[];
  /** The Match blocks (other than `Match all`, whose values are in `global`) that set an algorithm list. */
  readonly blocks: readonly SshdMatchBlock[];
  /** HostKey lines in effect, or the default host keys when there are none. */
  readonly hostKeys: readonly HostKeyRef[];
  /** Everything that makes sshd refuse the configuration, each at its token. */
  readonly problems: readonly Problem[];
  /** The file as read, with its includes. */
  readonly root: SourceFile;
}

/** One Match block as met while reading. */
interface BlockInfo {
  readonly item: Item;
  readonly label: string;
  readonly criteria: readonly Criterion[] | undefined;
  readonly all: boolean;
}

type Flags = 'none' | 'match-only' | 'never-match';

interface WalkState {
  active: boolean;
  flags: Flags;
  block: BlockInfo | undefined;
  /** Whether the current block applies to every connection (the global section, or Match all outside never-match). */
  always: boolean;
}

/** One reading of the configuration; `connection` null is the first reading (no connection). */
function walk(
  root: SourceFile, connection: SshdConnection | null, blocks: Map<Item, BlockInfo>,
  visit: (item: Item & { kind: 'line' }, s: Readonly<WalkState>) => void,
): void {
  const go = (file: SourceFile, s: WalkState): void => {
    for (const item of file.items) {
      if (item.kind === 'include') {
        if (item.files.length === 0) continue;
        const before: WalkState = { ...s };
        const childFlags: Flags = s.flags === 'match-only' ? 'match-only' : s.active ? 'none' : 'never-match';
        for (const f of item.files) {
          go(f, { active: before.active, flags: childFlags, block: before.block, always: before.always && childFlags !== 'never-match' });
        }
        continue;
      }
      if (item.keyword === 'match' && !item.line.problem) {
        const block = blocks.get(item);
        if (block === undefined) continue;
        const applies = block.criteria !== undefined && (connection === null ? block.all : sshdMatches(block.criteria, connection));
        s.active = s.flags === 'never-match' ? false : applies;
        if (s.flags === 'match-only') s.flags = 'none';
        s.block = block;
        s.always = block.all && s.flags !== 'never-match';
        continue;
      }
      visit(item, s);
    }
  };
  go(root, { active: connection === null, flags: connection === null ? 'none' : 'match-only', block: undefined, always: true });
}

interface Reading {
  readonly root: SourceFile;
  readonly problems: Problem[];
  readonly blocks: Map<Item, BlockInfo>;
  /** First-reading winners ('refused' when the first line is one sshd refuses). */
  readonly first: Map<string, Setting | 'refused'>;
  readonly hostKeys: HostKeyRef[];
}

/** Reads the configuration and does the first reading: problems, blocks, global values, host keys. */
function readSshd(text: string, ctx: OpenSshContext): Reading {
  const { root, problems } = readSource(text, { path: ctx.path, ...(ctx.absolutePath ? { absolutePath: ctx.absolutePath } : {}) }, {
    program: 'sshd', ...(ctx.include ? { include: ctx.include } : {}),
  });
  const blocks = new Map<Item, BlockInfo>();
  // Match lines are read once, in file order, whatever the state.
  const collect = (file: SourceFile): void => {
    for (const item of file.items) {
      if (item.kind === 'include') {
        item.files.forEach(collect);
        continue;
      }
      if (item.keyword !== 'match' || item.line.problem) continue;
      const m = readMatch(file.text, item.line, 'sshd');
      if (!m.ok) {
        problems.push({ location: tokenLocation(file, item.line, m.token), message: m.message });
        blocks.set(item, { item, label: rawLabel(file.text, item.line), criteria: undefined, all: false });
      } else {
        blocks.set(item, { item, label: m.text, criteria: m.criteria, all: m.all });
      }
    }
  };
  collect(root);

  const first = new Map<string, Setting | 'refused'>();
  const hostKeys: HostKeyRef[] = [];
  walk(root, null, blocks, (item, s) => {
    const { file, line, keyword } = item;
    if (line.problem) {
      problems.push(lineProblem(file, line, 'sshd'));
      const refused = findKeyword(SSHD_ALGORITHM_KEYWORDS, keyword);
      if (refused && s.active && !first.has(refused.name)) first.set(refused.name, 'refused');
      return;
    }
    if (!SSHD_KEYWORDS.has(keyword)) {
      problems.push({ location: tokenLocation(file, line, line.keyword), message: unknownKeyword(line.keyword.text, 'sshd') });
      return;
    }
    if (!s.active && !SSHD_MATCH_KEYWORDS.has(keyword)) {
      problems.push({ location: tokenLocation(file, line, line.keyword), message: notInMatch(line.keyword.text) });
      return;
    }
    const kw = findKeyword(SSHD_ALGORITHM_KEYWORDS, keyword);
    if (kw) {
      const problem = checkSetting(kw, file, line);
      if (problem) problems.push(problem);
      if (s.active && !first.has(kw.name)) first.set(kw.name, problem ? 'refused' : { keyword: kw, file, line, value: line.args[0]! });
      return;
    }
    if (keyword === 'hostkey' || keyword === 'hostdsakey') {
      const arg = line.args[0];
      if (arg === undefined || arg.text === '') {
        problems.push({ location: tokenLocation(file, line, arg ?? line.keyword), message: { en: 'HostKey has no file name', ja: 'HostKey にファイル名がない' } });
      } else if (s.active) {
        hostKeys.push({ path: arg.text, location: tokenLocation(file, line, arg), file });
      }
    }
  });
  return { root, problems, blocks, first, hostKeys };
}

/** The second reading for one connection: the first value of each Match-allowed list from the blocks that apply. */
function secondReading(reading: Reading, connection: SshdConnection): Map<string, Setting> {
  const second = new Map<string, Setting>();
  walk(reading.root, connection, reading.blocks, (item, s) => {
    if (!s.active || item.line.problem) return;
    const kw = findKeyword(SSHD_ALGORITHM_KEYWORDS, item.keyword);
    if (!kw || !SSHD_MATCH_KEYWORDS.has(item.keyword) || second.has(kw.name)) return;
    if (checkSetting(kw, item.file, item.line)) return;
    second.set(kw.name, { keyword: kw, file: item.file, line: item.line, value: item.line.args[0]! });
  });
  return second;
}

/** The lists for the global view (`connection` undefined: `sshd -T`) or one connection (`sshd -T -C ...`). */
function listsFor(reading: Reading, connection: SshdConnection | undefined): { lists: EffectiveList[]; problems: Problem[] } {
  const second = secondReading(reading, connection ?? {});
  const lists: EffectiveList[] = [];
  const problems: Problem[] = [];
  for (const kw of SSHD_ALGORITHM_KEYWORDS) {
    const fromMatch = second.get(kw.name);
    // The global value was assembled twice; a value from a Match block once.
    const got = effectiveList(kw, fromMatch ?? reading.first.get(kw.name), fromMatch === undefined);
    lists.push(got.list);
    if (got.problem) problems.push(got.problem);
  }
  return { lists, problems };
}

/**
 * What sshd makes of a configuration: the global lists (as `sshd -T` prints them), the lists each Match block sets, the host
 * keys, and every problem at its token. Never throws.
 * @example
 * const a = effectiveSshdAlgorithms('Ciphers +3des-cbc\nMatch User legacy\n  PubkeyAcceptedAlgorithms +ssh-rsa\n', { path: 'sshd_config' });
 * a.global.find((l) => l.keyword === 'Ciphers')!.names.map((n) => n.name).at(-1); // '3des-cbc'
 * a.blocks[0].label; // 'Match User legacy'
 */
export function effectiveSshdAlgorithms(text: string, ctx: OpenSshContext): SshdAnalysis {
  const reading = readSshd(text, ctx);
  const { lists: global, problems: assemblyProblems } = listsFor(reading, undefined);
  const problems = [...reading.problems, ...assemblyProblems];
  const seen = new Set(problems.map(problemKey));

  // Each Match block's own settings: the first line of each list keyword in the block, unless a Match all block that
  // applies to every connection set it before (then this one never wins).
  const perBlock = new Map<BlockInfo, Map<string, Setting>>();
  const always = new Set<string>();
  walk(reading.root, {}, reading.blocks, (item, s) => {
    if (item.line.problem || s.block === undefined || s.flags === 'match-only') return;
    const kw = findKeyword(SSHD_ALGORITHM_KEYWORDS, item.keyword);
    if (!kw || !SSHD_MATCH_KEYWORDS.has(item.keyword) || checkSetting(kw, item.file, item.line)) return;
    const setting: Setting = { keyword: kw, file: item.file, line: item.line, value: item.line.args[0]! };
    if (s.block.all) {
      if (s.always) always.add(kw.name);
      return;
    }
    if (always.has(kw.name)) return;
    let own = perBlock.get(s.block);
    if (!own) perBlock.set(s.block, (own = new Map()));
    if (!own.has(kw.name)) own.set(kw.name, setting);
  });
  const blocks: SshdMatchBlock[] = [];
  for (const [block, settings] of perBlock) {
    const lists: EffectiveList[] = [];
    for (const setting of settings.values()) {
      const got = effectiveList(setting.keyword, setting, false);
      lists.push(got.list);
      if (got.problem && !seen.has(problemKey(got.problem))) {
        seen.add(problemKey(got.problem));
        problems.push(got.problem);
      }
    }
    const item = block.item as Item & { kind: 'line' };
    blocks.push({ label: block.label, location: tokenLocation(item.file, item.line, item.line.keyword), lists });
  }
  const hostKeys: HostKeyRef[] = reading.hostKeys.length ? reading.hostKeys : DEFAULT_HOST_KEYS.map((path) => ({ path }));
  return { global, blocks, hostKeys, problems, root: reading.root };
}

/**
 * The lists sshd uses for one connection, as `sshd -T -C user=...,host=...,addr=...` prints them, and the problems that make
 * sshd refuse the configuration for it. Never throws.
 * @example
 * sshdAlgorithmsFor(text, { path: 'sshd_config' }, { user: 'backup', host: 'h', address: '10.0.0.5' }).lists;
 */
export function sshdAlgorithmsFor(
  text: string, ctx: OpenSshContext, connection?: SshdConnection,
): { lists: readonly EffectiveList[]; problems: readonly Problem[] } {
  const reading = readSshd(text, ctx);
  const { lists, problems } = listsFor(reading, connection);
  return { lists, problems: [...reading.problems, ...problems] };
}

function problemKey(p: Problem): string {
  return `${p.location.path}:${p.location.line}:${p.location.column}:${p.message.en}`;
}

function notInMatch(word: string): Localized {
  return {
    en: `${word} is not allowed in a Match block; sshd refuses the configuration`,
    ja: `${word} は Match ブロック内に書けない。sshd はこの設定を拒否する`,
  };
}
