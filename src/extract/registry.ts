/**
 * The extractor registry: every extractor the scan runs by default, in one list. Adding an extractor is one line here
 * (see the Extractor contract in src/scan/types.ts); order does not matter, since every extractor that matches a file runs
 * (a `fallback` extractor only when no other one matches).
 * @module
 */
import type { Extractor } from '../scan/types.js';
import { apacheExtractor } from './apache/extractor.js';
import { genericConfig } from './generic-config.js';
import { haproxyExtractor } from './haproxy/extractor.js';
import { jwkExtractor } from './jwk/index.js';
import { nginxExtractor } from './nginx/extractor.js';
import { sshConfigExtractor, sshdConfigExtractor } from './openssh/index.js';
import { opensslCnfExtractor } from './openssl-cnf/extractor.js';
import { postfixExtractor } from './postfix/extractor.js';
import { sshKeyExtractor } from './ssh-key/index.js';
import { x509Extractor } from './x509/index.js';

const EXTRACTORS: readonly Extractor[] = [
  genericConfig,
  nginxExtractor,
  apacheExtractor,
  opensslCnfExtractor,
  haproxyExtractor,
  postfixExtractor,
  sshdConfigExtractor,
  sshConfigExtractor,
  x509Extractor,
  sshKeyExtractor,
  jwkExtractor,
];

/**
 * The extractors scan() runs when none are given (a fresh array: callers may add their own).
 * @example
 * await scan(['.'], { cwd, extractors: [...defaultExtractors(), myExtractor] });
 */
export function defaultExtractors(): Extractor[] {
  return [...EXTRACTORS];
}
