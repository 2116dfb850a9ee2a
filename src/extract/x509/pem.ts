/**
 * PEM framing: the `-----BEGIN label-----` ... `-----END label-----` blocks of RFC 7468 (read in its lax form: leading and
 * trailing blanks on each line, any line length, text between blocks ignored), with the RFC 1421 section 4.6 header
 * lines (`Proc-Type`, `DEK-Info`) that OpenSSL still writes for encrypted traditional keys. Each block keeps the line of
 * its BEGIN marker, and a block that is cut short, closed under another label or not base64 says so with the line and
 * column of the fault, so that one broken block never hides the others.
 * @module
 */
import type { Localized } from '../../catalog/types.js';

/** One PEM block. */
export interface PemBlock {
  /** The label between `BEGIN ` and the closing dashes (`CERTIFICATE`, `RSA PRIVATE KEY`). */
  readonly label: string;
  /** 1-based line of the BEGIN marker. */
  readonly line: number;
  /** 1-based column where `-----BEGIN` starts. */
  readonly column: number;
  /** RFC 1421 header fields, in order (`Proc-Type`, `DEK-Info`). */
  readonly headers: readonly (readonly [string, string])[];
  /** The decoded bytes; absent when the block is broken. */
  readonly der?: Uint8Array;
  /** What is wrong with the block, and where. */
  readonly error?: { readonly message: Localized; readonly line: number; readonly column: number };
}

const BEGIN = /^([ \t]*)-----BEGIN ([^\r\n]*?)-----[ \t]*$/;
const END = /^[ \t]*-----END ([^\r\n]*?)-----[ \t]*$/;
const HEADER = /^([A-Za-z][A-Za-z0-9-]*):[ \t]*(.*)$/;
const BASE64_LINE = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Every PEM block of a text, in order. Never throws; a text without blocks gives an empty array.
 * @example
 * const [block] = splitPem('-----BEGIN CERTIFICATE-----\nMIIB...\n-----END CERTIFICATE-----\n');
 * block.label; // 'CERTIFICATE'
 * block.line;  // 1
 */
export function splitPem(text: string): PemBlock[] {
  const blocks: PemBlock[] = [];
  const lines = text.split('\n');
  let i = 0;
  while (i < lines.length) {
    const begin = BEGIN.exec(stripCr(lines[i]!));
    if (!begin) {
      i++;
      continue;
    }
    const startLine = i + 1;
    const column = begin[1]!.length + 1;
    const label = begin[2]!;
    i++;
    const body: { text: string; line: number; column: number }[] = [];
    const headers: [string, string][] = [];
    let ended: string | undefined;
    let interrupted = false;
    // RFC 1421 headers come first, and a blank line ends them.
    let inHeaders = i < lines.length && HEADER.test(stripCr(lines[i]!).trim());
    for (; i < lines.length; i++) {
      const raw = stripCr(lines[i]!);
      const end = END.exec(raw);
      if (end) {
        ended = end[1]!;
        i++;
        break;
      }
      if (BEGIN.test(raw)) {
        interrupted = true;
        break;
      }
      const trimmed = raw.trim();
      if (inHeaders) {
        if (trimmed === '') {
          inHeaders = false;
          continue;
        }
        const h = HEADER.exec(trimmed);
        if (h) headers.push([h[1]!, h[2]!]);
        else if (/^[ \t]/.test(raw) && headers.length) {
          // A folded header line continues the previous field (RFC 822 folding, as RFC 1421 uses it).
          const last = headers[headers.length - 1]!;
          headers[headers.length - 1] = [last[0], `${last[1]}${trimmed}`];
        } else {
          inHeaders = false;
          body.push({ text: trimmed, line: i + 1, column: raw.length - raw.trimStart().length + 1 });
        }
        continue;
      }
      if (trimmed !== '') body.push({ text: trimmed, line: i + 1, column: raw.length - raw.trimStart().length + 1 });
    }
    // OpenPGP armor (RFC 4880 section 6.2) looks like PEM but is not: its checksum line is no base64 of the body.
    if (label.startsWith('PGP ')) continue;
    const base = { label, line: startLine, column, headers };
    if (ended === undefined) {
      const where = interrupted ? { en: 'another BEGIN line comes first', ja: '先に別の BEGIN 行がある' } : { en: 'the file ends first', ja: '先にファイルが終わる' };
      blocks.push({
        ...base,
        error: {
          message: { en: `PEM block "${label}" has no END line (${where.en})`, ja: `PEM ブロック「${label}」に END 行がない（${where.ja}）` },
          line: startLine, column,
        },
      });
      continue;
    }
    if (ended !== label) {
      blocks.push({
        ...base,
        error: {
          message: { en: `PEM block "${label}" is closed by END "${ended}"`, ja: `PEM ブロック「${label}」が END「${ended}」で閉じられている` },
          line: i, column: 1,
        },
      });
      continue;
    }
    const decoded = decodeBody(body, { line: startLine, column });
    blocks.push('error' in decoded ? { ...base, error: decoded.error } : { ...base, der: decoded.der });
  }
  return blocks;
}

