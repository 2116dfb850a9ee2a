/**
 * Content fingerprints of findings (DESIGN.md: "fingerprints from content, never line numbers"), in the manner of SARIF
 * 2.1.0 §3.27.17 partialFingerprints: SHA-256 (FIPS 180-4) of the file path, the trimmed text of the finding's line, the
 * name as written and the rule, plus how many identical lines came before in the same file. Editing other lines leaves a
 * fingerprint alone; editing the line itself, moving the file or a change of rule makes a new one.
 * @module
 */
import { sha256Hex } from '../catalog/digest.js';

/** What a fingerprint is made of. */
export interface FingerprintParts {
  readonly path: string;
  /** The text of the finding's line (it is trimmed here). */
  readonly lineText: string;
  readonly input: string;
  readonly ruleId: string;
}

/**
 * One fingerprint. `occurrence` counts earlier findings with the same parts in the same file (0 for the first).
 * @example
 * fingerprint({ path: 'app.yml', lineText: '  hash: sha1', input: 'sha1', ruleId: 'cryptrec/monitored' }, 0); // 64 hex digits
 */
export function fingerprint(parts: FingerprintParts, occurrence: number): string {
  // NUL cannot occur in a path or a line of text, so the fields cannot run into each other.
  return sha256Hex(`${parts.path}\0${parts.lineText.trim()}\0${parts.input}\0${parts.ruleId}\0${occurrence}`);
}

/**
 * Fingerprints for findings in file order: identical parts get increasing occurrence indexes.
 * @example
 * fingerprintAll([a, a2]); // a2 has the same parts as a: [fp(a, 0), fp(a, 1)]
 */
export function fingerprintAll(items: readonly FingerprintParts[]): string[] {
  const seen = new Map<string, number>();
  return items.map((p) => {
    const key = `${p.path}\0${p.lineText.trim()}\0${p.input}\0${p.ruleId}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return fingerprint(p, n);
  });
}
