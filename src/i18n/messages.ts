/**
 * The words of the CLI and the reports, in English and Japanese (DESIGN.md: "Every message exists in both"). Verdict reasons
 * live in reasons.ts and finding messages in scan/message.ts; this file holds everything else a person reads: help, usage
 * errors, headings, table columns, summaries. `ja` is typed as `typeof en`, so a text missing in one language does not compile.
 * @module
 */
import type { Localized } from '../catalog/types.js';

/** The languages the tool speaks. */
export type Lang = 'en' | 'ja';
export const LANGS: readonly Lang[] = ['en', 'ja'];

const list = (values: readonly string[]) => values.join(', ');

const en = {
  // Usage errors: each names the bad value and what would have been valid.
  error: 'error',
  warning: 'warning',
  hintHelp: (command?: string) => `Run \`cryptrec ${command ? `${command} ` : ''}--help\` for usage.`,
  missingCommand: (valid: readonly string[]) => `a command is required; valid commands: ${list(valid)}`,
  unknownCommand: (cmd: string, valid: readonly string[]) => `unknown command "${cmd}"; valid commands: ${list(valid)}`,
  unknownOption: (opt: string, cmd: string, valid: readonly string[]) => `unknown option "${opt}" for ${cmd}; valid options: ${list(valid)}`,
  optionNotForCommand: (opt: string, cmd: string, valid: readonly string[]) => `option ${opt} does not apply to ${cmd}; valid options: ${list(valid)}`,
  optionNeedsValue: (opt: string) => `option ${opt} needs a value`,
  optionTakesNoValue: (opt: string, value: string) => `option ${opt} takes no value (given "${value}"); write ${opt} alone`,
  invalidValue: (opt: string, value: string, valid: readonly string[]) => `${opt}: "${value}" is not valid; valid values: ${list(valid)}`,
  invalidDate: (opt: string, value: string) => `${opt}: "${value}" is not a date; give YYYY-MM-DD (e.g. 2025-04-01)`,
  invalidSize: (opt: string, value: string) => `${opt}: "${value}" is not a size; give bytes, or a number with k, M or G (e.g. 524288, 512k, 10M)`,
  formatNotForCommand: (format: string, cmd: string, valid: readonly string[]) => `--format ${format} is not available for ${cmd}; valid formats: ${list(valid)}`,
  missingNames: 'check needs at least one name, e.g. `cryptrec check sha1 aes-128-gcm`',
  missingExplainName: 'explain needs one name, e.g. `cryptrec explain 3des`',
  tooManyArguments: (cmd: string, extra: readonly string[]) => `${cmd} takes no more arguments; unexpected: ${list(extra)}`,
  missingDiffVersions: (valid: readonly string[]) => `diff needs two versions, <from> <to>; available: ${list(valid)}`,
  configUnreadable: (file: string, detail: string) => `config ${file} could not be read (${detail})`,
  configInvalid: (file: string, detail: string) => `config ${file} is not valid: ${detail}`,
  configNotObject: (file: string) => `config ${file} must hold an object of options`,
  configUnknownKey: (file: string, key: string, valid: readonly string[]) => `config ${file}: unknown key "${key}"; valid keys: ${list(valid)}`,
  configBadType: (file: string, key: string, want: string) => `config ${file}: "${key}" must be ${want}`,
  configKey: (file: string, key: string) => `"${key}" in ${file}`,
  baselineError: (detail: string) => `baseline: ${detail}`,
  writeFailed: (file: string, detail: string) => `could not write ${file} (${detail})`,
  internalError: (detail: string) => `internal error: ${detail}. Please report it with the command you ran.`,
  wrote: (file: string) => `wrote ${file}`,
  wroteBaseline: (file: string, n: number) => `wrote baseline ${file} (${n} fingerprint${n === 1 ? '' : 's'})`,
  newerProvisional: (chosen: string, newer: string) =>
    `judged against list ${chosen}; a newer, provisional version ${newer} exists (part of it unconfirmed): try --list ${newer}`,
  provisionalChosen: (version: string) => `list ${version} is provisional: part of its content is not yet confirmed against the document`,

  // Types of things.
  typeBoolean: 'true or false',
  typeString: 'a string',
  typeStrings: 'a list of strings',
  typeSize: 'a size in bytes (a number, or a string like "10M")',

  // check
  list: 'list',
  published: 'published',
  strength: 'strength',
  strengthLine: (bits: number, basis: string, level: number | null) =>
    `${bits === 0 ? 'below 80' : bits} bits (${basis})${level === null ? ', below the 112-bit minimum' : `, level ${level}`}`,
  newUse: 'new protection',
  processUse: 'processing existing data',
  useOk: 'allowed',
  useNotAllowed: 'not allowed',
  useUntil: (year: string) => `allowed through ${year}`,
  useLegacy: 'legacy use only',
  judgedAt: 'judged at',
  reasons: 'reasons',
  notes: 'notes',
  components: 'parts',
  quantum: 'quantum',
  quantumYes: 'breakable by a large quantum computer (Shor); plan a migration to post-quantum cryptography',
  quantumNo: 'not known to be broken by a quantum computer (Grover only halves the strength of symmetric keys)',
  confidence: 'data confidence',
  checkSummary: (n: number, failing: number, failOn: string) =>
    `${n} name${n === 1 ? '' : 's'} checked; ${failing} at or worse than ${failOn}`,

  // scan
  noFindings: 'No findings.',
  scanSummary: (findings: number, files: number, scanned: number, seconds: string) =>
    `${findings} finding${findings === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'} (${scanned} file${scanned === 1 ? '' : 's'} scanned in ${seconds} s)`,
  scannedOnly: (scanned: number, seconds: string) => `(${scanned} file${scanned === 1 ? '' : 's'} scanned in ${seconds} s)`,
  suppressedCount: (n: number) => `${n} suppressed`,
  skippedCount: (n: number) => `${n} skipped`,
  failingLine: (n: number, failOn: string, strict: boolean) =>
    n === 0 ? `nothing at or worse than ${failOn}${strict ? ' (strict)' : ''}` : `${n} at or worse than ${failOn}${strict ? ' (strict: unknown counts)' : ''}`,
  progress: (done: number, total: number) => `scanning ${done}/${total} files`,

  // lists
  listsTitle: 'Bundled versions of the CRYPTREC Ciphers List',
  colVersion: 'version',
  colDocument: 'document',
  colPublished: 'published',
  colConfidence: 'confidence',
  colLatest: 'latest',
  colProvisional: 'provisional',
  yes: 'yes',
  latestNote: (v: string) => `\`latest\` selects ${v}; provisional versions are chosen only when asked for by version or range.`,

  // diff
  diffTitle: (from: string, to: string) => `Changes from ${from} to ${to}`,
  added: 'added',
  removed: 'removed',
  moved: 'moved',
  renoted: 'notes changed',
  noteChanges: 'Notes',
  notesAdded: 'notes added',
  notesRemoved: 'notes removed',
  notesChanged: 'notes reworded',
  noChanges: 'No changes.',
  otherCategory: 'Other',

  // explain
  explainResolves: 'resolves to',
  explainUnresolved: 'cryptrec cannot read this name',
  explainKind: 'kind',
  explainVerdict: 'verdict',
  explainTiers: 'tier in each bundled version',
  explainNotOnList: '(not on the list)',
  explainSpecs: 'specifications',
  explainStrengthTable: 'LS-0003 security strength and key sizes',
  explainCurve: 'curve',
  colBits: 'bits',
  colSymmetric: 'symmetric',
  colIfc: 'RSA/DH modulus',
  colFfc: 'FFC p/q',
  colEcc: 'ECC order',
  colNewUntil: 'new use until',

  // reports
  reportTitle: 'CRYPTREC cryptography audit report',
  reportDisclaimer: 'Produced by cryptrec, an unofficial tool; verdicts rest on the list document cited below, as cryptrec reads it.',
  reportList: 'List',
  reportJudgedAt: 'Judged at',
  reportPurpose: 'Purpose',
  purposeNew: 'protecting new data',
  purposeProcess: 'processing data protected earlier',
  reportTool: 'Tool',
  reportFiles: 'Files scanned',
  reportSummary: 'Summary',
  reportByStatus: 'By status',
  reportByCategory: 'By category',
  reportFindings: 'Findings',
  reportNotesCited: 'Notes cited',
  reportWarnings: 'Warnings',
  colStatus: 'status',
  colCount: 'count',
  colCategory: 'category',
  colLocation: 'location',
  colInput: 'as written',
  colWhy: 'why',
  colRule: 'rule',
  noLocation: '(no file)',
  suppressedMark: (kind: string, reason?: string) => `suppressed (${kind === 'inline' ? 'inline comment' : 'baseline'}${reason ? `: ${reason}` : ''})`,
  uncategorised: 'Not in a list category',
  total: 'total',
};