/** Decodes the base64 lines of a block, or says which character of which line is not base64. */
function decodeBody(
  body: readonly { text: string; line: number; column: number }[], begin: { line: number; column: number },
): { der: Uint8Array } | { error: NonNullable<PemBlock['error']> } {
  let joined = '';
  for (let k = 0; k < body.length; k++) {
    const part = body[k]!;
    // Blanks inside a line are tolerated (RFC 7468 section 3, lax parsers), not base64 all the same.
    const text = part.text.replace(/[ \t]+/g, '');
    const padded = k < body.length - 1 && text.includes('=');
    if (!BASE64_LINE.test(text) || padded) {
      const bad = padded ? part.text.indexOf('=') : firstNonBase64(part.text);
      const ch = part.text[bad] ?? '';
      return {
        error: {
          message: padded
            ? { en: 'base64 padding "=" before the last line of the block', ja: 'ブロックの最終行より前に base64 のパディング「=」がある' }
            : { en: `"${printable(ch)}" is not a base64 character`, ja: `「${printable(ch)}」は base64 の文字ではない` },
          line: part.line, column: part.column + Math.max(bad, 0),
        },
      };
    }
    joined += text;
  }
  if (joined === '') {
    return { error: { message: { en: 'the PEM block is empty', ja: 'PEM ブロックが空' }, line: begin.line, column: begin.column } };
  }
  // RFC 4648 section 3.2: padding may be left out; a length of 1 mod 4 is never valid base64.
  if (joined.replace(/=+$/, '').length % 4 === 1) {
    const last = body[body.length - 1]!;
    return {
      error: {
        message: { en: 'the base64 text is cut short (its length is not possible)', ja: 'base64 の文字列が途中で切れている（長さが不正）' },
        line: last.line, column: last.column + last.text.length,
      },
    };
  }
  return { der: new Uint8Array(Buffer.from(joined, 'base64')) };
}

function firstNonBase64(text: string): number {
  for (let k = 0; k < text.length; k++) {
    if (!/[A-Za-z0-9+/= \t]/.test(text[k]!)) return k;
  }
  // Only '=' out of place remains.
  const eq = text.indexOf('=');
  return eq === -1 ? 0 : eq;
}

/** A character as a message can show it (control characters by code). */
function printable(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  return code < 0x20 || code === 0x7f ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}` : ch;
}

function stripCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

/**
 * Whether a text holds a PEM BEGIN marker at the start of a line (cheap: for `matches`).
 * @example
 * hasPemBlock('# comment\n-----BEGIN CERTIFICATE-----\n'); // true
 */
export function hasPemBlock(text: string): boolean {
  return /^[\uFEFF \t]*-----BEGIN [^\r\n]*?-----/m.test(text);
}
