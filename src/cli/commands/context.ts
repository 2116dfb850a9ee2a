/**
 * What every command gets: the io, file access, the checked options and its positional arguments. A command renders and
 * emits its report and returns the exit code; usage problems it finds are UsageErrors.
 * @module
 */
import type { CliIO, FileAccess } from '../io.js';
import type { RunOptions } from '../options.js';

export interface CommandContext {
  readonly io: CliIO;
  readonly fs: FileAccess;
  readonly opts: RunOptions;
  readonly args: readonly string[];
}