/** The catalog's type: every text `en` has, `ja` must have with the same shape. */
export type Messages = typeof en;

const ja: Messages = {
  error: 'エラー',
  warning: '警告',
  hintHelp: (command) => `使い方は \`cryptrec ${command ? `${command} ` : ''}--help\` を参照。`,
  missingCommand: (valid) => `コマンドを指定すること。有効なコマンド：${list(valid)}`,
  unknownCommand: (cmd, valid) => `不明なコマンド「${cmd}」。有効なコマンド：${list(valid)}`,
  unknownOption: (opt, cmd, valid) => `${cmd} に不明なオプション「${opt}」。有効なオプション：${list(valid)}`,
  optionNotForCommand: (opt, cmd, valid) => `オプション ${opt} は ${cmd} には使えない。有効なオプション：${list(valid)}`,
  optionNeedsValue: (opt) => `オプション ${opt} には値が必要`,
  optionTakesNoValue: (opt, value) => `オプション ${opt} は値を取らない（「${value}」が指定された）。${opt} のみを書くこと`,
  invalidValue: (opt, value, valid) => `${opt}：「${value}」は無効。有効な値：${list(valid)}`,
  invalidDate: (opt, value) => `${opt}：「${value}」は日付ではない。YYYY-MM-DD で指定すること（例：2025-04-01）`,
  invalidSize: (opt, value) => `${opt}：「${value}」はサイズではない。バイト数、または k・M・G 付きの数で指定すること（例：524288、512k、10M）`,
  formatNotForCommand: (format, cmd, valid) => `--format ${format} は ${cmd} では使えない。有効な形式：${list(valid)}`,
  missingNames: 'check には名前を一つ以上指定すること（例：`cryptrec check sha1 aes-128-gcm`）',
  missingExplainName: 'explain には名前を一つ指定すること（例：`cryptrec explain 3des`）',
  tooManyArguments: (cmd, extra) => `${cmd} に余分な引数：${list(extra)}`,
  missingDiffVersions: (valid) => `diff には二つの版 <from> <to> を指定すること。利用できる版：${list(valid)}`,
  configUnreadable: (file, detail) => `設定ファイル ${file} を読み取れない（${detail}）`,
  configInvalid: (file, detail) => `設定ファイル ${file} が不正：${detail}`,
  configNotObject: (file) => `設定ファイル ${file} にはオプションのオブジェクトを書くこと`,
  configUnknownKey: (file, key, valid) => `設定ファイル ${file}：不明なキー「${key}」。有効なキー：${list(valid)}`,
  configBadType: (file, key, want) => `設定ファイル ${file}：「${key}」は${want}で指定すること`,
  configKey: (file, key) => `${file} の「${key}」`,
  baselineError: (detail) => `ベースライン：${detail}`,
  writeFailed: (file, detail) => `${file} に書き込めない（${detail}）`,
  internalError: (detail) => `内部エラー：${detail}。実行したコマンドを添えて報告してください。`,
  wrote: (file) => `${file} に書き出した`,
  wroteBaseline: (file, n) => `ベースライン ${file} を書き出した（フィンガープリント ${n} 件）`,
  newerProvisional: (chosen, newer) =>
    `リスト ${chosen} で判定した。より新しい暫定版 ${newer}（一部未確認）がある：--list ${newer} で指定できる`,
  provisionalChosen: (version) => `リスト ${version} は暫定版であり、内容の一部は文書との照合が済んでいない`,

  typeBoolean: 'true または false',
  typeString: '文字列',
  typeStrings: '文字列の配列',
  typeSize: 'バイト数（数値、または "10M" のような文字列）',

  list: 'リスト',
  published: '公表',
  strength: '強度',
  strengthLine: (bits, basis, level) =>
    `${bits === 0 ? '80 ビット未満' : `${bits} ビット`}（${basis}）${level === null ? '、最低基準 112 ビット未満' : `、レベル ${level}`}`,
  newUse: '新規の保護',
  processUse: '既存データの処理',
  useOk: '可',
  useNotAllowed: '不可',
  useUntil: (year) => `${year} 年まで可`,
  useLegacy: 'レガシー利用のみ',
  judgedAt: '判定日',
  reasons: '理由',
  notes: '注記',
  components: '構成要素',
  quantum: '量子計算機',
  quantumYes: '大規模な量子計算機（Shor のアルゴリズム）で解読されうる。耐量子計算機暗号への移行を計画すること',
  quantumNo: '量子計算機で解読されることは知られていない（共通鍵の強度は Grover のアルゴリズムで半減するのみ）',
  confidence: 'データの確度',
  checkSummary: (n, failing, failOn) => `${n} 件を判定。${failOn}と同等以上に問題のある判定 ${failing} 件`,

  noFindings: '検出なし。',
  scanSummary: (findings, files, scanned, seconds) => `${files} ファイルで ${findings} 件を検出（${scanned} ファイルを ${seconds} 秒で走査）`,
  scannedOnly: (scanned, seconds) => `（${scanned} ファイルを ${seconds} 秒で走査）`,
  suppressedCount: (n) => `抑制 ${n} 件`,
  skippedCount: (n) => `スキップ ${n} 件`,
  failingLine: (n, failOn, strict) =>
    n === 0 ? `${failOn}と同等以上に問題のある判定なし${strict ? '（strict）' : ''}` : `${failOn}と同等以上に問題のある判定 ${n} 件${strict ? '（strict：不明も数える）' : ''}`,
  progress: (done, total) => `走査中 ${done}/${total} ファイル`,

  listsTitle: '同梱している CRYPTREC 暗号リストの版',
  colVersion: '版',
  colDocument: '文書',
  colPublished: '公表日',
  colConfidence: '確度',
  colLatest: '最新',
  colProvisional: '暫定',
  yes: 'はい',
  latestNote: (v) => `\`latest\` は ${v} を選ぶ。暫定版は版または範囲で明示したときにのみ選ばれる。`,

  diffTitle: (from, to) => `${from} から ${to} への変更`,
  added: '追加',
  removed: '削除',
  moved: '移動',
  renoted: '注記の変更',
  noteChanges: '注記',
  notesAdded: '追加された注記',
  notesRemoved: '削除された注記',
  notesChanged: '文言が変わった注記',
  noChanges: '変更なし。',
  otherCategory: 'その他',

  explainResolves: '解釈',
  explainUnresolved: 'cryptrec はこの名前を判読できない',
  explainKind: '種別',
  explainVerdict: '判定',
  explainTiers: '同梱の各版での区分',
  explainNotOnList: '（掲載なし）',
  explainSpecs: '仕様',
  explainStrengthTable: 'LS-0003 のセキュリティ強度と鍵長',
  explainCurve: '曲線',
  colBits: 'ビット',
  colSymmetric: '共通鍵',
  colIfc: 'RSA/DH 法',
  colFfc: 'FFC p/q',
  colEcc: 'ECC 位数',
  colNewUntil: '新規利用の期限',

  reportTitle: 'CRYPTREC 暗号利用監査レポート',
  reportDisclaimer: 'cryptrec（非公式ツール）が作成。判定は下記のリスト文書を cryptrec が読み取ったものに基づく。',
  reportList: 'リスト',
  reportJudgedAt: '判定日',
  reportPurpose: '用途',
  purposeNew: '新規データの保護',
  purposeProcess: '保護済みデータの処理',
  reportTool: 'ツール',
  reportFiles: '走査したファイル',
  reportSummary: '概要',
  reportByStatus: '判定別',
  reportByCategory: '区分別',
  reportFindings: '検出結果',
  reportNotesCited: '引用した注記',
  reportWarnings: '警告',
  colStatus: '判定',
  colCount: '件数',
  colCategory: '区分',
  colLocation: '位置',
  colInput: '記述',
  colWhy: '理由',
  colRule: 'ルール',
  noLocation: '（ファイルなし）',
  suppressedMark: (kind, reason) => `抑制済み（${kind === 'inline' ? 'インラインコメント' : 'ベースライン'}${reason ? `：${reason}` : ''}）`,
  uncategorised: 'リストの区分外',
  total: '合計',
};

