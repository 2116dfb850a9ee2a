/**
 * The Web Cryptography API (W3C Recommendation, §14 SubtleCrypto interface): which argument of each `crypto.subtle`
 * method is an AlgorithmIdentifier (`digest`, `encrypt`, `decrypt`, `sign`, `verify`, `generateKey`, `deriveBits` take it
 * first; `importKey` third; `deriveKey` first and third; `wrapKey` fourth; `unwrapKey` fourth and fifth), and the members
 * of an algorithm dictionary that carry strength (`name`, `hash`, `modulusLength`, `namedCurve`, and `length` where it is a
 * key length: in the key algorithm of generateKey, importKey, deriveKey's derived key and unwrapKey's unwrapped key; in
 * AES-CTR's encrypt and decrypt parameters `length` is the counter's length, §26.3 AesCtrParams). The dictionary is read by
 * names/webcrypto.ts through resolve(); the usage is placed at the `name`.
 * @module
 */
import { resolve } from '../../../names/resolve.js';
import type { WebCryptoAlgorithm } from '../../../names/webcrypto.js';
import type { Value } from '../evaluate.js';
import { isDynamic, type Site } from '../site.js';

/** The AlgorithmIdentifier arguments of each SubtleCrypto method (0-based), and whether each describes a key. */
const ALGORITHM_ARGS: Readonly<Record<string, readonly (readonly [number, boolean])[]>> = {
  digest: [[0, false]], encrypt: [[0, false]], decrypt: [[0, false]], sign: [[0, false]], verify: [[0, false]],
  generateKey: [[0, true]], deriveBits: [[0, false]], importKey: [[2, true]], deriveKey: [[0, false], [2, true]],
  wrapKey: [[3, false]], unwrapKey: [[3, false], [4, true]],
};

/** Members whose value changes the strength, by the algorithm families they matter to. */
const MEMBERS: readonly { readonly key: 'hash' | 'modulusLength' | 'namedCurve' | 'length'; readonly families: RegExp }[] = [
  { key: 'hash', families: /^(?:RSASSA-PKCS1-v1_5|RSA-PSS|RSA-OAEP|ECDSA|HMAC|PBKDF2|HKDF)$/i },
  { key: 'modulusLength', families: /^(?:RSASSA-PKCS1-v1_5|RSA-PSS|RSA-OAEP)$/i },
  { key: 'namedCurve', families: /^(?:ECDSA|ECDH)$/i },
  { key: 'length', families: /^(?:AES-[A-Z]+|HMAC)$/i },
];

/**
 * Reads one `crypto.subtle.<method>(...)` call.
 * @example
 * webCrypto(site); // for `subtle.sign({ name: 'ECDSA', hash: 'SHA-1' }, k, d)`: one usage at 'ECDSA', judged with SHA-1
 */
export function webCrypto(site: Site): void {
  if (site.path.length !== 2 || site.path[0] !== 'subtle') return;
  const args = ALGORITHM_ARGS[site.path[1]!];
  if (!args) return;
  for (const [i, isKey] of args) algorithmIdentifier(site, site.value(i), isKey);
}

function algorithmIdentifier(site: Site, v: Value | undefined, isKey: boolean): void {
  if (!v) return;
  if (v.t !== 'obj') {
    site.algorithm(v);
    return;
  }
  const name = site.option(v, 'name');
  if (!name || name.t !== 'str') {
    if (name && isDynamic(name) && name.node !== v.node) site.emit.dynamic(name.node, site.api, site.node, 'name');
    return;
  }
  const dict: { -readonly [K in keyof WebCryptoAlgorithm]: WebCryptoAlgorithm[K] } = { name: name.v };
  for (const { key, families } of MEMBERS) {
    if (!families.test(name.v) || (key === 'length' && !isKey)) continue;
    const m = site.option(v, key);
    // A member the literal does not show (an open object from a spread) is not reported: most are absent.
    if (!m || m.t === 'undef' || m.node === v.node) continue;
    if (key === 'hash') {
      const hash = m.t === 'obj' ? site.option(m, 'name') : m;
      if (hash?.t === 'str') dict.hash = hash.v;
      else if (hash && isDynamic(hash)) site.emit.dynamic(hash.node, site.api, site.node, 'hash');
    } else if (key === 'namedCurve') {
      if (m.t === 'str') dict.namedCurve = m.v;
      else if (isDynamic(m)) site.emit.dynamic(m.node, site.api, site.node, key);
    } else if (m.t === 'num') dict[key] = m.v;
    else if (isDynamic(m)) site.emit.dynamic(m.node, site.api, site.node, key);
  }
  site.emit.usage(name, name.v, resolve(dict) ?? name.v, site.api, site.node);
}
