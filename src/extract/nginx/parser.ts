/**
 * The nginx configuration parser: tokens (lexer.ts) into a tree of directives, as nginx's ngx_conf_parse reads them:
 *
 *   config    = { directive }
 *   directive = name { arg } ( ";" | "{" config "}" )
 *
 * nginx stops at the first error; this parser reports each problem with its place and goes on, so that one broken line
 * does not hide the settings after it:
 *   - a `}` or the end of the file before a directive's `;` ends the directive there (reported as a missing `;`);
 *   - a word that starts a new line and is a well-known directive name, while the previous directive still waits for its
 *     `;`, is taken as the start of the next directive (reported as a missing `;` after the previous one);
 *   - a `}` with no open block is reported and dropped; a block still open at the end of the file is reported at its name.
 * No recursion: a file of a million `{` is read with an explicit stack.
 * @module
 */
import type { Localized } from '../../catalog/types.js';
import { lexNginx, type NginxToken, type NginxWord, type SyntaxProblem } from './lexer.js';

/** One directive, with its block when it has one. */
export interface NginxDirective {
  readonly name: NginxWord;
  readonly args: readonly NginxWord[];
  readonly block?: readonly NginxDirective[];
}

/** At most this many problems are listed per file; the rest are counted in one last problem. */
export const MAX_PROBLEMS = 50;
/** Problems kept while parsing, before sorting and capping. */
const KEPT = 1000;

/**
 * Names of directives common enough that one found first on a line, while the previous directive waits for its `;`,
 * means that `;` was forgotten (a real argument list rarely goes on with such a word at the start of a line).
 */
const WELL_KNOWN = new Set([
  'ssl_protocols', 'ssl_ciphers', 'ssl_prefer_server_ciphers', 'ssl_ecdh_curve', 'ssl_conf_command', 'ssl_certificate',
  'ssl_certificate_key', 'ssl_dhparam', 'ssl_session_cache', 'ssl_session_timeout', 'ssl_session_tickets', 'ssl_stapling',
  'ssl_stapling_verify', 'ssl_trusted_certificate', 'ssl_client_certificate', 'ssl_verify_client', 'ssl_early_data', 'ssl',
  'listen', 'server_name', 'server', 'location', 'root', 'index', 'include', 'return', 'rewrite', 'proxy_pass',
  'proxy_set_header', 'add_header', 'access_log', 'error_log', 'http', 'stream', 'events', 'upstream', 'worker_processes',
  'worker_connections', 'user', 'pid', 'keepalive_timeout', 'sendfile', 'gzip', 'client_max_body_size', 'try_files',
  'fastcgi_pass', 'default_type', 'resolver', 'http2',
]);

/**
 * Parses nginx configuration text.
 * @example
 * const { directives } = parseNginx('http { server { listen 443 ssl; } }');
 * directives[0]!.block![0]!.name.text; // 'server'
 */
export function parseNginx(text: string): { directives: NginxDirective[]; problems: SyntaxProblem[] } {
  const { tokens, problems: lexProblems } = lexNginx(text);
  const problems: SyntaxProblem[] = lexProblems.slice(0, KEPT);
  let dropped = lexProblems.length - problems.length;
  // Garbage can hold a problem every few characters: only the first ones are kept, the rest counted.
  const report = (p: SyntaxProblem) => {
    if (problems.length < KEPT) problems.push(p);
    else dropped++;
  };

  interface Frame { readonly list: NginxDirective[]; readonly opener?: NginxWord }
  const root: NginxDirective[] = [];
  const stack: Frame[] = [{ list: root }];
  let words: NginxWord[] = [];
  const top = () => stack[stack.length - 1]!;
  const endDirective = () => {
    const [name, ...args] = words;
    if (name) top().list.push({ name, args });
    words = [];
  };
  const missingSemicolon = (last: NginxWord, name: NginxWord) => report({
    line: last.endLine, column: last.endColumn,
    message: { en: `missing ";" after the "${name.text}" directive`, ja: `「${name.text}」ディレクティブの後に「;」がない` },
  });

  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word') {
      const last = words[words.length - 1];
      if (last && words.length >= 2 && t.line > last.endLine && !t.quoted && WELL_KNOWN.has(t.text) && startsLine(tokens[k - 1], t)) {
        missingSemicolon(last, words[0]!);
        endDirective();
      }
      words.push(t);
      continue;
    }
    if (t.kind === ';') {
      if (!words.length) report({ line: t.line, column: t.column, message: { en: 'unexpected ";"', ja: '予期しない「;」' } });
      endDirective();
      continue;
    }
    if (t.kind === '{') {
      const [name, ...args] = words;
      words = [];
      const block: NginxDirective[] = [];
      if (name) top().list.push({ name, args, block });
      else report({ line: t.line, column: t.column, message: { en: 'unexpected "{" with no directive before it', ja: 'ディレクティブのない「{」' } });
      stack.push(name ? { list: block, opener: name } : { list: block });
      continue;
    }
    // '}'
    if (words.length) {
      missingSemicolon(words[words.length - 1]!, words[0]!);
      endDirective();
    }
    if (stack.length === 1) {
      report({ line: t.line, column: t.column, message: { en: 'unexpected "}": no block is open here', ja: '予期しない「}」：閉じるブロックがない' } });
      continue;
    }
    stack.pop();
  }
  if (words.length) {
    const last = words[words.length - 1]!;
    report({
      line: last.endLine, column: last.endColumn,
      message: { en: `unexpected end of file: missing ";" after the "${words[0]!.text}" directive`, ja: `ファイルが途中で終わっている：「${words[0]!.text}」の後に「;」がない` },
    });
    endDirective();
  }
  for (let s = stack.length - 1; s >= 1; s--) {
    const opener = stack[s]!.opener;
    if (!opener) continue;
    report({
      line: opener.line, column: opener.column,
      message: { en: `unexpected end of file: the "${opener.text}" block opened here is never closed with "}"`, ja: `ファイルが途中で終わっている：ここで開いた「${opener.text}」ブロックを閉じる「}」がない` },
    });
  }
  return { directives: root, problems: capped(problems, dropped) };
}

/** Whether a word is the first token of its line (the token before it ends on an earlier line). */
function startsLine(before: NginxToken | undefined, t: NginxWord): boolean {
  return !before || (before.kind === 'word' ? before.endLine : before.line) < t.line;
}

/** Problems sorted by place, at most MAX_PROBLEMS, then one that counts the rest. */
function capped(problems: SyntaxProblem[], dropped: number): SyntaxProblem[] {
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  if (problems.length <= MAX_PROBLEMS && dropped === 0) return problems;
  const rest = problems.length - Math.min(problems.length, MAX_PROBLEMS) + dropped;
  const last = problems[Math.min(problems.length, MAX_PROBLEMS) - 1]!;
  const more: Localized = { en: `and ${rest} more syntax problems after this one`, ja: `この後にも ${rest} 件の構文上の問題がある` };
  return [...problems.slice(0, MAX_PROBLEMS), { line: last.line, column: last.column, message: more }];
}
