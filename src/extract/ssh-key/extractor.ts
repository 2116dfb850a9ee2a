/**
 * The `ssh-key` extractor: OpenSSH public keys and certificates in `*.pub` (and `*-cert.pub`), `authorized_keys*`,
 * `known_hosts*` and `ssh_known_hosts*`, RFC 4716 public key files, and any text file whose first line of content is an
 * SSH public key line. Each key becomes a `usage` extraction at its key type token: RSA and DSA keys with their size,
 * ECDSA keys with their curve (SEC 2 name), Ed25519 and Ed448, FIDO security keys as the key they wrap, and types this
 * extractor does not decode by their name. A certificate also gives its CA key (and, for an RSA CA, the signature
 * algorithm, which chooses SHA-1 or SHA-2, RFC 8332 §3), with its key id, principals, serial and end of validity in the
 * asset and `until`.
 *
 * What is printed: type names, sizes, curves, SHA-256 fingerprints, comments and host names, all of which `ssh-keygen -l`
 * prints. The base64 key data never is. Lines marked `@revoked` in known_hosts are checked for form but not judged: sshd
 * and ssh never accept them. Broken lines (bad base64, a cut blob, a type that disagrees with the blob, an unknown marker or
 * option) are `parse-error` extractions at the field, and the next line is read. Nothing here throws.
 * @module
 */
import type { Localized } from '../../catalog/types.js';
import type { CheckObject } from '../../judge/types.js';
import type { Asset, Extraction, Extractor, Location } from '../../scan/types.js';
import { blobType, certificateTime, parseKeyBlob, type SshPublicKey } from './blob.js';
import { parseKeyLine, type KeyFileKind, type KeyLine, type Ssh1KeyLine } from './line.js';
import { blobErrorMessage, lineProblemMessage, MESSAGES } from './messages.js';
import { RFC4716_BEGIN, readRfc4716 } from './rfc4716.js';
import { decodeBase64 } from './wire.js';

const ID = 'ssh-key';

/** Key data longer than this is not read: a certificate with two 16384-bit RSA keys is under 10 000 characters. */
export const MAX_BLOB_CHARS = 65_536;
/** Comments and host lists are shown up to this many characters. */
const MAX_SHOWN = 120;

/**
 * The kind of key file a path names, or undefined when the name says nothing.
 * @example
 * keyFileKindOf('home/u/.ssh/authorized_keys2'); // 'authorized-keys'
 * keyFileKindOf('etc/ssh/ssh_known_hosts');      // 'known-hosts'
 * keyFileKindOf('id_ed25519-cert.pub');          // 'public-key'
 */
export function keyFileKindOf(path: string): KeyFileKind | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1);
  // sshd(8) FILES: authorized_keys and authorized_keys2; known_hosts and ssh_known_hosts (and ssh_known_hosts2, known_hosts2,
  // ssh_config(5) GlobalKnownHostsFile / UserKnownHostsFile defaults), plus backups such as known_hosts.old.
  if (name.startsWith('authorized_keys')) return 'authorized-keys';
  if (name.startsWith('known_hosts') || name.startsWith('ssh_known_hosts')) return 'known-hosts';
  if (name.toLowerCase().endsWith('.pub')) return 'public-key';
  return undefined;
}

/** A key type then base64 key data, after at most two other fields: how a key line starts. */
const KEY_LINE_HEAD = /^(?:\S+[ \t]+){0,2}(?:ssh-(?:rsa|dss|ed25519|ed448)|ecdsa-sha2-[A-Za-z0-9-]+|sk-[A-Za-z0-9-]+@openssh\.com|[A-Za-z0-9-]+-cert-v0[01]@openssh\.com)[ \t]+AAAA[A-Za-z0-9+/]{4}/;

/**
 * Whether the first line of content (not blank, not a `#` comment) of a text is an SSH public key line or an RFC 4716
 * block, for files whose name says nothing.
 * @example
 * looksLikeKeyFile('# deploy keys\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI... ci'); // true
 * looksLikeKeyFile('{"kty": "RSA"}'); // false
 */
