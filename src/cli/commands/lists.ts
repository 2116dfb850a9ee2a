/**
 * `cryptrec lists`: the bundled list versions. Always exit code 0.
 * @module
 */
import { listVersions } from '../../catalog/versions.js';
import { renderListsText } from '../../report/lists.js';
import { emit } from '../output.js';
import { UsageError } from '../usage-error.js';
import { messages } from '../../i18n/messages.js';
import type { CommandContext } from './context.js';

/**
 * Runs `lists`.
 * @example
 * await runLists({ io, fs, opts, args: [] }); // 0
 */
export async function runLists({ io, fs, opts, args }: CommandContext): Promise<number> {
  if (args.length) throw new UsageError('usage', messages(opts.lang).tooManyArguments('lists', args), 'lists');
  const versions = listVersions();
  const text = opts.format === 'json' ? `${JSON.stringify({ versions }, null, 2)}\n` : renderListsText(versions, opts.lang, opts.color);
  await emit(io, fs, opts, text);
  return 0;
}
