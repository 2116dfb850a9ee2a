import { describe, expect, it } from 'vitest';
import { check } from '../../src/judge/check.js';
import { renderCheckJson, renderScanJson } from '../../src/report/json.js';
import { reportList } from '../../src/cli/commands/check.js';
import { AT, contractValidator, sampleReport } from './helpers.js';

const validateScan = contractValidator('findings');
const validateCheck = contractValidator('check');

describe('scan JSON', () => {
  const doc = JSON.parse(renderScanJson(sampleReport(), 'en'));

  it('is valid against schema/findings.schema.json', () => {
    expect(validateScan(doc)).toBe(true);
    expect(validateScan.errors ?? []).toEqual([]);
  });

  it('the schema rejects what the contract forbids', () => {
    expect(validateScan({ ...doc, findings: [{ ...doc.findings[0], ruleId: 'cryptrec/bogus' }] })).toBe(false);
    expect(validateScan({ ...doc, findings: [{ ...doc.findings[0], fingerprint: 'L12' }] })).toBe(false);
    const { summary: _s, ...noSummary } = doc;
    expect(validateScan(noSummary)).toBe(false);
  });

  it('has the contract fields in order', () => {
    expect(Object.keys(doc)).toEqual(['tool', 'list', 'at', 'purpose', 'findings', 'warnings', 'summary']);
    expect(doc.tool).toEqual({ name: 'cryptrec', version: '0.1.0' });
    expect(Object.keys(doc.findings[0])).toEqual(['ruleId', 'status', 'level', 'message', 'input', 'algorithm', 'location', 'extractor', 'confidence', 'fingerprint']);
    expect(doc.list.document).toMatch(/^CRYPTREC LS-0001-/);
    expect(doc.at).toBe(AT);
  });

  it('counts unsuppressed findings by status, and suppressed ones apart', () => {
    expect(doc.summary.byStatus).toEqual({ recommended: 0, candidate: 0, monitored: 1, unlisted: 2, unknown: 2 });
    expect(doc.summary.suppressed).toBe(2);
    expect(doc.summary.files).toBe(5);
    expect(doc.summary.durationMs).toBe(12);
  });

  it('keeps suppressed findings, marked, and assets', () => {
    expect(doc.findings.filter((f: { suppressed?: unknown }) => f.suppressed)).toHaveLength(2);
    expect(doc.findings.find((f: { input: string }) => f.input === 'RSA-1024').asset.kind).toBe('certificate');
  });

  it('writes messages in the chosen language', () => {
    const ja = JSON.parse(renderScanJson(sampleReport(), 'ja'));
    expect(ja.findings[0].message).toContain('運用監視');
    expect(validateScan(ja)).toBe(true);
  });
});

describe('check JSON', () => {
  it('is { list, results } and valid against schema/check.schema.json', () => {
    const names = ['sha1', 'md5', 'AES-128', 'RSA-2048', 'HMAC-SHA1', '3-key Triple DES', 'TLS 1.0', 'X25519', 'ECDSA-P256', 'nonsense-cipher'];
    const doc = JSON.parse(renderCheckJson(names.map((n) => check(n, { at: AT })), reportList('latest')));
    expect(Object.keys(doc)).toEqual(['list', 'results']);
    expect(doc.results.map((r: { input: string }) => r.input)).toEqual(names);
    expect(validateCheck(doc)).toBe(true);
    expect(validateCheck.errors ?? []).toEqual([]);
    expect(doc.results[0].status).toBe('monitored');
    expect(doc.results[1].status).toBe('unlisted');
  });

  it('names the newer provisional list where one was passed over', () => {
    const doc = JSON.parse(renderCheckJson([check('sha1', { at: AT })], reportList('latest')));
    expect(doc.list.version).toBe('2022.1.0');
    expect(doc.list.newerProvisional).toBe('2022.2.0');
    expect(validateCheck(doc)).toBe(true);
  });
});
