/**
 * The generic structured-config extractor (`generic-config`, confidence `heuristic`): in YAML (YAML 1.2, read with the
 * `yaml` package), JSON (RFC 8259, read here with comments and trailing commas allowed, as tsconfig-style files have them),
 * Java .properties, .env and INI-like files (.ini, .cfg, .conf, .cnf, .toml), it reports the string values of keys named
 * like an algorithm setting: the last word of the key is cipher(s), algorithm(s), alg, enc, hash, digest, mac(s), kex,
 * signature, sigalg(s), curve(s) or md, possibly followed by list/string/suite(s)/name/type/id/function/method
 * (`jwt.algorithm`, `CIPHER`, `hashAlgorithm`, `ssl_cipher_list`, `tls.cipherSuites`).
 *
 * Values that are obviously not algorithm names (paths, URLs, numbers, booleans, digests, empty) are left out; values set
 * at run time (`${VAR}`, `{{ .Values.x }}`) are `dynamic`. A list is split when the key is plural or the value has commas.
 *
 * It is a fallback: a file that a specific extractor (nginx, sshd ...) reads is left to that one. It never throws: a file
 * it cannot parse is one `parse-error` extraction with the position, and what was read before the error is kept.
 *
 * Speed: only files with a key that could matter are read at all (one regex over the text). YAML is read line by line
 * around those keys when the lines are plain block YAML, and by the full parser otherwise (flow collections over several
 * lines, block scalars, anchors, tags, escapes ...); a differential test holds the two to the same results. The line
 * reader does not check lines it has no reason to read, so a syntax error far from any such key goes unreported.
 * @module
 */
import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Node as YamlNode } from 'yaml';
import type { Localized } from '../catalog/types.js';
import type { Extraction, Extractor, Location } from '../scan/types.js';

/** The file formats this extractor reads. */
export type ConfigFormat = 'yaml' | 'json' | 'properties' | 'env' | 'ini';

const ID = 'generic-config';

/**
 * The format of a file, by its name, or undefined when this extractor does not read it.
 * @example
 * configFormat('config/app.yml'); // 'yaml'
 * configFormat('.env.local');     // 'env'
 * configFormat('src/app.ts');     // undefined
 */
export function configFormat(path: string): ConfigFormat | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  if (name === '.env' || name.startsWith('.env.')) return 'env';
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return undefined;
  switch (name.slice(dot + 1)) {
    case 'yml': case 'yaml': return 'yaml';
    case 'json': case 'jsonc': return LOCKFILES.has(name) ? undefined : 'json';
    case 'properties': return 'properties';
    case 'env': return 'env';
    case 'ini': case 'cfg': case 'conf': case 'cnf': case 'toml': return 'ini';
    default: return undefined;
  }
}
/** Lock files hold integrity hashes of packages, never settings. */
const LOCKFILES = new Set(['package-lock.json', 'npm-shrinkwrap.json']);

/** The generic-config extractor. */
export const genericConfig: Extractor = {
  id: ID,
  fallback: true,
  matches: (path) => configFormat(path) !== undefined,
  extract: (content, ctx) => extractConfig(typeof content === 'string' ? content : new TextDecoder().decode(content), ctx.path),
};

// ---------------------------------------------------------------------------------------------------------------------
// Keys

/** Words that name an algorithm setting, and whether they name a list. */
const WORDS: ReadonlyMap<string, boolean> = new Map([
  ['cipher', false], ['ciphers', true], ['algorithm', false], ['algorithms', true], ['alg', false], ['algs', true],
  ['enc', false], ['hash', false], ['hashes', true], ['digest', false], ['digests', true], ['mac', false], ['macs', true],
  ['kex', false], ['signature', false], ['signatures', true], ['sigalg', false], ['sigalgs', true], ['curve', false],
  ['curves', true], ['md', false], ['ciphersuite', false], ['ciphersuites', true],
]);
/** Endings of a key written as one word (`hashalgorithm`, `KexAlgorithms`, `ciphersuites`), longest first. */
const ENDINGS: readonly [string, boolean][] = [
  ['ciphersuites', true], ['ciphersuite', false], ['algorithms', true], ['algorithm', false], ['ciphers', true],
  ['cipher', false], ['sigalgs', true], ['sigalg', false], ['digest', false],
];
/** Words after the setting's word that keep its meaning (`cipher_list`, `hash_type`), and whether they make it a list. */
const SUFFIXES: ReadonlyMap<string, boolean> = new Map([
  ['list', true], ['lists', true], ['string', true], ['suite', false], ['suites', true], ['name', false], ['names', true],
  ['type', false], ['types', true], ['id', false], ['ids', true], ['function', false], ['method', false], ['methods', true],
]);

/** What a key says: that it names an algorithm setting, and whether a list. */
export interface KeyInfo {
  readonly plural: boolean;
}

