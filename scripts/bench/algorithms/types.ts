/**
 * Types shared by the algorithm benchmark (`npm run bench:algorithms`): the implementations compared, the subjects measured
 * (bulk primitives, signatures, key agreement), their known-answer vectors, and the rows the run reports.
 *
 * Every implementation adapter takes keys as JSON Web Keys (RFC 7517/7518, RFC 8037 for OKP) or raw bytes, so one key pair
 * can be handed to node:crypto, WebCrypto and @noble/curves alike and their outputs compared.
 * @module
 */
import type { JsonWebKey } from 'node:crypto';
import type { CheckInput, Status } from '../../../src/index.js';

/** A library that can run an algorithm in Node. */
export type ImplementationName = 'node:crypto' | 'WebCrypto' | '@noble/hashes' | '@noble/ciphers' | '@noble/curves';

/** Order in which implementations are listed and run; also the colour order of the chart. */
export const IMPLEMENTATIONS: readonly ImplementationName[] = ['node:crypto', 'WebCrypto', '@noble/hashes', '@noble/ciphers', '@noble/curves'];

/** What a row measures, for grouping ("the fastest recommended choice" is picked within one category). */
export type Category = 'hash' | 'mac' | 'cipher' | 'aead' | 'signature' | 'key agreement';

/** Parameters of a bulk primitive; which ones apply depends on the algorithm. */
export interface BulkParams {
  readonly key?: Uint8Array;
  /** IV, nonce or initial counter block. */
  readonly iv?: Uint8Array;
  /** Additional authenticated data (AEAD). */
  readonly aad?: Uint8Array;
  /** Output length in bytes (XOFs). */
  readonly outputLength?: number;
  /** Authentication tag length in bytes (AEAD). */
  readonly tagLength?: number;
}

/** A bulk primitive bound to its parameters: message in; digest, tag, or ciphertext followed by the tag out. */
export type BulkFn = (message: Uint8Array) => Uint8Array | Promise<Uint8Array>;

/** Binds a bulk primitive to its parameters (async because WebCrypto imports keys asynchronously). */
export interface BulkImplementation {
  readonly bind: (params: BulkParams) => Promise<BulkFn>;
  /** Shown next to the row, e.g. when the implementation is composed from a lower-level primitive. */
  readonly note?: string;
}

/** A known-answer vector for a bulk primitive. `source` names the standard, section and example. */
export interface BulkVector {
  readonly source: string;
  readonly params: BulkParams;
  readonly message: Uint8Array;
  readonly expected: Uint8Array;
}

/** A private/public key pair as JSON Web Keys. */
export interface JwkPair {
  readonly privateKey: JsonWebKey;
  readonly publicKey: JsonWebKey;
}

/** A signer bound to one key pair. */
export interface Signer {
  readonly sign: (message: Uint8Array) => Uint8Array | Promise<Uint8Array>;
  readonly verify: (message: Uint8Array, signature: Uint8Array) => boolean | Promise<boolean>;
}

/** Binds a signature scheme to a key pair. `deterministic` signers must reproduce a vector's signature byte for byte. */
export interface SignatureImplementation {
  readonly bind: (keys: JwkPair) => Promise<Signer>;
  readonly deterministic: boolean;
  readonly note?: string;
}

/** A known-answer vector for a signature scheme: every verifier must accept it; every deterministic signer must produce it. */
export interface SignatureVector {
  readonly source: string;
  readonly keys: JwkPair;
  readonly message: Uint8Array;
  readonly signature: Uint8Array;
}

/** Binds a key agreement to one's own private key and the peer's public key; each call derives the shared secret. */
export interface AgreementImplementation {
  readonly bind: (own: JsonWebKey, peer: JsonWebKey) => Promise<() => Uint8Array | Promise<Uint8Array>>;
  readonly note?: string;
}

/** A known-answer vector for a key agreement. */
export interface AgreementVector {
  readonly source: string;
  readonly own: JsonWebKey;
  readonly peer: JsonWebKey;
  readonly expected: Uint8Array;
}

interface SubjectBase {
  /** Stable id, e.g. `aes-128-gcm`, used in the JSON and to pick subjects. */
  readonly id: string;
  /** Display name, e.g. `AES-128-GCM`. */
  readonly label: string;
  readonly category: Category;
  /** What `check()` is asked to find the row's tier. */
  readonly checkInput: CheckInput;
}

/** A primitive measured in bytes per second at several message sizes. */
export interface BulkSubject extends SubjectBase {
  readonly kind: 'bulk';
  /** The operation measured: `digest`, `mac` or `encrypt`. */
  readonly operation: string;
  readonly vectors: readonly BulkVector[];
  /** Fresh parameters for timing (random key, fixed nonce: nonce reuse does not matter to a benchmark). */
  readonly benchParams: () => BulkParams;
  /** Message sizes must be a multiple of this (block ciphers without padding). */
  readonly blockSize?: number;
  readonly implementations: Partial<Record<ImplementationName, BulkImplementation>>;
}

/** A signature scheme measured in sign and verify operations per second. */
export interface SignatureSubject extends SubjectBase {
  readonly kind: 'signature';
  readonly vectors: readonly SignatureVector[];
  readonly generateKeys: () => Promise<JwkPair>;
  readonly implementations: Partial<Record<ImplementationName, SignatureImplementation>>;
}

/** A key agreement measured in shared-secret derivations per second. */
export interface AgreementSubject extends SubjectBase {
  readonly kind: 'agreement';
  readonly vectors: readonly AgreementVector[];
  readonly generateKeys: () => Promise<JwkPair>;
  readonly implementations: Partial<Record<ImplementationName, AgreementImplementation>>;
}

export type Subject = BulkSubject | SignatureSubject | AgreementSubject;

/** Timing statistics of one row, per operation (a sample may time several operations: see `opsPerSample`). */
export interface Measurement {
  /** Median time of one operation, in milliseconds. */
  readonly medianMs: number;
  /** Median absolute deviation of one operation's time, in milliseconds. */
  readonly madMs: number;
  /** The MAD as a percentage of the median. */
  readonly spreadPct: number;
  /** Relative margin of error of the mean (95 %), in percent, as tinybench reports it. */
  readonly rmePct: number;
  /** Number of timed samples the statistics rest on. */
  readonly samples: number;
  /** Operations run back to back in one sample, so that short operations are not lost in the timer's resolution. */
  readonly opsPerSample: number;
  /** Operations per second at the median. */
  readonly opsPerSecond: number;
  /** Bytes per second at the median (bulk rows only). */
  readonly bytesPerSecond?: number;
}

/** One implementation of one algorithm at one size (or one operation), measured or aborted. */
export interface BenchRow {
  readonly subject: string;
  readonly algorithm: string;
  readonly category: Category;
  readonly operation: string;
  readonly implementation: ImplementationName;
  /** Message size in bytes; null for signatures and key agreement. */
  readonly size: number | null;
  /** The row's status on the list, from `check()`: recommended, candidate, monitored, unlisted or unknown. */
  readonly tier: Status;
  /** Why, in `check()`'s own words (English). */
  readonly statusText: string;
  readonly note?: string;
  readonly measurement?: Measurement;
  /** Throughput relative to the fastest implementation of the same algorithm, operation and size (1 = fastest). */
  readonly relative?: number;
  /** Why the row was aborted: a known-answer or cross-validation mismatch, or an error while timing. */
  readonly error?: string;
}
