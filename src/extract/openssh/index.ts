/**
 * OpenSSH configuration extractors (sshd_config(5), ssh_config(5), OpenSSH 9.2p1): the `sshd` and `ssh` extractors, and the
 * functions that give the effective algorithm lists with the origin of each name.
 * @module
 */
export { extractSshConfig, extractSshdConfig, isSshConfigPath, isSshdConfigPath, sshConfigExtractor, sshdConfigExtractor } from './extractors.js';
export { effectiveSshdAlgorithms, sshdAlgorithmsFor, type HostKeyRef, type SshdAnalysis, type SshdConnection, type SshdMatchBlock } from './sshd.js';
export { effectiveSshAlgorithms, sshAlgorithmsFor, type SshAnalysis, type SshDestination, type SshHostBlock } from './ssh.js';
export type { AlgorithmOrigin, EffectiveAlgorithm, EffectiveList } from './effective.js';
export type { OpenSshContext } from './context.js';
export type { Problem } from './source.js';
export { OPENSSH_VERSION } from './defaults.js';
