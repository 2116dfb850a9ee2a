/**
 * One line of an OpenSSH public key file, split into its fields without decoding the key: `*.pub` (keytype, base64 key,
 * comment), `authorized_keys` (options first, sshd(8) "AUTHORIZED_KEYS FILE FORMAT": comma-separated, no spaces except
 * within double quotes, `\"` inside quotes), and `known_hosts` (an optional `@cert-authority` or `@revoked` marker, then
 * comma-separated host patterns or one hashed `|1|salt|hash` entry, sshd(8) "SSH_KNOWN_HOSTS FILE FORMAT"). Fields are
 * separated by spaces or tabs, as OpenSSH's parsers skip both. Lines of protocol 1 RSA keys (`bits exponent modulus`,
 * which OpenSSH 7.4 stopped reading) are recognised too, so that they are judged rather than called broken.
 *
 * The key type is the first of the first four fields that is a key type this extractor knows or a name followed by a field
 * that starts like a key blob (`AAAA`: every blob starts with a 32-bit length below 2^24); the fields before it are the
 * marker, host names or options, read by the kind of file. Work per line is linear in its length.
 * @module
 */
import { sshNameCategories } from '../../names/ssh.js';
import { isKnownKeyType } from './blob.js';

/** What kind of file a line comes from, by its name (`unknown`: a file that only looks like a key file). */
export type KeyFileKind = 'public-key' | 'authorized-keys' | 'known-hosts' | 'unknown';

/** A field and where it starts in the line (0-based). */
export interface Field {
  readonly text: string;
  readonly start: number;
}

/** The options of an authorized_keys line that matter to a report. */
export interface KeyOptions extends Field {
  /** Lower-case option names in order. */
  readonly names: readonly string[];
  /** expiry-time as YYYY-MM-DD (sshd(8): YYYYMMDD[Z] or YYYYMMDDHHMM[SS][Z]). */
  readonly expiry?: string;
}

/** A key line's fields. */
export interface KeyLine {
  readonly marker?: Field;
  readonly hosts?: Field;
  readonly options?: KeyOptions;
  readonly type: Field;
  /** Absent when the line ends after the type. */
  readonly blob?: Field;
  readonly comment?: string;
}

/** A protocol 1 RSA key line: bits, exponent and modulus in decimal. */
export interface Ssh1KeyLine {
  readonly marker?: Field;
  readonly hosts?: Field;
  readonly options?: KeyOptions;
  /** The bits field (where the key starts). */
  readonly bits: Field;
  /** Bit length of the modulus. */
  readonly keyBits: number;
  readonly comment?: string;
}

/** Why a line, or a field of it, is wrong. */
export type LineProblemCode =
  | 'no-key-type' | 'unterminated-quote' | 'no-key-data' | 'unknown-marker' | 'missing-hosts' | 'extra-fields'
  | 'bad-hashed-host' | 'unknown-option' | 'bad-option';

/** A problem at a place in the line (0-based). */
export interface LineProblem {
  readonly code: LineProblemCode;
  readonly start: number;
  readonly detail?: string;
}

export type LineParse =
  | { readonly kind: 'key'; readonly line: KeyLine; readonly problems: readonly LineProblem[] }
  | { readonly kind: 'ssh1'; readonly line: Ssh1KeyLine; readonly problems: readonly LineProblem[] }
  | { readonly kind: 'error'; readonly problem: LineProblem };

/** Fields that may stand before the key type: a marker, host names or options, and one spare to say "too many". */
const MAX_PREFIX = 3;
/** A decimal modulus of a protocol 1 key: 16384 bits are 4933 digits. */
const MAX_SSH1_DIGITS = 5000;

/** sshd(8) "AUTHORIZED_KEYS FILE FORMAT", OpenSSH 9.2 (option names are case-insensitive there). */
const OPTIONS: ReadonlySet<string> = new Set([
  'agent-forwarding', 'cert-authority', 'command', 'environment', 'expiry-time', 'from', 'no-agent-forwarding',
  'no-port-forwarding', 'no-pty', 'no-user-rc', 'no-x11-forwarding', 'permitlisten', 'permitopen', 'port-forwarding',
  'principals', 'pty', 'no-touch-required', 'verify-required', 'restrict', 'tunnel', 'user-rc', 'x11-forwarding',
]);
/** Options that take a quoted value (the others are flags). */
const VALUED: ReadonlySet<string> = new Set(['command', 'environment', 'expiry-time', 'from', 'permitlisten', 'permitopen', 'principals', 'tunnel']);

