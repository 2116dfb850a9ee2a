/**
 * RFC 4716 "The Secure Shell (SSH) Public Key File Format" blocks, as `ssh-keygen -e` writes them: a
 * `---- BEGIN SSH2 PUBLIC KEY ----` line (§3.2), header lines `Tag: value` continued by a trailing backslash (§3.3), the
 * base64 body (§3.4), and `---- END SSH2 PUBLIC KEY ----`. Only the `Comment` header is kept (§3.3.2).
 * @module
 */

export const RFC4716_BEGIN = '---- BEGIN SSH2 PUBLIC KEY ----';
export const RFC4716_END = '---- END SSH2 PUBLIC KEY ----';

/** RFC 4716 §3: lines are at most 72 octets; a key of 16384 bits fits in a few hundred of them. */
const MAX_BLOCK_LINES = 2000;

/** A block read from the lines of a file. */
export interface Rfc4716Block {
  /** The index of the BEGIN line. */
  readonly begin: number;
  /** The index of the END line, or undefined when the block runs to the end of the file (or past the bound). */
  readonly end?: number;
  /** The body's base64 text, lines joined. */
  readonly body: string;
  /** The index of the first body line, if any. */
  readonly bodyLine?: number;
  readonly comment?: string;
}

/**
 * Reads the block that starts at `lines[begin]` (the BEGIN line, trimmed by the caller's test).
 * @example
 * readRfc4716(['---- BEGIN SSH2 PUBLIC KEY ----', 'Comment: "me"', 'AAAAC3Nz...', '---- END SSH2 PUBLIC KEY ----'], 0);
 * // { begin: 0, end: 3, body: 'AAAAC3Nz...', bodyLine: 2, comment: 'me' }
 */
export function readRfc4716(lines: readonly string[], begin: number): Rfc4716Block {
  let body = '';
  let bodyLine: number | undefined;
  let comment: string | undefined;
  let header: string | undefined;
  const last = Math.min(lines.length, begin + 1 + MAX_BLOCK_LINES);
  for (let i = begin + 1; i < last; i++) {
    const line = lines[i]!.trim();
    if (line === RFC4716_END) {
      return { begin, end: i, body, ...(bodyLine !== undefined ? { bodyLine } : {}), ...(comment !== undefined ? { comment } : {}) };
    }
    if (header !== undefined) {
      // A header continues while its lines end in a backslash (§3.3).
      const more = line.endsWith('\\');
      header += more ? line.slice(0, -1) : line;
      if (!more) {
        comment = commentOf(header) ?? comment;
        header = undefined;
      }
      continue;
    }
    if (bodyLine === undefined && line.includes(':')) {
      if (line.endsWith('\\')) header = line.slice(0, -1);
      else comment = commentOf(line) ?? comment;
      continue;
    }
    if (line === '') continue;
    bodyLine ??= i;
    body += line;
  }
  return { begin, body, ...(bodyLine !== undefined ? { bodyLine } : {}), ...(comment !== undefined ? { comment } : {}) };
}

/** The value of a `Comment:` header (tags are case-insensitive, §3.3), without its quotes. */
function commentOf(header: string): string | undefined {
  const colon = header.indexOf(':');
  if (header.slice(0, colon).trim().toLowerCase() !== 'comment') return undefined;
  const value = header.slice(colon + 1).trim();
  return value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
}
