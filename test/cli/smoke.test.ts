/**
 * The one subprocess test: the built bin shim runs and prints the version. It runs only when dist/cli.js exists (after
 * `npm run build`); everything else about the CLI is tested in-process through run().
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const built = existsSync(`${root}dist/cli.js`);
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string };

describe.skipIf(!built)('built bin (dist/cli.js present)', () => {
  it('node bin/cryptrec.js --version prints the package version', () => {
    const out = execFileSync(process.execPath, ['bin/cryptrec.js', '--version'], { cwd: root, encoding: 'utf8' });
    expect(out).toBe(`${pkg.version}\n`);
  });
});
