import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scan } from '../../src/scan/scan.js';
import { commentOpeners, findSuppressions, suppressionFor } from '../../src/scan/suppress.js';
import type { Extractor } from '../../src/scan/types.js';

describe('findSuppressions: comment syntaxes', () => {
  it.each([
    ['app.yml', '# cryptrec-ignore-next-line: legacy'],
    ['app.py', '    # cryptrec-ignore-next-line: legacy'],
    ['app.ts', '// cryptrec-ignore-next-line: legacy'],
    ['app.ts', '/* cryptrec-ignore-next-line: legacy */'],
    ['app.java', ' * cryptrec-ignore-next-line: legacy'],
    ['index.html', '<!-- cryptrec-ignore-next-line: legacy -->'],
    ['settings.ini', '; cryptrec-ignore-next-line: legacy'],
    ['schema.sql', '-- cryptrec-ignore-next-line: legacy'],
    ['paper.tex', '% cryptrec-ignore-next-line: legacy'],
    ['run.bat', 'REM cryptrec-ignore-next-line: legacy'],
    ['run.cmd', ':: cryptrec-ignore-next-line: legacy'],
    ['jwt.properties', '! cryptrec-ignore-next-line: legacy'],
    ['.env', '# cryptrec-ignore-next-line: legacy'],
    ['Dockerfile', '# cryptrec-ignore-next-line: legacy'],
    ['unknown.xyz', '-- cryptrec-ignore-next-line: legacy'],
  ])('%s: %s', (path, comment) => {
    const { suppressions, problems } = findSuppressions(`${comment}\nhash: md5\n`, path);
    expect(suppressions).toEqual([{ line: 1, target: 2, rules: [], reason: 'legacy' }]);
    expect(problems).toEqual([]);
  });

  it.each([
    ['app.yml', 'hash: md5 # cryptrec-ignore: legacy'],
    ['app.ts', "const h = 'md5'; // cryptrec-ignore: legacy"],
    ['app.ts', "const h = 'md5'; /* cryptrec-ignore: legacy */ f();"],
    ['page.xml', '<hash>md5</hash> <!-- cryptrec-ignore: legacy -->'],
    ['php.ini', 'hash = md5 ; cryptrec-ignore: legacy'],
  ])('same line, %s: %s', (path, line) => {
    expect(findSuppressions(`${line}\n`, path).suppressions).toEqual([{ line: 1, target: 1, rules: [], reason: 'legacy' }]);
  });

  it.each([
    ['app.yml', 'name: cryptrec-ignore-next-line'],
    ['app.yml', '; cryptrec-ignore-next-line: ; is not a YAML comment'],
    ['app.ts', "f(); cryptrec-ignore: not in a comment"],
    ['app.ts', '# cryptrec-ignore: # is not a TypeScript comment'],
    ['app.yml', '# cryptrec-ignored: another word'],
    ['app.yml', '# xcryptrec-ignore: another word'],
  ])('not a directive, %s: %s', (path, line) => {
    expect(findSuppressions(`${line}\n`, path).suppressions).toEqual([]);
  });

  it('knows the comment syntaxes of file types', () => {
    expect(commentOpeners('a/b.yaml')).toEqual(['#']);
    expect(commentOpeners('.env.local')).toEqual(['#']);
    expect(commentOpeners('x.ini')).toEqual(['#', ';']);
    expect(commentOpeners('README')).toContain('REM');
  });
});

