/** The heuristic extractor through scan(): rule ids, levels and confidence as a CI lint step sees them. */
import { describe, expect, it } from 'vitest';
import { heuristicSourceExtractor } from '../../../src/extract/heuristic/index.js';
import { scan } from '../../../src/scan/scan.js';

const ROOT = new URL('../../fixtures/source/other/', import.meta.url).pathname;

describe('scan() with the heuristic source extractor', () => {
  it('flags deprecated algorithms in code, with rule ids and heuristic confidence', async () => {
    const result = await scan(['.'], { cwd: ROOT, gitignore: false, extractors: [heuristicSourceExtractor], at: '2026-11-21' });
    const findings = result.findings;
    expect(findings.length).toBeGreaterThan(40);
    expect(findings.every((f) => f.extractor === 'heuristic-source' && f.confidence === 'heuristic')).toBe(true);
    const at = (path: string, line: number) => findings.filter((f) => f.location?.path === path && f.location.line === line).map((f) => f.ruleId);
    const java = 'java/billing-service/src/main/java/com/example/billing/PaymentCryptoService.java';
    expect(at(java, 37)).toEqual(['cryptrec/weak-key']); // DES/CBC: 56-bit strength
    expect(at(java, 43)).toEqual(['cryptrec/dynamic-algorithm']);
    expect(at(java, 64)).toEqual(['cryptrec/monitored']); // SHA1withRSA
    expect(at(java, 77)).toEqual(['cryptrec/weak-key']); // RSA-1024
    expect(at('python/django-accounts/accounts/utils.py', 26)).toEqual(['cryptrec/unlisted']); // md5
    expect(at('go/backup-cli/main.go', 7)).toEqual(['cryptrec/unlisted']); // crypto/md5
    expect(at('csharp/Portal.Web/Security/LegacyCryptoHelper.cs', 42)).toEqual(['cryptrec/key-deadline']); // TripleDES, monitored for now
    expect(at('php/laravel-shop/app/Services/LegacyCrypto.php', 13)).toEqual(['cryptrec/key-deadline']); // des-ede3-cbc
    expect(at('ruby/rails-shop/app/models/concerns/legacy_signing.rb', 19)).toEqual(['cryptrec/unlisted']); // Digest::MD5
    // A run-time choice is a note, not an error: it asks for a look, it does not fail the build by itself.
    const dynamic = findings.filter((f) => f.ruleId === 'cryptrec/dynamic-algorithm');
    expect(dynamic.length).toBeGreaterThan(5);
    expect(new Set(dynamic.map((f) => f.level))).toEqual(new Set(['note']));
    // Build output, virtual environments and generated files are not read.
    const paths = new Set(findings.map((f) => f.location?.path));
    for (const p of paths) expect(p).not.toMatch(/(?:^|\/)(?:target|\.venv)\/|\.pb\.go$/);
    // Recommended uses pass silently unless asked for (an RSA-2048 key still gets its key deadline).
    expect(findings.some((f) => f.ruleId === 'cryptrec/recommended')).toBe(false);
    expect(findings.some((f) => f.message.includes('Java MessageDigest.getInstance, constant DIGEST_ALGORITHM used at line 55'))).toBe(true);
  });

  it('honours inline suppressions', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'heuristic-'));
    writeFileSync(join(dir, 'a.py'), 'import hashlib\n# cryptrec-ignore-next-line: Gravatar needs MD5\nhashlib.md5(b"x")\nhashlib.sha1(b"y")\n');
    const result = await scan(['.'], { cwd: dir, extractors: [heuristicSourceExtractor], at: '2026-11-21' });
    const active = result.findings.filter((f) => !f.suppressed);
    expect(active.map((f) => `${f.location?.line} ${f.ruleId}`)).toEqual(['4 cryptrec/monitored']);
    expect(result.findings.find((f) => f.suppressed)?.suppressed?.kind).toBe('inline');
  });
});