/** Both catalogs, by language. */
export const MESSAGES: Readonly<Record<Lang, Messages>> = { en, ja };

/**
 * The catalog of one language.
 * @example
 * messages('ja').noFindings; // '検出なし。'
 */
export function messages(lang: Lang): Messages {
  return MESSAGES[lang];
}

/** What a strength basis is called. */
export const BASIS_TEXT: Readonly<Record<string, Localized>> = {
  symmetric: { en: 'symmetric key', ja: '共通鍵' },
  ifc: { en: 'integer factorisation', ja: '素因数分解' },
  ffc: { en: 'finite field', ja: '有限体' },
  ecc: { en: 'elliptic curve', ja: '楕円曲線' },
  collision: { en: 'collision resistance', ja: '衝突耐性' },
  preimage: { en: 'preimage resistance', ja: '原像耐性' },
  'pq-category': { en: 'post-quantum security category', ja: '耐量子安全性カテゴリ' },
};

/** What each data confidence means. */
export const CONFIDENCE_TEXT: Readonly<Record<string, Localized>> = {
  high: { en: 'high', ja: '高' },
  medium: { en: 'medium', ja: '中' },
  low: { en: 'low', ja: '低' },
};

/** Help texts, per command and for the whole tool. Flags are the same words in both languages. */
export const HELP: Readonly<Record<'main' | 'check' | 'scan' | 'lists' | 'diff' | 'explain', Localized>> = {
  main: {
    en: `cryptrec: check cryptography against Japan's CRYPTREC Ciphers List (unofficial)

Usage:
  cryptrec check <name...>        verdict for each name (any ecosystem's spelling)
  cryptrec scan [path...]         scan files and trees for cryptography (default: .)
  cryptrec lists                  bundled list versions
  cryptrec diff <from> <to>       what changed between two list versions
  cryptrec explain <name>         everything known about one algorithm

Options (see \`cryptrec <command> --help\` for each command's):
  --list <range>        list version or semver range (default: latest)
  --at <YYYY-MM-DD>     date to judge key strength at (default: today)
  --purpose new|process protecting new data (default) or processing old data
  --format <format>     text, json, sarif or markdown (default: text)
  --fail-on <status>    recommended, candidate, monitored or unlisted (default: monitored)
  --strict              unknown names fail too
  --lang en|ja          language (default: ja when the locale is Japanese, else en)
  --config <file>       cryptrec.config.json|yaml, or a "cryptrec" key in package.json
  --output <file>       write the report to a file
  --no-color            no colour (also NO_COLOR=1)
  --quiet               print only what fails
  -h, --help            this help
  -v, --version         the version

Exit codes: 0 nothing at or worse than --fail-on; 1 something is; 2 usage, config or internal error.

Examples:
  cryptrec check sha1 aes-128-gcm RSA-1024
  cryptrec scan . --format sarif --output cryptrec.sarif
  cryptrec diff 2012 2022.1 --lang ja`,
    ja: `cryptrec：暗号技術を CRYPTREC 暗号リストと照合する（非公式）

使い方：
  cryptrec check <名前...>        名前ごとの判定（各エコシステムの表記に対応）
  cryptrec scan [パス...]         ファイルやディレクトリ内の暗号利用を走査（既定：.）
  cryptrec lists                  同梱しているリストの版
  cryptrec diff <from> <to>       二つの版の間の変更
  cryptrec explain <名前>         一つのアルゴリズムについて分かること全て

オプション（各コマンドのものは \`cryptrec <コマンド> --help\`）：
  --list <範囲>         リストの版または semver 範囲（既定：latest）
  --at <YYYY-MM-DD>     鍵強度を判定する日付（既定：今日）
  --purpose new|process 新規データの保護（既定）か保護済みデータの処理か
  --format <形式>       text、json、sarif、markdown（既定：text）
  --fail-on <判定>      recommended、candidate、monitored、unlisted（既定：monitored）
  --strict              判読できない名前も失敗とする
  --lang en|ja          言語（既定：ロケールが日本語なら ja、それ以外は en）
  --config <ファイル>   cryptrec.config.json|yaml、または package.json の "cryptrec" キー
  --output <ファイル>   レポートをファイルに書き出す
  --no-color            色を付けない（NO_COLOR=1 でも同じ）
  --quiet               失敗したものだけを表示
  -h, --help            このヘルプ
  -v, --version         バージョン

終了コード：0 --fail-on 以下の判定なし、1 あり、2 使い方・設定・内部のエラー。

例：
  cryptrec check sha1 aes-128-gcm RSA-1024
  cryptrec scan . --format sarif --output cryptrec.sarif
  cryptrec diff 2012 2022.1 --lang ja`,
  },
  check: {
    en: `Usage: cryptrec check <name...> [options]

A verdict for each name: its status in the list (recommended, candidate, monitored, unlisted, or unknown), the
list document and version it rests on, key strength at a date, the list's notes, the reasons, and the quantum flag.
Names may be written as any ecosystem writes them: sha1, AES-128, RSA-2048, HMAC-SHA1, "3-key Triple DES", "TLS 1.0".

Options:
  --list <range>  --at <YYYY-MM-DD>  --purpose new|process  --format text|json|sarif|markdown
  --fail-on <status>  --strict  --lang en|ja  --config <file>  --output <file>  --no-color  --quiet

Exit code 1 when a name's status is at or worse than --fail-on (default monitored): \`cryptrec check md5\` exits 1,
\`cryptrec check aes-128\` exits 0. Unknown names fail only with --strict.`,
    ja: `使い方：cryptrec check <名前...> [オプション]

名前ごとの判定：リスト上の区分（推奨、推奨候補、運用監視、リスト外、不明）、根拠となるリスト文書と版、
判定日時点の鍵強度、リストの注記、理由、量子計算機への耐性。
名前は各エコシステムの表記で書ける：sha1、AES-128、RSA-2048、HMAC-SHA1、"3-key Triple DES"、"TLS 1.0"。

オプション：
  --list <範囲>  --at <YYYY-MM-DD>  --purpose new|process  --format text|json|sarif|markdown
  --fail-on <判定>  --strict  --lang en|ja  --config <ファイル>  --output <ファイル>  --no-color  --quiet

判定が --fail-on（既定 monitored）以下の名前があれば終了コード 1：\`cryptrec check md5\` は 1、
\`cryptrec check aes-128\` は 0。判読できない名前は --strict のときのみ失敗とする。`,
  },
  scan: {
    en: `Usage: cryptrec scan [path...] [options]

Walks files and directories (default: .), finds the cryptography they name, and judges it against the list.
.gitignore files are honoured; node_modules, dist and build are left out unless --include-node-modules.

Options:
  --format text|json|sarif|markdown   report format (inferred from --output's extension when not given)
  --output <file>                     write the report to a file
  --fail-on <status>                  recommended, candidate, monitored or unlisted (default: monitored)
  --strict                            unknown algorithms fail too
  --all                               also report what passed: a full inventory
  --baseline <file>                   accept the findings recorded in a baseline file
  --write-baseline <file>             record the current findings as a baseline
  --ignore <glob>                     leave out matching paths (repeatable)
  --no-gitignore                      do not honour .gitignore files
  --include-node-modules              also walk node_modules, dist and build
  --max-file-size <size>              skip larger files (e.g. 512k, 10M; default 2M)
  --list <range>  --at <YYYY-MM-DD>  --purpose new|process  --lang en|ja  --config <file>  --no-color  --quiet

Inline suppression: a comment "cryptrec-ignore: <reason>" on the line, or "cryptrec-ignore-next-line: <reason>" above it.`,
    ja: `使い方：cryptrec scan [パス...] [オプション]

ファイルやディレクトリ（既定：.）を辿り、記述された暗号技術を見つけてリストと照合する。
.gitignore に従う。node_modules、dist、build は --include-node-modules がなければ対象外。

オプション：
  --format text|json|sarif|markdown   レポート形式（指定がなければ --output の拡張子から判断）
  --output <ファイル>                 レポートをファイルに書き出す
  --fail-on <判定>                    recommended、candidate、monitored、unlisted（既定：monitored）
  --strict                            判読できないアルゴリズムも失敗とする
  --all                               問題のないものも報告する（暗号利用の一覧）
  --baseline <ファイル>               ベースラインに記録済みの検出を受け入れる
  --write-baseline <ファイル>         現在の検出をベースラインとして記録する
  --ignore <glob>                     一致するパスを除外する（複数指定可）
  --no-gitignore                      .gitignore に従わない
  --include-node-modules              node_modules、dist、build も辿る
  --max-file-size <サイズ>            これより大きいファイルは読まない（例：512k、10M。既定 2M）
  --list <範囲>  --at <YYYY-MM-DD>  --purpose new|process  --lang en|ja  --config <ファイル>  --no-color  --quiet

インライン抑制：その行に "cryptrec-ignore: <理由>"、または直前の行に "cryptrec-ignore-next-line: <理由>" のコメント。`,
  },
  lists: {
    en: `Usage: cryptrec lists [--format text|json] [--lang en|ja]

The bundled versions of the CRYPTREC Ciphers List: document, publication date, confidence of the data, which one
\`latest\` selects, and which are provisional (part of the content not yet confirmed against the document).`,
    ja: `使い方：cryptrec lists [--format text|json] [--lang en|ja]

同梱している CRYPTREC 暗号リストの版：文書、公表日、データの確度、\`latest\` が選ぶ版、
暫定版（内容の一部が文書と照合されていない版）。`,
  },
  diff: {
    en: `Usage: cryptrec diff <from> <to> [--format text|json] [--lang en|ja]

What moved between two list versions (each a version or a range such as 2012 or 2022.1), grouped by category:
entries added, removed, moved between tiers, and notes added, removed or reworded.`,
    ja: `使い方：cryptrec diff <from> <to> [--format text|json] [--lang en|ja]

二つの版（2012、2022.1 のような版または範囲）の間の変更を区分ごとに示す：
追加・削除・区分の移動があった項目と、追加・削除・文言変更のあった注記。`,
  },
  explain: {
    en: `Usage: cryptrec explain <name> [--list <range>] [--at <YYYY-MM-DD>] [--format text|json] [--lang en|ja]

Everything known about one name: what it resolves to, its tier in every bundled version, the list's notes,
specifications, the LS-0003 strength table, and whether a quantum computer breaks it.`,
    ja: `使い方：cryptrec explain <名前> [--list <範囲>] [--at <YYYY-MM-DD>] [--format text|json] [--lang en|ja]

一つの名前について分かること全て：何と解釈されるか、同梱の各版での区分、リストの注記、
仕様、LS-0003 の強度表、量子計算機で解読されうるか。`,
  },
};

