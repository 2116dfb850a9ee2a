/**
 * Test helpers: copy the fixture tree into a temporary directory and add what cannot be checked in (.gitignore files, which
 * would hide fixtures from git; node_modules and dist, which the repository's .gitignore leaves out).
 */
import { cp, mkdtemp, readdir, rename, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = fileURLToPath(new URL('../fixtures/scan/tree/', import.meta.url));

/** A fresh copy of test/fixtures/scan/tree with its generated parts; remove it with `rm(dir, { recursive: true })`. */
export async function makeTree(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cryptrec-scan-'));
  await cp(FIXTURES, dir, { recursive: true });
  await renameGitignores(dir);
  const files: Record<string, string> = {
    'secret/keys.yml': 'hash: md5\n',
    'config/dev.local.yml': 'hash: md5\n',
    'sub/generated.yml': 'hash: md5\n',
    'node_modules/pkg/config.yml': 'hash: md5\n',
    'dist/config.yml': 'hash: md5\n',
    '.git/config.yml': 'hash: md5\n',
  };
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}

async function renameGitignores(dir: string): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const abs = join(dir, entry.name);
    if (entry.isDirectory()) await renameGitignores(abs);
    else if (entry.name === '_gitignore') await rename(abs, join(dir, '.gitignore'));
  }
}

export async function removeTree(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/** `path:line ruleId input` lines, for readable assertions. */
export function summary(findings: readonly { location?: { path: string; line: number }; ruleId: string; input: string; suppressed?: unknown }[]): string[] {
  return findings.map((f) => `${f.location?.path}:${f.location?.line} ${f.ruleId} ${f.input}${f.suppressed ? ' (suppressed)' : ''}`);
}
