/**
 * In-process CLI tests: an io that collects stdout and stderr, an in-memory file layer over the real one, and small
 * project trees in temporary directories.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { run } from '../../src/cli/run.js';
import type { CliIO } from '../../src/cli/io.js';

export interface Ran {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** Files the run wrote through io.writeFile, by absolute path. */
  readonly written: Map<string, string>;
}

/** Runs the CLI in-process. Files written go to `written` (and are readable again by the same run). */
export async function cli(argv: readonly string[], io: Partial<CliIO> & { files?: Record<string, string> } = {}): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const written = new Map<string, string>(Object.entries(io.files ?? {}));
  const { files: _files, ...rest } = io;
  const code = await run(argv, {
    stdout: { write: (s: string) => { stdout += s; } },
    stderr: { write: (s: string) => { stderr += s; } },
    env: {},
    cwd: process.cwd(),
    isTTY: false,
    readFile: async (p) => written.get(p) ?? readFile(p, 'utf8'),
    writeFile: async (p, d) => { written.set(p, d); },
    ...rest,
  });
  return { code, stdout, stderr, written };
}

/** A project tree in a temporary directory. */
export async function makeProject(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cryptrec-cli-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}

export async function removeProject(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/** A small project with something of each kind. */
export const PROJECT: Record<string, string> = {
  'config/app.yml': [
    'crypto:',
    '  hash: sha1',
    '  cipher: AES-128',
    '  digest: md5 # cryptrec-ignore: old mobile clients, ticket 42',
    'signing:',
    '  algorithm: RSA-1024',
    '',
  ].join('\n'),
  'settings.properties': 'digest=MD5\n',
  '.gitignore': 'ignored.yml\n',
  'ignored.yml': 'hash: md5\n',
  'vendor/lib.yml': 'cipher: rc4\n',
  'node_modules/pkg/config.yml': 'hash: md5\n',
};