export function looksLikeKeyFile(head: string): boolean {
  const text = head.charCodeAt(0) === 0xfeff ? head.slice(1) : head;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end).trim();
    start = end + 1;
    if (line === '' || line.startsWith('#')) continue;
    return line === RFC4716_BEGIN || KEY_LINE_HEAD.test(line);
  }
  return false;
}

/** Whether the file's first line of content opens a PEM block (the X.509 and private key extractors' files). */
function startsWithPem(head: string): boolean {
  const m = /^\s*(\S[^\n]*)/.exec(head);
  return m !== null && m[1]!.startsWith('-----BEGIN ');
}

/** The ssh-key extractor. */
export const sshKeyExtractor: Extractor = {
  id: ID,
  matches: (path, head) => {
    if (head.includes('\u0000')) return false; // a binary file that happens to be called *.pub (Microsoft Publisher)
    const kind = keyFileKindOf(path);
    if (kind === 'public-key') return !startsWithPem(head);
    return kind !== undefined || looksLikeKeyFile(head);
  },
  extract: (content, ctx) => extractSshKeys(typeof content === 'string' ? content : new TextDecoder().decode(content), ctx.path),
};

/**
 * The extractions of one SSH public key file. Never throws.
 * @example
 * extractSshKeys('ssh-rsa AAAAB3NzaC1yc2E... backup@nas\n', 'id_rsa.pub');
 * // [{ kind: 'usage', input: 'ssh-rsa', subject: { algorithm: 'rsa', keyBits: 3072 }, location: { line: 1, column: 1, ... },
 * //    asset: { kind: 'ssh-key', subject: 'backup@nas', keyAlgorithm: 'RSA', keyBits: 3072 }, ... }]
 */
export function extractSshKeys(text: string, path: string, kind: KeyFileKind = keyFileKindOf(path) ?? 'unknown'): Extraction[] {
  const out: Extraction[] = [];
  // A byte order mark is no column an editor shows: columns count from after it.
  const lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split('\n');
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    let lead = 0;
    while (lead < line.length && (line.charCodeAt(lead) === 32 || line.charCodeAt(lead) === 9)) lead++;
    if (lead === line.length || line.charCodeAt(lead) === 35 /* # */) continue;
    const place = (start: number, length: number): Location => loc(path, i + 1, start, length);
    const body = line.slice(lead);
    if (body.startsWith('-----BEGIN ')) {
      // A PEM block (a certificate or key in another format) belongs to the X.509 extractor: step over it, to its END line.
      let end = i + 1;
      while (end < lines.length && !lines[end]!.trimStart().startsWith('-----END ')) end++;
      if (end < lines.length) i = end;
      continue;
    }
    if (body.trimEnd() === RFC4716_BEGIN) {
      i = rfc4716Block(lines, i, path, out);
      continue;
    }
    const parsed = parseKeyLine(line, kind);
    if (parsed.kind === 'error') {
      out.push(parseError(place(parsed.problem.start, 0), lineProblemMessage(parsed.problem)));
      continue;
    }
    for (const p of parsed.problems) out.push(parseError(place(p.start, 0), lineProblemMessage(p)));
    if (parsed.kind === 'ssh1') {
      ssh1Key(parsed.line, kind, place, out);
      continue;
    }
    keyLine(parsed.line, kind, place, out);
  }
  return out;
}

function loc(path: string, line: number, start: number, length: number): Location {
  return { path, line, column: start + 1, endLine: line, endColumn: start + 1 + length };
}

function parseError(location: Location, message: Localized): Extraction {
  const { endLine: _l, endColumn: _c, ...at } = location;
  return { kind: 'parse-error', message, location: at };
}

type Place = (start: number, length: number) => Location;

