/**
 * The certificate and key extractor (`x509`): X.509 certificates (PEM, bundles, DER), PKCS #7 bundles, certification
 * requests, CRLs, private keys (PKCS #8 plain and encrypted, PKCS #1, SEC 1, OpenSSL DSA, RFC 1421-encrypted PEM,
 * OpenSSH), public keys (SubjectPublicKeyInfo, PKCS #1), DH parameters and PKCS #12 files. Each certificate gives its
 * public key (with its notAfter as `until`) and its signature algorithm; each key its type, size and curve; each
 * encrypted key or PKCS #12 part the scheme that protects it. Findings name the certificate or key in `context` and
 * `asset`, at the line of the PEM block's BEGIN marker (line 1 for DER).
 *
 * Which files: certificate and key names (.pem .crt .cer .der .csr .p7b .p7c .p12 .pfx .crl .p8 .pk8; .key .req .pub
 * when they hold PEM or DER), and any other text file with a PEM BEGIN line in its first 4 KiB (`id_rsa`, a README with
 * an example) except the structured config formats the generic-config extractor reads. DER is told by its ASN.1 shape.
 * PEM labels follow RFC 7468 and OpenSSL's pem.h; an unknown label (PGP armor, SSH2 public keys) is left alone.
 *
 * Bad input (a block without END, a character outside base64, DER cut short, bytes that are no ASN.1) is a parse error at
 * the place of the fault, and the other blocks of the file are still read. In a file that is not a certificate or key
 * file by its name and does not start with a PEM block (documentation, source code), broken blocks are left alone:
 * examples there are often shortened on purpose.
 * @module
 */
import type * as asn1js from 'asn1js';
import type { Localized } from '../../catalog/types.js';
import type { ExtractContext, Extraction, Extractor, Location } from '../../scan/types.js';
import { judgedAt, parseError, type Place } from './context.js';
import { decodeDer, derKind, type DerKind } from './der.js';
import { reason, readPkcs12, readPkcs7 } from './bundle.js';
import { readCertificate, readCrl, readRequest } from './certificate.js';
import { readDhParameters, readEncryptedPkcs8, readPemEncryptedKey, readPkcs8, readPublicKey, readTraditionalKey } from './key-file.js';
import { readOpenSshKey } from './openssh.js';
import { hasPemBlock, splitPem, type PemBlock } from './pem.js';

const ID = 'x509';

/** Extensions of files that are certificates or keys and nothing else: one that holds neither PEM nor DER is broken. */
const CERTIFICATE_EXTENSIONS = new Set(['pem', 'crt', 'cer', 'der', 'csr', 'p7b', 'p7c', 'p12', 'pfx', 'crl', 'p8', 'pk8']);
/** Extensions other files share (Keynote's .key, SSH's .pub, any .req): read only when they hold PEM or DER. */
const SHARED_EXTENSIONS = new Set(['key', 'req', 'pub']);
/** The formats the generic-config extractor reads; they stay its own (a fallback extractor runs only when no other does). */
const CONFIG_EXTENSIONS = new Set(['yml', 'yaml', 'json', 'jsonc', 'properties', 'env', 'ini', 'cfg', 'conf', 'cnf', 'toml']);

/** The extension of a path, lower case, without the dot ('' for none). */
function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1);
}

/**
 * Whether the extractor wants a file, by its name and head.
 * @example
 * wantsFile('certs/server.crt', '');                                // true
 * wantsFile('.ssh/id_ed25519', '-----BEGIN OPENSSH PRIVATE KEY-----'); // true
 * wantsFile('.ssh/id_ed25519.pub', 'ssh-ed25519 AAAAC3Nza...');      // false
 */
export function wantsFile(path: string, head: string): boolean {
  const ext = extensionOf(path);
  if (CERTIFICATE_EXTENSIONS.has(ext)) return true;
  if (SHARED_EXTENSIONS.has(ext)) return hasPemBlock(head) || (ext !== 'pub' && head.charCodeAt(0) === 0x30);
  if (CONFIG_EXTENSIONS.has(ext)) return false;
  return hasPemBlock(head);
}

/**
 * The x509 extractor.
 * @example
 * await scan(['/etc/ssl'], { extractors: [x509Extractor] });
 */
export const x509Extractor: Extractor = {
  id: ID,
  binary: true,
  matches: wantsFile,
  extract: (content, ctx) => extractX509(typeof content === 'string' ? new TextEncoder().encode(content) : content, ctx),
};

