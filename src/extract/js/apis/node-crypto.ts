/**
 * Node.js `crypto` (https://nodejs.org/docs/latest-v20.x/api/crypto.html): the digest, cipher, HMAC, signature and KDF
 * names its functions take (OpenSSL names: `sha256`, `aes-128-cbc`, `des-ede3-cbc`, `RSA-SHA256`), key generation
 * (`generateKeyPair(Sync)` with `modulusLength`, `divisorLength`, `namedCurve`, `hashAlgorithm`, `primeLength`, `group`,
 * and the `cipher` of `privateKeyEncoding`), key import with a literal key type (`type: 'pkcs1'` is RSA, `'sec1'` EC,
 * JWK `kty`/`crv`), RSA padding constants (`crypto.constants.RSA_PKCS1_PADDING` is RSAES-PKCS1-v1_5 in
 * publicEncrypt/privateDecrypt), PBKDF2 and HKDF digests, Diffie-Hellman prime lengths and named groups (`modp1`...), ECDH
 * curves, and scrypt/argon2 as password hashing.
 *
 * The deprecated `createCipher`/`createDecipher` derive the key with OpenSSL's EVP_BytesToKey over MD5, one iteration and
 * no salt (Node.js documentation, "crypto.createCipher"); that derivation is reported as a use of MD5.
 * @module
 */
import type { CheckObject } from '../../../judge/types.js';
import type { Value } from '../evaluate.js';
import { curveId, hmacName, isDynamic, type Site } from '../site.js';

/** Node's RSA padding constants (crypto.constants, OpenSSL's RSA_*_PADDING values). */
const PADDINGS: ReadonlyMap<string, number> = new Map([
  ['RSA_PKCS1_PADDING', 1], ['RSA_NO_PADDING', 3], ['RSA_PKCS1_OAEP_PADDING', 4], ['RSA_X931_PADDING', 5], ['RSA_PKCS1_PSS_PADDING', 6],
]);

/**
 * Reads one call into Node's crypto module.
 * @example
 * nodeCrypto(site); // for `crypto.createHash('md5')`: a usage of md5 at the characters md5
 */
export function nodeCrypto(site: Site): void {
  if (site.path.length !== 1) return;
  switch (site.path[0]) {
    case 'createHash': case 'hash':
      site.algorithm(site.value(0));
      return;
    case 'createHmac':
      site.algorithm(site.value(0), hmacName);
      return;
    case 'createCipheriv': case 'createDecipheriv': case 'createSign': case 'createVerify':
      site.algorithm(site.value(0));
      return;
    case 'createCipher': case 'createDecipher':
      site.algorithm(site.value(0));
      site.emit.usage(site.emit.at(site.segmentNode(0)), site.path[0], 'md5', `${site.api} (EVP_BytesToKey with MD5)`, site.node);
      return;
    case 'sign': case 'verify':
      site.algorithm(site.value(0));
      padding(site, site.value(2), 'signature');
      return;
    case 'generateKeyPair': case 'generateKeyPairSync':
      keyPair(site);
      return;
    case 'generateKey': case 'generateKeySync':
      secretKey(site);
      return;
    case 'createPrivateKey': case 'createPublicKey':
      keyInput(site);
      return;
    case 'publicEncrypt': case 'privateDecrypt':
      padding(site, site.value(0), 'encryption');
      return;
    case 'privateEncrypt': case 'publicDecrypt':
      padding(site, site.value(0), 'signature');
      return;
    case 'pbkdf2': case 'pbkdf2Sync':
      site.algorithm(site.value(4), undefined, 'digest');
      return;
    case 'hkdf': case 'hkdfSync':
      site.algorithm(site.value(0), undefined, 'digest');
      return;
    case 'scrypt': case 'scryptSync':
      site.emit.usage(site.emit.at(site.segmentNode(0)), 'scrypt', 'scrypt', site.api, site.node);
      return;
    case 'argon2': case 'argon2Sync':
      site.algorithm(site.value(0));
      return;
    case 'createDiffieHellman':
      diffieHellman(site);
      return;
    case 'createDiffieHellmanGroup': case 'getDiffieHellman': case 'createECDH':
      site.algorithm(site.value(0));
      return;
    default:
      return;
  }
}

function keyPair(site: Site): void {
  const typeValue = site.value(0);
  const type = site.algorithm(typeValue, () => undefined, 'key type');
  if (type === undefined || !typeValue) return;
  const opts = site.value(1);
  const at = typeValue;
  const api = site.api;
  switch (type.toLowerCase()) {
    case 'rsa': case 'rsa-pss': case 'dsa': {
      const algorithm = type.toLowerCase();
      const keyBits = number(site, site.option(opts, 'modulusLength'), 'modulusLength');
      site.emit.usage(at, type, withBits({ algorithm }, keyBits), api, site.node);
      if (algorithm === 'rsa-pss') {
        site.algorithm(site.option(opts, 'hashAlgorithm') ?? site.option(opts, 'hash'), undefined, 'hashAlgorithm');
        site.algorithm(site.option(opts, 'mgf1HashAlgorithm') ?? site.option(opts, 'mgf1Hash'), undefined, 'mgf1HashAlgorithm');
      }
      break;
    }
    case 'ec': {
      const curve = site.option(opts, 'namedCurve');
      if (curve?.t === 'str') site.emit.usage(curve, curve.v, { algorithm: 'ec', curve: curveId(curve.v) }, api, site.node);
      else {
        site.emit.usage(at, type, { algorithm: 'ec' }, api, site.node);
        if (curve && isDynamic(curve)) site.emit.dynamic(curve.node, api, site.node, 'namedCurve');
      }
      break;
    }
    case 'dh': {
      const group = site.option(opts, 'group');
      if (group?.t === 'str') site.algorithm(group);
      else {
        const keyBits = number(site, site.option(opts, 'primeLength'), 'primeLength');
        site.emit.usage(at, type, withBits({ algorithm: 'dh' }, keyBits), api, site.node);
      }
      break;
    }
    default:
      site.emit.usage(at, type, type.toLowerCase(), api, site.node);
  }
  const encoding = site.option(opts, 'privateKeyEncoding');
  site.algorithm(site.option(encoding, 'cipher'), undefined, 'privateKeyEncoding.cipher');
}

