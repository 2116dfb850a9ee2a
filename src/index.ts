/**
 * cryptrec: check algorithms, key sizes and configurations against Japan's CRYPTREC Ciphers List (unofficial).
 * Explicit named exports only.
 * @module
 */
export { CryptrecError, type SourcePosition } from './errors.js';
export { listVersions, getList, type CipherList, type ListSelector, type ListVersionInfo } from './catalog/versions.js';
export { loadList, type LoadListOptions } from './catalog/custom.js';
export { diff, diffLists, type ListDiff, type DiffEntry, type DiffMove } from './catalog/diff.js';
export type {
  Algorithm, AlgorithmKind, Category, Confidence, Curve, ListDocument, ListEntry, Localized, Note, NoteCondition, Tier,
} from './catalog/types.js';
export { check, type CheckInput } from './judge/check.js';
export { explain, type Explanation } from './judge/explain.js';
export type {
  CheckObject, CheckOptions, Provenance, Purpose, Reason, ReasonCode, Status, Strength, Verdict, VerdictNote,
} from './judge/types.js';
export { resolve, type ResolveOptions } from './names/resolve.js';
export type { NamingScheme, Usage, UsageFact, UsageRole } from './names/types.js';
export { scan, DEFAULT_MAX_FILE_SIZE } from './scan/scan.js';
export { compareFindings } from './scan/order.js';
export type { ScanOptions, ScanResult, ScanWarning, ScanWarningCode, Baseline, BaselineEntry, Lang } from './scan/options.js';
export { createBaseline, baselineText, parseBaseline, loadBaseline, saveBaseline, applyBaseline } from './scan/baseline.js';
export { defaultExtractors } from './extract/registry.js';
export type {
  Asset, ExtractContext, Extraction, Extractor, ExtractorConfidence, Finding, Level, Location, RuleId,
} from './scan/types.js';
export { RULE_IDS } from './scan/types.js';
export {
  expandCipherString, expandCiphersuites, opensslCipherSuites, OPENSSL_DEFAULT_CIPHER_LIST, OPENSSL_DEFAULT_CIPHERSUITES,
  OPENSSL_DEFAULT_TLS12_SUITES,
} from './openssl/index.js';
export type {
  CipherExpansion, CipherStringWarning, CipherStringWarningCode, ExpandedCipherSuite, ExpandOptions, OpensslCipherSuite,
} from './openssl/index.js';
export { checkConfig, type CheckConfigOptions } from './scan/check-config.js';
export { checkTlsOptions, type TlsOptions } from './scan/check-tls-options.js';
export type { ConfigFormat } from './extract/config-formats.js';
export type { JudgeOptions } from './scan/settings.js';
export type { IncludedFile, IncludeResult } from './scan/types.js';