/**
 * Everything the extractor reports for one file.
 * @example
 * extractX509(readFileSync('chain.pem'), { path: 'chain.pem', ... }); // two extractions per certificate
 */
export function extractX509(bytes: Uint8Array, ctx: ExtractContext): Extraction[] {
  const ext = extensionOf(ctx.path);
  const at = judgedAt(ctx);
  const start: Location = { path: ctx.path, line: 1, column: 1 };
  // DER first: its first byte is a SEQUENCE tag, never the start of a PEM file's text.
  if (bytes[0] === 0x30) {
    const decoded = decodeDer(bytes);
    const kind = decoded.ok ? derKind(decoded.root) : undefined;
    if (decoded.ok && kind) {
      const read = readDer(kind, decoded.root, bytes.subarray(0, decoded.length), { location: start, at }, undefined);
      // What follows the object (OpenSSL's trust settings after a trusted certificate) must itself be whole DER.
      const rest = bytes.subarray(decoded.length);
      const after = rest.length ? decodeDer(rest) : undefined;
      if (after && !after.ok) read.push(parseError({ en: `bytes after the DER object are not valid DER (${after.reason})`, ja: `DER オブジェクトの後のバイト列が DER として不正（${after.reason}）` }, start));
      return read;
    }
    if (CERTIFICATE_EXTENSIONS.has(ext) || (SHARED_EXTENSIONS.has(ext) && ext !== 'pub')) {
      // A file that starts like DER and is no PEM: say what the DER is not.
      if (!hasPemBlock(latin1(bytes.subarray(0, 4096)))) {
        return [parseError(decoded.ok
          ? { en: 'DER data that is no certificate, request, CRL, PKCS #7, PKCS #12 or key', ja: '証明書・CSR・CRL・PKCS #7・PKCS #12・鍵のいずれでもない DER データ' }
          : { en: `not valid DER (${decoded.reason})`, ja: `DER として不正（${decoded.reason}）` }, start)];
      }
    }
  }
  // A UTF-8 byte order mark (Windows tools write one) is no part of the first line's text.
  const text = latin1(bytes).replace(/^\xEF\xBB\xBF/, '');
  const blocks = splitPem(text);
  if (blocks.length === 0) {
    if (CERTIFICATE_EXTENSIONS.has(ext)) {
      return [parseError({ en: 'neither PEM nor DER: no BEGIN line and no ASN.1 structure', ja: 'PEM でも DER でもない（BEGIN 行も ASN.1 構造もない）' }, start)];
    }
    return [];
  }
  // Broken blocks are reported in key and certificate files, and in files that start with a block.
  const strict = CERTIFICATE_EXTENSIONS.has(ext) || SHARED_EXTENSIONS.has(ext) || ext === '' || /^\s*-----BEGIN /.test(text.slice(0, 256));
  const out: Extraction[] = [];
  for (const block of blocks) {
    const place: Place = { location: { path: ctx.path, line: block.line, column: block.column }, at };
    const got = readBlock(block, place);
    if (!strict && got.some((x) => x.kind === 'parse-error')) continue;
    out.push(...got);
  }
  return out;
}

/** PEM labels (RFC 7468 section 4, OpenSSL's include/openssl/pem.h) and the kind of DER each holds. */
const LABELS: Readonly<Record<string, DerKind | 'openssh' | 'trusted-certificate'>> = {
  CERTIFICATE: 'certificate',
  'X509 CERTIFICATE': 'certificate',
  'TRUSTED CERTIFICATE': 'trusted-certificate',
  'CERTIFICATE REQUEST': 'csr',
  'NEW CERTIFICATE REQUEST': 'csr',
  'X509 CRL': 'crl',
  PKCS7: 'pkcs7',
  CMS: 'pkcs7',
  'PRIVATE KEY': 'pkcs8',
  'ENCRYPTED PRIVATE KEY': 'encrypted-pkcs8',
  'RSA PRIVATE KEY': 'rsa-private-key',
  'EC PRIVATE KEY': 'ec-private-key',
  'DSA PRIVATE KEY': 'dsa-private-key',
  'PUBLIC KEY': 'spki',
  'RSA PUBLIC KEY': 'rsa-public-key',
  'DH PARAMETERS': 'dh-parameters',
  'X9.42 DH PARAMETERS': 'dh-parameters',
  'OPENSSH PRIVATE KEY': 'openssh',
};