/** sshd(8): "@cert-authority" and "@revoked" (hostfile.c compares them exactly). */
const MARKERS: ReadonlySet<string> = new Set(['@cert-authority', '@revoked']);
/** `ssh-keygen -H`: `|1|` then base64 salt and HMAC-SHA1 of 20 octets each (28 characters with one `=`). */
const HASHED_HOST = /^\|1\|[A-Za-z0-9+/]{27}=\|[A-Za-z0-9+/]{27}=$/;
const TYPE_NAME = /^[A-Za-z0-9][A-Za-z0-9.@_+-]{0,63}$/;

interface Token extends Field {
  readonly end: number;
  readonly unterminated: boolean;
}

const isBlank = (c: number): boolean => c === 32 || c === 9;

/** The field starting at or after `from`, quote-aware as sshd reads options; undefined at the end of the line. */
function nextToken(line: string, from: number): Token | undefined {
  let i = from;
  while (i < line.length && isBlank(line.charCodeAt(i))) i++;
  if (i >= line.length) return undefined;
  const start = i;
  let quoted = false;
  for (; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (quoted && c === 92 /* \ */ && i + 1 < line.length) i++;
    else if (c === 34 /* " */) quoted = !quoted;
    else if (!quoted && isBlank(c)) break;
  }
  return { text: line.slice(start, i), start, end: i, unterminated: quoted };
}

function isTypeToken(t: Token, next: Token | undefined): boolean {
  if (isKnownKeyType(t.text)) return true;
  if (!TYPE_NAME.test(t.text)) return false;
  if (sshNameCategories(t.text).includes('key')) return true;
  return next !== undefined && next.text.startsWith('AAAA');
}

/**
 * Splits a key line (without its line break; comment and blank lines are the caller's) into fields.
 * @example
 * parseKeyLine('no-pty,command="a b" ssh-ed25519 AAAAC3Nz... me@host', 'authorized-keys');
 * // { kind: 'key', line: { options: { text: 'no-pty,command="a b"', names: ['no-pty', 'command'], ... },
 * //   type: { text: 'ssh-ed25519', start: 21 }, blob: { text: 'AAAAC3Nz...', start: 33 }, comment: 'me@host' }, problems: [] }
 */
export function parseKeyLine(line: string, kind: KeyFileKind): LineParse {
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i <= MAX_PREFIX + 1; i++) {
    const t = nextToken(line, cursor);
    if (t === undefined) break;
    tokens.push(t);
    cursor = t.end;
  }
  const first = tokens[0];
  if (first === undefined) return { kind: 'error', problem: { code: 'no-key-type', start: 0 } };

  let typeAt = -1;
  for (let i = 0; i < Math.min(tokens.length, MAX_PREFIX + 1); i++) {
    if (tokens[i]!.unterminated) break;
    if (isTypeToken(tokens[i]!, tokens[i + 1])) {
      typeAt = i;
      break;
    }
  }
  if (typeAt === -1) {
    const ssh1 = parseSsh1(line, tokens, kind);
    if (ssh1) return ssh1;
    const open = tokens.find((t) => t.unterminated);
    return { kind: 'error', problem: open ? { code: 'unterminated-quote', start: open.start } : { code: 'no-key-type', start: first.start } };
  }

  const problems: LineProblem[] = [];
  const prefix = readPrefix(tokens.slice(0, typeAt), kind, problems);
  if (prefix === undefined) return { kind: 'error', problem: problems[0]! };
  const type = tokens[typeAt]!;
  const blob = nextToken(line, type.end);
  const comment = blob ? line.slice(blob.end).trim() : '';
  const keyLine: KeyLine = {
    ...prefix,
    type: { text: type.text, start: type.start },
    ...(blob ? { blob: { text: blob.text, start: blob.start } } : {}),
    ...(comment ? { comment } : {}),
  };
  return { kind: 'key', line: keyLine, problems };
}

interface Prefix {
  marker?: Field;
  hosts?: Field;
  options?: KeyOptions;
}

