/**
 * Reading the name lists that real programs print (openssl list, ssh -Q, Node's crypto), live when the program is on this
 * machine and from the checked-in snapshots under test/fixtures/names/ otherwise, for the oracle and coverage tests.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/names');
export const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
export const has = (program: string, args: string[]): boolean => spawnSync(program, args, { encoding: 'utf8' }).status === 0;

export interface ListNames {
  /** Every name, alias and OID the listing prints. */
  readonly names: string[];
  /** Names OpenSSL prints together, `{ a, b, c } @ provider`: one algorithm. */
  readonly groups: string[][];
  /** `alias => name` lines. */
  readonly arrows: [string, string][];
}

/** Reads every name out of `openssl list -<kind>-algorithms` output (OpenSSL 3 format). */
export function parseOpensslList(text: string): ListNames {
  const names = new Set<string>();
  const groups: string[][] = [];
  const arrows: [string, string][] = [];
  const all = text.split('\n');
  for (let i = 0; i < all.length; i++) {
    const line = (all[i] ?? '').trim();
    if (line === '' || /^(Legacy|Provided|Key Managers)\b.*:$/.test(line) || /^Type: /.test(line)) continue;
    let m: RegExpExecArray | null;
    if ((m = /^Name: (.*)$/.exec(line))) {
      // "Name: OpenSSL RSA method" is a description; an alias is a Name followed by "Alias for:".
      const next = (all[i + 1] ?? '').trim();
      if (next.startsWith('Alias for:')) names.add(m[1]!);
      continue;
    }
    if ((m = /^(?:OID|PEM string|Alias for): (.*)$/.exec(line))) names.add(m[1]!);
    else if ((m = /^(?:IDs: )?\{ (.*) \} @ \S+$/.exec(line))) {
      const group = m[1]!.split(', ');
      group.forEach((n) => names.add(n));
      groups.push(group);
    } else if ((m = /^(?:IDs: )?(\S+) @ \S+$/.exec(line))) names.add(m[1]!);
    else if ((m = /^(\S+) => (\S+)$/.exec(line))) {
      names.add(m[1]!);
      names.add(m[2]!);
      arrows.push([m[1]!, m[2]!]);
    } else if ((m = /^(\S+)$/.exec(line))) names.add(m[1]!);
    else throw new Error(`unexpected line in openssl list output: ${line}`);
  }
  return { names: [...names], groups, arrows };
}

