/**
 * Errors that end a run with exit code 2 (DESIGN.md: "2 usage, config or internal error"): the user's words were wrong,
 * or the config was. They carry the message already in the user's language, and the command to point --help at.
 * @module
 */
import { CryptrecError } from '../errors.js';

/**
 * A usage or config error: exit code 2, the message shown as it is.
 * @example
 * throw new UsageError('usage', messages(lang).invalidValue('--format', 'xml', ['text', 'json']), 'scan');
 */
export class UsageError extends CryptrecError {
  /** The command whose --help would help, if any. */
  readonly command?: string;

  constructor(code: 'usage' | 'config' | 'io', message: string, command?: string) {
    super(code, message);
    this.name = 'UsageError';
    if (command !== undefined) this.command = command;
  }
}
