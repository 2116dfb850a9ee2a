/**
 * Findings and the extractor contract. Findings are data: every reporter renders the same Finding[]; extractors know
 * nothing of verdicts, they only say what cryptography a file names and where.
 * @module
 */
import type { Localized } from '../catalog/types.js';
import type { CheckObject, Status, Verdict } from '../judge/types.js';
import type { Usage } from '../names/types.js';

/** Stable rule ids (DESIGN.md contract), each with a docs page and en/ja texts. */
export type RuleId =
  | 'cryptrec/monitored' | 'cryptrec/unlisted' | 'cryptrec/candidate' | 'cryptrec/unknown-algorithm' | 'cryptrec/weak-key'
  | 'cryptrec/key-deadline' | 'cryptrec/note-condition' | 'cryptrec/dynamic-algorithm' | 'cryptrec/parse-error'
  | 'cryptrec/recommended';
export const RULE_IDS: readonly RuleId[] = [
  'cryptrec/monitored', 'cryptrec/unlisted', 'cryptrec/candidate', 'cryptrec/unknown-algorithm', 'cryptrec/weak-key',
  'cryptrec/key-deadline', 'cryptrec/note-condition', 'cryptrec/dynamic-algorithm', 'cryptrec/parse-error', 'cryptrec/recommended',
];

/** SARIF-compatible levels. */
export type Level = 'error' | 'warning' | 'note' | 'none';

/** How exactly an extractor knows what it reports: `exact` (parsed), `high` (parsed with defaults applied), `heuristic` (pattern). */
export type ExtractorConfidence = 'exact' | 'high' | 'heuristic';

/** A place in a file. Lines and columns are 1-based; `path` is relative to the scan root, with forward slashes. */
export interface Location {
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
}

/** A certificate or key a finding is about (filled by the certificate and key extractors). */
export interface Asset {
  readonly kind: 'certificate' | 'csr' | 'private-key' | 'public-key' | 'ssh-key' | 'jwk';
  readonly subject?: string;
  readonly serial?: string;
  readonly notAfter?: string;
  readonly keyAlgorithm: string;
  readonly keyBits?: number;
  readonly curve?: string;
  readonly signatureAlgorithm?: string;
}

/** One finding. */
export interface Finding {
  readonly ruleId: RuleId;
  readonly status: Status;
  readonly level: Level;
  /** The message in the report's language. */
  readonly message: string;
  /** The message in both languages (renderers that show both, SARIF help, Markdown). */
  readonly messages: Localized;
  /** The algorithm name as written in the file. */
  readonly input: string;
  readonly algorithm?: { readonly id: string; readonly name: string; readonly category?: string };
  readonly location?: Location;
  /** The extractor that found it. */
  readonly extractor: string;
  readonly confidence: ExtractorConfidence;
  /** The full verdict behind the finding (absent for parse errors and dynamic algorithms). */
  readonly verdict?: Verdict;
  /** A fingerprint from content (file path, the line's text trimmed, the input, the rule), never from line numbers. */
  readonly fingerprint: string;
  readonly asset?: Asset;
  /** Set when an inline comment or the baseline suppresses the finding; suppressed findings do not fail the run. */
  readonly suppressed?: { readonly kind: 'inline' | 'baseline'; readonly reason?: string };
}

/** What an extractor reports: a use of cryptography at a place, a value it could not resolve, or a file it could not parse. */
export type Extraction =
  | {
    readonly kind: 'usage';
    /** The name as written. */
    readonly input: string;
    /** A name resolve() reads, a parsed Usage, or a name with parameters. */
    readonly subject: string | Usage | CheckObject;
    readonly location: Location;
    readonly confidence: ExtractorConfidence;
    /** Extra words for the message: which directive, which default applied. */
    readonly context?: Localized;
    readonly asset?: Asset;
    /**
     * The date until which the protection must hold (a certificate's notAfter, YYYY-MM-DD): a key whose strength is
     * allowed only until an earlier year (LS-0003 timeline) gives a `key-deadline` finding naming that year.
     */
    readonly until?: string;
  }
  | {
    readonly kind: 'dynamic';
    readonly input: string;
    readonly location: Location;
    readonly context?: Localized;
    /** How sure the extractor is that the value chooses an algorithm (default `heuristic`). */
    readonly confidence?: ExtractorConfidence;
  }
  | { readonly kind: 'parse-error'; readonly message: Localized; readonly location: Location };

/** What an extractor gets for one file. */
export interface ExtractContext {
  /** Path relative to the scan root, forward slashes. */
  readonly path: string;
  /** Absolute path (for extractors that follow includes). */
  readonly absolutePath: string;
  /** Reads another file (for includes), relative to the scan root or absolute; undefined when unreadable. */
  readonly readFile: (path: string) => Promise<string | undefined>;
  /**
   * The files an include directive names (`include conf.d/*.conf`, `Include /etc/ssh/sshd_config.d/*.conf`): the pattern,
   * absolute or relative to `baseDir` (an absolute directory), with `*`, `?` and `[...]` globs, expanded in byte order of
   * the names as nginx, Apache and OpenSSH do. Synchronous, so that checkConfig() can serve the same extractors.
   */
  readonly include: (pattern: string, baseDir: string) => IncludeResult;
  /** The date the scan judges at (`--at`), for what an extractor says of dates (a certificate expired by then). */
  readonly at?: Date;
}

/** A file an include directive names. */
export interface IncludedFile {
  /** The path findings show: relative to the scan root with forward slashes, or absolute outside it. */
  readonly path: string;
  readonly absolutePath: string;
  readonly text: string;
}

/** What an include directive gives. */
export interface IncludeResult {
  /** The readable text files that match, sorted. */
  readonly files: readonly IncludedFile[];
  /** Matches that could not be read (missing, a directory, too large, binary), with why. */
  readonly unreadable: readonly { readonly path: string; readonly reason: string }[];
}

/** A plug-in that reads one kind of file. */
export interface Extractor {
  /** Stable id, kebab-case (`generic-config`, `nginx`, `sshd`, `x509`, `js`). */
  readonly id: string;
  /** Whether this extractor wants the file, by its path and the first 4 KiB of its text. Must be cheap. */
  readonly matches: (path: string, head: string) => boolean;
  /** Whether the extractor reads binary files (DER certificates); text-only extractors get only valid UTF-8 text. */
  readonly binary?: boolean;
  /**
   * A generic extractor (generic-config) that reads a file only when no other extractor matches it, so that a file a
   * specific extractor understands (nginx.conf) is not reported twice.
   */
  readonly fallback?: boolean;
  readonly extract: (content: string | Uint8Array, ctx: ExtractContext) => Extraction[] | Promise<Extraction[]>;
}
