/**
 * ssh_config(5) as OpenSSH 9.2p1's ssh reads it: the effective algorithm lists of the client, for hosts no Host or Match
 * block singles out and for each block, with the origin of every name, and every problem that makes ssh refuse the file.
 *
 * How ssh reads its configuration (ssh_config(5), and checked against `ssh -G` by test/extract/openssh):
 * - Keywords are case-insensitive; for each keyword the first value obtained is used, so specific Host blocks come before
 *   general ones. Lines before the first Host or Match line apply to every host.
 * - A `Host` line applies when one of its patterns matches the host as given on the command line (case-sensitive) and no
 *   negated pattern (`!pattern`) does. A `Match` line applies when all its criteria do (`host` and `originalhost` compare
 *   lowercase; `all`; `user`, `localuser`; `exec` runs a command, which is never done here: it does not apply; `canonical` and
 *   `final` apply in the second reading, which a `Match final` line asks for). A block lasts until the next Host or Match line
 *   or the end of its file.
 * - Include reads the files at its place (relative paths: ~/.ssh for a user's config, /etc/ssh for the system's); an Include
 *   in a block that does not apply makes the files' Host and Match lines never apply.
 * - Every line is checked, in blocks that apply or not: unknown keywords (unless IgnoreUnknown names them), missing values,
 *   unknown algorithm names and bad Match criteria make ssh refuse the file; each is a problem at its token here.
 *
 * Values of keywords other than the algorithm lists, Host, Match, Include, HostName, User, CanonicalizeHostname and
 * IgnoreUnknown are not checked.
 * @module
 */
import type { Location } from '../../scan/types.js';
import { findKeyword, matchPatternList } from './algorithms.js';
import type { OpenSshContext } from './context.js';
import { SSH_ALGORITHM_KEYWORDS, SSH_KEYWORDS } from './defaults.js';
import { checkSetting, effectiveList, type EffectiveList, type Setting } from './effective.js';
import { hostLineMatches, rawLabel, readMatch, sshMatches, type Criterion, type SshDestination } from './match.js';
import { lineProblem, unknownKeyword } from './messages.js';
import { readSource, tokenLocation, type Item, type Problem, type SourceFile } from './source.js';

export type { SshDestination } from './match.js';

/** A Host or Match block of ssh_config and the lists it sets. */
export interface SshHostBlock {
  /** The Host or Match line as written (`Host *.example.com`). */
  readonly label: string;
  /** The `Host` or `Match` keyword. */
  readonly location: Location;
  /** The lists this block sets (those an earlier line for every host does not already decide). */
  readonly lists: readonly EffectiveList[];
}

/** What ssh makes of a configuration. */
export interface SshAnalysis {
  /**
   * The lists for a host that no block singles out: the lines before any block, `Host *` and `Match all` blocks, and the
   * defaults where none of them sets a keyword.
   */
  readonly global: readonly EffectiveList[];
  /** The other Host and Match blocks that set an algorithm list. */
  readonly blocks: readonly SshHostBlock[];
  /** Everything that makes ssh refuse the configuration, each at its token. */
  readonly problems: readonly Problem[];
  readonly root: SourceFile;
}

/** A Host or Match line as met while reading. */
interface BlockInfo {
  readonly item: Item & { kind: 'line' };
  readonly label: string;
  readonly kind: 'host' | 'match';
  /** Host patterns. */
  readonly patterns?: readonly string[];
  /** Match criteria (undefined when the line is bad). */
  readonly criteria?: readonly Criterion[];
  /** Whether it applies to every host (`Host *`, `Match all`). */
  readonly always: boolean;
}

type Flags = 'none' | 'never-match';

interface Walker {
  /** Whether the block a Host or Match line starts applies (a bad line's block never does). */
  readonly applies: (block: BlockInfo) => boolean;
  readonly visit: (item: Item & { kind: 'line' }, active: boolean, block: BlockInfo | undefined, always: boolean) => void;
}

function walk(root: SourceFile, blocks: Map<Item, BlockInfo>, w: Walker): void {
  const go = (file: SourceFile, flags: Flags, state: { active: boolean; block: BlockInfo | undefined; always: boolean }): void => {
    for (const item of file.items) {
      if (item.kind === 'include') {
        const before = { ...state };
        const childFlags: Flags = flags === 'never-match' || !before.active ? 'never-match' : 'none';
        for (const f of item.files) go(f, childFlags, { ...before, always: before.always && childFlags === 'none' });
        continue;
      }
      const block = blocks.get(item);
      if (block) {
        state.active = flags === 'never-match' ? false : w.applies(block);
        state.block = block;
        state.always = flags !== 'never-match' && block.always;
        continue;
      }
      w.visit(item, state.active, state.block, state.always);
    }
  };
  go(root, 'none', { active: true, block: undefined, always: true });
}