/** Decodes and reads a line's key; the key or, with a parse error pushed, undefined. */
function readBlob(line: KeyLine, place: Place, out: Extraction[]): SshPublicKey | undefined {
  const type = line.type;
  const blob = line.blob;
  if (blob === undefined) {
    out.push(parseError(place(type.start + type.text.length, 0), lineProblemMessage({ code: 'no-key-data', start: 0 })));
    return undefined;
  }
  if (blob.text.length > MAX_BLOB_CHARS) {
    out.push(parseError(place(blob.start, 0), MESSAGES.tooLong(MAX_BLOB_CHARS)));
    return undefined;
  }
  const decoded = decodeBase64(blob.text);
  if (!decoded.ok) {
    out.push(parseError(place(blob.start + Math.min(decoded.offset, blob.text.length), 0), MESSAGES.badBase64));
    return undefined;
  }
  const inBlob = blobType(decoded.bytes);
  if (inBlob !== undefined && inBlob !== type.text) {
    out.push(parseError(place(type.start, type.text.length), MESSAGES.typeMismatch(type.text, printable(inBlob))));
    return undefined;
  }
  const parsed = parseKeyBlob(decoded.bytes);
  if (!parsed.ok) {
    out.push(parseError(place(blob.start, 0), blobErrorMessage(parsed.error)));
    return undefined;
  }
  return parsed.key;
}

function keyLine(line: KeyLine, kind: KeyFileKind, place: Place, out: Extraction[]): void {
  const key = readBlob(line, place, out);
  if (key === undefined) return;
  // sshd(8): "@revoked ... never accepted for authentication or as certification authorities": nothing to judge.
  if (line.marker?.text === '@revoked') return;
  const role = roleOf(line, kind, key);
  const typeAt = place(line.type.start, line.type.text.length);
  const cert = key.certificate;
  if (cert === undefined) {
    const until = line.options?.expiry;
    const context = join(role, { en: `${key.fingerprint}${quoted(line.comment)}`, ja: `${key.fingerprint}${quoted(line.comment)}` },
      until ? { en: `accepted until ${until} (expiry-time)`, ja: `${until} まで有効（expiry-time）` } : undefined);
    const asset: Asset = { kind: 'ssh-key', subject: plainSubject(line, key), ...keyFacts(key) };
    out.push(usage(line.type.text, key, typeAt, context, asset, until));
    return;
  }
  const notAfter = certificateTime(cert.validBefore);
  const until = notAfter?.slice(0, 10);
  const principals = cert.principals.length ? cert.principals.map(printable).join(', ') : undefined;
  const subject = `${printable(cert.keyId)} (${principals ? `principals: ${principals}` : 'any principal'})`;
  const asset: Asset = {
    kind: 'ssh-key', subject, serial: cert.serial, ...(notAfter ? { notAfter } : {}), ...keyFacts(key),
    signatureAlgorithm: printable(cert.signatureAlgorithm),
  };
  const validity = notAfter
    ? { en: `valid ${certificateTime(cert.validAfter)?.slice(0, 10) ?? 'from the start'} to ${until!}`, ja: `有効期間 ${certificateTime(cert.validAfter)?.slice(0, 10) ?? '開始時'} 〜 ${until!}` }
    : { en: 'valid forever', ja: '有効期限なし' };
  const what = {
    en: `${cert.kind} certificate "${printable(cert.keyId)}" (serial ${cert.serial}, ${principals ? `principals ${principals}` : 'any principal'}, ${validity.en})`,
    ja: `${cert.kind === 'user' ? 'ユーザー' : 'ホスト'}証明書 "${printable(cert.keyId)}"（シリアル ${cert.serial}、${principals ? `プリンシパル ${principals}` : '全プリンシパル'}、${validity.ja}）`,
  };
  out.push(usage(line.type.text, key, typeAt, join(role, what, { en: `certified key ${key.fingerprint}`, ja: `証明対象の鍵 ${key.fingerprint}` }), asset, until));
  const ca = cert.signatureKey;
  const blobAt = place(line.blob!.start, line.blob!.text.length);
  out.push(usage(printable(ca.type), ca, blobAt, join(what, { en: `signed by the CA key ${ca.fingerprint}`, ja: `署名した CA 鍵 ${ca.fingerprint}` }), asset, until));
  if (ca.family === 'rsa') {
    // For an RSA CA the signature name chooses the hash (ssh-rsa is SHA-1, RFC 8332 §3); for the other key types it follows
    // from the key type and says nothing more.
    const sig = printable(cert.signatureAlgorithm);
    out.push({
      kind: 'usage', input: sig, subject: sig, location: blobAt, confidence: 'exact', asset,
      context: join(what, { en: 'signature algorithm of the CA', ja: 'CA の署名アルゴリズム' }), ...(until ? { until } : {}),
    });
  }
}

