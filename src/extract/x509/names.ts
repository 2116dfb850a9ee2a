/**
 * How a certificate's identity is shown: its distinguished name in the order it is encoded, with the attribute names
 * OpenSSL prints (`C=JP, O=Example, CN=www.example.jp`; short names from RFC 4519 and OpenSSL 3.0's objects.txt), its
 * serial number in hexadecimal as `openssl x509 -serial` prints it, and dates in ISO 8601.
 * @module
 */
import type * as pkijs from 'pkijs';
import type * as asn1js from 'asn1js';

/** Attribute types by OID, with the short names OpenSSL 3.0 prints (crypto/objects/objects.txt). */
const ATTRIBUTE_NAMES: ReadonlyMap<string, string> = new Map([
  ['2.5.4.3', 'CN'], ['2.5.4.4', 'SN'], ['2.5.4.5', 'serialNumber'], ['2.5.4.6', 'C'], ['2.5.4.7', 'L'], ['2.5.4.8', 'ST'],
  ['2.5.4.9', 'street'], ['2.5.4.10', 'O'], ['2.5.4.11', 'OU'], ['2.5.4.12', 'title'], ['2.5.4.15', 'businessCategory'],
  ['2.5.4.17', 'postalCode'], ['2.5.4.41', 'name'], ['2.5.4.42', 'GN'], ['2.5.4.43', 'initials'],
  ['2.5.4.44', 'generationQualifier'], ['2.5.4.46', 'dnQualifier'], ['2.5.4.65', 'pseudonym'],
  ['2.5.4.97', 'organizationIdentifier'], ['0.9.2342.19200300.100.1.1', 'UID'], ['0.9.2342.19200300.100.1.25', 'DC'],
  ['1.2.840.113549.1.9.1', 'emailAddress'], ['1.3.6.1.4.1.311.60.2.1.1', 'jurisdictionL'],
  ['1.3.6.1.4.1.311.60.2.1.2', 'jurisdictionST'], ['1.3.6.1.4.1.311.60.2.1.3', 'jurisdictionC'],
]);

/** Longest attribute value shown; a name is for people to recognise, not a copy of the certificate. */
const MAX_VALUE = 200;

/**
 * A distinguished name as one line, in encoding order, with RFC 4514 escapes for the characters that would make it
 * ambiguous.
 * @example
 * distinguishedName(cert.subject); // 'C=JP, O=cryptrec fixtures, CN=rsa-2048'
 */
export function distinguishedName(name: pkijs.RelativeDistinguishedNames): string {
  return name.typesAndValues.map((tv) => `${ATTRIBUTE_NAMES.get(tv.type) ?? tv.type}=${escape(attributeText(tv))}`).join(', ');
}

/**
 * The last common name of a distinguished name (the most specific one, as RFC 6125 section 6.4.4 reads it), else the
 * last organisational unit or organisation, else undefined.
 * @example
 * shortName(cert.subject); // 'www.example.jp'
 */
export function shortName(name: pkijs.RelativeDistinguishedNames): string | undefined {
  for (const type of ['2.5.4.3', '2.5.4.11', '2.5.4.10']) {
    const found = name.typesAndValues.filter((tv) => tv.type === type).pop();
    if (found) return attributeText(found);
  }
  return undefined;
}

/** The text of an attribute value: a string type's characters, else the hexadecimal of its encoding. */
function attributeText(tv: pkijs.AttributeTypeAndValue): string {
  const block = (tv.value as { valueBlock?: { value?: unknown } }).valueBlock;
  const value = block?.value;
  const text = typeof value === 'string' ? value : `#${hex(new Uint8Array(tv.value.toBER(false)))}`;
  // Control characters would break a one-line report.
  const clean = text.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return clean.length > MAX_VALUE ? `${clean.slice(0, MAX_VALUE)}…` : clean;
}

function escape(value: string): string {
  return value.replace(/[,+"\\<>;]/g, (c) => `\\${c}`).replace(/^[ #]|[ ]$/g, (c) => `\\${c}`);
}

/**
 * A serial number as `openssl x509 -serial` prints it: upper-case hexadecimal of the positive integer, in whole bytes.
 * A negative serial (which RFC 5280 forbids, and some old certificates have) keeps a leading minus.
 * @example
 * serialHex(cert.serialNumber); // '1018'
 */
export function serialHex(serial: asn1js.Integer): string {
  const bytes = serial.valueBlock.valueHexView;
  if (bytes.length && bytes[0]! & 0x80) {
    // Two's complement: the magnitude is the complement plus one.
    const magnitude = new Uint8Array(bytes.length);
    let carry = 1;
    for (let k = bytes.length - 1; k >= 0; k--) {
      const v = (~bytes[k]! & 0xff) + carry;
      magnitude[k] = v & 0xff;
      carry = v >> 8;
    }
    return `-${trimmedHex(magnitude)}`;
  }
  return trimmedHex(bytes);
}

function trimmedHex(bytes: Uint8Array): string {
  let k = 0;
  while (k < bytes.length - 1 && bytes[k] === 0) k++;
  return hex(bytes.subarray(k)).toUpperCase() || '00';
}

/**
 * Lower-case hexadecimal of bytes.
 * @example
 * hex(new Uint8Array([0x0a, 0xff])); // '0aff'
 */
export function hex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}

/**
 * A time as ISO 8601 in UTC to the second, or undefined when the certificate's time is no real date.
 * @example
 * isoTime(new Date(Date.UTC(2027, 11, 31, 23, 59, 59))); // '2027-12-31T23:59:59Z'
 */
export function isoTime(date: Date): string | undefined {
  const t = date.getTime();
  if (!Number.isFinite(t)) return undefined;
  return `${date.toISOString().slice(0, 19)}Z`;
}
