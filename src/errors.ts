/**
 * The one error class of cryptrec. Every error carries a stable string `code` and, where the problem sits in a file or text,
 * its position (1-based line and column), in the manner of eemeli/yaml's YAMLError.
 * @module
 */

/** Where a problem sits. Lines and columns are 1-based. */
export interface SourcePosition {
  file?: string;
  line?: number;
  column?: number;
}

/**
 * An error with a stable `code` and an optional position.
 * @example
 * try { loadList('list: cryptrec\nversion: nope\n') }
 * catch (e) { if (e instanceof CryptrecError) console.log(e.code, e.line, e.column) } // 'invalid-version' 2 10
 */
export class CryptrecError extends Error {
  readonly code: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  /** Further problems found in the same input, when there was more than one. */
  readonly related: readonly CryptrecError[];

  constructor(code: string, message: string, position: SourcePosition = {}, related: readonly CryptrecError[] = []) {
    super(message);
    this.name = 'CryptrecError';
    this.code = code;
    if (position.file !== undefined) this.file = position.file;
    if (position.line !== undefined) this.line = position.line;
    if (position.column !== undefined) this.column = position.column;
    this.related = related;
  }

  /** `file:line:column: message [code]`, with the parts that are known. */
  override toString(): string {
    const where = [this.file, this.line, this.column].filter((p) => p !== undefined).join(':');
    return `${where ? `${where}: ` : ''}${this.message} [${this.code}]`;
  }
}
