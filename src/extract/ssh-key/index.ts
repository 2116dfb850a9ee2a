/**
 * The ssh-key extractor (OpenSSH public keys, certificates, authorized_keys, known_hosts, RFC 4716 files) and the pieces
 * other code may reuse: the blob reader and the line splitter.
 * @module
 */
export { extractSshKeys, keyFileKindOf, looksLikeKeyFile, sshKeyExtractor, subjectOf } from './extractor.js';
export { certificateTime, parseKeyBlob, type SshCertificate, type SshKeyFamily, type SshPublicKey } from './blob.js';
export { parseKeyLine, type KeyFileKind } from './line.js';
