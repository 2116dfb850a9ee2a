/**
 * The words of the ssh-key extractor in English and Japanese: why a line is broken, and what a key is (its role in the
 * file), for the context of a finding. No key material ever goes into them: only type names, sizes, fingerprints, comments
 * and host names, which `ssh-keygen -l` prints too.
 * @module
 */
import type { Localized } from '../../catalog/types.js';
import type { BlobError } from './blob.js';
import type { LineProblem } from './line.js';

/**
 * The message of a line problem.
 * @example
 * lineProblemMessage({ code: 'unknown-marker', start: 0, detail: '@trusted' }).en; // 'unknown marker "@trusted" (known_hosts knows @cert-authority and @revoked)'
 */
export function lineProblemMessage(p: LineProblem): Localized {
  const d = p.detail ?? '';
  switch (p.code) {
    case 'no-key-type': return { en: 'not an SSH public key line: no key type followed by key data', ja: 'SSH 公開鍵の行ではありません: 鍵の種類と鍵データが見つかりません' };
    case 'unterminated-quote': return { en: 'unterminated double quote in the options', ja: 'オプションの二重引用符が閉じていません' };
    case 'no-key-data': return { en: 'key type without key data', ja: '鍵の種類の後に鍵データがありません' };
    case 'unknown-marker': return { en: `unknown marker "${d}" (known_hosts knows @cert-authority and @revoked)`, ja: `不明なマーカー "${d}"（known_hosts のマーカーは @cert-authority と @revoked）` };
    case 'missing-hosts': return { en: 'host names missing before the key type', ja: '鍵の種類の前にホスト名がありません' };
    case 'extra-fields': return { en: 'unexpected field before the key type', ja: '鍵の種類の前に余分なフィールドがあります' };
    case 'bad-hashed-host': return { en: 'malformed hashed host name (expected |1|salt|hash, as ssh-keygen -H writes)', ja: 'ハッシュ化されたホスト名の形式が不正です（ssh-keygen -H の |1|salt|hash 形式ではありません）' };
    case 'unknown-option': return { en: `unknown authorized_keys option "${d}" (sshd ignores the whole line)`, ja: `不明な authorized_keys オプション "${d}"（sshd はこの行全体を無視します）` };
    case 'bad-option': return { en: `malformed value of the option "${d}"`, ja: `オプション "${d}" の値の形式が不正です` };
  }
}

/**
 * The message of a blob that does not read.
 * @example
 * blobErrorMessage({ code: 'truncated' }).en; // 'key data ends early (truncated)'
 */
export function blobErrorMessage(e: BlobError): Localized {
  const d = e.detail ?? '';
  switch (e.code) {
    case 'truncated': return { en: 'key data ends early (truncated)', ja: '鍵データが途中で切れています' };
    case 'trailing-data': return { en: `${d} octets of unexpected data after the key`, ja: `鍵の後に想定外のデータが ${d} オクテットあります` };
    case 'negative-mpint': return { en: 'a key integer is negative', ja: '鍵の整数が負の値です' };
    case 'mpint-too-large': return { en: 'a key integer is longer than OpenSSH reads (16384 bits)', ja: '鍵の整数が OpenSSH の上限（16384 ビット）を超えています' };
    case 'curve-mismatch': return { en: `the curve field disagrees with the key type (${d})`, ja: `曲線フィールドが鍵の種類と一致しません（${d}）` };
    case 'bad-point': return { en: `the public point is not an uncompressed ${d} point`, ja: `公開点が ${d} の非圧縮形式の点ではありません` };
    case 'bad-key-length': return { en: `the public key has the wrong length (${d} octets)`, ja: `公開鍵の長さが不正です（${d} オクテット）` };
    case 'unknown-certificate-type': return { en: `unknown certificate type ${d} (1 is user, 2 is host)`, ja: `不明な証明書タイプ ${d}（1 はユーザー、2 はホスト）` };
    case 'chained-certificate': return { en: `the CA key is itself a certificate (${d}), which OpenSSH does not support`, ja: `CA 鍵が証明書（${d}）です。OpenSSH は対応していません` };
    case 'signature-mismatch': return { en: `the signature algorithm does not fit the CA key (${d})`, ja: `署名アルゴリズムが CA 鍵と一致しません（${d}）` };
    case 'empty-key': return { en: 'the key is empty (zero modulus or prime)', ja: '鍵が空です（法または素数がゼロ）' };
    case 'empty-type': return { en: 'the key data names no key type', ja: '鍵データに鍵の種類がありません' };
  }
}

/** Messages of the extractor itself. */
export const MESSAGES = {
  badBase64: { en: 'key data is not valid base64', ja: '鍵データが正しい base64 ではありません' },
  tooLong: (max: number): Localized => ({ en: `key data longer than ${max} characters`, ja: `鍵データが ${max} 文字を超えています` }),
  typeMismatch: (token: string, inBlob: string): Localized => ({
    en: `the key type "${token}" does not match the key data, which holds "${inBlob}"`,
    ja: `鍵の種類 "${token}" が鍵データ内の種類 "${inBlob}" と一致しません`,
  }),
  unterminatedBlock: { en: 'RFC 4716 key block without its END line', ja: 'RFC 4716 の鍵ブロックに END 行がありません' },
  emptyBlock: { en: 'RFC 4716 key block without key data', ja: 'RFC 4716 の鍵ブロックに鍵データがありません' },
} as const;
