/**
 * crypto-js (https://cryptojs.gitbook.io/docs/, v4): hashers called as functions (`CryptoJS.MD5(m)`, `SHA1`, `SHA224`,
 * `SHA256`, `SHA384`, `SHA512`, `SHA3`, `RIPEMD160`) or created (`CryptoJS.algo.SHA1.create()`), HMACs (`HmacMD5` ...,
 * `algo.HMAC.create(hasher, key)`), ciphers (`AES`, `DES`, `TripleDES`, `RC4`, `RC4Drop`, `Rabbit`, `RabbitLegacy`,
 * `Blowfish`) with their `mode` option (CBC by default, as the library documents: "the default mode is CBC"), and the
 * `hasher` option of PBKDF2 and EvpKDF.
 *
 * crypto-js's `SHA3` is Keccak with the original padding, not FIPS 202 SHA-3 (its documentation: "SHA-3 ... Keccak"),
 * with 512 bits of output unless `outputLength` says otherwise; it is reported as Keccak.
 * @module
 */
import type { Node } from '../ast.js';
import type { Value } from '../evaluate.js';
import { hmacName, isDynamic, type Site } from '../site.js';
import { cipherModeUsage } from './cipher-names.js';

const HASHERS: Readonly<Record<string, string>> = {
  MD5: 'md5', SHA1: 'sha1', SHA224: 'sha224', SHA256: 'sha256', SHA384: 'sha384', SHA512: 'sha512', SHA3: 'keccak-512', RIPEMD160: 'ripemd160',
};
const CIPHERS: Readonly<Record<string, { readonly family?: string; readonly name?: string }>> = {
  AES: { family: 'aes' }, DES: { family: 'des' }, TripleDES: { family: '3des' }, Blowfish: { family: 'blowfish' },
  RC4: { name: 'rc4' }, RC4Drop: { name: 'rc4' }, Rabbit: { name: 'rabbit' }, RabbitLegacy: { name: 'rabbit' },
};
const MODES: ReadonlySet<string> = new Set(['CBC', 'CFB', 'CTR', 'CTRGladman', 'OFB', 'ECB']);

/**
 * Reads one crypto-js call.
 * @example
 * cryptoJs(site); // for `CryptoJS.AES.encrypt(m, k, { mode: CryptoJS.mode.ECB })`: AES in ECB mode, at `AES`
 */
export function cryptoJs(site: Site): void {
  const p = site.path;
  if (p[0] === '?' && site.dynamicMember) {
    site.emit.dynamic(site.dynamicMember, site.api, site.node, 'algorithm');
    return;
  }
  if (p.length === 1) {
    const name = p[0]!;
    if (HASHERS[name]) hasher(site, 0, name, name === 'SHA3' ? site.value(1) : undefined);
    else if (name.startsWith('Hmac') && HASHERS[name.slice(4)]) hmac(site, 0, name.slice(4));
    else if (name === 'PBKDF2' || name === 'EvpKDF') hasherOption(site, site.value(2));
    return;
  }
  if (p.length === 2 && CIPHERS[p[0]!] && (p[1] === 'encrypt' || p[1] === 'decrypt')) {
    cipher(site, 0, p[0]!, site.value(2));
    return;
  }
  if (p[0] === 'algo' && p.length === 3) {
    const name = p[1]!;
    if (p[2] === 'create' && HASHERS[name]) hasher(site, 1, name, name === 'SHA3' ? site.value(0) : undefined);
    else if (p[2] === 'create' && name === 'HMAC') hasherOption(site, undefined, site.value(0));
    else if ((p[2] === 'createEncryptor' || p[2] === 'createDecryptor') && CIPHERS[name]) cipher(site, 1, name, site.value(1));
    else if (p[2] === 'create' && (name === 'PBKDF2' || name === 'EvpKDF')) hasherOption(site, site.value(0));
  }
}

function hasher(site: Site, segment: number, name: string, cfg: Value | undefined): void {
  let subject = HASHERS[name]!;
  if (name === 'SHA3') {
    const out = site.option(cfg, 'outputLength');
    if (out?.t === 'num' && [224, 256, 384, 512].includes(out.v)) subject = `keccak-${out.v}`;
  }
  site.emit.usage(site.emit.at(site.segmentNode(segment)), name, subject, site.api, site.node);
}

function hmac(site: Site, segment: number, hash: string): void {
  site.emit.usage(site.emit.at(site.segmentNode(segment)), `Hmac${hash}`, hmacName(HASHERS[hash]!), site.api, site.node);
}

/** The `hasher` option (PBKDF2, EvpKDF), or the hasher argument of `algo.HMAC.create`. */
function hasherOption(site: Site, cfg: Value | undefined, direct?: Value): void {
  const h = direct ?? site.option(cfg, 'hasher');
  if (!h) return;
  if (h.t === 'ref' && h.root === 'crypto-js' && h.path.length === 2 && h.path[0] === 'algo' && HASHERS[h.path[1]!]) {
    const name = h.path[1]!;
    const where: Node = h.node.type === 'MemberExpression' ? h.node.property : h.node;
    site.emit.usage(site.emit.at(where), name, direct ? hmacName(HASHERS[name]!) : HASHERS[name]!, site.api, site.node);
  } else if (isDynamic(h)) site.emit.dynamic(h.node, site.api, site.node, direct ? 'hasher' : 'hasher option');
}

function cipher(site: Site, segment: number, name: string, cfg: Value | undefined): void {
  const spec = CIPHERS[name]!;
  const where = site.emit.at(site.segmentNode(segment));
  if (spec.name) {
    site.emit.usage(where, name, spec.name, site.api, site.node);
    return;
  }
  const modeValue = site.option(cfg, 'mode');
  let mode = 'CBC';
  if (modeValue?.t === 'ref' && modeValue.root === 'crypto-js' && modeValue.path[0] === 'mode' && MODES.has(modeValue.path[1] ?? '')) {
    mode = modeValue.path[1]!;
  } else if (modeValue && isDynamic(modeValue)) {
    site.emit.dynamic(modeValue.node, site.api, site.node, 'mode');
    return;
  }
  site.emit.usage(where, name, cipherModeUsage(spec.family!, mode, name) ?? name, `${site.api} (${mode})`, site.node);
}
