/**
 * node-forge (README, v1): message digests (`forge.md.md5.create()`, `forge.md.sha1.create()`, `sha256`, `sha384`,
 * `sha512`, `sha512.sha224`, `sha512.sha256`, and the same at the top level: `forge.sha1.create()`), HMAC
 * (`hmac.start('sha1', key)` on `forge.hmac.create()`), ciphers by name (`forge.cipher.createCipher('AES-CBC', key)`:
 * AES, 3DES and DES with ECB, CBC, CFB, OFB, CTR or GCM), the legacy `forge.aes`/`forge.des`/`forge.rc2` creators, RSA key
 * generation (`forge.pki.rsa.generateKeyPair(bits)` or `({ bits })`, 2048 bits when not given), Ed25519, RSA encryption
 * schemes (`key.encrypt(data, 'RSAES-PKCS1-V1_5' | 'RSA-OAEP' | 'RAW')`), the PBKDF2 digest
 * (`forge.pkcs5.pbkdf2(p, s, c, len, 'sha1')`), the private-key and PKCS#12 encryption `algorithm` option (`'3des'`,
 * `'aes128'`...) and the cipher suites given to `forge.tls.createConnection`.
 * @module
 */
import { resolve } from '../../../names/resolve.js';
import type { Node } from '../ast.js';
import type { Emitter } from '../emit.js';
import type { Value } from '../evaluate.js';
import { hmacName, isDynamic, type Site } from '../site.js';
import { cipherModeUsage } from './cipher-names.js';

const DIGESTS: Readonly<Record<string, string>> = { md5: 'md5', sha1: 'sha1', sha256: 'sha256', sha384: 'sha384', sha512: 'sha512' };
const SHA512_VARIANTS: Readonly<Record<string, string>> = { sha224: 'sha512-224', sha256: 'sha512-256', sha384: 'sha384' };
/** forge's names for the PEM/PKCS#12 encryption `algorithm` option (pki.encryptRsaPrivateKey, pkcs12.toPkcs12Asn1). */
const KEY_ENCRYPTION: Readonly<Record<string, string>> = {
  aes128: 'aes-128-cbc', aes192: 'aes-192-cbc', aes256: 'aes-256-cbc', '3des': 'des-ede3-cbc', des: 'des-cbc',
};
/** forge's RSA encryption scheme names (pki.rsa key.encrypt). */
const RSA_SCHEMES: Readonly<Record<string, string>> = { 'RSAES-PKCS1-V1_5': 'RSAES-PKCS1-v1_5', 'RSA-OAEP': 'RSA-OAEP', RAW: 'rsa-raw', NONE: 'rsa-raw' };

/**
 * Reads one node-forge call.
 * @example
 * forge(site); // for `forge.md.md5.create()`: a usage of md5 at `md5`
 */
export function forge(site: Site): void {
  const p = site.path.filter((s) => s !== '()');
  const key = p.join('.');
  // forge.md.sha1.create(), forge.sha1.create(), forge.md.sha512.sha256.create()
  const md = p[0] === 'md' ? p.slice(1) : p;
  if (md[md.length - 1] === 'create' && (md.length === 2 || md.length === 3)) {
    if (md[0] === '?' && p[0] === 'md' && site.dynamicMember) {
      site.emit.dynamic(site.dynamicMember, site.api, site.node, 'digest');
      return;
    }
    const digest = md.length === 2 ? DIGESTS[md[0]!] : md[0] === 'sha512' ? SHA512_VARIANTS[md[1]!] : undefined;
    if (digest) {
      const segment = site.path.indexOf(md[md.length - 2]!);
      site.emit.usage(site.emit.at(site.segmentNode(segment)), md[md.length - 2]!, digest, site.api, site.node);
      return;
    }
  }
  // key.encrypt(data, scheme) on a key forge made (pki.publicKeyFromPem(...), rsa.generateKeyPair().publicKey ...).
  if ((site.method === 'encrypt' || site.method === 'decrypt') && p.length > 2) {
    const scheme = site.value(1);
    if (scheme) forgeKeyScheme(site.emit, scheme, site.method, site.node);
    return;
  }
  switch (key) {
    case 'hmac.create.start':
      hmacStart(site);
      return;
    case 'cipher.createCipher': case 'cipher.createDecipher':
      cipherByName(site, site.value(0));
      return;
    case 'aes.createEncryptionCipher': case 'aes.createDecryptionCipher': case 'aes.startEncrypting': case 'aes.startDecrypting':
    case 'des.createEncryptionCipher': case 'des.createDecryptionCipher': case 'des.startEncrypting': case 'des.startDecrypting':
      legacyCipher(site, p[0]!, site.value(p[1]!.startsWith('start') ? 3 : 1));
      return;
    case 'rc2.createEncryptionCipher': case 'rc2.createDecryptionCipher': case 'rc2.startEncrypting': case 'rc2.startDecrypting':
      site.emit.usage(site.emit.at(site.segmentNode(0)), 'rc2', 'rc2', site.api, site.node);
      return;
    case 'pki.rsa.generateKeyPair': case 'rsa.generateKeyPair':
      rsaKeyPair(site);
      return;
    case 'pki.ed25519.generateKeyPair': case 'ed25519.generateKeyPair':
      site.emit.usage(site.emit.at(site.segmentNode(site.path.indexOf('ed25519'))), 'ed25519', 'ed25519', site.api, site.node);
      return;
    case 'pkcs5.pbkdf2': {
      const digest = site.value(4);
      if (digest?.t === 'str') site.algorithm(digest);
      else if (digest && isDynamic(digest)) site.emit.dynamic(digest.node, site.api, site.node, 'digest');
      return;
    }
    case 'pki.encryptRsaPrivateKey': case 'pki.encryptPrivateKeyInfo':
      keyEncryption(site, site.value(2));
      return;
    case 'pkcs12.toPkcs12Asn1':
      keyEncryption(site, site.value(3));
      return;
    case 'tls.createConnection':
      cipherSuites(site, site.option(site.value(0), 'cipherSuites'));
      return;
    default:
      return;
  }
}

