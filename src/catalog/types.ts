/**
 * Types of the bundled data: the algorithm and curve registries, the list versions, the strength requirements (LS-0003) and
 * the TLS guideline (GL-3001). They mirror the JSON Schemas in data/schema/.
 * @module
 */

/** How sure the data is: high = read in the primary document; medium = secondary sources; low = weak source or our decision. */
export type Confidence = 'high' | 'medium' | 'low';
/** The three tiers of the CRYPTREC Ciphers List. */
export type Tier = 'recommended' | 'candidate' | 'monitored';
/** A text in both languages the tool speaks. */
export interface Localized {
  readonly ja: string;
  readonly en: string;
}

export type AlgorithmKind =
  | 'block-cipher' | 'stream-cipher' | 'hash' | 'xof' | 'mac' | 'mode' | 'signature' | 'encryption' | 'key-agreement' | 'kem'
  | 'authenticated-encryption' | 'entity-authentication' | 'public-key' | 'kdf' | 'password-hash' | 'protocol' | 'none';

/** Key families, by the strength table's columns: integer factorisation, finite field, elliptic curve. */
export type KeyFamily = 'ifc' | 'ffc' | 'ecc';

/** What an algorithm is, listed or not. */
export interface Algorithm {
  readonly id: string;
  readonly name: string;
  readonly kind: AlgorithmKind;
  readonly specs: readonly string[];
  readonly keyFamily?: KeyFamily;
  readonly instanceOf?: string;
  readonly instanceConfidence?: Confidence;
  readonly instanceReason?: Localized;
  readonly usedBy?: readonly string[];
  readonly curve?: string;
  readonly blockBits?: number;
  readonly keyBits?: readonly number[];
  readonly outputBits?: number;
  readonly strengthBits?: number;
  readonly collisionBits?: number;
  readonly collisionSource?: string;
  readonly securityCategory?: number;
  readonly authenticated?: boolean;
  readonly quantumVulnerable?: boolean;
}

export type CurveCoverage = 'nist' | 'other';

/** What an elliptic curve is. */
export interface Curve {
  readonly id: string;
  readonly name: string;
  readonly field: 'prime' | 'binary';
  readonly form: 'weierstrass' | 'montgomery' | 'edwards';
  readonly orderBits: number;
  readonly strengthBits?: number;
  readonly coverage: CurveCoverage;
  readonly specs: readonly string[];
}

export interface CoverageRule {
  readonly confidence: Confidence;
  readonly reason: Localized;
}

/** A condition that a note places on use, in machine-readable form. */
export type NoteCondition =
  | { readonly type: 'max-blocks-per-key'; readonly blocks: number; readonly with?: string }
  | { readonly type: 'iv-bits'; readonly bits: number }
  | { readonly type: 'min-output-bits'; readonly bits: number }
  | { readonly type: 'usage-only'; readonly usage: string }
  | { readonly type: 'block-bits'; readonly bits: number }
  | { readonly type: 'prefer-block-bits'; readonly bits: number }
  | { readonly type: 'fixed-length-messages' }
  | { readonly type: 'plaintext-multiple-of-bits'; readonly bits: number }
  | { readonly type: 'construction'; readonly construction: string }
  | { readonly type: 'protocols-only'; readonly protocols: readonly string[] }
  | { readonly type: 'compatibility-only' };

export interface Note extends Localized {
  readonly confidence?: Confidence;
  readonly conditions?: readonly NoteCondition[];
}

export interface Category extends Localized {
  readonly id: string;
  readonly group: string;
  readonly nameConfidence?: Confidence;
}

export interface TierInfo extends Localized {
  readonly meaning: Localized;
  readonly conditions?: readonly NoteCondition[];
}

/** One line of a list version: an algorithm, its tier and category, and the notes attached to it. */
export interface ListEntry {
  readonly algorithm: string;
  readonly tier: Tier;
  readonly category: string;
  readonly notes: readonly string[];
  /** Where the entry names one key size only (e.g. "128-bit RC4"). */
  readonly keyBits?: readonly number[];
  /** Overrides the version's confidence for this entry. */
  readonly confidence?: Confidence;
}

export interface CategoryNote {
  readonly category: string;
  readonly tier: Tier;
  readonly notes: readonly string[];
}

/** One version of a list as written in its YAML file. */
export interface ListDocument {
  readonly list: string;
  readonly version: string;
  readonly document: string;
  readonly title: Localized;
  readonly published: string;
  readonly supersedes?: string;
  readonly source: string;
  readonly confidence: Confidence;
  readonly provisional: boolean;
  readonly unconfirmed?: readonly Localized[];
  readonly entries: readonly ListEntry[];
  readonly categoryNotes?: readonly CategoryNote[];
  readonly notes: Readonly<Record<string, Note>>;
}

export interface StrengthPeriod {
  readonly migrationFrom?: number;
  readonly lastYear?: number;
  readonly acceptableAtLeastThrough?: number;
  readonly afterwards?: 'legacy';
}

export interface StrengthLevel {
  readonly bits: number;
  readonly new: StrengthPeriod;
  readonly process: StrengthPeriod;
  readonly confidence: Confidence;
}

export interface StrengthEquivalence {
  readonly bits: number;
  readonly symmetric: string;
  readonly ifc: number;
  readonly ffc: { readonly p: number; readonly q: number };
  readonly ecc: { readonly min: number; readonly max?: number };
  readonly confidence: Confidence;
  readonly source: string;
}

/** LS-0003: security levels, their timeline, and key sizes per level. */
export interface StrengthDocument {
  readonly document: string;
  readonly title: Localized;
  readonly published: string;
  readonly source: string;
  readonly confidence: Confidence;
  readonly definition: Localized;
  readonly periodEnd: { readonly chosen: 'calendar' | 'fiscal'; readonly confidence: Confidence; readonly reason: Localized };
  readonly minimumBits: number;
  readonly levels: readonly StrengthLevel[];
  readonly equivalences: readonly StrengthEquivalence[];
  readonly hashStrength: { readonly collision: string; readonly preimage: string; readonly confidence: Confidence };
}

export interface GuidelineProtocol extends Localized {
  readonly protocol: string;
  readonly status: Tier | 'unlisted';
}

/** GL-3001: the TLS guideline's protocol-version rules. */
export interface GuidelineDocument {
  readonly document: string;
  readonly title: Localized;
  readonly version: string;
  readonly published: string;
  readonly source: string;
  readonly confidence: Confidence;
  readonly levels: Readonly<Record<string, Localized>>;
  readonly protocols: readonly GuidelineProtocol[];
}

/** One compiled source file: its path under data/, the digest of its bytes, and the digest of its parsed content. */
export interface CompiledSource {
  readonly path: string;
  readonly sourceSha256: string;
  readonly contentSha256: string;
  readonly content: unknown;
}

/** The compiled catalog as the build writes it. */
export interface CompiledCatalog {
  readonly format: 1;
  readonly sources: readonly CompiledSource[];
}