interface Reading {
  readonly root: SourceFile;
  readonly problems: Problem[];
  readonly blocks: Map<Item, BlockInfo>;
  readonly wantsFinal: boolean;
}

function readSsh(text: string, ctx: OpenSshContext): Reading {
  const { root, problems } = readSource(text, { path: ctx.path, ...(ctx.absolutePath ? { absolutePath: ctx.absolutePath } : {}) }, {
    program: 'ssh', ...(ctx.include ? { include: ctx.include } : {}),
  });
  const blocks = new Map<Item, BlockInfo>();
  let wantsFinal = false;
  const collect = (file: SourceFile): void => {
    for (const item of file.items) {
      if (item.kind === 'include') {
        item.files.forEach(collect);
        continue;
      }
      if (item.line.problem || (item.keyword !== 'host' && item.keyword !== 'match')) continue;
      const { line } = item;
      if (item.keyword === 'host') {
        const empty = line.args.find((a) => a.text === '');
        if (empty) problems.push({ location: tokenLocation(file, line, empty), message: { en: 'Host has an empty pattern', ja: 'Host に空のパターンがある' } });
        const patterns = line.args.map((a) => a.text);
        const label = `Host ${file.text.slice(line.args[0]!.start, line.args[line.args.length - 1]!.end)}`;
        const always = patterns.includes('*') && !patterns.some((p) => p.startsWith('!'));
        blocks.set(item, { item, label, kind: 'host', patterns: empty ? [] : patterns, always });
        continue;
      }
      const m = readMatch(file.text, line, 'ssh');
      if (!m.ok) {
        problems.push({ location: tokenLocation(file, line, m.token), message: m.message });
        blocks.set(item, { item, label: rawLabel(file.text, line), kind: 'match', always: false });
        continue;
      }
      // A `Match final` line asks for a second reading, whether or not it applies (readconf.c).
      wantsFinal ||= m.criteria.some((c) => c.attribute === 'final');
      blocks.set(item, { item, label: m.text, kind: 'match', criteria: m.criteria, always: m.all });
    }
  };
  collect(root);
  return { root, problems, blocks, wantsFinal };
}

/** Checks every line once (ssh checks lines of blocks that do not apply too); IgnoreUnknown as in force for every host. */
function checkLines(reading: Reading): void {
  let ignoreUnknown: string | undefined;
  walk(reading.root, reading.blocks, {
    applies: (b) => b.always,
    visit: (item, active) => {
      const { file, line, keyword } = item;
      if (line.problem) {
        reading.problems.push(lineProblem(file, line, 'ssh'));
        return;
      }
      if (keyword === 'ignoreunknown' && active && ignoreUnknown === undefined) ignoreUnknown = line.args[0]?.text;
      if (!SSH_KEYWORDS.has(keyword)) {
        if (ignoreUnknown !== undefined && matchPatternList(keyword, ignoreUnknown, true) === 1) return;
        reading.problems.push({ location: tokenLocation(file, line, line.keyword), message: unknownKeyword(line.keyword.text, 'ssh') });
        return;
      }
      const kw = findKeyword(SSH_ALGORITHM_KEYWORDS, keyword);
      if (!kw) return;
      const problem = checkSetting(kw, file, line);
      if (problem) reading.problems.push(problem);
    },
  });
}

/** The settings ssh takes for one destination (first value wins, over the first and the final reading). */
function settingsFor(reading: Reading, d: SshDestination): Map<string, Setting> {
  const settings = new Map<string, Setting>();
  const plain = new Map<string, string>();
  const localUser = d.localUser ?? '';
  const exec = d.exec ?? (() => false);
  const read = (finalPass: boolean, host: string): void => {
    walk(reading.root, reading.blocks, {
      applies: (b) => {
        if (b.kind === 'host') return hostLineMatches(b.patterns ?? [], host);
        if (!b.criteria) return false;
        const hostname = plain.get('hostname');
        const matchHost = finalPass ? hostname ?? host : hostname !== undefined ? expandHost(hostname, d.host) : d.host;
        return sshMatches(b.criteria, {
          host: matchHost, originalHost: d.host, user: d.user ?? plain.get('user') ?? localUser, localUser, finalPass, exec,
        });
      },
      visit: (item, active) => {
        if (!active || item.line.problem) return;
        const kw = findKeyword(SSH_ALGORITHM_KEYWORDS, item.keyword);
        if (kw) {
          if (!settings.has(kw.name) && !checkSetting(kw, item.file, item.line)) {
            settings.set(kw.name, { keyword: kw, file: item.file, line: item.line, value: item.line.args[0]! });
          }
          return;
        }
        if (PLAIN.has(item.keyword) && !plain.has(item.keyword) && item.line.args[0]) plain.set(item.keyword, item.line.args[0].text);
      },
    });
  };
  read(false, d.host);
  const canonicalize = (plain.get('canonicalizehostname') ?? '').toLowerCase();
  if (reading.wantsFinal || canonicalize === 'yes' || canonicalize === 'always') {
    const hostname = plain.get('hostname');
    const finalHost = (hostname !== undefined ? expandHost(hostname, d.host) : d.host).toLowerCase();
    plain.set('hostname', finalHost);
    read(true, finalHost);
  }
  return settings;
}