function secretKey(site: Site): void {
  const typeValue = site.value(0);
  const type = site.algorithm(typeValue, () => undefined, 'key type');
  if (type === undefined || !typeValue) return;
  const keyBits = number(site, site.option(site.value(1), 'length'), 'length');
  site.emit.usage(typeValue, type, withBits({ algorithm: type.toLowerCase() }, keyBits), site.api, site.node);
}

/** A key given with a literal type that fixes its algorithm: PKCS#1 is RSA only, SEC 1 is EC only; JWK says it in `kty`. */
function keyInput(site: Site): void {
  const input = site.value(0);
  if (input?.t !== 'obj') return;
  const type = site.option(input, 'type');
  if (type?.t === 'str') {
    const t = type.v.toLowerCase();
    if (t === 'pkcs1') site.emit.usage(type, type.v, { algorithm: 'rsa' }, site.api, site.node);
    if (t === 'sec1') site.emit.usage(type, type.v, { algorithm: 'ec' }, site.api, site.node);
  }
  const jwk = site.option(input, 'key');
  if (jwk?.t !== 'obj') return;
  const kty = site.option(jwk, 'kty');
  const crv = site.option(jwk, 'crv');
  if (kty?.t !== 'str') return;
  if (kty.v === 'RSA') site.emit.usage(kty, kty.v, { algorithm: 'rsa' }, site.api, site.node);
  else if (kty.v === 'EC' && crv?.t === 'str') site.emit.usage(crv, crv.v, { algorithm: 'ec', curve: curveId(crv.v) }, site.api, site.node);
  else if (kty.v === 'OKP' && crv?.t === 'str') site.emit.usage(crv, crv.v, crv.v, site.api, site.node);
}

/** The padding of a key object given to publicEncrypt and its kin, or to sign/verify. */
function padding(site: Site, key: Value | undefined, purpose: 'encryption' | 'signature'): void {
  const pad = site.option(key, 'padding');
  if (!pad) return;
  let name: string | undefined;
  // The constants also come from the deprecated `constants` module or a local alias: their names say which they are.
  const spelled = pad.node.type === 'MemberExpression' && pad.node.property.type === 'Identifier' ? pad.node.property.name
    : pad.node.type === 'Identifier' ? pad.node.name : undefined;
  if (pad.t === 'ref' && pad.root === 'crypto' && pad.path.length === 2 && pad.path[0] === 'constants') name = pad.path[1];
  else if (pad.t === 'num') name = [...PADDINGS].find(([, v]) => v === pad.v)?.[0];
  else if (spelled !== undefined && PADDINGS.has(spelled)) name = spelled;
  else if (isDynamic(pad) || pad.t === 'ref') {
    site.emit.dynamic(pad.node, site.api, site.node, 'padding');
    return;
  }
  const subject = name === undefined ? undefined : paddingSubject(name, purpose);
  if (name === undefined || subject === undefined) return;
  const input = pad.t === 'num' ? site.emit.source(pad.node) : name;
  const where = pad.node.type === 'MemberExpression' ? pad.node.property : pad.node;
  site.emit.usage(site.emit.at(where), input ?? name, subject, `${site.api} padding`, site.node);
}

function paddingSubject(name: string, purpose: 'encryption' | 'signature'): string | undefined {
  switch (name) {
    case 'RSA_PKCS1_PADDING': return purpose === 'encryption' ? 'RSAES-PKCS1-v1_5' : 'RSASSA-PKCS1-v1_5';
    case 'RSA_PKCS1_OAEP_PADDING': return 'RSA-OAEP';
    case 'RSA_NO_PADDING': return 'rsa-raw';
    case 'RSA_PKCS1_PSS_PADDING': return 'RSA-PSS';
    default: return undefined;
  }
}

function diffieHellman(site: Site): void {
  const v = site.value(0);
  if (!v) return;
  if (v.t === 'num') site.emit.usage(v, site.emit.source(v.node), { algorithm: 'dh', keyBits: v.v }, site.api, site.node);
  else if (v.t === 'str') {
    // A prime given as text: its length in bits follows from the encoding named by the next argument.
    const enc = site.value(1);
    const hex = enc?.t === 'str' && enc.v === 'hex' ? v.v.replace(/^0+/, '') : undefined;
    const bits = hex && /^[0-9a-f]+$/i.test(hex) ? (hex.length - 1) * 4 + Math.floor(Math.log2(parseInt(hex[0]!, 16))) + 1 : undefined;
    site.emit.usage(v, site.emit.source(v.node), withBits({ algorithm: 'dh' }, bits), site.api, site.node);
  } else if (isDynamic(v)) site.emit.dynamic(v.node, site.api, site.node, 'prime');
}

/** A number option: its value, or undefined (a run-time value is reported as dynamic). */
function number(site: Site, v: Value | undefined, what: string): number | undefined {
  if (!v) return undefined;
  if (v.t === 'num') return v.v;
  if (isDynamic(v)) site.emit.dynamic(v.node, site.api, site.node, what);
  return undefined;
}

function withBits(o: { algorithm: string }, keyBits: number | undefined): CheckObject {
  return keyBits !== undefined && Number.isFinite(keyBits) && keyBits > 0 ? { ...o, keyBits } : o;
}
