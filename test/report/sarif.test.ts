import { describe, expect, it } from 'vitest';
import { renderSarif, FINGERPRINT_KEY, SRCROOT } from '../../src/report/sarif.js';
import { RULE_IDS } from '../../src/scan/types.js';
import { sampleReport, sarifValidator } from './helpers.js';

const validate = sarifValidator();

type Log = {
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: Record<string, any>[] } };
    results: Record<string, any>[];
    originalUriBaseIds: Record<string, { uri: string }>;
    invocations: Record<string, any>[];
  }[];
};
const render = (lang: 'en' | 'ja' = 'en', report = sampleReport()) => JSON.parse(renderSarif(report, lang)) as Log;

describe('SARIF 2.1.0', () => {
  it('is valid against the official OASIS schema', () => {
    for (const lang of ['en', 'ja'] as const) {
      const ok = validate(render(lang));
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it('the validator really rejects a broken log', () => {
    const log = render();
    (log.runs[0]!.results[0] as any).level = 'fatal';
    expect(validate(log)).toBe(false);
    const noVersion = { runs: [] };
    expect(validate(noVersion)).toBe(false);
  });

  it('is valid with no findings and no warnings', () => {
    const log = render('en', sampleReport({ findings: [], warnings: [] }));
    expect(validate(log)).toBe(true);
    expect(log.runs[0]!.results).toEqual([]);
  });

  it('has one run whose driver names the tool and describes every rule once', () => {
    const log = render();
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0]!.tool.driver;
    expect(driver.name).toBe('cryptrec');
    expect(driver.version).toBe('0.1.0');
    expect(driver.informationUri).toMatch(/^https:\/\//);
    expect(driver.rules.map((r) => r.id)).toEqual([...RULE_IDS]);
    for (const rule of driver.rules) {
      expect(rule.shortDescription.text.length).toBeGreaterThan(5);
      expect(rule.fullDescription.text.length).toBeGreaterThan(20);
      expect(rule.help.text.length).toBeGreaterThan(20);
      // English first, then the Japanese translation.
      expect(rule.help.markdown).toMatch(/[A-Za-z][\s\S]*---[\s\S]*[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(rule.properties.tags).toContain('security');
      expect(Number(rule.properties['security-severity'])).toBeGreaterThanOrEqual(0);
    }
  });

  it('sets security-severity by rule: high for unlisted, weak keys and unmet notes; medium for monitored and deadlines; low for unknown', () => {
    const rules = Object.fromEntries(render().runs[0]!.tool.driver.rules.map((r) => [r.id, r.properties['security-severity']]));
    expect(rules['cryptrec/unlisted']).toBe('7.5');
    expect(rules['cryptrec/weak-key']).toBe('7.5');
    expect(rules['cryptrec/note-condition']).toBe('7.5');
    expect(rules['cryptrec/monitored']).toBe('5.0');
    expect(rules['cryptrec/key-deadline']).toBe('5.0');
    expect(rules['cryptrec/unknown-algorithm']).toBe('3.0');
    expect(Number(rules['cryptrec/candidate'])).toBeLessThan(4);
  });

  it('gives results relative URIs under %SRCROOT%, 1-based regions and content fingerprints', () => {
    const report = sampleReport();
    const run = render('en', report).runs[0]!;
    expect(run.originalUriBaseIds[SRCROOT]!.uri).toBe('file:///work/project/');
    expect(run.results).toHaveLength(report.findings.length);
    const first = run.results[0]!;
    expect(first.ruleId).toBe('cryptrec/monitored');
    expect(first.level).toBe('warning');
    expect(first.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'config/app.yml', uriBaseId: SRCROOT },
      region: { startLine: 3, startColumn: 9, endColumn: 13 },
    });
    expect(first.partialFingerprints).toEqual({ [FINGERPRINT_KEY]: report.findings[0]!.fingerprint });
    for (const r of run.results) {
      const uri: string = r.locations[0].physicalLocation.artifactLocation.uri;
      expect(uri.startsWith('/')).toBe(false);
      expect(uri).not.toMatch(/^file:/);
    }
    // A space in a path is percent-encoded, as a URI reference must be.
    expect(run.results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri)).toContain('keys/server%20cert.pem');
  });

  it('points ruleIndex at the rule and keeps the rule level on the result', () => {
    const run = render().runs[0]!;
    for (const r of run.results) {
      expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
    }
    expect(run.results.find((r) => r.ruleId === 'cryptrec/weak-key')?.level).toBe('error');
  });

  it('marks suppressed findings with suppressions: inSource for comments, external for the baseline', () => {
    const run = render().runs[0]!;
    const inline = run.results.find((r) => r.properties.input === 'HMAC-SHA1')!;
    expect(inline.suppressions).toEqual([{ kind: 'inSource', status: 'accepted', justification: 'legacy partner API | ticket 7' }]);
    const baseline = run.results.find((r) => r.properties.input === '3-key Triple DES')!;
    expect(baseline.suppressions).toEqual([{ kind: 'external', status: 'accepted' }]);
    expect(run.results.find((r) => r.properties.input === 'md5')!.suppressions).toBeUndefined();
  });

  it('writes messages in the chosen language', () => {
    const en = render('en').runs[0]!.results[0]!.message.text as string;
    const ja = render('ja').runs[0]!.results[0]!.message.text as string;
    expect(en).toContain('monitored');
    expect(ja).toContain('運用監視');
  });

  it('reports warnings as tool execution notifications', () => {
    const inv = render().runs[0]!.invocations[0]!;
    expect(inv.executionSuccessful).toBe(true);
    expect(inv.toolExecutionNotifications[0].descriptor.id).toBe('binary-file');
    expect(inv.toolExecutionNotifications[0].locations[0].physicalLocation.artifactLocation.uri).toBe('logo.yml');
  });

  it('carries the asset of certificate findings in properties', () => {
    const r = render().runs[0]!.results.find((x) => x.properties.input === 'RSA-1024')!;
    expect(r.properties.asset.keyBits).toBe(1024);
    expect(r.ruleId).toBe('cryptrec/weak-key');
  });
});
