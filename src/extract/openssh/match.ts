/**
 * `Match` lines of sshd_config(5) and ssh_config(5) and `Host` lines of ssh_config(5): reading their criteria (the errors
 * that make the program refuse the file) and, for a given connection, whether a block applies. The patterns are those of
 * ssh_config(5) "PATTERNS"; sshd's `Address` and `LocalAddress` also take CIDR networks (sshd_config(5) Match), with the
 * same rules as OpenSSH 9.2p1's addr_match_list(): an empty item or a network whose address has bits set beyond its prefix
 * length is an error, an item that is not a network is a wildcard pattern.
 * @module
 */
import type { Localized } from '../../catalog/types.js';
import { matchPattern, matchPatternList } from './algorithms.js';
import { SSH_MATCH_CRITERIA, SSHD_MATCH_CRITERIA } from './defaults.js';
import { delimWords, type ConfigLine, type Token } from './lexer.js';

/** One criterion of a Match line. */
export interface Criterion {
  /** Lowercase, without `!`. */
  readonly attribute: string;
  readonly negate: boolean;
  readonly attributeToken: Token;
  readonly argument?: Token;
}

/** A Match line read: its criteria, or the first error in it (the token to blame). */
export type MatchLine =
  | { readonly ok: true; readonly criteria: readonly Criterion[]; readonly all: boolean; readonly text: string }
  | { readonly ok: false; readonly token: Token; readonly message: Localized };

/**
 * Reads the criteria of a Match line of sshd_config (`program` 'sshd') or ssh_config ('ssh').
 * @example
 * readMatch(text, line, 'sshd'); // { ok: true, criteria: [{ attribute: 'user', argument: { text: 'backup', ... } }], all: false, text: 'User backup' }
 */
export function readMatch(text: string, line: ConfigLine, program: 'sshd' | 'ssh'): MatchLine {
  const first = line.args[0];
  if (first === undefined) return { ok: false, token: line.keyword, message: NO_CRITERIA };
  const words = delimWords(text, first.start, line.end);
  const known = program === 'sshd' ? SSHD_MATCH_CRITERIA : SSH_MATCH_CRITERIA;
  const criteria: Criterion[] = [];
  let attributes = 0;
  let all = false;
  let i = 0;
  let last: Token = first;
  while (i < words.length) {
    const word = words[i++]!;
    if (word.text === '' || word.text.startsWith('#')) break;
    last = word;
    const negate = program === 'ssh' && word.text.startsWith('!');
    const attribute = (negate ? word.text.slice(1) : word.text).toLowerCase();
    if (attribute === 'all') {
      const next = words[i];
      const extra = next !== undefined && next.text !== '' && !next.text.startsWith('#');
      // sshd counts `all` itself; ssh counts the criteria before it, and lets `canonical` / `final` come first.
      if ((program === 'sshd' ? attributes > 0 : attributes > 1) || extra) {
        return { ok: false, token: word, message: { en: '"all" cannot be combined with other Match criteria', ja: '「all」は他の Match 条件と組み合わせられない' } };
      }
      criteria.push({ attribute, negate, attributeToken: word });
      all = criteria.length === 1 && !negate;
      return { ok: true, criteria, all, text: matchText(text, first, word) };
    }
    attributes++;
    if (!known.has(attribute)) return { ok: false, token: word, message: unsupported(word.text) };
    if (program === 'ssh' && (attribute === 'canonical' || attribute === 'final')) {
      criteria.push({ attribute, negate, attributeToken: word });
      continue;
    }
    const argument = words[i++];
    if (argument === undefined || argument.text === '' || argument.text.startsWith('#')) {
      return { ok: false, token: word, message: { en: `Match ${word.text} needs a value`, ja: `Match ${word.text} に値がない` } };
    }
    last = argument;
    const problem = program === 'sshd' ? checkSshdArgument(attribute, argument.text) : undefined;
    if (problem) return { ok: false, token: argument, message: problem };
    criteria.push({ attribute, negate, attributeToken: word, argument });
  }
  if (attributes === 0) return { ok: false, token: line.keyword, message: NO_CRITERIA };
  return { ok: true, criteria, all, text: matchText(text, first, last) };
}

/**
 * The label of a Match line as written, for a line whose criteria could not be read.
 * @example
 * rawLabel('Match colour blue', line); // 'Match colour blue'
 */
export function rawLabel(text: string, line: ConfigLine): string {
  const first = line.args[0];
  return first ? `${line.keyword.text} ${text.slice(first.start, line.end)}` : line.keyword.text;
}

function matchText(text: string, first: Token, last: Token): string {
  return `Match ${text.slice(first.start, last.end)}`;
}

const NO_CRITERIA: Localized = { en: 'Match needs at least one criterion', ja: 'Match には条件が一つ以上必要' };

function unsupported(word: string): Localized {
  return { en: `"${word}" is not a Match criterion OpenSSH knows`, ja: `「${word}」は OpenSSH が知らない Match 条件` };
}