function wordInfo(word: string): boolean | undefined {
  const direct = WORDS.get(word);
  if (direct !== undefined) return direct;
  for (const [ending, plural] of ENDINGS) if (word.length > ending.length && word.endsWith(ending)) return plural;
  return undefined;
}

function camelWords(segment: string): string[] {
  if (/^[A-Z0-9]+s$/.test(segment)) return [segment.toLowerCase()]; // MACs, KEXs
  return segment.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2').toLowerCase().split(' ');
}

/**
 * Whether a key names an algorithm setting (case- and separator-insensitive, by its last word).
 * @example
 * keyInfo('jwt.algorithm');  // { plural: false }
 * keyInfo('KexAlgorithms');  // { plural: true }
 * keyInfo('ssl_cipher_list'); // { plural: true }
 * keyInfo('encoding');       // undefined
 */
export function keyInfo(key: string): KeyInfo | undefined {
  // Most keys of a config file name nothing cryptographic: one regex test settles them, and keys repeat, so answers are kept.
  if (!KEY_WORD.test(key)) return undefined;
  const known = keyCache.get(key);
  if (known !== undefined) return known ?? undefined;
  const info = readKey(key);
  if (keyCache.size >= 10_000) keyCache.clear();
  keyCache.set(key, info ?? null);
  return info;
}
const KEY_WORD = /ciph|alg|enc|hash|dig|mac|kex|sig|curve|md/i;
const keyCache = new Map<string, KeyInfo | null>();

function readKey(key: string): KeyInfo | undefined {
  const segments = key.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const last = segments[segments.length - 1];
  if (last === undefined) return undefined;
  const whole = wordInfo(last.toLowerCase());
  if (whole !== undefined) return { plural: whole };
  const words = [...segments.slice(0, -1).map((s) => s.toLowerCase()), ...camelWords(last)];
  const word = words[words.length - 1]!;
  const own = WORDS.get(word);
  if (own !== undefined) return { plural: own };
  const suffix = SUFFIXES.get(word);
  const before = words[words.length - 2];
  if (suffix !== undefined && before !== undefined) {
    const base = wordInfo(before) ?? wordInfo(camelWords(before).pop() ?? '');
    if (base !== undefined) return { plural: base || suffix };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------------
// Values

const DYNAMIC = /\$\{[^}]*\}|^\$[A-Za-z_]\w*$|\{\{.*?\}\}|\{%.*?%\}|%\([^)]+\)[sd]|#\{[^}]*\}|<%.*?%>|^@[A-Za-z_]\w*@$|\$\([^)]*\)/;
const NOT_A_NAME: readonly RegExp[] = [
  /^(?:true|false|yes|no|on|off|null|nil|~|undefined|default|auto|enabled?|disabled?)$/i,
  /^[+-]?(?:\d[\d_]*)(?:\.\d+)?(?:e[+-]?\d+)?$/i, // numbers
  /^0x[0-9a-f]+$/i,
  /^[a-z][a-z0-9+.-]*:\/\//i, // URLs
  /^(?:\/|\.{1,2}\/|~\/|[A-Za-z]:[\\/])/, // paths
  /\\/,
  /\.(?:pem|crt|cer|key|der|p12|pfx|jks|keystore|json|ya?ml|txt|conf|cfg|ini|js|ts|py|rb|sh|log)$/i, // file names
  /^[0-9a-f]{12,}$/i, // digests and ids
  /^(?:sha(?:256|384|512)-)?[A-Za-z0-9+/]{24,}={0,2}$/, // base64 digests, keys and subresource integrity values
  /^(?:[0-9a-f]{2}[:-]){5}[0-9a-f]{2}$/i, // MAC addresses
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, // UUIDs
  /^[^@\s]+@[^@\s]+\.[^@\s]+$/, // e-mail addresses
];
const NAME_LIKE = /^[A-Za-z0-9][A-Za-z0-9_.+\-/ ()@=]*$/;

/** A value piece: a name to judge, a value set at run time, or nothing to report. */
export type ValueKind = 'name' | 'dynamic' | 'skip';

/**
 * What a value (or one item of a list) is.
 * @example
 * valueKind('des-ede3-cbc');  // 'name'
 * valueKind('${JWT_ALG}');    // 'dynamic'
 * valueKind('/etc/ssl/x.pem'); // 'skip'
 */
export function valueKind(value: string): ValueKind {
  const v = value.trim();
  if (v === '') return 'skip';
  if (DYNAMIC.test(v)) return 'dynamic';
  if (v.length > 80 || !/[A-Za-z]/.test(v) || !NAME_LIKE.test(v)) return 'skip';
  for (const re of NOT_A_NAME) if (re.test(v)) return 'skip';
  return 'name';
}

/** One piece of a value with its offset in the value's text. */
interface Piece {
  readonly text: string;
  readonly offset: number;
}

/**
 * The pieces of a value: one, or for a list (a plural key, or a value with commas) the items split on commas, else on
 * colons, else on whitespace. Items that take an algorithm away (`!MD5`, `-3des-cbc`) or are directives (`@STRENGTH`) are
 * left out; a `+` or `^` in front (ssh's append and prepend) is dropped.
 */
