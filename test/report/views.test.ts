import { describe, expect, it } from 'vitest';
import { getList, listVersions } from '../../src/catalog/versions.js';
import { diff } from '../../src/catalog/diff.js';
import { explain } from '../../src/judge/explain.js';
import { renderDiffText } from '../../src/report/diff.js';
import { renderExplainText } from '../../src/report/explain.js';
import { renderListsText } from '../../src/report/lists.js';

describe('lists', () => {
  it('tables every bundled version with document, date, confidence, latest and provisional', () => {
    const out = renderListsText(listVersions(), 'en', false);
    const lines = out.split('\n');
    expect(lines[0]).toBe('Bundled versions of the CRYPTREC Ciphers List');
    expect(lines[2]).toMatch(/^version +document +published +confidence +latest +provisional$/);
    expect(out).toMatch(/2012\.0\.0 +CRYPTREC LS-0001-2012 +2013-03-01 +medium\n/);
    expect(out).toMatch(/2022\.1\.0 +CRYPTREC LS-0001-2022R1 +2024-05-16 +high +yes\n/);
    expect(out).toMatch(/2022\.2\.0 +CRYPTREC LS-0001-2022R2 +\S+ +low +yes\n/);
    expect(out).toContain('`latest` selects 2022.1.0');
  });
  it('speaks Japanese', () => {
    const out = renderListsText(listVersions(), 'ja', false);
    expect(out).toContain('同梱している CRYPTREC 暗号リストの版');
    expect(out).toContain('暫定');
  });
});

describe('diff', () => {
  const from = getList('2012');
  const to = getList('2022.0');
  const d = diff(from, to);

  it('groups changes by category, in the catalog order, with tiers', () => {
    const out = renderDiffText(d, from, to, 'en', false);
    expect(out.split('\n')[0]).toBe('Changes from CRYPTREC LS-0001-2012 (2012.0.0) to CRYPTREC LS-0001-2022 (2022.0.0)');
    expect(out).toMatch(/64-bit block cipher\n +~ +3-key Triple DES +recommended → monitored/);
    expect(out).toMatch(/Stream cipher\n +- +RC4 +monitored \(removed\)/);
    expect(out).toMatch(/Public-key signature\n +\+ +EdDSA +recommended \(added\)/);
    expect(out.indexOf('Public-key signature')).toBeLessThan(out.indexOf('64-bit block cipher'));
    expect(out).toContain('notes added');
  });

  it('uses the catalog category names in Japanese', () => {
    const out = renderDiffText(d, from, to, 'ja', false);
    expect(out).toContain('共通鍵暗号／64ビットブロック暗号');
    expect(out).toContain('RC4  運用監視（削除）');
    expect(out).toContain('推奨 → 運用監視');
  });

  it('says when nothing changed', () => {
    const same = getList('2022.1');
    expect(renderDiffText(diff(same, same), same, same, 'en', false)).toContain('No changes.');
  });
});

describe('explain', () => {
  it('shows resolution, tiers in every version, notes, specs, strength table and the quantum flag', () => {
    const out = renderExplainText(explain('3-key Triple DES', { at: '2025-01-01' }), 'en', false);
    expect(out).toMatch(/^3-key Triple DES: monitored/);
    expect(out).toContain('resolves to');
    expect(out).toMatch(/2012\.0\.0 +recommended/);
    expect(out).toMatch(/2022\.0\.0 +monitored/);
    expect(out).toMatch(/2022\.2\.0 \(provisional\) +monitored/);
    expect(out).toContain('[n15]');
    expect(out).toContain('NIST SP 800-67');
    expect(out).toMatch(/> +112 +3-key Triple DES +2048 +2048\/224 +224-255 +2030/);
    expect(out).toContain('not known to be broken by a quantum computer');
  });

  it('shows composites and curves', () => {
    const hmac = renderExplainText(explain('HMAC-SHA1'), 'en', false);
    expect(hmac).toMatch(/version +HMAC +SHA-1/);
    expect(hmac).toContain('mac hmac + hash sha-1');
    const ec = renderExplainText(explain('ECDSA-P256'), 'en', false);
    expect(ec).toContain('NIST P-256');
    expect(ec).toContain('breakable by a large quantum computer');
  });

  it('says when a name cannot be read', () => {
    const out = renderExplainText(explain('qwerty-cipher'), 'ja', false);
    expect(out).toContain('qwerty-cipher：不明');
    expect(out).toContain('cryptrec はこの名前を判読できない');
  });
});
