/**
 * `cryptrec explain <name>`: everything known about one name. Exit code 0: explaining is not judging (use check for that).
 * @module
 */
import { messages } from '../../i18n/messages.js';
import { explain } from '../../judge/explain.js';
import { renderExplainText } from '../../report/explain.js';
import { emit } from '../output.js';
import { UsageError } from '../usage-error.js';
import type { CommandContext } from './context.js';

/**
 * Runs `explain`.
 * @example
 * await runExplain({ io, fs, opts, args: ['3des'] }); // 0
 */
export async function runExplain({ io, fs, opts, args }: CommandContext): Promise<number> {
  const m = messages(opts.lang);
  if (args.length === 0) throw new UsageError('usage', m.missingExplainName, 'explain');
  if (args.length > 1) throw new UsageError('usage', m.tooManyArguments('explain', args.slice(1)), 'explain');
  const e = explain(args[0]!, { list: opts.list, at: opts.at, purpose: opts.purpose });
  const text = opts.format === 'json' ? `${JSON.stringify(e, null, 2)}\n` : renderExplainText(e, opts.lang, opts.color);
  await emit(io, fs, opts, text);
  return 0;
}
