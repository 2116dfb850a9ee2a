import { describe, expect, it } from 'vitest';
import { check } from '../../src/judge/check.js';
import { reportList } from '../../src/cli/commands/check.js';
import { renderCheckText, renderScanText, statusWord, strengthText } from '../../src/report/text.js';
import type { RenderOptions } from '../../src/report/types.js';
import { AT, sampleReport } from './helpers.js';

const plain: RenderOptions = { lang: 'en', color: false, failOn: 'monitored', strict: false };
const ESC = '\u001b[';

describe('scan text', () => {
  const out = renderScanText(sampleReport(), plain);
  const lines = out.split('\n');

  it('prints one line per unsuppressed finding as path:line:col  status  input  why', () => {
    expect(lines[0]).toMatch(/^config\/app\.yml:3:9 +monitored +sha1 +SHA-1 is monitored/);
    expect(lines[1]).toMatch(/^config\/app\.yml:7:12 +unlisted +md5 +MD5 /);
    expect(out).toContain('keys/server cert.pem:1:1');
    expect(out).toContain('broken.json:4:3');
  });

  it('groups by file with a blank line between files', () => {
    expect(lines[2]).toBe('');
    const blocks = out.split('\n\n');
    expect(blocks[0]!.split('\n').every((l) => l.startsWith('config/app.yml:'))).toBe(true);
  });

  it('leaves suppressed findings out and counts them', () => {
    expect(out).not.toContain('HMAC-SHA1');
    expect(out).not.toContain('3-key Triple DES');
    expect(out).toContain('2 suppressed');
  });

  it('ends with a summary by status, what fails, and the list judged against', () => {
    expect(out).toContain('5 findings in 4 files (5 files scanned in 0.0 s): 2 unlisted, 1 monitored, 2 unknown; 2 suppressed, 1 skipped');
    expect(out).toContain('3 at or worse than monitored');
    expect(out).toMatch(/list: CRYPTREC LS-0001-2022R1 \(2022\.1\.0, published 2024-05-16\); judged at 2025-01-01/);
    expect(out).toContain('a newer, provisional version 2022.2.0');
  });

  it('lists warnings', () => {
    expect(out).toContain('warning: logo.yml: Binary file where text was expected; skipped.');
  });

  it('counts unknown as failing only with --strict', () => {
    expect(renderScanText(sampleReport(), { ...plain, strict: true })).toContain('5 at or worse than monitored (strict: unknown counts)');
    expect(renderScanText(sampleReport(), { ...plain, failOn: 'unlisted' })).toContain('2 at or worse than unlisted');
  });

  it('says so when there is nothing to report', () => {
    const none = renderScanText(sampleReport({ findings: [], warnings: [] }), plain);
    expect(none).toContain('No findings. (5 files scanned in 0.0 s)');
    expect(none).toContain('nothing at or worse than monitored');
  });

  it('with quiet prints only what fails, and nothing else', () => {
    const quiet = renderScanText(sampleReport(), { ...plain, quiet: true });
    expect(quiet.trim().split('\n').filter(Boolean)).toHaveLength(3);
    expect(quiet).not.toContain('warning:');
    expect(quiet).not.toContain('list:');
    expect(quiet).not.toContain('no-such-cipher');
    expect(renderScanText(sampleReport({ findings: [] }), { ...plain, quiet: true })).toBe('');
  });

  it('colours status words only when asked', () => {
    expect(out).not.toContain(ESC);
    const coloured = renderScanText(sampleReport(), { ...plain, color: true });
    expect(coloured).toContain(`${ESC}33mmonitored${ESC}39m`);
    expect(coloured).toContain(`${ESC}31munlisted${ESC}39m`);
  });

  it('speaks Japanese', () => {
    const ja = renderScanText(sampleReport(), { ...plain, lang: 'ja' });
    expect(ja).toContain('運用監視');
    expect(ja).toContain('リスト外');
    expect(ja).toContain('4 ファイルで 5 件を検出');
    expect(ja).toContain('抑制 2 件');
    expect(ja).toContain('判定日 2025-01-01');
    expect(ja).toContain('運用監視と同等以上に問題のある判定 3 件');
  });
});

describe('check text', () => {
  const list = reportList('latest');
  const out = renderCheckText(['sha1', 'AES-128', 'RSA-1024', 'HMAC-SHA1', 'not-a-cipher'].map((n) => check(n, { at: AT })), list, AT, plain);

  it('prints one block per name with status, label, list, strength, reasons, notes and the quantum flag', () => {
    const blocks = out.split('\n\n');
    expect(blocks).toHaveLength(6);
    expect(blocks[0]).toMatch(/^sha1: monitored  SHA-1\n/);
    expect(blocks[0]).toContain('list             CRYPTREC LS-0001-2022R1 (2022.1.0, published 2024-05-16)');
    expect(blocks[0]).toContain('strength         63 bits (collision resistance), below the 112-bit minimum');
    expect(blocks[0]).toContain('[n8] Use in line with');
    expect(blocks[0]).toContain('SHA-1 is on the Monitored Ciphers List');
    expect(blocks[2]).toContain('breakable by a large quantum computer');
    expect(blocks[3]).toMatch(/parts\n +mac +HMAC +recommended\n +hash +SHA-1 +monitored/);
    expect(blocks[4]).toMatch(/^not-a-cipher: unknown/);
    expect(blocks[5]).toContain('5 names checked; 3 at or worse than monitored');
  });

  it('speaks Japanese', () => {
    const ja = renderCheckText([check('sha1', { at: AT })], list, AT, { ...plain, lang: 'ja' });
    expect(ja).toMatch(/^sha1：運用監視  SHA-1/);
    expect(ja).toContain('運用監視暗号リスト');
    expect(ja).toContain('注記');
  });

  it('with quiet prints only the names that fail', () => {
    const quiet = renderCheckText([check('sha1', { at: AT }), check('AES-128', { at: AT })], list, AT, { ...plain, quiet: true });
    expect(quiet).toContain('sha1');
    expect(quiet).not.toContain('AES-128');
  });
});

describe('words', () => {
  it('names statuses in both languages', () => {
    expect(statusWord('unlisted', 'en')).toBe('unlisted');
    expect(statusWord('unlisted', 'ja')).toBe('リスト外');
  });

  it('says what a strength allows', () => {
    const st = check('RSA-2048', { at: AT }).strength!;
    expect(strengthText(st, 'en')).toBe('112 bits (integer factorisation), level 112; new protection: allowed through 2030; processing existing data: allowed; judged at 2025-01-01');
    expect(strengthText(st, 'ja')).toContain('2030 年まで可');
  });
});
