import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULE_TEXT } from '../../src/i18n/messages.js';
import { allRules } from '../../src/report/rules.js';
import { RULE_IDS } from '../../src/scan/types.js';

const page = (name: string) => fileURLToPath(new URL(`../../docs/rules/${name}.md`, import.meta.url));

describe('rules', () => {
  it('every rule id has texts in both languages', () => {
    for (const id of RULE_IDS) {
      const text = RULE_TEXT[id.slice('cryptrec/'.length)];
      expect(text, id).toBeDefined();
      for (const t of [text!.full, text!.help]) {
        expect(t.en).toMatch(/[A-Za-z]{3}/);
        expect(t.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      }
    }
  });

  it('every rule id has a docs page, English then Japanese, saying what the SARIF help says', () => {
    for (const r of allRules()) {
      expect(existsSync(page(r.name)), r.id).toBe(true);
      const md = readFileSync(page(r.name), 'utf8');
      expect(md.startsWith(`# ${r.id}\n`)).toBe(true);
      for (const s of [r.title.en, r.text.full.en, r.text.help.en]) expect(md.indexOf(s), `${r.id}: ${s}`).toBeGreaterThan(0);
      const ja = md.indexOf(`# ${r.id}（日本語）`);
      expect(ja, r.id).toBeGreaterThan(md.indexOf(r.text.help.en));
      for (const s of [r.title.ja, r.text.full.ja, r.text.help.ja]) expect(md.indexOf(s, ja), `${r.id}: ${s}`).toBeGreaterThan(ja);
      expect(md).toContain(`| security-severity | ${r.securitySeverity} |`);
    }
  });

  it('has no pages for rules that do not exist', async () => {
    const { readdirSync } = await import('node:fs');
    const dir = fileURLToPath(new URL('../../docs/rules/', import.meta.url));
    const names = readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => `cryptrec/${f.slice(0, -3)}`);
    expect(names.sort()).toEqual([...RULE_IDS].sort());
  });
});