describe('findSuppressions: rule ids and reasons', () => {
  const one = (comment: string) => {
    const { suppressions, problems } = findSuppressions(`${comment}\n`, 'a.yml');
    return { ...suppressions[0], problems: problems.map((p) => `${p.code}${p.detail ? ` ${p.detail}` : ''}`) };
  };

  it('reads rule ids and a reason after a colon', () => {
    expect(one('# cryptrec-ignore-next-line cryptrec/monitored: legacy client, ticket 123')).toEqual({
      line: 1, target: 2, rules: ['cryptrec/monitored'], reason: 'legacy client, ticket 123', problems: [],
    });
  });

  it('reads several rule ids, short ones too, and a reason after " -- "', () => {
    expect(one('# cryptrec-ignore cryptrec/monitored, unlisted weak-key -- kept until the Q3 migration')).toMatchObject({
      target: 1, rules: ['cryptrec/monitored', 'cryptrec/unlisted', 'cryptrec/weak-key'], reason: 'kept until the Q3 migration', problems: [],
    });
  });

  it('takes words that are not rule ids as the reason, even without a colon', () => {
    expect(one('# cryptrec-ignore legacy client')).toMatchObject({ rules: [], reason: 'legacy client', problems: [] });
  });

  it('asks for a reason when there is none, and still suppresses', () => {
    expect(one('# cryptrec-ignore-next-line')).toMatchObject({ rules: [], problems: ['suppression-without-reason'] });
    expect(one('# cryptrec-ignore cryptrec/unlisted:')).toMatchObject({ rules: ['cryptrec/unlisted'], problems: ['suppression-without-reason'] });
    expect(one('# cryptrec-ignore').reason).toBeUndefined();
  });

  it('names unknown rule ids', () => {
    expect(one('# cryptrec-ignore cryptrec/monitord: typo')).toMatchObject({ rules: [], reason: 'typo', problems: ['suppression-unknown-rule cryptrec/monitord'] });
  });

  it('ends a block comment reason at its closer', () => {
    expect(findSuppressions('x <!-- cryptrec-ignore: why --> y\n', 'a.html').suppressions[0]?.reason).toBe('why');
    expect(findSuppressions('x /* cryptrec-ignore: why */ y\n', 'a.ts').suppressions[0]?.reason).toBe('why');
  });

  it('finds directives on the right lines, CRLF included', () => {
    const text = 'a: 1\r\n# cryptrec-ignore-next-line: one\r\nhash: md5\r\n\r\nmac: x # cryptrec-ignore: two\r\n';
    expect(findSuppressions(text, 'a.yml').suppressions).toEqual([
      { line: 2, target: 3, rules: [], reason: 'one' },
      { line: 5, target: 5, rules: [], reason: 'two' },
    ]);
  });

  it('suppressionFor matches the line and the rule', () => {
    const { suppressions } = findSuppressions('# cryptrec-ignore-next-line cryptrec/monitored: x\nhash: sha1\n', 'a.yml');
    expect(suppressionFor(suppressions, 2, 'cryptrec/monitored')?.reason).toBe('x');
    expect(suppressionFor(suppressions, 2, 'cryptrec/unlisted')).toBeUndefined();
    expect(suppressionFor(suppressions, 1, 'cryptrec/monitored')).toBeUndefined();
  });
});

describe('suppressions in a scan', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  it('apply in every comment syntax a file type has, keep the finding, and warn for missing reasons', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cryptrec-suppress-'));
    dirs.push(dir);
    // A toy extractor that reports `md5` wherever it is written, in any file, so comment syntaxes of many types can be tried.
    const anywhere: Extractor = {
      id: 'anywhere', matches: () => true,
      extract: (text) => {
        const lines = String(text).split('\n');
        return lines.flatMap((l, i) => (l.includes('md5') && !l.includes('cryptrec-ignore') ? [{
          kind: 'usage' as const, input: 'md5', subject: 'md5', confidence: 'heuristic' as const, location: { path: '', line: i + 1, column: l.indexOf('md5') + 1 },
        }] : []));
      },
    };
    const withPath: Extractor = { ...anywhere, extract: async (t, ctx) => (await anywhere.extract(t, ctx)).map((x) => ({ ...x, location: { ...x.location, path: ctx.path } })) };
    const files: Record<string, string> = {
      'a.ts': '// cryptrec-ignore-next-line: ts\nconst h = "md5";\nconst g = "md5";\n',
      'b.html': '<!-- cryptrec-ignore-next-line: html -->\n<p>md5</p>\n',
      'c.sql': '-- cryptrec-ignore-next-line\nselect md5(x);\n',
      'd.ini': '; cryptrec-ignore-next-line cryptrec/monitored: wrong rule\nhash = md5\n',
      'e.bat': 'REM cryptrec-ignore-next-line: bat\necho md5\n',
    };
    for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
    const result = await scan(['.'], { cwd: dir, extractors: [withPath] });
    expect(result.findings.map((f) => `${f.location?.path}:${f.location?.line} ${f.suppressed ? `suppressed ${f.suppressed.reason ?? '-'}` : 'open'}`)).toEqual([
      'a.ts:2 suppressed ts', 'a.ts:3 open', 'b.html:2 suppressed html', 'c.sql:2 suppressed -', 'd.ini:2 open', 'e.bat:2 suppressed bat',
    ]);
    expect(result.warnings.map((w) => `${w.code} ${w.path}:${w.line}`)).toEqual(['suppression-without-reason c.sql:1']);
  });
});