export function valuePieces(value: string, plural: boolean): Piece[] {
  const out: Piece[] = [];
  const push = (text: string, offset: number) => {
    const lead = text.length - text.trimStart().length;
    let t = text.trim();
    let o = offset + lead;
    if (t.startsWith('!') || t.startsWith('@') || (t.startsWith('-') && plural)) return;
    while (t.startsWith('+') || t.startsWith('^')) {
      t = t.slice(1);
      o++;
    }
    // OpenSSL directives after a name: DEFAULT@SECLEVEL=2
    t = t.replace(/@[A-Z]+(?:=\S*)?$/, '');
    if (t) out.push({ text: t, offset: o });
  };
  if (!plural && !value.includes(',')) {
    push(value, 0);
    return out;
  }
  const re = value.includes(',') ? /[^,]+/g : value.includes(':') ? /[^:]+/g : /\S\s+\S/.test(value) ? /\S+/g : undefined;
  if (re === undefined) {
    push(value, 0);
    return out;
  }
  for (const m of value.matchAll(re)) push(m[0], m.index);
  return out;
}

// ---------------------------------------------------------------------------------------------------------------------
// Positions

/** Lines of a text, found once. */
class LineTable {
  readonly starts: number[] = [0];
  /** Lines the YAML line reader may still look at before it gives the file to the parser. */
  budget: number;
  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
    this.budget = 4 * this.starts.length + 2000;
  }
  get count(): number {
    return this.starts.length;
  }
  line(n: number): string {
    const start = this.starts[n]!;
    const next = this.starts[n + 1];
    const end = next === undefined ? this.text.length : next - 1;
    return this.text.charCodeAt(end - 1) === 13 ? this.text.slice(start, end - 1) : this.text.slice(start, end);
  }
  /** The 0-based line of an offset. */
  indexOf(offset: number): number {
    const s = this.starts;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  /** 1-based line and column of an offset. */
  at(offset: number): { line: number; column: number } {
    const n = this.indexOf(offset);
    return { line: n + 1, column: offset - this.starts[n]! + 1 };
  }
}

/** Collects extractions for one file. */
class Collector {
  readonly out: Extraction[] = [];
  private table: LineTable | undefined;
  constructor(readonly text: string, readonly path: string, table?: LineTable) {
    this.table = table;
  }

  /** The line table, made when the first position is needed (most files have none to give). */
  get lines(): LineTable {
    return (this.table ??= new LineTable(this.text));
  }

  location(offset: number, length: number): Location {
    const start = this.lines.at(offset);
    return { path: this.path, line: start.line, column: start.column, endLine: start.line, endColumn: start.column + length };
  }

  /**
   * Reports a value of a key. `source` is where the value's text starts in the file; `exact` says it is written there as
   * is (no escapes or folding), so pieces are placed by their offsets; otherwise they are looked for between `source` and
   * `end`. The location's end column is exclusive, as in SARIF.
   */
  value(keyPath: string, info: KeyInfo, value: string, source: number, exact: boolean, end = source + value.length): void {
    const context = keyContext(keyPath);
    if (valueKind(value) === 'dynamic') {
      this.out.push({ kind: 'dynamic', input: value.trim(), location: this.location(source, value.length), context });
      return;
    }
    let cursor = source;
    for (const piece of valuePieces(value, info.plural)) {
      const kind = valueKind(piece.text);
      if (kind === 'skip') continue;
      let at = exact ? source + piece.offset : this.text.indexOf(piece.text, cursor);
      if (at === -1 || at > end) at = source;
      else cursor = at + piece.text.length;
      const location = this.location(at, piece.text.length);
      this.out.push(kind === 'dynamic'
        ? { kind: 'dynamic', input: piece.text, location, context }
        : { kind: 'usage', input: piece.text, subject: piece.text, location, confidence: 'heuristic', context });
    }
  }

  parseError(offset: number, message: Localized): void {
    const { line, column } = this.lines.at(Math.max(0, Math.min(offset, this.text.length)));
    this.out.push({ kind: 'parse-error', message, location: { path: this.path, line, column } });
  }
}

function keyContext(keyPath: string): Localized {
  return { en: `key ${keyPath}`, ja: `キー ${keyPath}` };
}

// ---------------------------------------------------------------------------------------------------------------------
// The extractor

