/**
 * `cryptrec lists` as text: the bundled versions of the list in a table (version, document, published, data confidence,
 * which one `latest` selects, which are provisional), in the manner of browserslist's list of known data.
 * @module
 */
import type { ListVersionInfo } from '../catalog/versions.js';
import { CONFIDENCE_TEXT, messages, type Lang } from '../i18n/messages.js';
import { style, table } from './ansi.js';

/**
 * The bundled list versions as a table.
 * @example
 * renderListsText(listVersions(), 'en', false);
 * // 'Bundled versions of the CRYPTREC Ciphers List\n\nversion   document ...'
 */
export function renderListsText(versions: readonly ListVersionInfo[], lang: Lang, color: boolean): string {
  const m = messages(lang);
  const s = style(color);
  const rows = [
    [m.colVersion, m.colDocument, m.colPublished, m.colConfidence, m.colLatest, m.colProvisional].map(s.bold),
    ...versions.map((v) => [
      v.latest ? s.green(v.version) : v.version,
      v.document,
      v.published,
      CONFIDENCE_TEXT[v.confidence]?.[lang] ?? v.confidence,
      v.latest ? m.yes : '',
      v.provisional ? s.yellow(m.yes) : '',
    ]),
  ];
  const latest = versions.find((v) => v.latest);
  return `${s.bold(m.listsTitle)}\n\n${table(rows)}\n${latest ? `\n${s.dim(m.latestNote(latest.version))}\n` : ''}`;
}