/** The marker, host names or options before the key; undefined (with the problem recorded) when they make no line. */
function readPrefix(tokens: readonly Token[], kind: KeyFileKind, problems: LineProblem[]): Prefix | undefined {
  const out: Prefix = {};
  let rest = tokens;
  const head = rest[0];
  if (head !== undefined && head.text.startsWith('@') && kind !== 'authorized-keys') {
    if (!MARKERS.has(head.text)) {
      problems.push({ code: 'unknown-marker', start: head.start, detail: head.text });
      return undefined;
    }
    out.marker = { text: head.text, start: head.start };
    rest = rest.slice(1);
  }
  if (rest.length > 1) {
    problems.push({ code: 'extra-fields', start: rest[1]!.start });
    return undefined;
  }
  const field = rest[0];
  if (field === undefined) {
    if (kind === 'known-hosts' || out.marker) {
      problems.push({ code: 'missing-hosts', start: tokens[0]?.start ?? 0 });
      return undefined;
    }
    return out;
  }
  const asHosts = kind === 'known-hosts' || out.marker !== undefined || (kind !== 'authorized-keys' && !looksLikeOptions(field.text));
  if (asHosts) {
    out.hosts = { text: field.text, start: field.start };
    if (field.text.startsWith('|') && !HASHED_HOST.test(field.text)) problems.push({ code: 'bad-hashed-host', start: field.start });
  } else {
    out.options = readOptions(field, problems);
  }
  return out;
}

function looksLikeOptions(text: string): boolean {
  if (text.includes('=')) return true;
  const name = text.split(',')[0]!.toLowerCase();
  return OPTIONS.has(name);
}

/** Splits options at commas outside quotes and checks each name against sshd(8)'s list. */
function readOptions(field: Field, problems: LineProblem[]): KeyOptions {
  const names: string[] = [];
  let expiry: string | undefined;
  const text = field.text;
  let start = 0;
  let quoted = false;
  for (let i = 0; i <= text.length; i++) {
    const c = text.charCodeAt(i);
    if (i < text.length) {
      if (quoted && c === 92 && i + 1 < text.length) {
        i++;
        continue;
      }
      if (c === 34) quoted = !quoted;
      if (quoted || c !== 44 /* , */) continue;
    }
    const option = text.slice(start, i);
    const eq = option.indexOf('=');
    const name = (eq === -1 ? option : option.slice(0, eq)).toLowerCase();
    const at = field.start + start;
    if (!OPTIONS.has(name)) {
      problems.push({ code: 'unknown-option', start: at, detail: name });
    } else if (VALUED.has(name) !== (eq !== -1) || (eq !== -1 && !/^".*"$/s.test(option.slice(eq + 1)))) {
      problems.push({ code: 'bad-option', start: at, detail: name });
    } else if (name === 'expiry-time') {
      const m = /^"(\d{4})(\d{2})(\d{2})(?:\d{4}(?:\d{2})?)?Z?"$/.exec(option.slice(eq + 1));
      if (m) expiry = `${m[1]}-${m[2]}-${m[3]}`;
      else problems.push({ code: 'bad-option', start: at, detail: name });
    }
    names.push(name);
    start = i + 1;
  }
  return { text, start: field.start, names, ...(expiry !== undefined ? { expiry } : {}) };
}

/** A protocol 1 RSA key: three decimal fields after at most a marker and one prefix field. */
function parseSsh1(line: string, tokens: readonly Token[], kind: KeyFileKind): LineParse | undefined {
  for (let i = 0; i + 2 < tokens.length && i <= 2; i++) {
    const [bits, e, n] = [tokens[i]!, tokens[i + 1]!, tokens[i + 2]!];
    if (!/^\d{1,5}$/.test(bits.text) || !/^\d+$/.test(e.text) || !/^\d+$/.test(n.text) || n.text.length > MAX_SSH1_DIGITS) continue;
    const problems: LineProblem[] = [];
    const prefix = readPrefix(tokens.slice(0, i), kind, problems);
    if (prefix === undefined) return { kind: 'error', problem: problems[0]! };
    const keyBits = BigInt(n.text).toString(2).length;
    const comment = line.slice(n.end).trim();
    return {
      kind: 'ssh1', problems,
      line: { ...prefix, bits: { text: bits.text, start: bits.start }, keyBits, ...(comment ? { comment } : {}) },
    };
  }
  return undefined;
}
