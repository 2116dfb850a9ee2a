/**
 * The labels of the JavaScript corpus (test/fixtures/source/js): each labelled call site is a trailing comment
 * `// expect: <status> <input> [@anchor[#n]] ; ...` on the line where the finding must be. `status` is the verdict's status
 * (`recommended`, `candidate`, `monitored`, `unlisted`, `unknown`), or `dynamic` (rule dynamic-algorithm) or `parse-error`;
 * `input` is the text the finding reports; the column is that of the n-th occurrence (default first) of `anchor` (default:
 * the input) in the code before the comment. The corpus is scanned with these comments blanked out, so the extractor
 * never sees them.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';

export interface Label {
  readonly path: string;
  readonly line: number;
  /** Undefined for parse errors, which are matched by line. */
  readonly column?: number;
  readonly status: string;
  readonly input: string;
}

const MARK = /\/\/ expect:(.*)$/;

/** The labels of one file's text. */
export function labelsOf(text: string, path: string): Label[] {
  const out: Label[] = [];
  text.split('\n').forEach((lineText, i) => {
    const m = MARK.exec(lineText);
    if (!m) return;
    const code = lineText.slice(0, m.index);
    for (const raw of m[1]!.split(' ; ')) {
      const item = raw.trim();
      const space = item.indexOf(' ');
      const status = space === -1 ? item : item.slice(0, space);
      let rest = space === -1 ? '' : item.slice(space + 1);
      if (status === 'parse-error') {
        out.push({ path, line: i + 1, status, input: '' });
        continue;
      }
      let anchor = rest;
      let nth = 1;
      const at = rest.lastIndexOf(' @');
      if (at !== -1) {
        anchor = rest.slice(at + 2);
        rest = rest.slice(0, at);
        const hash = /#(\d+)$/.exec(anchor);
        if (hash) {
          nth = Number(hash[1]);
          anchor = anchor.slice(0, hash.index);
        }
      }
      let idx = -1;
      for (let k = 0; k < nth; k++) idx = code.indexOf(anchor, idx + 1);
      if (idx === -1) throw new Error(`${path}:${i + 1}: anchor "${anchor}" not found in the code of the line`);
      out.push({ path, line: i + 1, column: idx + 1, status, input: rest });
    }
  });
  return out;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out;
}

/** Copies a corpus to a temporary folder with every label comment blanked (same length, so columns stay), and its labels. */
export function preparedCorpus(root: string): { dir: string; labels: Label[]; files: number } {
  const dir = mkdtempSync(join(tmpdir(), 'cryptrec-js-corpus-'));
  cpSync(root, dir, { recursive: true });
  const labels: Label[] = [];
  let files = 0;
  for (const file of walk(dir)) {
    if (!/\.(?:[cm]?[jt]sx?)$/.test(file)) continue;
    const text = readFileSync(file, 'utf8');
    const path = relative(dir, file).split(sep).join('/');
    files++;
    labels.push(...labelsOf(text, path));
    if (MARK.test(text) || text.includes('// expect:')) {
      writeFileSync(file, text.split('\n').map((l) => l.replace(MARK, (s) => ' '.repeat(s.length))).join('\n'));
    }
  }
  return { dir, labels, files };
}