/** What each rule is about and what to do, for SARIF rule help, the docs pages and the Markdown report. */
export interface RuleText {
  /** One or two sentences: what the rule reports. */
  readonly full: Localized;
  /** What to do about a finding. */
  readonly help: Localized;
}

/** Rule texts by the rule's short name (the rule id without `cryptrec/`). */
export const RULE_TEXT: Readonly<Record<string, RuleText>> = {
  monitored: {
    full: {
      en: 'The algorithm is on the Monitored Ciphers List of the list version judged against: no longer recommended, and to be used only to keep compatibility with systems already in operation.',
      ja: '判定に用いたリストの版で、アルゴリズムが運用監視暗号リストに掲載されている。推奨すべき状態ではなくなっており、運用中のシステムとの互換性維持のためにのみ利用できる。',
    },
    help: {
      en: 'Replace it with a recommended algorithm of the same category (SHA-256 for SHA-1, AES for 3-key Triple DES) as soon as the systems it talks to allow. Where it must stay for compatibility, record why with an inline `cryptrec-ignore: <reason>` comment or a baseline file.',
      ja: '接続先のシステムが許す限り早く、同じ区分の推奨暗号に置き換えること（SHA-1 なら SHA-256、3-key Triple DES なら AES）。互換性のために残す必要がある場合は、インラインコメント `cryptrec-ignore: <理由>` またはベースラインファイルに理由を記録すること。',
    },
  },
  unlisted: {
    full: {
      en: 'The algorithm is on none of the three lists (recommended, candidate, monitored) of the list version judged against, e.g. MD5, DES, RC4 or Blowfish, or it is a listed technique used in a way the list does not cover.',
      ja: '判定に用いたリストの版の三つのリスト（推奨、推奨候補、運用監視）のいずれにも掲載されていない（MD5、DES、RC4、Blowfish など）、またはリストが対象としない形で使われている。',
    },
    help: {
      en: 'Replace it with a recommended algorithm of the same category: AES-GCM or ChaCha20-Poly1305 for encryption, SHA-256 or SHA-3 for hashing, HMAC-SHA-256 for message authentication, ECDSA, EdDSA or RSA-PSS for signatures, ECDH for key agreement.',
      ja: '同じ区分の推奨暗号に置き換えること：暗号化なら AES-GCM または ChaCha20-Poly1305、ハッシュなら SHA-256 または SHA-3、メッセージ認証なら HMAC-SHA-256、署名なら ECDSA・EdDSA・RSA-PSS、鍵共有なら ECDH。',
    },
  },
  candidate: {
    full: {
      en: 'The algorithm is on the Candidate Recommended Ciphers List: its security and implementation are confirmed, but it is not (yet) on the e-Government Recommended Ciphers List.',
      ja: 'アルゴリズムが推奨候補暗号リストに掲載されている。安全性と実装性能は確認されているが、電子政府推奨暗号リストには（まだ）掲載されていない。',
    },
    help: {
      en: 'Usually acceptable. Where a policy asks for recommended ciphers only, prefer a recommended algorithm of the same category. Fails only with --fail-on candidate.',
      ja: '多くの場合は利用して差し支えない。推奨暗号のみを求める方針がある場合は、同じ区分の推奨暗号を選ぶこと。--fail-on candidate のときのみ失敗とする。',
    },
  },
  recommended: {
    full: {
      en: 'The algorithm is on the e-Government Recommended Ciphers List. Reported only with --all, as an inventory of the cryptography in use.',
      ja: 'アルゴリズムが電子政府推奨暗号リストに掲載されている。--all のときのみ、利用している暗号技術の一覧として報告する。',
    },
    help: {
      en: 'Nothing to do. Keep the key sizes and the notes of the list in mind, and re-run when a new list version is published.',
      ja: '対応は不要。鍵長とリストの注記に留意し、リストの新しい版が公表されたら再度確認すること。',
    },
  },
  'unknown-algorithm': {
    full: {
      en: 'cryptrec could not tell which algorithm the name denotes, so it cannot be judged.',
      ja: 'cryptrec はこの名前が表すアルゴリズムを判読できず、判定できない。',
    },
    help: {
      en: 'Check the spelling (the message suggests close names where there are some). If it is a real algorithm name that cryptrec does not know, please report it. Unknown names fail only with --strict.',
      ja: '綴りを確認すること（近い名前があればメッセージに候補を示す）。実在するアルゴリズム名を cryptrec が知らない場合は報告してほしい。判読できない名前は --strict のときのみ失敗とする。',
    },
  },
  'weak-key': {
    full: {
      en: 'A technique used with a key below the 112-bit security minimum of LS-0003, or below the level allowed for new protection at the date judged. Such use does not count as listed.',
      ja: 'LS-0003 の最低基準（112 ビットセキュリティ）未満、または判定日時点で新規の保護に認められる水準未満の鍵で使われている。このような利用は掲載暗号の利用とはみなされない。',
    },
    help: {
      en: 'Use a longer key: RSA or DH of 3072 bits or more, elliptic curves of 256 bits or more (P-256, X25519), AES-128 or better. Re-key the data and rotate certificates that carry weak keys.',
      ja: 'より長い鍵を使うこと：RSA・DH は 3072 ビット以上、楕円曲線は 256 ビット以上（P-256、X25519）、AES-128 以上。弱い鍵で保護したデータは鍵を更新し、弱い鍵の証明書は更新すること。',
    },
  },
  'key-deadline': {
    full: {
      en: 'The key is strong enough today, but LS-0003 allows its security level for new protection only up to a year (112-bit security through 2030); after that it may only process data protected earlier.',
      ja: '鍵の強度は現時点では十分だが、LS-0003 はこのセキュリティレベルによる新規の保護を一定の年まで（112 ビットセキュリティは 2030 年まで）に限っている。その後は保護済みデータの処理にのみ利用できる。',
    },
    help: {
      en: 'Plan the move to 128-bit security (RSA-3072, P-256, AES-128 or better) before the deadline in the message. Use --at to see how the scan reads after the deadline.',
      ja: 'メッセージに示した期限までに 128 ビットセキュリティ（RSA-3072、P-256、AES-128 以上）への移行を計画すること。期限後の判定は --at で確認できる。',
    },
  },
  'note-condition': {
    full: {
      en: 'The list names the algorithm with a note whose condition this use does not meet, e.g. a 64-bit block cipher over too many blocks under one key, or a mode used outside the use the note allows.',
      ja: 'リストはこのアルゴリズムに注記を付けており、この利用はその条件を満たさない（例：一つの鍵で上限を超えるブロック数を処理する 64 ビットブロック暗号、注記が認める用途以外での利用モード）。',
    },
    help: {
      en: 'Read the note cited in the finding and change the use to meet it, or move to an algorithm without such a condition.',
      ja: '検出結果に引用した注記を読み、その条件を満たすよう利用方法を改めるか、条件のないアルゴリズムに移行すること。',
    },
  },
  'dynamic-algorithm': {
    full: {
      en: 'The algorithm is chosen at run time (a variable, an environment value, a template), so it cannot be judged where it is written.',
      ja: 'アルゴリズムが実行時に決まる（変数、環境変数、テンプレート）ため、記述された場所では判定できない。',
    },
    help: {
      en: 'Find the values it can take and judge each with `cryptrec check <name>`; better, fix the algorithm in code or configuration to a recommended one.',
      ja: 'とりうる値を調べ、それぞれを `cryptrec check <名前>` で判定すること。できればコードや設定でアルゴリズムを推奨暗号に固定すること。',
    },
  },
  'parse-error': {
    full: {
      en: 'A file that should hold configuration, keys or certificates could not be parsed, so cryptography in it may go unseen.',
      ja: '設定・鍵・証明書を含むはずのファイルを解析できず、その中の暗号利用を見落としている可能性がある。',
    },
    help: {
      en: 'Fix the syntax at the position given, or leave the file out with --ignore when it is not what its name suggests.',
      ja: '示した位置の構文を直すこと。名前から想定される形式のファイルでない場合は --ignore で除外すること。',
    },
  },
};