/** sshd checks these values even when it evaluates nothing (sshd -t). */
function checkSshdArgument(attribute: string, value: string): Localized | undefined {
  if (attribute === 'localport') {
    if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 65535) {
      return { en: `"${value}" is not a port number`, ja: `「${value}」はポート番号ではない` };
    }
  }
  if (attribute === 'address' || attribute === 'localaddress') {
    if (addressMatchList(undefined, value) === -2) {
      return { en: `"${value}" is not a valid address list (an empty item, or a network with bits set beyond its prefix)`, ja: `「${value}」はアドレスのリストとして不正（空の項目、またはプレフィックス長を超えたビットのあるネットワーク）` };
    }
  }
  return undefined;
}

/** A connection as `sshd -T -C user=...,host=...,addr=...` describes it. */
export interface SshdConnection {
  readonly user?: string;
  /** The groups of the user, for `Match Group` (unknown when absent: such a criterion does not match). */
  readonly groups?: readonly string[];
  readonly host?: string;
  readonly address?: string;
  readonly localAddress?: string;
  readonly localPort?: number;
  readonly rdomain?: string;
}

/**
 * Whether an sshd Match line applies to a connection (sshd 9.2p1 match_cfg_line()). A criterion whose field the connection
 * leaves out does not match, as with `sshd -T -C`.
 * @example
 * sshdMatches(criteria, { user: 'backup', host: 'h', address: '10.0.0.5' });
 */
export function sshdMatches(criteria: readonly Criterion[], c: SshdConnection): boolean {
  let result = true;
  for (const cr of criteria) {
    const arg = cr.argument?.text ?? '';
    switch (cr.attribute) {
      case 'all':
        return result;
      case 'user':
        if (c.user === undefined || matchPatternList(c.user, arg) !== 1) result = false;
        break;
      case 'group':
        if (c.groups === undefined || !c.groups.some((g) => matchPatternList(g, arg) === 1) || c.groups.some((g) => matchPatternList(g, arg) === -1)) result = false;
        break;
      case 'host':
        if (c.host === undefined || matchHostname(c.host, arg) !== 1) result = false;
        break;
      case 'address':
        if (c.address === undefined || addressMatchList(c.address, arg) !== 1) result = false;
        break;
      case 'localaddress':
        if (c.localAddress === undefined || addressMatchList(c.localAddress, arg) !== 1) result = false;
        break;
      case 'localport':
        if (c.localPort === undefined || Number(arg) !== c.localPort) result = false;
        break;
      case 'rdomain':
        if (c.rdomain === undefined || matchPatternList(c.rdomain, arg) !== 1) result = false;
        break;
      default:
        result = false;
    }
  }
  return result;
}

/** What ssh knows when it reads its configuration for one destination (`ssh -G <host>`). */
export interface SshDestination {
  /** The host as given on the command line. */
  readonly host: string;
  /** The remote user (`-l`), if given on the command line. */
  readonly user?: string;
  /** The local user name (default `root`, as the differential tests run). */
  readonly localUser?: string;
  /** The answer of `Match exec` commands (default: none matches; the extractor never runs commands). */
  readonly exec?: (command: string) => boolean;
}

/** The state a Match line of ssh_config is evaluated in. */
export interface SshMatchState {
  readonly host: string;
  readonly originalHost: string;
  readonly user: string;
  readonly localUser: string;
  readonly finalPass: boolean;
  readonly exec: (command: string) => boolean;
}

/**
 * Whether an ssh Match line applies (ssh 9.2p1 readconf.c match_cfg_line()).
 * @example
 * sshMatches(criteria, { host: 'db1', originalHost: 'db1', user: 'root', localUser: 'root', finalPass: false, exec: () => false });
 */
export function sshMatches(criteria: readonly Criterion[], s: SshMatchState): boolean {
  let result = true;
  for (const cr of criteria) {
    const arg = cr.argument?.text ?? '';
    let r: boolean;
    switch (cr.attribute) {
      case 'all':
        return result && !cr.negate;
      case 'canonical': case 'final':
        r = s.finalPass;
        break;
      case 'host':
        r = matchHostname(s.host, arg) === 1;
        break;
      case 'originalhost':
        r = matchHostname(s.originalHost, arg) === 1;
        break;
      case 'user':
        r = matchPatternList(s.user, arg) === 1;
        break;
      case 'localuser':
        r = matchPatternList(s.localUser, arg) === 1;
        break;
      case 'exec':
        r = result ? s.exec(arg) : false;
        break;
      default:
        r = false;
    }
    if (r === cr.negate) result = false;
  }
  return result;
}

/**
 * Whether a `Host` line of ssh_config applies to a host (readconf.c 9.2p1): some pattern matches and no negated one does;
 * patterns are case-sensitive and the host is compared as given.
 * @example
 * hostLineMatches(['*', '!bastion'], 'db1'); // true
 */