function usage(input: string, key: SshPublicKey, location: Location, context: Localized, asset: Asset, until?: string): Extraction {
  return { kind: 'usage', input, subject: subjectOf(key), location, confidence: 'exact', context, asset, ...(until ? { until } : {}) };
}

/**
 * What the scan judges for a key: the key itself with its size or curve (a CheckObject), or, for a type this extractor does
 * not decode, its SSH name.
 * @example
 * subjectOf({ family: 'ecdsa', curve: 'secp384r1', ... }); // { algorithm: 'ec', curve: 'secp384r1' }
 */
export function subjectOf(key: SshPublicKey): string | CheckObject {
  switch (key.family) {
    case 'rsa': return { algorithm: 'rsa', keyBits: key.keyBits! };
    case 'dsa': return { algorithm: 'dsa', keyBits: key.keyBits! };
    case 'ecdsa': return { algorithm: 'ec', curve: key.curve! };
    case 'ed25519': return { algorithm: 'ed25519' };
    case 'ed448': return { algorithm: 'ed448' };
    case undefined: return printable(key.type);
  }
}

const KEY_ALGORITHM = { rsa: 'RSA', dsa: 'DSA', ecdsa: 'EC', ed25519: 'Ed25519', ed448: 'Ed448' } as const;

function keyFacts(key: SshPublicKey): Pick<Asset, 'keyAlgorithm' | 'keyBits' | 'curve'> {
  return {
    keyAlgorithm: key.family ? KEY_ALGORITHM[key.family] : printable(key.type),
    ...(key.keyBits !== undefined ? { keyBits: key.keyBits } : {}),
    ...(key.curve !== undefined ? { curve: key.curve } : {}),
  };
}

function plainSubject(line: KeyLine, key: SshPublicKey): string {
  if (line.comment) return printable(line.comment);
  if (line.hosts && !line.hosts.text.startsWith('|')) return printable(line.hosts.text);
  return key.fingerprint;
}

/** What the key is for, by the file and its marker or options. */
function roleOf(line: KeyLine | Ssh1KeyLine, kind: KeyFileKind, key?: SshPublicKey): Localized {
  const sk = key?.application !== undefined ? { en: ' (FIDO security key)', ja: '（FIDO セキュリティキー）' } : { en: '', ja: '' };
  if (line.hosts !== undefined) {
    const hashed = line.hosts.text.startsWith('|');
    const hosts = hashed ? undefined : printable(line.hosts.text);
    if (line.marker?.text === '@cert-authority') {
      return { en: `host CA key for ${hosts ?? 'a hashed host name'}${sk.en}`, ja: `${hosts ?? 'ハッシュ化されたホスト名'} のホスト CA 鍵${sk.ja}` };
    }
    return { en: `host key of ${hosts ?? 'a hashed host name'}${sk.en}`, ja: `${hosts ?? 'ハッシュ化されたホスト名'} のホスト鍵${sk.ja}` };
  }
  if (line.options?.names.includes('cert-authority')) {
    return { en: `CA key trusted for user certificates${sk.en}`, ja: `ユーザー証明書用に信頼された CA 鍵${sk.ja}` };
  }
  if (kind === 'authorized-keys' || line.options !== undefined) return { en: `authorized key${sk.en}`, ja: `許可された鍵${sk.ja}` };
  return { en: `SSH public key${sk.en}`, ja: `SSH 公開鍵${sk.ja}` };
}

