/**
 * `cryptrec diff <from> <to>`: what moved between two list versions. Always exit code 0 when both versions exist.
 * @module
 */
import { getList, listVersions } from '../../catalog/versions.js';
import { messages } from '../../i18n/messages.js';
import { diff } from '../../catalog/diff.js';
import { renderDiffText } from '../../report/diff.js';
import { emit } from '../output.js';
import { UsageError } from '../usage-error.js';
import type { CommandContext } from './context.js';

/**
 * Runs `diff`.
 * @example
 * await runDiff({ io, fs, opts, args: ['2012', '2022.0'] }); // 0
 */
export async function runDiff({ io, fs, opts, args }: CommandContext): Promise<number> {
  const m = messages(opts.lang);
  const available = ['latest', ...listVersions().map((v) => v.version)];
  if (args.length < 2) throw new UsageError('usage', m.missingDiffVersions(available), 'diff');
  if (args.length > 2) throw new UsageError('usage', m.tooManyArguments('diff', args.slice(2)), 'diff');
  const [fromSel, toSel] = args as [string, string];
  const pick = (sel: string, name: string) => {
    try {
      return getList(sel);
    } catch {
      throw new UsageError('usage', m.invalidValue(name, sel, available), 'diff');
    }
  };
  const from = pick(fromSel, '<from>');
  const to = pick(toSel, '<to>');
  const d = diff(from, to);
  const text = opts.format === 'json' ? `${JSON.stringify(d, null, 2)}\n` : renderDiffText(d, from, to, opts.lang, opts.color);
  await emit(io, fs, opts, text);
  return 0;
}