/** What one PEM block gives; a block with an unknown label gives nothing. */
function readBlock(block: PemBlock, place: Place): Extraction[] {
  if (block.error) return [parseError(block.error.message, { path: place.location.path, line: block.error.line, column: block.error.column })];
  const kind = LABELS[block.label];
  if (kind === undefined || block.der === undefined) return [];
  const what: Localized = { en: `${block.label} block`, ja: `${block.label} ブロック` };
  try {
    const procType = block.headers.find(([name]) => name.toLowerCase() === 'proc-type')?.[1] ?? '';
    const dekInfo = block.headers.find(([name]) => name.toLowerCase() === 'dek-info')?.[1];
    if (/ENCRYPTED/i.test(procType) && dekInfo !== undefined) return readPemEncryptedKey(block.label, dekInfo, place);
    if (kind === 'openssh') return readOpenSshKey(block.der, place);
    const decoded = decodeDer(block.der);
    if (!decoded.ok) return [parseError({ en: `${what.en}: not valid DER (${decoded.reason})`, ja: `${what.ja}：DER として不正（${decoded.reason}）` }, place.location)];
    const expected = kind === 'trusted-certificate' ? 'certificate' : kind;
    // The label and the structure must agree; DH parameters have no shape of their own (two INTEGERs, like an RSA key).
    const actual = derKind(decoded.root);
    if (expected !== 'dh-parameters' && actual !== expected) {
      const held: Localized = actual ? KIND_NAMES[actual] : { en: 'no structure this tool reads', ja: '読み取れる構造' };
      return [parseError({
        en: `${what.en} holds ${actual ? `a ${held.en}` : held.en}, not a ${KIND_NAMES[expected].en}`,
        ja: actual ? `${what.ja}の中身は${KIND_NAMES[expected].ja}ではなく${held.ja}` : `${what.ja}に${held.ja}がない`,
      }, place.location)];
    }
    return readDer(expected, decoded.root, block.der.subarray(0, decoded.length), place, what);
  } catch (e) {
    return [parseError({ en: `${what.en}: ${reason(e)}`, ja: `${what.ja}：${reason(e)}` }, place.location)];
  }
}

/** What a DER object of a kind gives; a structure that does not hold what its kind says is a parse error. */
function readDer(kind: DerKind, root: asn1js.AsnType, der: Uint8Array, place: Place, what: Localized | undefined): Extraction[] {
  try {
    switch (kind) {
      case 'certificate': return readCertificate(root, place);
      case 'csr': return readRequest(root, place);
      case 'crl': return readCrl(root, place);
      case 'pkcs7': return readPkcs7(root, place);
      case 'pkcs12': return readPkcs12(root, place);
      case 'pkcs8': return readPkcs8(root, der, place);
      case 'encrypted-pkcs8': return readEncryptedPkcs8(root, place);
      case 'rsa-private-key': case 'ec-private-key': case 'dsa-private-key': return readTraditionalKey(kind, root, der, place);
      case 'spki': case 'rsa-public-key': return readPublicKey(kind, root, der, place);
      case 'dh-parameters': return readDhParameters(root, place);
    }
  } catch (e) {
    const name: Localized = what ?? { en: KIND_NAMES[kind].en, ja: KIND_NAMES[kind].ja };
    return [parseError({ en: `${name.en}: ${reason(e)}`, ja: `${name.ja}：${reason(e)}` }, place.location)];
  }
}

const KIND_NAMES: Readonly<Record<DerKind, Localized>> = {
  certificate: { en: 'certificate', ja: '証明書' },
  csr: { en: 'certificate request', ja: '証明書署名要求' },
  crl: { en: 'CRL', ja: 'CRL' },
  pkcs7: { en: 'PKCS #7 bundle', ja: 'PKCS #7 バンドル' },
  pkcs12: { en: 'PKCS #12 file', ja: 'PKCS #12 ファイル' },
  pkcs8: { en: 'private key', ja: '秘密鍵' },
  'encrypted-pkcs8': { en: 'encrypted private key', ja: '暗号化された秘密鍵' },
  'rsa-private-key': { en: 'RSA private key', ja: 'RSA 秘密鍵' },
  'ec-private-key': { en: 'EC private key', ja: 'EC 秘密鍵' },
  'dsa-private-key': { en: 'DSA private key', ja: 'DSA 秘密鍵' },
  spki: { en: 'public key', ja: '公開鍵' },
  'rsa-public-key': { en: 'RSA public key', ja: 'RSA 公開鍵' },
  'dh-parameters': { en: 'DH parameters', ja: 'DH パラメータ' },
};

/** Bytes as Latin-1 text: PEM is ASCII, and every byte maps to one character, so columns stay byte columns. */
function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}
