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
import { heuristicSourceExtractor } from './heuristic/index.js';
import { createJsExtractor } from './js/index.js';
import { jwkExtractor } from './jwk/index.js';
import { nginxExtractor } from './nginx/extractor.js';
import { sshConfigExtractor, sshdConfigExtractor } from './openssh/index.js';
import { opensslCnfExtractor } from './openssl-cnf/extractor.js';
import { postfixExtractor } from './postfix/extractor.js';
import { sshKeyExtractor } from './ssh-key/index.js';
import { x509Extractor } from './x509/index.js';

/** What the default extractors can be told. */
export interface DefaultExtractorOptions {
  /** Read source in build output folders (dist, build, .next ...) and minified bundles too (`--include-node-modules`). */
  readonly includeBuildOutput?: boolean;
}

/**
 * The extractors scan() runs when none are given (a fresh array: callers may add their own).
 * @example
 * await scan(['.'], { cwd, extractors: [...defaultExtractors(), myExtractor] });
 */
export function defaultExtractors(options: DefaultExtractorOptions = {}): Extractor[] {
  return [
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
    options.includeBuildOutput ? createJsExtractor({ includeBuildOutput: true }) : JS,
    heuristicSourceExtractor,
  ];
}

const JS = createJsExtractor();
