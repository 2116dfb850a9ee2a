/**
 * Hand-made findings and reports for the renderer tests, built from real verdicts so that messages and notes are the
 * judge's own, plus validators for the published JSON Schemas and the official SARIF 2.1.0 schema.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { check } from '../../src/judge/check.js';
import { checkFindings } from '../../src/cli/check-findings.js';
import { reportList } from '../../src/cli/commands/check.js';
import type { ScanReport } from '../../src/report/types.js';
import type { Finding, Location } from '../../src/scan/types.js';

export const AT = '2025-01-01';
export const ROOT = '/work/project';

const repo = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
export const readJson = (p: string): unknown => JSON.parse(readFileSync(repo(p), 'utf8'));

/** A finding for a name at a place, judged for real. */
export function findingFor(name: string, location?: Partial<Location> & { path: string }, extra: Partial<Finding> = {}): Finding {
  const [f] = checkFindings([check(name, { at: AT })], 'en');
  return {
    ...f!,
    extractor: 'generic-config',
    confidence: 'heuristic',
    ...(location ? { location: { line: 1, column: 1, ...location } } : {}),
    ...extra,
  };
}

/** A parse-error finding, the kind a scan gives for a broken file. */
export function parseErrorFinding(path: string): Finding {
  return {
    ruleId: 'cryptrec/parse-error', status: 'unknown', level: 'error',
    message: 'This file could not be parsed: Unexpected token }',
    messages: { en: 'This file could not be parsed: Unexpected token }', ja: 'このファイルを解析できない：予期しない }' },
    input: '', location: { path, line: 4, column: 3 }, extractor: 'generic-config', confidence: 'exact',
    fingerprint: 'f'.repeat(64),
  };
}

/** A report over a few files: failing, passing, suppressed, a parse error, a certificate asset, a path with a space. */
export function sampleReport(overrides: Partial<ScanReport> = {}): ScanReport {
  const findings: Finding[] = [
    findingFor('sha1', { path: 'config/app.yml', line: 3, column: 9, endColumn: 13 }),
    findingFor('md5', { path: 'config/app.yml', line: 7, column: 12 }),
    findingFor('HMAC-SHA1', { path: 'config/app.yml', line: 9, column: 5 }, { suppressed: { kind: 'inline', reason: 'legacy partner API | ticket 7' } }),
    findingFor('RSA-1024', { path: 'keys/server cert.pem', line: 1, column: 1 }, {
      asset: { kind: 'certificate', subject: 'CN=example', keyAlgorithm: 'rsa', keyBits: 1024, signatureAlgorithm: 'sha256WithRSAEncryption' },
      confidence: 'exact', extractor: 'x509',
    }),
    findingFor('3-key Triple DES', { path: 'legacy.properties', line: 2, column: 8 }, { suppressed: { kind: 'baseline' } }),
    findingFor('no-such-cipher', { path: 'legacy.properties', line: 5, column: 1 }),
    parseErrorFinding('broken.json'),
  ];
  return {
    tool: { name: 'cryptrec', version: '0.1.0', informationUri: 'https://www.npmjs.com/package/cryptrec' },
    list: reportList('latest'),
    at: AT,
    purpose: 'new',
    findings,
    warnings: [{ code: 'binary-file', message: 'Binary file where text was expected; skipped.', path: 'logo.yml' }],
    files: 5,
    skipped: 1,
    durationMs: 12.4,
    root: ROOT,
    ...overrides,
  };
}

/** Validates against schema/findings.schema.json or schema/check.schema.json (draft-07). */
export function contractValidator(file: 'findings' | 'check') {
  const ajv = new Ajv({ allErrors: true, strict: true });
  addFormats(ajv);
  return ajv.compile(readJson(`schema/${file}.schema.json`) as object);
}

/**
 * Validates against the official SARIF 2.1.0 schema (test/fixtures/sarif, draft 2020-12). The published schema writes a
 * case-insensitive pattern as `(?i)`, which JavaScript does not read; it becomes the `i` flag here.
 */
export function sarifValidator() {
  const regExp = Object.assign(
    (pattern: string, flags: string) => {
      const i = pattern.indexOf('(?i)');
      return i === -1 ? new RegExp(pattern, flags) : new RegExp(pattern.slice(0, i) + pattern.slice(i + 4), `${flags}i`);
    },
    { code: 'new RegExp' },
  );
  const schema = readJson('test/fixtures/sarif/sarif-schema-2.1.0.json') as { definitions: Record<string, Record<string, any>> };
  // The published file lists `anyOf` among region's properties; it is meant as region's own keyword (a region needs
  // startLine, charOffset or byteOffset), and Ajv rejects the schema as written. Put it where it was meant, stricter.
  const region = schema.definitions.region!;
  if (Array.isArray(region.properties?.anyOf)) {
    const { anyOf, ...properties } = region.properties;
    schema.definitions.region = { ...region, properties, anyOf };
  }
  const ajv = new Ajv2020({ allErrors: true, strict: false, code: { regExp } });
  addFormats(ajv);
  return ajv.compile(schema);
}
