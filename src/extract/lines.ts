/**
 * The lines of a configuration file, for the line-based formats (HAProxy, Postfix main.cf): split at LF, a CR before it
 * dropped, and a byte order mark at the start of the file left out of the first line, which then starts at column 2.
 * @module
 */

/** One line of a file. */
export interface TextLine {
  /** The line's text, without its line break (and without a leading byte order mark). */
  readonly text: string;
  /** 1-based line number. */
  readonly line: number;
  /** The column of the text's first character: 2 after a byte order mark, else 1. */
  readonly column: number;
}

/**
 * Every line of a text, the last one too when it has no line break.
 * @example
 * [...textLines('\uFEFFa\r\nb')]; // [{ text: 'a', line: 1, column: 2 }, { text: 'b', line: 2, column: 1 }]
 */
export function* textLines(text: string): Generator<TextLine> {
  let line = 0;
  let pos = 0;
  for (;;) {
    const nl = text.indexOf('\n', pos);
    const end = nl === -1 ? text.length : nl;
    line++;
    let raw = text.slice(pos, end);
    if (raw.endsWith('\r')) raw = raw.slice(0, -1);
    const bom = line === 1 && raw.charCodeAt(0) === 0xfeff;
    yield { text: bom ? raw.slice(1) : raw, line, column: bom ? 2 : 1 };
    if (nl === -1) return;
    pos = nl + 1;
  }
}
