/**
 * Password hashing: bcrypt (the `bcrypt`, `bcryptjs` and `@node-rs/bcrypt` packages: `hash`, `hashSync`) and Argon2 (the
 * `argon2` package: `hash(password, { type })` with `argon2.argon2i`/`argon2d`/`argon2id`, Argon2id by default as its
 * README says; `@node-rs/argon2`: `hash(password, { algorithm: Algorithm.Argon2i })`). They are outside the CRYPTREC
 * list's categories: reported as uses so that an inventory shows them, and the scan words them as notes, never failures.
 * @module
 */
import type { Site } from '../site.js';

const ARGON2_TYPES: Readonly<Record<string, string>> = { argon2d: 'argon2d', argon2i: 'argon2i', argon2id: 'argon2id' };
/** node-argon2's numeric type constants (its argon2.d.ts: argon2d = 0, argon2i = 1, argon2id = 2). */
const ARGON2_NUMBERS: readonly string[] = ['argon2d', 'argon2i', 'argon2id'];

/**
 * Reads a bcrypt or Argon2 call.
 * @example
 * passwordHash(site); // for `argon2.hash(pw, { type: argon2.argon2i })`: a usage of argon2i at `hash`
 */
export function passwordHash(site: Site): void {
  if (site.path.length !== 1) return;
  const method = site.method;
  if (method !== 'hash' && method !== 'hashSync' && method !== 'hashRaw' && method !== 'hashRawSync') return;
  const where = site.emit.at(site.segmentNode(0));
  if (site.root === 'bcrypt') {
    site.emit.usage(where, method, 'bcrypt', site.api, site.node);
    return;
  }
  const opts = site.value(1);
  const type = site.option(opts, site.root === 'argon2' ? 'type' : 'algorithm');
  let name = 'argon2id';
  if (type?.t === 'ref' && type.path.length >= 1) {
    const last = type.path[type.path.length - 1]!.toLowerCase();
    name = ARGON2_TYPES[last] ?? 'argon2';
  } else if (type?.t === 'num') name = ARGON2_NUMBERS[type.v] ?? 'argon2';
  else if (type && type.t !== 'undef') name = 'argon2';
  site.emit.usage(where, method, name, site.api, site.node);
}