/** Cheap test before any parsing: is there a key that could be an algorithm setting at all? */
const MAYBE = /(?:ciph|alg|enc|hash|digest|mac|kex|sig|curve|md)[A-Za-z0-9_.-]{0,24}["']?\s*[:=]/i;
const MAYBE_PROPERTIES = /(?:ciph|alg|enc|hash|digest|mac|kex|sig|curve|md)[A-Za-z0-9_.-]{0,24}[\s:=]/i;
// Global twins for finding every candidate line; their lastIndex is reset before each use (no await in between).
const MAYBE_ALL = new RegExp(MAYBE.source, 'gi');
const MAYBE_PROPERTIES_ALL = new RegExp(MAYBE_PROPERTIES.source, 'gi');

/**
 * The extractions of one config file. Never throws.
 * @example
 * extractConfig('jwt:\n  algorithm: HS256\n', 'config/app.yml');
 * // [{ kind: 'usage', input: 'HS256', subject: 'HS256', location: { path: 'config/app.yml', line: 2, column: 14, ... }, ... }]
 */
export function extractConfig(text: string, path: string, format: ConfigFormat | undefined = configFormat(path)): Extraction[] {
  if (format === undefined) return [];
  // JSON is parsed whole, so it is first asked whether it has a key worth it; the other readers look for such keys anyway.
  if (format === 'json' && !MAYBE.test(text)) return [];
  const c = new Collector(text, path);
  try {
    switch (format) {
      case 'yaml': readYaml(c); break;
      case 'json': readJson(c); break;
      default: readLines(c, format);
    }
  } catch (e) {
    // A bug here must not end the scan: say where we were, keep what was found.
    c.parseError(0, { en: `internal error: ${(e as Error).message}`, ja: `内部エラー：${(e as Error).message}` });
  }
  return c.out;
}

// ---------------------------------------------------------------------------------------------------------------------
// YAML

const MAX_DEPTH = 500;

function readYaml(c: Collector): void {
  // Most files are plain block YAML around the lines that matter: those are read line by line, which is many times faster
  // than composing the whole document. Anything the line reader is not sure of goes to the full parser.
  const fast = readYamlLines(c.text, c.path);
  if (fast) {
    c.out.push(...fast);
    return;
  }
  readYamlFully(c);
}

/**
 * The extractions of a YAML text read with the full parser (what the line reader must agree with).
 * @example
 * extractYamlFully('hash: md5\n', 'a.yml'); // [{ kind: 'usage', input: 'md5', ... }]
 */
export function extractYamlFully(text: string, path: string): Extraction[] {
  const c = new Collector(text, path);
  readYamlFully(c);
  return c.out;
}

function readYamlFully(c: Collector): void {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(c.text, { lineCounter, uniqueKeys: false, strict: false, prettyErrors: false });
  let reported = false;
  for (const doc of docs) {
    const error = doc.errors[0];
    if (error && !reported) {
      reported = true;
      c.parseError(error.pos[0], { en: `YAML: ${firstLine(error.message)}`, ja: `YAML の構文エラー：${firstLine(error.message)}` });
    }
    if (doc.contents) walkYaml(c, doc.contents, [], undefined, 0);
  }
}

function walkYaml(c: Collector, node: YamlNode, keys: string[], info: KeyInfo | undefined, depth: number): void {
  if (depth > MAX_DEPTH) return;
  if (isMap(node)) {
    const range = node.range;
    if (info && range && c.text.startsWith('{{', range[0])) {
      // A template (Helm, Jinja) read as a flow mapping: the value is set when the template is rendered.
      const text = c.text.slice(range[0], range[1]).trim();
      c.out.push({ kind: 'dynamic', input: text, location: c.location(range[0], text.length), context: keyContext(keys.join('.')) });
      return;
    }
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key === '<<' || !pair.value) continue;
      const k = key ?? '?';
      walkYaml(c, pair.value as YamlNode, [...keys, k], key === undefined ? undefined : keyInfo(key), depth + 1);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) {
      if (isScalar(item) || isMap(item) || isSeq(item)) walkYaml(c, item, keys, isScalar(item) && info ? { plural: true } : undefined, depth + 1);
    }
  } else if (isScalar(node) && info && typeof node.value === 'string' && node.range) {
    const [start, end] = node.range;
    const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
    const plain = node.type === 'PLAIN' && c.text.slice(start, end) === node.value;
    c.value(keys.join('.'), info, node.value, quoted ? start + 1 : start, plain, end);
  }
}

/**
 * A line of block YAML holding a key: indent, sequence dashes, the key (double-quoted, single-quoted or plain) and the
 * rest after `: `. Keys with flow indicators, anchors, tags or `? ` are left to the full parser.
 */
const YAML_KEY = /^( *)((?:- +)*)(?:"([^"\\]*)"|'([^']*)'|([^\s#"'[\]{},&*!|>%@`?-][^#]*?|-[^\s#][^#]*?))[ \t]*:(?:[ \t]+(.*?))?[ \t]*$/;
const MAX_FAST_CANDIDATES = 200;

/**
 * The extractions of a YAML text read line by line, or undefined when some line that matters is not plain block YAML
 * (flow collections over several lines, block scalars, anchors, tags, escapes, tabs, multi-line scalars ...).
 * Gives what the full parser gives for the files it accepts (a differential test holds it to that).
 */
