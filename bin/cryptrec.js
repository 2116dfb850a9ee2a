#!/usr/bin/env node
// The only code of cryptrec that touches `process`: it hands the process's streams, environment and working directory to
// run() (src/cli/run.ts, built to dist/cli.js) and sets the exit code it returns (0, 1 or 2).
import { run } from '../dist/cli.js';

// A reader that goes away (`cryptrec scan . | head`) is not an error of ours.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e && e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  isTTY: Boolean(process.stdout.isTTY),
  stderrIsTTY: Boolean(process.stderr.isTTY),
});
