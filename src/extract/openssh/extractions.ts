/**
 * From effective OpenSSH algorithm lists to the scan's extractions: one `usage` per algorithm name, at the token that put it
 * in the list, or (for a compiled-in default) at the modifier that kept it or at the top of the file, with words saying so;
 * one `parse-error` per problem. Extractors say what is used and where, never whether it is good.
 * @module
 */
import type { Localized } from '../../catalog/types.js';
import type { Extraction, Location } from '../../scan/types.js';
import { OPENSSH_LABEL, type AlgorithmKeyword } from './defaults.js';
import type { EffectiveList } from './effective.js';
import { fileLocation, type Problem, type SourceFile } from './source.js';

/** How the lists of one place are reported. */
export interface ListReport {
  readonly lists: readonly EffectiveList[];
  /** The block the lists belong to (`Match User backup`); absent for the global section. */
  readonly block?: string;
  /** The keywords of the program, for which defaults to report. */
  readonly keywords: readonly AlgorithmKeyword[];
  /** Report defaults of keywords nobody set (not for a fragment read alone, whose absent keywords the main file decides). */
  readonly defaults: boolean;
  /** The file defaults are reported at. */
  readonly file: SourceFile;
}

/**
 * The usage extractions of effective lists.
 * @example
 * listExtractions({ lists: analysis.global, keywords: SSHD_ALGORITHM_KEYWORDS, defaults: true, file: analysis.root });
 */
export function listExtractions(r: ListReport): Extraction[] {
  const out: Extraction[] = [];
  for (const list of r.lists) {
    const kw = r.keywords.find((k) => k.name === list.keyword);
    if (!list.setBy && (!r.defaults || !kw?.reportDefault)) continue;
    for (const n of list.names) {
      if (n.name === '') continue;
      const o = n.origin;
      if (o.kind === 'written') {
        out.push({
          kind: 'usage', input: n.name, subject: n.name, location: o.location, confidence: 'exact',
          context: writtenContext(list.keyword, r.block, o.pattern, o.note),
        });
      } else {
        const location: Location = o.location ?? fileLocation(r.file);
        out.push({
          kind: 'usage', input: n.name, subject: n.name, location, confidence: 'high',
          context: defaultContext(list.keyword, r.block, o.modifier),
        });
      }
    }
  }
  return out;
}

/**
 * The parse-error extractions of problems.
 * @example
 * problemExtractions(analysis.problems); // [{ kind: 'parse-error', message: { en: 'unknown keyword "Foo"; ...', ja: ... }, location }]
 */
export function problemExtractions(problems: readonly Problem[]): Extraction[] {
  return problems.map((p) => ({ kind: 'parse-error', message: p.message, location: p.location }));
}

function writtenContext(keyword: string, block: string | undefined, pattern: string | undefined, note: Localized | undefined): Localized {
  let en = block ? `${keyword} in ${block}` : keyword;
  let ja = block ? `${block} の ${keyword}` : keyword;
  if (pattern !== undefined) {
    en += `, matched by the pattern "${pattern}"`;
    ja += `、パターン「${pattern}」に一致`;
  }
  if (note) {
    en += `; ${note.en}`;
    ja += `。${note.ja}`;
  }
  return { en, ja };
}

function defaultContext(keyword: string, block: string | undefined, modifier: '+' | '-' | '^' | undefined): Localized {
  const where = block ? { en: ` in ${block}`, ja: `${block} の ` } : { en: '', ja: '' };
  const base: Localized = { en: `${OPENSSH_LABEL} default for ${keyword}${where.en}`, ja: `${where.ja}${keyword} の ${OPENSSH_LABEL} 既定値` };
  switch (modifier) {
    case '+':
      return { en: `${base.en}, kept by "+"`, ja: `${base.ja}、「+」で残るもの` };
    case '-':
      return { en: `${base.en}, left by "-"`, ja: `${base.ja}、「-」の後に残るもの` };
    case '^':
      return { en: `${base.en}, after the names "^" puts first`, ja: `${base.ja}、「^」で先頭に置いた名前の後のもの` };
    default:
      return base;
  }
}
