/**
 * Where a report goes: stdout, or the --output file (then a one-line note on stderr, unless --quiet).
 * @module
 */
import { messages } from '../i18n/messages.js';
import type { CliIO, FileAccess } from './io.js';
import type { RunOptions } from './options.js';
import { UsageError } from './usage-error.js';

/**
 * Writes a report.
 * @example
 * await emit(io, fs, opts, renderScanText(report, opts));
 */
export async function emit(io: CliIO, fs: FileAccess, opts: RunOptions, text: string): Promise<void> {
  if (opts.output === undefined) {
    io.stdout.write(text);
    return;
  }
  await writeOrFail(fs, opts.output, text, opts);
  if (!opts.quiet) io.stderr.write(`${messages(opts.lang).wrote(opts.output)}\n`);
}

/**
 * Writes a file; failure is an `io` UsageError naming the file (exit code 2).
 * @example
 * await writeOrFail(fs, '/repo/cryptrec-baseline.json', text, opts);
 */
export async function writeOrFail(fs: FileAccess, file: string, text: string, opts: Pick<RunOptions, 'lang' | 'command'>): Promise<void> {
  try {
    await fs.writeFile(file, text);
  } catch (e) {
    throw new UsageError('io', messages(opts.lang).writeFailed(file, (e as NodeJS.ErrnoException).code ?? String(e)), opts.command);
  }
}