/** Keywords whose first value the reading keeps because Match criteria depend on them. */
const PLAIN = new Set(['hostname', 'user', 'canonicalizehostname']);

/** `%h` in HostName is the host given; `%%` a percent sign (ssh_config(5) TOKENS). */
function expandHost(hostname: string, host: string): string {
  return hostname.replace(/%([%h])/g, (_, c: string) => (c === 'h' ? host : '%'));
}

/**
 * What ssh makes of a configuration: the lists for hosts no block singles out, the lists each Host or Match block sets, and
 * every problem at its token. Never throws.
 * @example
 * const a = effectiveSshAlgorithms('Host legacy\n  KexAlgorithms +diffie-hellman-group1-sha1\n', { path: '.ssh/config' });
 * a.blocks[0].label; // 'Host legacy'
 */
export function effectiveSshAlgorithms(text: string, ctx: OpenSshContext): SshAnalysis {
  const reading = readSsh(text, ctx);
  checkLines(reading);
  const problems = reading.problems;
  const seen = new Set(problems.map(problemKey));
  const addProblem = (p: Problem | undefined): void => {
    if (p && !seen.has(problemKey(p))) {
      seen.add(problemKey(p));
      problems.push(p);
    }
  };

  const general = new Map<string, Setting | 'refused'>();
  const perBlock = new Map<BlockInfo, Map<string, Setting>>();
  walk(reading.root, reading.blocks, {
    applies: (b) => b.always,
    visit: (item, active, block, always) => {
      const kw = findKeyword(SSH_ALGORITHM_KEYWORDS, item.keyword);
      if (!kw) return;
      const refused = item.line.problem !== undefined || checkSetting(kw, item.file, item.line) !== undefined;
      if (active && always && !general.has(kw.name)) general.set(kw.name, refused ? 'refused' : { keyword: kw, file: item.file, line: item.line, value: item.line.args[0]! });
      if (refused || (active && always)) return;
      const setting: Setting = { keyword: kw, file: item.file, line: item.line, value: item.line.args[0]! };
      // A block's line is dead when a line for every host came first.
      if (block === undefined || general.has(kw.name)) return;
      let own = perBlock.get(block);
      if (!own) perBlock.set(block, (own = new Map()));
      if (!own.has(kw.name)) own.set(kw.name, setting);
    },
  });
  const global: EffectiveList[] = [];
  for (const kw of SSH_ALGORITHM_KEYWORDS) {
    const got = effectiveList(kw, general.get(kw.name), false);
    global.push(got.list);
    addProblem(got.problem);
  }
  const blocks: SshHostBlock[] = [];
  for (const [block, settings] of perBlock) {
    const lists: EffectiveList[] = [];
    for (const setting of settings.values()) {
      const got = effectiveList(setting.keyword, setting, false);
      lists.push(got.list);
      addProblem(got.problem);
    }
    blocks.push({ label: block.label, location: tokenLocation(block.item.file, block.item.line, block.item.line.keyword), lists });
  }
  return { global, blocks, problems, root: reading.root };
}

/**
 * The lists ssh uses for one destination, as `ssh -G -F <config> <host>` prints them, and the problems that make ssh refuse
 * the configuration. Never throws.
 * @example
 * sshAlgorithmsFor(text, { path: 'config' }, { host: 'db1', localUser: 'root' }).lists;
 */
export function sshAlgorithmsFor(
  text: string, ctx: OpenSshContext, destination: SshDestination,
): { lists: readonly EffectiveList[]; problems: readonly Problem[] } {
  const reading = readSsh(text, ctx);
  checkLines(reading);
  const settings = settingsFor(reading, destination);
  const lists: EffectiveList[] = [];
  const problems = [...reading.problems];
  for (const kw of SSH_ALGORITHM_KEYWORDS) {
    const got = effectiveList(kw, settings.get(kw.name), false);
    lists.push(got.list);
    if (got.problem) problems.push(got.problem);
  }
  return { lists, problems };
}

function problemKey(p: Problem): string {
  return `${p.location.path}:${p.location.line}:${p.location.column}:${p.message.en}`;
}
