import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/report/markdown.js';
import { sampleReport } from './helpers.js';

describe('Markdown audit report', () => {
  const md = renderMarkdown(sampleReport(), 'en');

  it('opens with the title, the list document and version, the date judged at and the tool version', () => {
    expect(md.startsWith('# CRYPTREC cryptography audit report\n')).toBe(true);
    expect(md).toContain('- **List**: CRYPTREC LS-0001-2022R1 (version 2022.1.0, published 2024-05-16, confidence high)');
    expect(md).toContain('- **Judged at**: 2025-01-01');
    expect(md).toContain('- **Tool**: cryptrec 0.1.0');
    expect(md).toContain('- **Files scanned**: 5 (1 skipped)');
  });

  it('has summary tables by status and by category', () => {
    expect(md).toMatch(/### By status\n\n\| status \| count \|\n\| --- \| ---: \|\n\| recommended \| 0 \|\n\| candidate \| 0 \|\n\| monitored \| 1 \|\n\| unlisted \| 2 \|\n\| unknown \| 2 \|\n\| \*\*total\*\* \| \*\*5\*\* \|/);
    expect(md).toContain('### By category');
    expect(md).toContain('| Hash function | 0 | 0 | 1 | 0 | 0 | 1 |');
    expect(md).toContain('| Public-key signature | 0 | 0 | 0 | 1 | 0 | 1 |');
    expect(md).toContain('| Not in a list category |');
  });

  it('lists findings per file, suppressed ones marked with their reason, pipes escaped', () => {
    expect(md).toContain('### `config/app.yml`');
    expect(md).toContain('| 3:9 | monitored | `sha1` | cryptrec/monitored | SHA-1 is monitored (compatibility only)');
    expect(md).toContain('*suppressed (inline comment: legacy partner API \\| ticket 7)*');
    expect(md).toContain('*suppressed (baseline)*');
    expect(md).toContain('### `keys/server cert.pem`');
    const sections = md.split('\n### ').map((s) => s.split('\n')[0]);
    expect(sections.indexOf('`config/app.yml`')).toBeLessThan(sections.indexOf('`legacy.properties`'));
  });

  it('ends with the notes cited and the warnings', () => {
    const notes = md.indexOf('## Notes cited');
    expect(notes).toBeGreaterThan(md.indexOf('## Findings'));
    expect(md.slice(notes)).toContain('- **n8**: Use in line with the government');
    expect(md).toContain('## Warnings\n\n- `logo.yml`: Binary file where text was expected; skipped.');
    expect(md.endsWith('\n')).toBe(true);
  });

  it('keeps every table row the same width in cells', () => {
    for (const table of md.split('\n\n').filter((b) => b.startsWith('|'))) {
      const rows = table.split('\n');
      const cells = (r: string) => r.replace(/\\\|/g, '').split('|').length;
      expect(new Set(rows.map(cells)).size).toBe(1);
    }
  });

  it('is written in Japanese with --lang ja', () => {
    const ja = renderMarkdown(sampleReport(), 'ja');
    expect(ja.startsWith('# CRYPTREC 暗号利用監査レポート\n')).toBe(true);
    expect(ja).toContain('- **リスト**：CRYPTREC LS-0001-2022R1（版 2022.1.0、公表 2024-05-16、確度 高）');
    expect(ja).toContain('### 判定別');
    expect(ja).toContain('| ハッシュ関数 |');
    expect(ja).toContain('## 引用した注記');
    expect(ja).toContain('SHA-1 及び RSA1024');
  });

  it('says there are no findings when there are none', () => {
    expect(renderMarkdown(sampleReport({ findings: [], warnings: [] }), 'en')).toContain('## Findings\n\nNo findings.');
  });
});
