/**
 * The server-configuration formats checkConfig() reads, each served by the extractor `cryptrec scan` runs on such files.
 * @module
 */
import type { Extractor } from '../scan/types.js';
import { apacheExtractor } from './apache/extractor.js';
import { haproxyExtractor } from './haproxy/extractor.js';
import { nginxExtractor } from './nginx/extractor.js';
import { opensslCnfExtractor } from './openssl-cnf/extractor.js';
import { postfixExtractor } from './postfix/extractor.js';
import { sshConfigExtractor, sshdConfigExtractor } from './openssh/index.js';

/** A configuration format of checkConfig(). */
export type ConfigFormat = 'nginx' | 'apache' | 'openssl' | 'haproxy' | 'postfix' | 'sshd' | 'ssh';

const BY_FORMAT: Readonly<Record<ConfigFormat, Extractor>> = {
  nginx: nginxExtractor, apache: apacheExtractor, openssl: opensslCnfExtractor, haproxy: haproxyExtractor, postfix: postfixExtractor,
  sshd: sshdConfigExtractor, ssh: sshConfigExtractor,
};

/** Every format, in the order the docs list them. */
export const CONFIG_FORMATS: readonly ConfigFormat[] = ['nginx', 'apache', 'openssl', 'haproxy', 'postfix', 'sshd', 'ssh'];

/**
 * The extractor of a format.
 * @example
 * configExtractor('nginx').id; // 'nginx'
 */
export function configExtractor(format: ConfigFormat): Extractor {
  return BY_FORMAT[format];
}