export function readYamlLines(text: string, path: string): Extraction[] | undefined {
  const candidates = MAYBE_ALL;
  candidates.lastIndex = 0;
  if (!candidates.test(text)) return [];
  candidates.lastIndex = 0;
  const table = new LineTable(text);
  const c = new Collector(text, path, table);
  let seen = 0;
  let lastLine = -1;
  for (let m = candidates.exec(text); m; m = candidates.exec(text)) {
    const n = table.indexOf(m.index);
    const next = table.starts[n + 1];
    candidates.lastIndex = next ?? text.length;
    if (n === lastLine) continue;
    lastLine = n;
    if (++seen > MAX_FAST_CANDIDATES) return undefined;
    const line = table.line(n);
    const trimmed = line.trimStart();
    if (trimmed.startsWith('#')) continue;
    if (line.startsWith('\t') || (n === 0 && line.charCodeAt(0) === 0xfeff)) return undefined;
    const k = YAML_KEY.exec(line);
    if (!k) return undefined;
    const key = k[3] ?? k[4] ?? k[5]!;
    const value = k[6] ?? '';
    const info = keyInfo(key);
    if (!info) {
      // The name was in the value: only flow collections can hold keys there.
      if (/[[{]/.test(value) && !value.startsWith('{{')) return undefined;
      continue;
    }
    const parents = yamlParents(table, n, k[1]!.length, k[2] !== '');
    if (parents === undefined) return undefined;
    if (parents === 'text') continue;
    if (!yamlValue(c, table, n, line, k, [...parents, key].join('.'), info)) return undefined;
  }
  return c.out;
}

/**
 * The keys of the mappings that hold the key on line `n` (indented by `indent`, after sequence dashes when `inSequence`),
 * from the top; 'text' when the line is inside a block scalar; undefined when the structure above is not plain block YAML.
 */
function yamlParents(table: LineTable, n: number, indent: number, inSequence: boolean): string[] | 'text' | undefined {
  const keys: string[] = [];
  // Walking up is bounded over the whole file, so a pathological file goes to the parser rather than taking quadratic time.
  if ((table.budget -= 1) < 0) return undefined;
  let col = indent;
  // The indent of a block sequence we are in: its key may sit at the same indent (`key:\n- item`).
  let seqAt = inSequence ? indent : -1;
  for (let i = n - 1; i >= 0 && (col > 0 || seqAt === 0); i--) {
    if ((table.budget -= 1) < 0) return undefined;
    const line = table.line(i);
    const trimmed = line.trimStart();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    if (line.startsWith('\t')) return undefined;
    const lineIndent = line.length - trimmed.length;
    if (lineIndent > col || (lineIndent === col && lineIndent !== seqAt)) continue;
    if (trimmed.startsWith('---') || trimmed.startsWith('...')) return undefined;
    const k = YAML_KEY.exec(line);
    const dashes = k ? k[2]! : (/^(?:- *)+$/.test(trimmed) ? trimmed : undefined);
    if (lineIndent === col && lineIndent === seqAt) {
      if (dashes) continue; // an earlier item of the same sequence
      seqAt = -1; // the key that holds the sequence, or something the line reader does not know
    }
    if (!k) {
      if (dashes === undefined) return undefined;
      col = lineIndent;
      seqAt = lineIndent;
      continue;
    }
    const keyColumn = lineIndent + k[2]!.length;
    if (keyColumn === col && k[2] && lineIndent < col) {
      // `- other: x` where our key is another key of the same item's mapping
      col = lineIndent;
      seqAt = lineIndent;
      continue;
    }
    if (keyColumn > col || (keyColumn === col && lineIndent !== col)) return undefined;
    const value = stripComment(k[6] ?? '');
    if (/^[|>]/.test(value)) return 'text';
    if (value !== '' && !/^&\S+$/.test(value)) return undefined;
    keys.unshift(k[3] ?? k[4] ?? k[5]!);
    col = lineIndent;
    seqAt = k[2] ? lineIndent : -1;
  }
  return keys;
}

function stripComment(value: string): string {
  const hash = value.search(/(?:^|[ \t])#/);
  return (hash === -1 ? value : value.slice(0, hash)).trimEnd();
}

/** Reports the value of a key line; false when the value is not one the line reader is sure of. */
function yamlValue(c: Collector, table: LineTable, n: number, line: string, k: RegExpExecArray, keyPath: string, info: KeyInfo): boolean {
  const lineStart = table.starts[n]!;
  const keyColumn = k[1]!.length + k[2]!.length;
  const raw = k[6] ?? '';
  // Where the value starts on the line: the matched text ends with the value and optional trailing blanks.
  const valueAt = raw === '' ? line.length : line.lastIndexOf(raw, k[0].length);
  const offset = lineStart + valueAt;
  const first = raw[0];
  // A block value belongs to the key's column, not the line's indent: after `- - key:` a line `- x` at column 0 is the
  // outer sequence's next item, not this key's value.
  if (raw === '' || first === '#' || /^&\S+$/.test(stripComment(raw))) return yamlBlockSequence(c, table, n, keyColumn, keyPath);
  if (first === '"' || first === "'") {
    const close = raw.indexOf(first, 1);
    if (close === -1) return false;
    const inner = raw.slice(1, close);
    if ((first === '"' && inner.includes('\\')) || (first === "'" && raw[close + 1] === "'")) return false;
    if (stripComment(raw.slice(close + 1)) !== '') return false;
    c.value(keyPath, info, inner, offset + 1, true);
    return nextIsNotContinuation(table, n, keyColumn);
  }
  if (first === '[') {
    const body = stripComment(raw);
    if (!body.endsWith(']') || /[[\]{}]/.test(body.slice(1, -1))) return false;
    return yamlFlowItems(c, keyPath, body.slice(1, -1), offset + 1) && nextIsNotContinuation(table, n, keyColumn);
  }
  if (first === '{') {
    if (!raw.startsWith('{{')) return false;
    const body = stripComment(raw);
    if (!body.endsWith('}}')) return false;
    c.out.push({ kind: 'dynamic', input: body, location: c.location(offset, body.length), context: keyContext(keyPath) });
    return nextIsNotContinuation(table, n, keyColumn);
  }
  if ('&*!|>%@`'.includes(first!)) return false;
  const value = stripComment(raw);
  if (/: |:$/.test(value) || value === '') return false;
  if (!isYamlNonString(value)) c.value(keyPath, info, value, offset, true);
  return nextIsNotContinuation(table, n, keyColumn);
}

/** False when the next line continues a multi-line plain scalar (deeper, and not a key or a sequence item). */
function nextIsNotContinuation(table: LineTable, n: number, indent: number): boolean {
  for (let i = n + 1; i < table.count; i++) {
    const next = table.line(i);
    const trimmed = next.trimStart();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    return next.length - trimmed.length <= indent;
  }
  return true;
}

/** Whether a line that ends a block is one the line reader knows: a key, a sequence item or a document marker. */
function endsBlock(line: string, trimmed: string): boolean {
  return YAML_KEY.test(line) || /^(?:-(?: |$)|---|\.\.\.)/.test(trimmed);
}

/** Items of a one-line flow sequence `[a, "b", c]`. */
function yamlFlowItems(c: Collector, keyPath: string, body: string, offset: number): boolean {
  for (const m of body.matchAll(/[^,]+/g)) {
    const item = m[0];
    const t = item.trim();
    if (t === '') continue;
    const at = offset + m.index + item.indexOf(t);
    if (t[0] === '"' || t[0] === "'") {
      if (t.length < 2 || t[t.length - 1] !== t[0] || t.slice(1, -1).includes(t[0]) || t.includes('\\')) return false;
      c.value(keyPath, { plural: true }, t.slice(1, -1), at + 1, true);
    } else {
      if (/^[&*!|>%@`?:#-]/.test(t) && !/^-[^\s]/.test(t)) return false;
      if (t.includes(': ') || t.includes('#')) return false;
      if (isYamlNonString(t)) continue;
      c.value(keyPath, { plural: true }, t, at, true);
    }
  }
  return true;
}

/** Plain scalars that the YAML 1.2 core schema reads as null, booleans or numbers (case-blind: valueKind skips the rest). */
function isYamlNonString(t: string): boolean {
  return /^(?:true|false|null|~|[-+]?(?:\.inf|\.nan|\.\d+|\d+(?:\.\d*)?)(?:e[-+]?\d+)?|0x[0-9a-f]+|0o[0-7]+)$/i.test(t);
}

/** The items of a block sequence under a key with no value on its line, or nothing when what follows is a mapping. */
function yamlBlockSequence(c: Collector, table: LineTable, n: number, keyIndent: number, keyPath: string): boolean {
  let itemIndent = -1;
  for (let i = n + 1; i < table.count; i++) {
    const line = table.line(i);
    const trimmed = line.trimStart();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    if (line.startsWith('\t')) return false;
    const indent = line.length - trimmed.length;
    const dash = trimmed === '-' || trimmed.startsWith('- ');
    if (itemIndent === -1) {
      if (indent < keyIndent || (indent === keyIndent && !dash)) return endsBlock(line, trimmed); // no value at all
      if (!dash) return indent > keyIndent && YAML_KEY.test(line) ? true : false; // a mapping (its keys are read on their own), else unsure
      itemIndent = indent;
    }
    if (indent < itemIndent || (indent === itemIndent && !dash)) return endsBlock(line, trimmed);
    if (indent > itemIndent || !dash) return false; // an item over several lines
    const item = trimmed.slice(1).trim();
    const at = table.starts[i]! + line.length - trimmed.length + trimmed.indexOf(item, 1);
    if (item === '' || item.startsWith('#')) return false;
    if (item[0] === '"' || item[0] === "'") {
      const close = item.indexOf(item[0], 1);
      if (close === -1 || item.includes('\\') || item[close + 1] === item[0] || stripComment(item.slice(close + 1)) !== '') return false;
      c.value(keyPath, { plural: true }, item.slice(1, close), at + 1, true);
      continue;
    }
    if (/^[[\]{}&*!|>%@`?]/.test(item) || item.startsWith('- ') || item === '-') return false;
    const value = stripComment(item);
    if (/: |:$/.test(value)) return false; // a mapping inside the item: left to the full parser
    if (isYamlNonString(value)) continue;
    c.value(keyPath, { plural: true }, value, at, true);
  }
  return true;
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.trim();
}

// ---------------------------------------------------------------------------------------------------------------------
// JSON (with comments and trailing commas, as JSONC)

class JsonError extends Error {
  constructor(readonly offset: number, readonly problem: Localized) {
    super(problem.en);
  }
}

function readJson(c: Collector): void {
  const r = new JsonReader(c);
  try {
    r.document();
  } catch (e) {
    if (!(e instanceof JsonError)) throw e;
    c.parseError(e.offset, { en: `JSON: ${e.problem.en}`, ja: `JSON の構文エラー：${e.problem.ja}` });
  }
}

class JsonReader {
  private i = 0;
  private readonly s: string;
  private readonly keys: string[] = [];
  constructor(private readonly c: Collector) {
    this.s = c.text;
    if (this.s.charCodeAt(0) === 0xfeff) this.i = 1;
  }

  document(): void {
    this.ws();
    if (this.i >= this.s.length) return; // an empty file is no config, not an error
    this.value(undefined, 0);
    this.ws();
    if (this.i < this.s.length) this.fail(unexpected(this.s[this.i]!));
  }

  private fail(problem: Localized): never {
    throw new JsonError(this.i, problem);
  }

  private ws(): void {
    const s = this.s;
    for (;;) {
      const ch = s.charCodeAt(this.i);
      if (ch === 32 || ch === 10 || ch === 13 || ch === 9 || ch === 0xfeff) this.i++;
      else if (ch === 47 && s.charCodeAt(this.i + 1) === 47) {
        const nl = s.indexOf('\n', this.i);
        this.i = nl === -1 ? s.length : nl + 1;
      } else if (ch === 47 && s.charCodeAt(this.i + 1) === 42) {
        const close = s.indexOf('*/', this.i + 2);
        if (close === -1) this.fail({ en: 'unclosed /* comment', ja: '/* コメントが閉じていない' });
        this.i = close + 2;
      } else return;
    }
  }

  private value(info: KeyInfo | undefined, depth: number): void {
    if (depth > MAX_DEPTH) this.fail({ en: `nested deeper than ${MAX_DEPTH} levels`, ja: `入れ子が ${MAX_DEPTH} 段を超える` });
    const ch = this.s[this.i];
    if (ch === '{') this.object(depth);
    else if (ch === '[') this.array(info, depth);
    else if (ch === '"') {
      const start = this.i;
      const text = this.string();
      if (info) this.c.value(this.keys.join('.'), info, text, start + 1, this.i - start - 2 === text.length, this.i - 1);
    } else if (ch === undefined) this.fail({ en: 'unexpected end of input', ja: '入力が途中で終わっている' });
    else this.literal();
  }

  private object(depth: number): void {
    this.i++;
    this.ws();
    if (this.s[this.i] === '}') {
      this.i++;
      return;
    }
    for (;;) {
      if (this.s[this.i] !== '"') this.fail(this.i >= this.s.length ? { en: 'unexpected end of input', ja: '入力が途中で終わっている' } : expected('"', this.s[this.i]!));
      const key = this.string();
      this.ws();
      if (this.s[this.i] !== ':') this.fail(expected(':', this.s[this.i]));
      this.i++;
      this.ws();
      this.keys.push(key);
      this.value(keyInfo(key), depth + 1);
      this.keys.pop();
      this.ws();
      const next = this.s[this.i];
      if (next === ',') {
        this.i++;
        this.ws();
        if (this.s[this.i] === '}') {
          this.i++;
          return;
        }
      } else if (next === '}') {
        this.i++;
        return;
      } else this.fail(expected(', or }', next));
    }
  }

  private array(info: KeyInfo | undefined, depth: number): void {
    this.i++;
    this.ws();
    if (this.s[this.i] === ']') {
      this.i++;
      return;
    }
    const item = info ? { plural: true } : undefined;
    for (;;) {
      this.value(item, depth + 1);
      this.ws();
      const next = this.s[this.i];
      if (next === ',') {
        this.i++;
        this.ws();
        if (this.s[this.i] === ']') {
          this.i++;
          return;
        }
      } else if (next === ']') {
        this.i++;
        return;
      } else this.fail(expected(', or ]', next));
    }
  }

  /** Reads a string literal at `i` (on its opening quote); its decoded value. */
  private string(): string {
    const s = this.s;
    const start = this.i;
    let j = start + 1;
    let escaped = false;
    for (;;) {
      const ch = s.charCodeAt(j);
      if (Number.isNaN(ch) || ch === 10) {
        this.i = j;
        this.fail({ en: 'unterminated string', ja: '文字列が閉じていない' });
      }
      if (ch === 34) break;
      if (ch === 92) {
        escaped = true;
        j += 2;
        continue;
      }
      j++;
    }
    this.i = j + 1;
    if (!escaped) return s.slice(start + 1, j);
    try {
      return JSON.parse(s.slice(start, j + 1)) as string;
    } catch {
      this.i = start;
      this.fail({ en: 'invalid escape in string', ja: '文字列のエスケープが不正' });
    }
  }

  private literal(): void {
    const m = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(this.s.slice(this.i, this.i + 64));
    if (!m) this.fail(unexpected(this.s[this.i]!));
    this.i += m[0].length;
  }
}

function unexpected(ch: string): Localized {
  return { en: `unexpected character ${JSON.stringify(ch)}`, ja: `予期しない文字 ${JSON.stringify(ch)}` };
}
function expected(what: string, got: string | undefined): Localized {
  return got === undefined
    ? { en: `expected ${what} but the input ended`, ja: `${what} が必要だが入力が終わっている` }
    : { en: `expected ${what}, not ${JSON.stringify(got)}`, ja: `${what} が必要な位置に ${JSON.stringify(got)} がある` };
}

// ---------------------------------------------------------------------------------------------------------------------
// .properties, .env, INI-like

const ENV_LINE = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*/;
const PROPERTIES_LINE = /^((?:\\.|[^=:\s\\])+)\s*[=:\s]\s*/;
const INI_LINE = /^((?:"[^"]*"|'[^']*'|[^=:[\]#;"'])+?)\s*[=:]\s*/;

function readLines(c: Collector, format: 'properties' | 'env' | 'ini'): void {
  const text = c.text;
  const comments = format === 'properties' ? '#!' : format === 'env' ? '#' : '#;';
  const lineRe = format === 'env' ? ENV_LINE : format === 'properties' ? PROPERTIES_LINE : INI_LINE;
  // Only lines where a key could name an algorithm are read; INI sections before them are followed as they come.
  const candidates = format === 'properties' ? MAYBE_PROPERTIES_ALL : MAYBE_ALL;
  candidates.lastIndex = 0;
  const sections = /^[ \t]*\[\[?([^\]\n]*)\]/gm;
  let section = '';
  let nextSection = format === 'ini' ? sections.exec(text) : null;
  for (let m = candidates.exec(text); m; m = candidates.exec(text)) {
    const start = text.lastIndexOf('\n', m.index) + 1;
    const nl = text.indexOf('\n', m.index);
    const end = nl === -1 ? text.length : nl;
    candidates.lastIndex = end;
    while (nextSection && nextSection.index < start) {
      section = nextSection[1]!.trim();
      nextSection = sections.exec(text);
    }
    let line = text.slice(start, end);
    if (line.endsWith('\r')) line = line.slice(0, -1);
    let indent = line.length - line.trimStart().length;
    if (start === 0 && line.charCodeAt(indent) === 0xfeff) indent++;
    const body = line.slice(indent);
    if (body === '' || comments.includes(body[0]!) || (format === 'ini' && body.startsWith('['))) continue;
    const kv = lineRe.exec(body);
    if (!kv) continue;
    const key = kv[1]!.trim().replace(/^["']|["']$/g, '');
    const info = keyInfo(key);
    if (info) lineValue(c, section ? `${section}.${key}` : key, info, body.slice(kv[0].length), start + indent + kv[0].length, format);
  }
}

function lineValue(c: Collector, keyPath: string, info: KeyInfo, raw: string, offset: number, format: 'properties' | 'env' | 'ini'): void {
  const first = raw[0];
  if ((first === '"' || first === "'") && format !== 'properties') {
    const close = raw.indexOf(first, 1);
    const inner = raw.slice(1, close === -1 ? raw.length : close);
    c.value(keyPath, info, inner, offset + 1, true);
    return;
  }
  if (first === '[' && format === 'ini') {
    // TOML arrays: ["a", "b"]
    const close = raw.lastIndexOf(']');
    const body = raw.slice(1, close === -1 ? raw.length : close);
    for (const m of body.matchAll(/"([^"]*)"|'([^']*)'|([^,\s"']+)/g)) {
      const item = m[1] ?? m[2] ?? m[3] ?? '';
      const at = offset + 1 + m.index + (m[3] === undefined ? 1 : 0);
      c.value(keyPath, { plural: true }, item, at, true);
    }
    return;
  }
  let value = raw;
  if (format !== 'properties') {
    // An inline comment starts at a comment character after whitespace.
    const comment = format === 'env' ? /\s#/.exec(value) : /\s[#;]/.exec(value);
    if (comment) value = value.slice(0, comment.index);
  }
  value = value.trimEnd();
  c.value(keyPath, info, value, offset, true);
}