function hmacStart(site: Site): void {
  const md = site.value(0);
  if (md?.t === 'str') site.algorithm(md, (name) => hmacName(name.toLowerCase()));
  else if (md && isDynamic(md)) site.emit.dynamic(md.node, site.api, site.node, 'digest');
}

function cipherByName(site: Site, v: Value | undefined): void {
  site.algorithm(v, (name) => {
    const m = /^(AES|3DES|DES)-(ECB|CBC|CFB|OFB|CTR|GCM)$/i.exec(name);
    if (!m) return name;
    return cipherModeUsage(m[1]!.toLowerCase(), m[2]!.toLowerCase(), name) ?? name;
  });
}

function legacyCipher(site: Site, family: string, mode: Value | undefined): void {
  const where = site.emit.at(site.segmentNode(0));
  if (mode?.t === 'str') {
    const usage = cipherModeUsage(family === 'des' ? 'des' : 'aes', mode.v.toLowerCase(), `${family.toUpperCase()}-${mode.v}`);
    site.emit.usage(mode, mode.v, usage ?? `${family}-${mode.v}`, site.api, site.node);
    return;
  }
  if (mode && isDynamic(mode)) {
    site.emit.dynamic(mode.node, site.api, site.node, 'mode');
    return;
  }
  // forge's default mode for these creators is CBC (its aes.js/des.js).
  const input = family;
  site.emit.usage(where, input, cipherModeUsage(family, 'cbc', input) ?? family, site.api, site.node);
}

function rsaKeyPair(site: Site): void {
  const first = site.value(0);
  const bits = first?.t === 'obj' ? site.option(first, 'bits') : first;
  if (bits?.t === 'num') site.emit.usage(bits, site.emit.source(bits.node), { algorithm: 'rsa', keyBits: bits.v }, site.api, site.node);
  else if (bits && isDynamic(bits) && bits.node !== first?.node) site.emit.dynamic(bits.node, site.api, site.node, 'bits');
  else if (bits && isDynamic(bits) && first?.t !== 'obj') site.emit.dynamic(bits.node, site.api, site.node, 'bits');
}

function keyEncryption(site: Site, opts: Value | undefined): void {
  const alg = site.option(opts, 'algorithm');
  if (alg?.t === 'str') site.algorithm(alg, (name) => KEY_ENCRYPTION[name] ?? name);
  else if (alg && isDynamic(alg) && alg.node !== opts?.node) site.emit.dynamic(alg.node, site.api, site.node, 'algorithm');
}

function cipherSuites(site: Site, v: Value | undefined): void {
  if (v?.t !== 'arr') return;
  for (const item of v.items) {
    if (item.t === 'ref' && item.root === 'node-forge' && item.path[0] === 'tls' && item.path[1] === 'CipherSuites' && item.path[2]) {
      const where: Node = item.node.type === 'MemberExpression' ? item.node.property : item.node;
      site.emit.usage(site.emit.at(where), item.path[2], item.path[2], site.api, site.node);
    } else if (isDynamic(item)) site.emit.dynamic(item.node, site.api, site.node, 'cipherSuites');
  }
}

/**
 * `key.encrypt(data, 'RSA-OAEP')` and `key.decrypt(data, 'RSAES-PKCS1-V1_5')` on a key whose type the code does not show, in
 * a module that uses node-forge: only forge's own scheme names count, so other `encrypt` methods are left alone.
 * @example
 * forgeKeyScheme(emit, ev.evaluate(arg1, scope), 'encrypt', call); // 'RSAES-PKCS1-V1_5' is RSAES-PKCS1-v1_5
 */
export function forgeKeyScheme(emit: Emitter, scheme: Value, method: string, use: Node): void {
  if (scheme.t !== 'str') return;
  const subject = RSA_SCHEMES[scheme.v];
  if (subject === undefined || !resolve(subject)) return;
  emit.usage(scheme, scheme.v, subject, `forge key.${method}`, use);
}