export function hostLineMatches(patterns: readonly string[], host: string): boolean {
  let active = false;
  for (const p of patterns) {
    const negated = p.startsWith('!');
    if (matchPattern(host, negated ? p.slice(1) : p)) {
      if (negated) return false;
      active = true;
    }
  }
  return active;
}

/**
 * OpenSSH's match_hostname(): the host lowercased, against the pattern list lowercased.
 * @example
 * matchHostname('A.Example.COM', '*.example.com'); // 1
 */
export function matchHostname(host: string, patterns: string): 1 | 0 | -1 {
  return matchPatternList(host.replace(/[A-Z]+/g, (m) => m.toLowerCase()), patterns, true);
}

/**
 * OpenSSH's addr_match_list(): 1 when an item matches the address (a network by its prefix, else a wildcard pattern), -1
 * when a negated item does, 0 when none does, -2 when the list is invalid. With no address, only the list is checked.
 * @example
 * addressMatchList('10.1.2.3', '10.0.0.0/8'); // 1
 * addressMatchList(undefined, '10.0.0.1/8'); // -2: bits set beyond the prefix
 */
export function addressMatchList(address: string | undefined, list: string): 1 | 0 | -1 | -2 {
  const addr = address === undefined ? undefined : parseAddress(address);
  if (address !== undefined && addr === undefined) return 0;
  let ret: 1 | 0 | -1 | -2 = 0;
  for (const raw of list.split(',')) {
    const neg = raw.startsWith('!');
    const item = neg ? raw.slice(1) : raw;
    if (item === '') return -2;
    const net = parseCidr(item);
    let hit = false;
    if (net === 'inconsistent') return -2;
    if (net !== undefined) hit = addr !== undefined && inNetwork(addr, net);
    else hit = address !== undefined && matchPattern(address, item);
    if (hit) {
      if (neg) return -1;
      ret = 1;
    }
  }
  return ret;
}

interface Address {
  readonly v6: boolean;
  readonly bytes: readonly number[];
}

interface Network extends Address {
  readonly prefix: number;
}

function parseAddress(s: string): Address | undefined {
  const v4 = parseV4(s);
  if (v4) return { v6: false, bytes: v4 };
  const v6 = parseV6(s);
  return v6 ? { v6: true, bytes: v6 } : undefined;
}

function parseV4(s: string): number[] | undefined {
  const parts = s.split('.');
  if (parts.length !== 4) return undefined;
  const out: number[] = [];
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return undefined;
    out.push(Number(p));
  }
  return out;
}

function parseV6(s: string): number[] | undefined {
  if (!/^[0-9A-Fa-f:.]+$/.test(s) || s.length > 45) return undefined;
  const halves = s.split('::');
  if (halves.length > 2) return undefined;
  const words = (h: string): number[] | undefined => {
    if (h === '') return [];
    const out: number[] = [];
    const parts = h.split(':');
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i]!;
      if (i === parts.length - 1 && p.includes('.')) {
        const v4 = parseV4(p);
        if (!v4) return undefined;
        out.push((v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!);
      } else {
        if (!/^[0-9A-Fa-f]{1,4}$/.test(p)) return undefined;
        out.push(parseInt(p, 16));
      }
    }
    return out;
  };
  const head = words(halves[0]!);
  const tail = halves.length === 2 ? words(halves[1]!) : [];
  if (!head || !tail) return undefined;
  const fill = 8 - head.length - tail.length;
  if ((halves.length === 2 && fill < 1) || (halves.length === 1 && fill !== 0)) return undefined;
  const all = [...head, ...new Array<number>(Math.max(0, fill)).fill(0), ...tail];
  return all.flatMap((w) => [w >> 8, w & 0xff]);
}

function parseCidr(item: string): Network | 'inconsistent' | undefined {
  const slash = item.indexOf('/');
  const addrText = slash === -1 ? item : item.slice(0, slash);
  const addr = parseAddress(addrText);
  if (!addr) return undefined;
  const max = addr.v6 ? 128 : 32;
  let prefix = max;
  if (slash !== -1) {
    const m = item.slice(slash + 1);
    if (!/^\d+$/.test(m) || Number(m) > max) return undefined;
    prefix = Number(m);
  }
  for (let bit = prefix; bit < max; bit++) {
    if ((addr.bytes[bit >> 3]! >> (7 - (bit & 7))) & 1) return 'inconsistent';
  }
  return { ...addr, prefix };
}

function inNetwork(a: Address, n: Network): boolean {
  if (a.v6 !== n.v6) return false;
  for (let bit = 0; bit < n.prefix; bit++) {
    const x = (a.bytes[bit >> 3]! >> (7 - (bit & 7))) & 1;
    const y = (n.bytes[bit >> 3]! >> (7 - (bit & 7))) & 1;
    if (x !== y) return false;
  }
  return true;
}
