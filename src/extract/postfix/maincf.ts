/**
 * The Postfix main.cf syntax (postconf(5), "DESCRIPTION"): `name = value` logical lines, a line that starts with
 * whitespace continuing the previous one, `#` comment lines (a `#` elsewhere is part of the value), the last setting of a
 * name winning, and `$name`, `${name}`, `$(name)`, `${name?value}`, `${name:value}` expansion of other parameters (whose
 * value is their main.cf setting, else their default).
 * @module
 */
import { textLines } from '../lines.js';
import type { Localized } from '../../catalog/types.js';
import type { Location } from '../../scan/types.js';

/** One parameter setting as written. */
export interface MainCfEntry {
  readonly name: string;
  readonly nameAt: Location;
  /** The value as written, continuation lines joined with a space, before expansion. */
  readonly raw: string;
  /** Where the value's first character is (for an empty value: after the `=`). */
  readonly at: Location;
  /** Whether the value lies on one line, so that offsets in `raw` are columns from `at`. */
  readonly oneLine: boolean;
}

/** A syntax problem. */
export interface MainCfProblem {
  readonly location: Location;
  readonly message: Localized;
}

/** A read main.cf. */
export interface MainCf {
  /** The last setting of each parameter. */
  readonly params: ReadonlyMap<string, MainCfEntry>;
  readonly problems: readonly MainCfProblem[];
}

/**
 * Reads a main.cf. Never throws.
 * @example
 * readMainCf('smtpd_tls_protocols = >=TLSv1.2\n', 'main.cf').params.get('smtpd_tls_protocols')?.raw; // '>=TLSv1.2'
 */
export function readMainCf(text: string, path: string): MainCf {
  const params = new Map<string, MainCfEntry>();
  const problems: MainCfProblem[] = [];
  let current: { name: string; nameAt: Location; raw: string; at: Location; oneLine: boolean } | undefined;
  const flush = () => {
    if (current) params.set(current.name, { ...current, raw: current.raw.trimEnd() });
    current = undefined;
  };
  for (const { text: line, line: lineNo, column } of textLines(text)) {
    const bom = column - 1;
    const body = line.trimStart();
    const indent = line.length - body.length;
    if (body === '' || body.startsWith('#')) continue;
    if (indent > 0) {
      if (current) {
        if (current.raw === '') {
          current.raw = body.trimEnd();
          current.at = { path, line: lineNo, column: indent + 1 + bom };
        } else {
          current.raw = `${current.raw.trimEnd()} ${body.trimEnd()}`;
          current.oneLine = false;
        }
      } else {
        problems.push({ location: { path, line: lineNo, column: indent + 1 + bom }, message: { en: 'a line that starts with whitespace continues a setting, but none comes before it', ja: '空白で始まる行は設定の続きだが、その前に設定がない' } });
      }
      continue;
    }
    flush();
    const m = /^([^=\s]+)\s*(=?)\s*/.exec(body);
    const name = m?.[1] ?? body;
    if (!m || m[2] !== '=') {
      problems.push({ location: { path, line: lineNo, column: 1 + bom }, message: { en: `"${clip(name)}" has no "=": Postfix stops with "missing '=' after attribute name"`, ja: `「${clip(name)}」に「=」がない。Postfix は「missing '=' after attribute name」で停止する` } });
    } else if (!/^[A-Za-z0-9_.-]+$/.test(name)) {
      problems.push({ location: { path, line: lineNo, column: 1 + bom }, message: { en: `"${clip(name)}" is not a parameter name`, ja: `「${clip(name)}」はパラメータ名ではない` } });
    } else {
      const valueStart = m[0].length;
      current = { name, nameAt: { path, line: lineNo, column: 1 + bom }, raw: body.slice(valueStart).trimEnd(), at: { path, line: lineNo, column: valueStart + 1 + bom }, oneLine: true };
    }
  }
  flush();
  return { params, problems };
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
