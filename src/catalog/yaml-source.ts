/**
 * A YAML text parsed with positions kept, so that every problem found later can be reported at its line and column.
 * Built on eemeli/yaml's Document and LineCounter.
 * @module
 */
import { LineCounter, isNode, parseDocument, type Document } from 'yaml';
import { CryptrecError, type SourcePosition } from '../errors.js';

/** A parsed YAML text that can tell where any value in it sits. */
export interface YamlSource {
  readonly file: string | undefined;
  readonly value: unknown;
  /** Position of the value at `path` (or of its nearest existing parent). */
  positionOf(path: readonly (string | number)[]): SourcePosition;
}

/** The largest text accepted, so that a hostile input cannot exhaust memory. */
const MAX_TEXT_LENGTH = 16 * 1024 * 1024;

/**
 * Parses YAML text, keeping positions. Syntax errors are thrown as one CryptrecError (code `invalid-yaml`) with the first
 * problem's position, and the others in `related`.
 * @example
 * const src = parseYamlSource('a:\n  b: 1\n', 'x.yaml');
 * src.positionOf(['a', 'b']); // { file: 'x.yaml', line: 2, column: 6 }
 */
export function parseYamlSource(text: string, file?: string): YamlSource {
  if (typeof text !== 'string') throw new TypeError('text must be a string');
  if (text.length > MAX_TEXT_LENGTH) {
    throw new CryptrecError('too-large', `the text is ${text.length} characters; at most ${MAX_TEXT_LENGTH} are read`, { file });
  }
  const lineCounter = new LineCounter();
  // maxAliasCount guards against alias expansion bombs; uniqueKeys reports duplicate keys as errors.
  const doc: Document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  if (doc.errors.length > 0) {
    const all = doc.errors.map((e) => new CryptrecError('invalid-yaml', `invalid YAML: ${firstLine(e.message)}`, at(e.pos[0])));
    const [first, ...rest] = all as [CryptrecError, ...CryptrecError[]];
    throw new CryptrecError(first.code, first.message, first, rest);
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    throw new CryptrecError('invalid-yaml', `invalid YAML: ${firstLine(String((e as Error).message))}`, { file, line: 1, column: 1 });
  }
  return {
    file,
    value,
    positionOf(path) {
      for (let n = path.length; n >= 0; n--) {
        const node = doc.getIn(path.slice(0, n), true);
        if (isNode(node) && node.range) return at(node.range[0]);
      }
      return { file, line: 1, column: 1 };
    },
  };
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
