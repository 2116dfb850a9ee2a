/**
 * Whether a source file is minified (a bundle, not code anyone wrote): the JavaScript and the heuristic source extractors
 * both leave such files out unless asked.
 * @module
 */

/** A line this long is not written by hand. */
const LONG_LINE = 2000;

/**
 * Whether a text looks minified: some line longer than 2000 characters and an average line longer than 200 (a hand-written
 * file with one long data line stays readable on average).
 * @example
 * looksMinified('var a=1;'.repeat(1000)); // true
 */
export function looksMinified(text: string): boolean {
  if (text.length < LONG_LINE) return false;
  let lines = 1;
  let longest = 0;
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    if (end - start > longest) longest = end - start;
    if (nl === -1) break;
    lines++;
    start = nl + 1;
  }
  return longest > LONG_LINE && text.length / lines > 200;
}
