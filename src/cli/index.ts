/**
 * The CLI entry that tsup builds to dist/cli.js and dist/cli.cjs; bin/cryptrec.js calls run() with the process's values.
 * @module
 */
export { run } from './run.js';
export type { CliIO, WritableLike } from './io.js';
