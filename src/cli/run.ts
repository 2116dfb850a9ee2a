/**
 * run(argv, io) -> exit code: the whole CLI as a function (DESIGN.md, "the CLI is a function run(argv, io) tested without
 * a subprocess"). It reads the command line, finds the config, checks the options, runs the command, and turns every
 * failure into a message and an exit code: 0 nothing at or worse than --fail-on, 1 something is, 2 usage, config or
 * internal error. It never throws and never touches `process`.
 * @module
 */
import { resolve } from 'node:path';
import { HELP, LANGS, messages, type Lang } from '../i18n/messages.js';
import { style, useColor } from '../report/ansi.js';
import { COMMANDS, parseCommandLine, peekLang, type Command } from './args.js';
import { runCheck } from './commands/check.js';
import type { CommandContext } from './commands/context.js';
import { runDiff } from './commands/diff.js';
import { runExplain } from './commands/explain.js';
import { runLists } from './commands/lists.js';
import { runScan } from './commands/scan.js';
import { loadConfig } from './config.js';
import { files, isLang, localeLang, type CliIO } from './io.js';
import { resolveOptions } from './options.js';
import { TOOL } from './tool.js';
import { UsageError } from './usage-error.js';

const RUNNERS: Readonly<Record<Command, (ctx: CommandContext) => Promise<number>>> = {
  check: runCheck, scan: runScan, lists: runLists, diff: runDiff, explain: runExplain,
};

/**
 * Runs the CLI.
 * @example
 * const out: string[] = [];
 * const code = await run(['check', 'md5'], { stdout: { write: (s) => out.push(s) }, stderr: process.stderr, env: {}, cwd: '/tmp', isTTY: false });
 * // code === 1; out.join('') starts with 'md5: unlisted'
 */
export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  let lang: Lang = peekLang(argv) ?? localeLang(io.env);
  const err = style(useColor({ noColor: argv.includes('--no-color'), env: io.env, isTTY: io.stderrIsTTY ?? io.isTTY }));
  let command: Command | undefined;
  try {
    const parsed = parseCommandLine(argv, lang);
    command = parsed.command;
    const { flags } = parsed;
    if (flags.lang !== undefined) {
      if (!isLang(flags.lang)) throw new UsageError('usage', messages(lang).invalidValue('--lang', flags.lang, LANGS), command);
      lang = flags.lang;
    }
    if (flags.version) {
      io.stdout.write(`${TOOL.version}\n`);
      return 0;
    }
    if (command === undefined) {
      if (flags.help) {
        io.stdout.write(`${HELP.main[lang]}\n`);
        return 0;
      }
      io.stderr.write(`${HELP.main[lang]}\n\n`);
      throw new UsageError('usage', messages(lang).missingCommand(COMMANDS));
    }
    if (flags.help) {
      io.stdout.write(`${HELP[command][lang]}\n`);
      return 0;
    }
    const fs = files(io);
    const first = parsed.positionals[0];
    const start = command === 'scan' && first !== undefined ? resolve(io.cwd, first) : io.cwd;
    const config = await loadConfig(flags.config, start, fs, lang, io.cwd);
    if (flags.lang === undefined && config?.values.lang !== undefined) {
      const value = config.values.lang;
      if (!isLang(value)) throw new UsageError('config', messages(lang).invalidValue(messages(lang).configKey(config.file, 'lang'), value, LANGS), command);
      lang = value;
    }
    const opts = resolveOptions(command, flags, config, io, lang);
    return await RUNNERS[command]({ io, fs, opts, args: parsed.positionals });
  } catch (e) {
    const m = messages(lang);
    if (e instanceof UsageError) {
      io.stderr.write(`${err.red(`cryptrec: ${m.error}:`)} ${e.message}\n${err.dim(m.hintHelp(e.command))}\n`);
      return 2;
    }
    const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    io.stderr.write(`${err.red(`cryptrec: ${m.error}:`)} ${m.internalError(detail)}\n`);
    if (io.env.CRYPTREC_DEBUG && e instanceof Error && e.stack) io.stderr.write(`${e.stack}\n`);
    return 2;
  }
}
