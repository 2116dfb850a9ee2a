import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildData, COMPILED_PATH, serialise } from '../../scripts/build-data.js';
import { loadCatalog } from '../../src/catalog/catalog.js';
import { sha256Hex } from '../../src/catalog/digest.js';
import { CryptrecError } from '../../src/errors.js';
import type { CompiledCatalog } from '../../src/catalog/types.js';

describe('the compiled catalog', () => {
  const committed = readFileSync(COMPILED_PATH, 'utf8');
  const build = buildData();

  it('the data lints clean', () => {
    expect(build.errors.map(String)).toEqual([]);
  });

  it('is not stale: compiling data/ again gives the committed file byte for byte', () => {
    expect(serialise(build.compiled) === committed, 'run npm run build:data and commit src/catalog/compiled.json').toBe(true);
  });

  it('records the SHA-256 of each source file\'s bytes', () => {
    for (const source of build.compiled.sources) {
      expect(source.sourceSha256).toBe(sha256Hex(readFileSync(`data/${source.path}`)));
    }
  });

  it('refuses a tampered catalog, naming the file', () => {
    const tampered = JSON.parse(committed) as { sources: { path: string; content: { entries?: { tier: string }[] } }[] };
    const r1 = tampered.sources.find((s) => s.path === 'cryptrec/ls-0001-2022r1.yaml');
    r1!.content.entries![0]!.tier = 'monitored';
    expect(() => loadCatalog(tampered as unknown as CompiledCatalog)).toThrow(CryptrecError);
    expect(() => loadCatalog(tampered as unknown as CompiledCatalog)).toThrow(/ls-0001-2022r1\.yaml does not match its SHA-256/);
  });

  it('refuses a catalog in an unknown format', () => {
    expect(() => loadCatalog({ format: 2, sources: [] } as unknown as CompiledCatalog)).toThrow(/format 1/);
  });
});
