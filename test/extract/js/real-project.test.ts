import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsExtractor } from '../../../src/extract/js/index.js';
import { scan } from '../../../src/scan/scan.js';

/** The installed package's folder (a dev dependency), or undefined when it is not installed. */
function packageDir(name: string): string | undefined {
  try {
    const dir = dirname(createRequire(import.meta.url).resolve(`${name}/package.json`));
    return existsSync(dir) ? dir : undefined;
  } catch {
    return undefined;
  }
}

const jsonwebtoken = packageDir('jsonwebtoken');
const forge = packageDir('node-forge');
if (!jsonwebtoken) console.warn('jsonwebtoken is not installed (npm ci installs it as a dev dependency): its scan is skipped');
if (!forge) console.warn('node-forge is not installed (npm ci installs it as a dev dependency): its scan is skipped');

describe('a real project: the installed jsonwebtoken and node-forge', () => {
  it.skipIf(!jsonwebtoken)('scans jsonwebtoken without failure and finds its algorithm lists', async () => {
    const result = await scan(['.'], { cwd: jsonwebtoken!, includeNodeModules: true, all: true, extractors: [jsExtractor] });
    expect(result.warnings.filter((w) => w.code === 'extractor-failed')).toEqual([]);
    const inVerify = result.findings.filter((f) => f.location?.path === 'verify.js' && f.ruleId === 'cryptrec/recommended').map((f) => f.input);
    expect(inVerify).toEqual(expect.arrayContaining(['HS256', 'HS384', 'HS512', 'RS256', 'ES256']));
    // The algorithm jsonwebtoken signs with is the caller's choice: said to be chosen at run time.
    expect(result.findings.some((f) => f.location?.path === 'sign.js' && f.ruleId === 'cryptrec/dynamic-algorithm')).toBe(true);
    expect(result.findings.filter((f) => f.ruleId === 'cryptrec/parse-error')).toEqual([]);
  });

  it.skipIf(!forge)('scans node-forge without failure, leaving its minified bundles out', async () => {
    const result = await scan(['.'], { cwd: forge!, includeNodeModules: true, extractors: [jsExtractor] });
    expect(result.warnings.filter((w) => w.code === 'extractor-failed')).toEqual([]);
    expect(result.findings.filter((f) => f.ruleId === 'cryptrec/parse-error')).toEqual([]);
    expect(result.findings.filter((f) => f.location?.path.startsWith('dist/'))).toEqual([]);
  });
});
