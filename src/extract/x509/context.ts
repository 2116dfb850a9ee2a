/**
 * The words a finding about a certificate or key carries (its `context`, in English and Japanese), and the helpers that
 * turn facts into extractions: which certificate or key, which part of it (public key, signature, encryption), whether it
 * has expired at the date judged at. Extractions only describe; the scan judges.
 * @module
 */
import type { Localized } from '../../catalog/types.js';
import type { CheckObject } from '../../judge/types.js';
import type { Usage } from '../../names/types.js';
import type { Asset, ExtractContext, Extraction, Location } from '../../scan/types.js';

/** Where a block is, what holds it, and the date to tell expiry at. */
export interface Place {
  readonly location: Location;
  /** The container a certificate or key came out of (`in a PKCS #7 bundle`), if any. */
  readonly within?: Localized;
  /** The date judged at: expiry is told against it. */
  readonly at: Date;
}

/** What an extraction is about: a certificate, request, key or container, and the asset a finding names. */
export interface Thing {
  /** The thing in words (`certificate "www.example.jp", serial 1018, valid until 2027-12-31`). */
  readonly words: Localized;
  readonly asset?: Asset;
  /** The certificate's notAfter as YYYY-MM-DD, for the key-deadline rule. */
  readonly until?: string;
}

/**
 * The date a scan judges at (`--at`); today when the extractor runs outside a scan.
 * @example
 * judgedAt(ctx); // the Date of --at, or now
 */
export function judgedAt(ctx: ExtractContext): Date {
  return ctx.at ?? new Date();
}

/**
 * An extraction of one use of cryptography in a thing.
 * @param part what part of the thing it is (`public key`, `signature`), in both languages; undefined for the thing itself
 *   (a key file's key).
 * @example
 * usage(place, thing, { en: 'public key', ja: '公開鍵' }, 'RSA-2048', { algorithm: 'rsa', keyBits: 2048 });
 */
export function usage(
  place: Place, thing: Thing, part: Localized | undefined, input: string, subject: string | Usage | CheckObject,
  options: { readonly until?: string; readonly detail?: Localized } = {},
): Extraction {
  const en = [part ? `${part.en} of ${thing.words.en}` : thing.words.en, options.detail?.en, place.within?.en].filter(Boolean).join(', ');
  const ja = [part ? `${part.ja}：${thing.words.ja}` : thing.words.ja, options.detail?.ja, place.within?.ja].filter(Boolean).join('、');
  return {
    kind: 'usage', input, subject, location: place.location, confidence: 'exact', context: { en, ja },
    ...(thing.asset ? { asset: thing.asset } : {}), ...(options.until !== undefined ? { until: options.until } : {}),
  };
}

/**
 * A parse error at a place.
 * @example
 * parseError({ en: 'not a certificate', ja: '証明書ではない' }, location);
 */
export function parseError(message: Localized, location: Location): Extraction {
  return { kind: 'parse-error', message, location };
}

/**
 * Parts of a thing, in both languages.
 * @example
 * usage(place, thing, PART.signature, 'sha256WithRSAEncryption', '1.2.840.113549.1.1.11');
 */
export const PART = {
  publicKey: { en: 'public key', ja: '公開鍵' },
  signature: { en: 'signature', ja: '署名' },
  keyEncryption: { en: 'encryption of the key', ja: '鍵の暗号化' },
  keyDerivation: { en: 'key derivation from the password', ja: 'パスワードからの鍵導出' },
  prf: { en: 'pseudo-random function of the key derivation', ja: '鍵導出の擬似乱数関数' },
  mac: { en: 'integrity MAC', ja: '完全性 MAC' },
  safeEncryption: { en: 'encryption of a part', ja: '内容の一部の暗号化' },
} as const satisfies Record<string, Localized>;

/**
 * The words for a certificate: its short name, serial, validity end, and whether it has expired or is not yet valid at
 * the date judged at, or is self-signed.
 * @example
 * certificateWords({ name: 'www.example.jp', serial: '1018', notAfter: '2027-12-31', expired: false, ... }).en;
 * // 'certificate "www.example.jp", serial 1018, valid until 2027-12-31'
 */
export function certificateWords(facts: {
  readonly name: string | undefined; readonly serial: string; readonly notBefore?: string; readonly notAfter?: string;
  readonly at: Date; readonly selfSigned: boolean;
}): Localized {
  const en: string[] = [facts.name === undefined ? 'certificate with no name' : `certificate "${facts.name}"`, `serial ${facts.serial}`];
  const ja: string[] = [facts.name === undefined ? '名前のない証明書' : `証明書「${facts.name}」`, `シリアル ${facts.serial}`];
  if (facts.notAfter !== undefined) {
    en.push(`valid until ${facts.notAfter.slice(0, 10)}`);
    ja.push(`有効期限 ${facts.notAfter.slice(0, 10)}`);
    if (Date.parse(facts.notAfter) < facts.at.getTime()) {
      en.push(`expired at ${isoDate(facts.at)}`);
      ja.push(`${isoDate(facts.at)} 時点で期限切れ`);
    }
  }
  if (facts.notBefore !== undefined && Date.parse(facts.notBefore) > facts.at.getTime()) {
    en.push(`not valid before ${facts.notBefore.slice(0, 10)}`);
    ja.push(`${facts.notBefore.slice(0, 10)} より前は無効`);
  }
  if (facts.selfSigned) {
    en.push('self-signed');
    ja.push('自己署名');
  }
  return { en: en.join(', '), ja: ja.join('、') };
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
