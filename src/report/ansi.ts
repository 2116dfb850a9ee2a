/**
 * ANSI colour for terminals, written by hand (ECMA-48 SGR sequences) so the CLI needs no runtime dependency. Whether to
 * colour is decided once by the CLI (--no-color, NO_COLOR, FORCE_COLOR, TTY); renderers receive a Style that either
 * wraps text or leaves it alone, and the widths they compute never count escape sequences.
 * @module
 */
import type { Status } from '../judge/types.js';

/** Text decorations a renderer may use. Each returns the text unchanged when colour is off. */
export interface Style {
  readonly enabled: boolean;
  readonly bold: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly red: (s: string) => string;
  readonly yellow: (s: string) => string;
  readonly green: (s: string) => string;
  readonly cyan: (s: string) => string;
  readonly magenta: (s: string) => string;
  /** The colour of a status word: recommended green, candidate cyan, monitored yellow, unlisted red, unknown magenta. */
  readonly status: (status: Status, s: string) => string;
}

const sgr = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
const same = (s: string) => s;

/**
 * A style with colour on or off.
 * @example
 * style(true).red('unlisted');  // '\u001b[31munlisted\u001b[39m'
 * style(false).red('unlisted'); // 'unlisted'
 */
export function style(enabled: boolean): Style {
  if (!enabled) {
    return { enabled, bold: same, dim: same, red: same, yellow: same, green: same, cyan: same, magenta: same, status: (_s, text) => text };
  }
  const bold = sgr(1, 22);
  const red = sgr(31, 39);
  const green = sgr(32, 39);
  const yellow = sgr(33, 39);
  const magenta = sgr(35, 39);
  const cyan = sgr(36, 39);
  const byStatus: Record<Status, (s: string) => string> = {
    recommended: green, candidate: cyan, monitored: yellow, unlisted: (s) => bold(red(s)), unknown: magenta,
  };
  return { enabled, bold, dim: sgr(2, 22), red, yellow, green, cyan, magenta, status: (s, text) => byStatus[s](text) };
}

/**
 * Whether to colour output, from the CLI flag, the environment (https://no-color.org, FORCE_COLOR as Node and chalk read
 * it) and whether the stream is a terminal.
 * @example
 * useColor({ noColor: false, env: { NO_COLOR: '1' }, isTTY: true }); // false
 */
export function useColor(o: { noColor: boolean; env: Readonly<Record<string, string | undefined>>; isTTY: boolean }): boolean {
  if (o.noColor) return false;
  // NO_COLOR: any non-empty value turns colour off, whatever else is set.
  if (o.env.NO_COLOR !== undefined && o.env.NO_COLOR !== '') return false;
  const force = o.env.FORCE_COLOR;
  if (force !== undefined) return !(force === '0' || force.toLowerCase() === 'false');
  return o.isTTY && o.env.TERM !== 'dumb';
}

// eslint-disable-next-line no-control-regex
const ESCAPES = /\u001b\[[0-9;]*m/g;

/**
 * The number of terminal columns a string takes: escape sequences take none, East Asian wide characters two.
 * @example
 * displayWidth('運用監視'); // 8
 */
export function displayWidth(s: string): number {
  let width = 0;
  for (const ch of s.replace(ESCAPES, '')) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || (cp >= 0x300 && cp < 0x370)) continue;
    width += isWide(cp) ? 2 : 1;
  }
  return width;
}

/**
 * Pads a string on the right to a display width.
 * @example
 * padEnd('推奨', 6); // '推奨  '
 */
export function padEnd(s: string, width: number): string {
  const w = displayWidth(s);
  return w >= width ? s : s + ' '.repeat(width - w);
}

// Ranges of Unicode's East Asian Width W and F that occur in Japanese text (UAX #11), enough for our own messages.
function isWide(cp: number): boolean {
  return (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0x303e) || (cp >= 0x3041 && cp <= 0x33ff)
    || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xa000 && cp <= 0xa4cf)
    || (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f)
    || (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1f64f)
    || (cp >= 0x20000 && cp <= 0x3fffd);
}

/**
 * A plain table: columns padded to their widest cell, two spaces apart, no trailing spaces.
 * @example
 * table([['a', 'bb'], ['ccc', 'd']]); // 'a    bb\nccc  d'
 */
export function table(rows: readonly (readonly string[])[], indent = ''): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => { widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell)); });
  return rows
    .map((row) => indent + row.map((cell, i) => (i === row.length - 1 ? cell : padEnd(cell, widths[i] ?? 0))).join('  ').trimEnd())
    .join('\n');
}