function ssh1Key(line: Ssh1KeyLine, kind: KeyFileKind, place: Place, out: Extraction[]): void {
  if (line.marker?.text === '@revoked') return;
  const role = roleOf(line, kind);
  const context = join(role, {
    en: `protocol 1 RSA key${quoted(line.comment)}, which OpenSSH 7.4 and later no longer read`,
    ja: `SSH プロトコル 1 の RSA 鍵${quoted(line.comment)}（OpenSSH 7.4 以降は読みません）`,
  });
  const asset: Asset = { kind: 'ssh-key', ...(line.comment ? { subject: printable(line.comment) } : {}), keyAlgorithm: 'RSA', keyBits: line.keyBits };
  out.push({
    kind: 'usage', input: `RSA-${line.keyBits}`, subject: { algorithm: 'rsa', keyBits: line.keyBits },
    location: place(line.bits.start, line.bits.text.length), confidence: 'exact', context, asset,
    ...(line.options?.expiry ? { until: line.options.expiry } : {}),
  });
}

/** Reads an RFC 4716 block at lines[begin]; the index of its last line. */
function rfc4716Block(lines: readonly string[], begin: number, path: string, out: Extraction[]): number {
  const block = readRfc4716(lines, begin);
  const last = block.end ?? lines.length - 1;
  if (block.end === undefined) {
    out.push(parseError(loc(path, begin + 1, 0, 0), MESSAGES.unterminatedBlock));
    return last;
  }
  if (block.bodyLine === undefined) {
    out.push(parseError(loc(path, begin + 1, 0, 0), MESSAGES.emptyBlock));
    return last;
  }
  const bodyText = lines[block.bodyLine]!.replace(/\r$/, '');
  const lead = bodyText.length - bodyText.trimStart().length;
  const at = loc(path, block.bodyLine + 1, lead, bodyText.trim().length);
  if (block.body.length > MAX_BLOB_CHARS) {
    out.push(parseError(at, MESSAGES.tooLong(MAX_BLOB_CHARS)));
    return last;
  }
  const decoded = decodeBase64(block.body);
  if (!decoded.ok) {
    out.push(parseError(at, MESSAGES.badBase64));
    return last;
  }
  const parsed = parseKeyBlob(decoded.bytes);
  if (!parsed.ok) {
    out.push(parseError(at, blobErrorMessage(parsed.error)));
    return last;
  }
  const key = parsed.key;
  const comment = block.comment;
  const context = { en: `SSH public key (RFC 4716 file) ${key.fingerprint}${quoted(comment)}`, ja: `SSH 公開鍵（RFC 4716 形式）${key.fingerprint}${quoted(comment)}` };
  const asset: Asset = { kind: 'ssh-key', subject: comment ? printable(comment) : key.fingerprint, ...keyFacts(key) };
  const cert = key.certificate;
  const notAfter = cert ? certificateTime(cert.validBefore) : undefined;
  out.push(usage(printable(key.type), key, at, context, cert ? { ...asset, serial: cert.serial, ...(notAfter ? { notAfter } : {}) } : asset, notAfter?.slice(0, 10)));
  return last;
}

function join(...parts: (Localized | undefined)[]): Localized {
  const present = parts.filter((p): p is Localized => p !== undefined && p.en !== '');
  return { en: present.map((p) => p.en).join(': '), ja: present.map((p) => p.ja).join('：') };
}

function quoted(comment: string | undefined): string {
  return comment ? ` "${printable(comment)}"` : '';
}

/** Text from a file made safe to show: control characters out, long text cut. */
function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
  return clean.length > MAX_SHOWN ? `${clean.slice(0, MAX_SHOWN)}…` : clean;
}
