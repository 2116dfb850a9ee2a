/**
 * What the OpenSSH configuration readers need to know about the file they read: a subset of the scan's ExtractContext, so
 * that the library (`checkConfig(text, { format: 'sshd' })`) can call them with only a path.
 * @module
 */
import type { ExtractContext } from '../../scan/types.js';

/** The path findings show, and optionally where the file is and how to read the files its Include lines name. */
export interface OpenSshContext {
  /** The path findings show (relative to the scan root, forward slashes). */
  readonly path: string;
  /** The absolute path of the file, which decides where relative Include paths point (see source.ts). */
  readonly absolutePath?: string;
  /** Reads the files an Include names (synchronous); without it, Include lines are not followed. */
  readonly include?: ExtractContext['include'];
}
