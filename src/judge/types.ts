/**
 * The judge's vocabulary: statuses, verdicts, reasons and strength, as the DESIGN contract fixes them.
 * @module
 */
import type { Confidence, Localized, NoteCondition, Tier } from '../catalog/types.js';
import type { ListSelector } from '../catalog/versions.js';

/** A verdict's status: the list's three tiers, `unlisted` (known, on none of them) and `unknown` (could not tell). */
export type Status = Tier | 'unlisted' | 'unknown';
/** The statuses from best to worst; `unknown` stands apart and is ordered by `--strict` handling, not here. */
export const STATUS_ORDER: readonly Status[] = ['recommended', 'candidate', 'monitored', 'unlisted', 'unknown'];
/** What the protection is for: protecting new data, or processing data protected earlier (LS-0003). */
export type Purpose = 'new' | 'process';
export const PURPOSES: readonly Purpose[] = ['new', 'process'];

/** Why a verdict is what it is. `code` is stable; the texts are for people. */
export type ReasonCode =
  | 'listed' | 'not-listed' | 'instance-of' | 'curve-coverage' | 'weak-key' | 'key-deadline' | 'legacy-use' | 'note-condition'
  | 'note-unmet' | 'entry-key-size' | 'composite' | 'hybrid' | 'bare-key' | 'protocol-guideline' | 'out-of-scope'
  | 'strict-combination' | 'unknown-name' | 'unknown-parameter' | 'provisional-list' | 'compatibility-only' | 'implicit-parameter'
  | 'no-protection' | 'hash-strength' | 'nothing-to-judge';

export interface Reason extends Localized {
  readonly code: ReasonCode;
  /** The note a reason rests on, where it does. */
  readonly note?: string;
  /** How sure this reason is, where it is less sure than the list itself. */
  readonly confidence?: Confidence;
  /** The last year of a period, for `key-deadline` and `weak-key`. */
  readonly deadline?: number;
  /** Close known names, for `unknown-name`. */
  readonly suggestions?: readonly string[];
}

/** A note of the list that applies to a verdict. */
export interface VerdictNote extends Localized {
  readonly id: string;
  readonly conditions?: readonly NoteCondition[];
  readonly confidence?: Confidence;
}

/** Strength status for new protection: `ok`, allowed until the end of a year, or not allowed. */
export type NewUse = 'ok' | `until-${number}` | 'not-allowed';
/** Strength status for processing existing data: `ok`, tolerated as legacy use, or not allowed. */
export type ProcessUse = 'ok' | 'legacy' | 'not-allowed';

/** Security strength per LS-0003 at a date. */
export interface Strength {
  /** Estimated security strength in bits; 0 means below the lowest level the table knows (80). */
  readonly bits: number;
  /** The LS-0003 level reached (112, 128, 192, 256), or null below the minimum. */
  readonly level: number | null;
  /** What the figure rests on. */
  readonly basis: 'symmetric' | 'ifc' | 'ffc' | 'ecc' | 'collision' | 'preimage' | 'pq-category';
  readonly new: NewUse;
  readonly process: ProcessUse;
  /** The last year new protection at this level is allowed, where the timeline sets one. */
  readonly deadline?: number;
  /** The date judged at, YYYY-MM-DD. */
  readonly at: string;
  readonly confidence: Confidence;
}

/** Which document a verdict rests on. */
export interface Provenance {
  readonly id: string;
  readonly version: string;
  readonly document: string;
  readonly published: string;
  readonly confidence: Confidence;
  readonly provisional: boolean;
}

/** The judgement of one input. */
export interface Verdict {
  /** The input as given (for an object input, its algorithm name). */
  readonly input: string;
  readonly status: Status;
  /** Canonical display label of what the input denotes. */
  readonly label?: string;
  readonly algorithm?: { readonly id: string; readonly name: string; readonly kind: string; readonly category?: string };
  /** The role this verdict plays inside a composite. */
  readonly role?: string;
  readonly components?: readonly Verdict[];
  readonly strength?: Strength;
  readonly notes: readonly VerdictNote[];
  readonly reasons: readonly Reason[];
  readonly list: Provenance;
  /** The lowest confidence of the data the verdict rests on. */
  readonly confidence: Confidence;
  /** Breakable by a large quantum computer (Shor): our own flag, apart from the list's tier. */
  readonly quantumVulnerable: boolean;
}

/** Options of check(). */
export interface CheckOptions {
  /** The list to judge against: `latest` (default), a version or semver range, or a list from loadList(). */
  readonly list?: ListSelector;
  /** The date to judge key strength at (default: today). A Date or YYYY-MM-DD. */
  readonly at?: Date | string;
  /** New protection (default) or processing of data protected earlier. */
  readonly purpose?: Purpose;
}

/** An input with parameters a name alone does not carry. `algorithm` is any name resolve() reads. */
export interface CheckObject {
  readonly algorithm: string;
  readonly keyBits?: number;
  readonly curve?: string;
  readonly outputBits?: number;
  readonly ivBits?: number;
  readonly tagBits?: number;
  /** What the algorithm is used for, e.g. `storage-encryption` (XTS's note). */
  readonly usage?: string;
  /** How many blocks are encrypted under one key (64-bit block ciphers' note). */
  readonly blocksPerKey?: number;
  /** Whether messages have a fixed length (CBC-MAC's note). */
  readonly fixedLength?: boolean;
}
