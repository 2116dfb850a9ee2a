/**
 * `cryptrec scan [path...]`: scan files and trees, render the findings, optionally read and write a baseline. Exit code 1
 * when an unsuppressed finding is at or worse than --fail-on (unknown only with --strict); 0 after --write-baseline, since
 * the findings it records are accepted from then on.
 * @module
 */
import { CryptrecError } from '../../errors.js';
import { messages } from '../../i18n/messages.js';
import { renderScanJson } from '../../report/json.js';
import { renderMarkdown } from '../../report/markdown.js';
import { renderSarif } from '../../report/sarif.js';
import { findingFails } from '../../report/summary.js';
import { renderScanText } from '../../report/text.js';
import type { ScanReport } from '../../report/types.js';
import { baselineText, createBaseline, parseBaseline } from '../../scan/baseline.js';
import type { Baseline } from '../../scan/options.js';
import { scan } from '../../scan/scan.js';
import { isCI } from '../io.js';
import { emit, writeOrFail } from '../output.js';
import { progressBar } from '../progress.js';
import { TOOL } from '../tool.js';
import { UsageError } from '../usage-error.js';
import { reportList } from './check.js';
import type { CommandContext } from './context.js';

/**
 * Runs `scan`.
 * @example
 * await runScan({ io, fs, opts, args: ['examples'] }); // 1 when something is at or worse than --fail-on
 */
export async function runScan({ io, fs, opts, args }: CommandContext): Promise<number> {
  const m = messages(opts.lang);
  const baseline = opts.baseline !== undefined ? await readBaseline(fs, opts.baseline, opts) : undefined;
  const bar = progressBar({
    stderr: io.stderr,
    now: io.now ?? (() => performance.now()),
    lang: opts.lang,
    enabled: (io.stderrIsTTY ?? io.isTTY) && !isCI(io.env) && !opts.quiet,
  });
  let result;
  try {
    result = await scan(args.length ? args : ['.'], {
      cwd: io.cwd,
      list: opts.list,
      at: opts.at,
      purpose: opts.purpose,
      all: opts.all,
      ignore: opts.ignore,
      gitignore: opts.gitignore,
      includeNodeModules: opts.includeNodeModules,
      ...(opts.maxFileSize !== undefined ? { maxFileSize: opts.maxFileSize } : {}),
      lang: opts.lang,
      ...(baseline ? { baseline } : {}),
      onProgress: bar.update,
    });
  } finally {
    bar.finish();
  }

  const newer = reportList(opts.list).newerProvisional;
  const report: ScanReport = {
    tool: TOOL,
    list: { ...result.list, ...(newer ? { newerProvisional: newer } : {}) },
    at: opts.at,
    purpose: opts.purpose,
    findings: result.findings,
    warnings: result.warnings,
    files: result.files,
    skipped: result.skipped,
    durationMs: result.durationMs,
    root: io.cwd,
  };
  let text: string;
  switch (opts.format) {
    case 'json': text = renderScanJson(report, opts.lang); break;
    case 'sarif': text = renderSarif(report, opts.lang); break;
    case 'markdown': text = renderMarkdown(report, opts.lang); break;
    default: text = renderScanText(report, { lang: opts.lang, color: opts.color, failOn: opts.failOn, strict: opts.strict, quiet: opts.quiet });
  }
  await emit(io, fs, opts, text);

  if (opts.writeBaseline !== undefined) {
    const written = createBaseline(result.findings);
    await writeOrFail(fs, opts.writeBaseline, baselineText(written), opts);
    if (!opts.quiet) io.stderr.write(`${m.wroteBaseline(opts.writeBaseline, written.fingerprints.length)}\n`);
    return 0;
  }
  return result.findings.some((f) => findingFails(f, opts.failOn, opts.strict)) ? 1 : 0;
}

async function readBaseline(fs: CommandContext['fs'], file: string, opts: CommandContext['opts']): Promise<Baseline> {
  const m = messages(opts.lang);
  let text: string;
  try {
    text = await fs.readFile(file);
  } catch (e) {
    throw new UsageError('io', m.baselineError(`${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`), 'scan');
  }
  try {
    return parseBaseline(text, file);
  } catch (e) {
    if (e instanceof CryptrecError) throw new UsageError('config', m.baselineError(e.toString()), 'scan');
    throw e;
  }
}
