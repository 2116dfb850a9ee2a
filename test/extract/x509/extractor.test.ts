/**
 * The x509 extractor on the fixtures that test/fixtures/x509/make.sh made with openssl and ssh-keygen: for each file, the
 * asset fields and inputs the extractor reports, and the rule ids the scan gives them at a fixed date.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractX509, wantsFile, x509Extractor } from '../../../src/extract/x509/index.js';
import { scan } from '../../../src/scan/scan.js';
import type { Asset, ExtractContext, Extraction } from '../../../src/scan/types.js';

const ROOT = fileURLToPath(new URL('../../fixtures/x509/', import.meta.url));
const AT = new Date('2026-11-21T00:00:00Z');

function ctxFor(path: string): ExtractContext & { at: Date } {
  return { path, absolutePath: `${ROOT}${path}`, readFile: async () => undefined, include: () => ({ files: [], unreadable: [] }), at: AT };
}

/** The extractions of one fixture. */
function extract(path: string): Extraction[] {
  return extractX509(new Uint8Array(readFileSync(`${ROOT}${path}`)), ctxFor(path));
}

type Usage = Extract<Extraction, { kind: 'usage' }>;
function usages(path: string): Usage[] {
  const xs = extract(path);
  expect(xs.filter((x) => x.kind === 'parse-error'), path).toEqual([]);
  return xs as Usage[];
}

const SUBJECT = (cn: string) => `C=JP, O=cryptrec fixtures, CN=${cn}`;
const END = '2027-12-31T23:59:59Z';

describe('matches', () => {
  it('takes certificate and key files by name, and other text files by a PEM BEGIN line', () => {
    for (const p of ['a/server.crt', 'x.PEM', 'ca.cer', 'c.der', 'r.csr', 'b.p7b', 'b.p7c', 'k.p12', 'k.pfx', 'l.crl', 'k.p8', 'k.pk8']) {
      expect(wantsFile(p, ''), p).toBe(true);
    }
    expect(wantsFile('home/.ssh/id_ed25519', '-----BEGIN OPENSSH PRIVATE KEY-----\n')).toBe(true);
    expect(wantsFile('docs/tls.md', 'Example:\n\n    -----BEGIN CERTIFICATE-----\n')).toBe(true);
    expect(wantsFile('server.key', '-----BEGIN PRIVATE KEY-----\n')).toBe(true);
    expect(wantsFile('server.key', '0\u0082\u0004')).toBe(true);
    expect(wantsFile('rsa.pub', '-----BEGIN PUBLIC KEY-----\n')).toBe(true);
  });

  it('leaves SSH public keys, Keynote files, config formats and files without PEM alone', () => {
    expect(wantsFile('home/.ssh/id_ed25519.pub', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI fixture\n')).toBe(false);
    expect(wantsFile('talk.key', 'PK\u0003\u0004')).toBe(false);
    expect(wantsFile('k8s/secret.yaml', 'tls.crt: |\n  -----BEGIN CERTIFICATE-----\n')).toBe(false);
    expect(wantsFile('README.md', '# no keys here\n')).toBe(false);
    expect(wantsFile('.ssh/authorized_keys', 'ssh-rsa AAAAB3Nza...\n')).toBe(false);
    expect(x509Extractor.binary).toBe(true);
    expect(x509Extractor.id).toBe('x509');
  });
});

describe('certificates', () => {
  // [file, CN, serial, key input, asset key fields, signature algorithm]
  const CASES: [string, string, string, string, Partial<Asset>, string][] = [
    ['certs/rsa-1024.crt', 'rsa-1024', '1000', 'RSA-1024', { keyAlgorithm: 'RSA', keyBits: 1024 }, 'sha256WithRSAEncryption'],
    ['certs/rsa-2048.crt', 'rsa-2048', '1001', 'RSA-2048', { keyAlgorithm: 'RSA', keyBits: 2048 }, 'sha256WithRSAEncryption'],
    ['certs/rsa-3072.crt', 'rsa-3072', '1002', 'RSA-3072', { keyAlgorithm: 'RSA', keyBits: 3072 }, 'sha256WithRSAEncryption'],
    ['certs/rsa-4096.crt', 'rsa-4096', '1003', 'RSA-4096', { keyAlgorithm: 'RSA', keyBits: 4096 }, 'sha256WithRSAEncryption'],
    ['certs/dsa-1024.crt', 'dsa-1024', '1004', 'DSA-1024', { keyAlgorithm: 'DSA', keyBits: 1024 }, 'dsaWithSHA1'],
    ['certs/dsa-2048.crt', 'dsa-2048', '1005', 'DSA-2048', { keyAlgorithm: 'DSA', keyBits: 2048 }, 'dsa_with_SHA256'],
    ['certs/ec-p192.crt', 'ec-p192', '1006', 'EC secp192r1', { keyAlgorithm: 'EC', keyBits: 192, curve: 'secp192r1' }, 'ecdsa-with-SHA256'],
    ['certs/ec-p224.crt', 'ec-p224', '1007', 'EC secp224r1', { keyAlgorithm: 'EC', keyBits: 224, curve: 'secp224r1' }, 'ecdsa-with-SHA256'],
    ['certs/ec-p256.crt', 'ec-p256', '1008', 'EC secp256r1', { keyAlgorithm: 'EC', keyBits: 256, curve: 'secp256r1' }, 'ecdsa-with-SHA256'],
    ['certs/ec-secp256k1.crt', 'ec-secp256k1', '1009', 'EC secp256k1', { keyAlgorithm: 'EC', keyBits: 256, curve: 'secp256k1' }, 'ecdsa-with-SHA256'],
    ['certs/ec-brainpoolP256r1.crt', 'ec-brainpoolP256r1', '1010', 'EC brainpoolP256r1', { keyAlgorithm: 'EC', keyBits: 256, curve: 'brainpoolP256r1' }, 'ecdsa-with-SHA256'],
    ['certs/ec-p384.crt', 'ec-p384', '1011', 'EC secp384r1', { keyAlgorithm: 'EC', keyBits: 384, curve: 'secp384r1' }, 'ecdsa-with-SHA384'],
    ['certs/ec-brainpoolP384r1.crt', 'ec-brainpoolP384r1', '1012', 'EC brainpoolP384r1', { keyAlgorithm: 'EC', keyBits: 384, curve: 'brainpoolP384r1' }, 'ecdsa-with-SHA384'],
    ['certs/ec-p521.crt', 'ec-p521', '1013', 'EC secp521r1', { keyAlgorithm: 'EC', keyBits: 521, curve: 'secp521r1' }, 'ecdsa-with-SHA512'],
    ['certs/ed25519.crt', 'ed25519', '1014', 'Ed25519', { keyAlgorithm: 'Ed25519' }, 'ED25519'],
    ['certs/ed448.crt', 'ed448', '1015', 'Ed448', { keyAlgorithm: 'Ed448' }, 'ED448'],
    ['certs/rsa-pss-2048.crt', 'rsa-pss-2048', '1016', 'RSA-PSS-2048', { keyAlgorithm: 'RSA-PSS', keyBits: 2048 }, 'rsassaPss'],
    ['certs/rsa-2048-pss-sha384.crt', 'rsa-2048-pss-sha384', '1017', 'RSA-2048', { keyAlgorithm: 'RSA', keyBits: 2048 }, 'rsassaPss'],
    ['certs/sig-md5.crt', 'sig-md5', '1018', 'RSA-2048', { keyAlgorithm: 'RSA', keyBits: 2048 }, 'md5WithRSAEncryption'],
    ['certs/sig-sha1.crt', 'sig-sha1', '1019', 'RSA-2048', { keyAlgorithm: 'RSA', keyBits: 2048 }, 'sha1WithRSAEncryption'],
    ['certs/sig-sha1.cer', 'sig-sha1', '1019', 'RSA-2048', { keyAlgorithm: 'RSA', keyBits: 2048 }, 'sha1WithRSAEncryption'],
    ['certs/sig-sha224.crt', 'sig-sha224', '1020', 'RSA-2048', { keyAlgorithm: 'RSA', keyBits: 2048 }, 'sha224WithRSAEncryption'],
    ['certs/sig-sha256.crt', 'sig-sha256', '1021', 'RSA-2048', { keyAlgorithm: 'RSA', keyBits: 2048 }, 'sha256WithRSAEncryption'],
    ['certs/sig-sha384.crt', 'sig-sha384', '1022', 'RSA-2048', { keyAlgorithm: 'RSA', keyBits: 2048 }, 'sha384WithRSAEncryption'],
    ['certs/sig-sha512.crt', 'sig-sha512', '1023', 'RSA-2048', { keyAlgorithm: 'RSA', keyBits: 2048 }, 'sha512WithRSAEncryption'],
    ['certs/ec-p256.der', 'ec-p256', '1008', 'EC secp256r1', { keyAlgorithm: 'EC', keyBits: 256, curve: 'secp256r1' }, 'ecdsa-with-SHA256'],
    ['certs/trusted.pem', 'ec-p256', '1008', 'EC secp256r1', { keyAlgorithm: 'EC', keyBits: 256, curve: 'secp256r1' }, 'ecdsa-with-SHA256'],
  ];

  it.each(CASES)('%s: key and signature with the certificate as asset', (path, cn, serial, keyInput, key, sig) => {
    const [pub, signature, ...rest] = usages(path);
    expect(rest).toEqual([]);
    const asset: Asset = { kind: 'certificate', subject: SUBJECT(cn), serial, notAfter: END, ...key, signatureAlgorithm: sig } as Asset;
    expect(pub!.asset).toEqual(asset);
    expect(signature!.asset).toEqual(asset);
    expect(pub!.input).toBe(keyInput);
    expect(pub!.until).toBe('2027-12-31');
    expect(signature!.input).toBe(sig);
    expect(signature!.until).toBeUndefined();
    expect(pub!.location).toEqual({ path, line: 1, column: 1 });
    expect(pub!.confidence).toBe('exact');
    expect(pub!.context?.en).toBe(`public key of certificate "${cn}", serial ${serial}, valid until 2027-12-31, self-signed`);
    expect(signature!.context?.ja).toMatch(new RegExp(`^署名：証明書「${cn}」、シリアル ${serial}、有効期限 2027-12-31、自己署名`));
  });

  it('hands the judge a key object with its size or curve, and the signature OID', () => {
    expect(usages('certs/rsa-4096.crt').map((x) => x.subject)).toEqual([{ algorithm: 'rsa', keyBits: 4096 }, '1.2.840.113549.1.1.11']);
    expect(usages('certs/rsa-pss-2048.crt')[0]!.subject).toEqual({ algorithm: 'rsassa-pss', keyBits: 2048 });
    expect(usages('certs/dsa-2048.crt')[0]!.subject).toEqual({ algorithm: 'dsa', keyBits: 2048 });
    expect(usages('certs/ec-brainpoolP256r1.crt')[0]!.subject).toEqual({ algorithm: 'ec', curve: 'brainpoolP256r1' });
    expect(usages('certs/ed448.crt').map((x) => x.subject)).toEqual([{ algorithm: 'ed448' }, '1.3.101.113']);
  });

  it('reads the RSASSA-PSS hash from the signature parameters', () => {
    const sig = usages('certs/rsa-2048-pss-sha384.crt')[1]!;
    expect(sig.subject).toMatchObject({
      label: 'RSASSA-PSS with SHA-384',
      components: [{ algorithm: 'rsa-pss', role: 'signature' }, { algorithm: 'sha-384', role: 'hash' }],
    });
    expect(sig.context?.en).toContain('RSASSA-PSS with sha384, MGF1 with sha384, salt 48 bytes');
    const own = usages('certs/rsa-pss-2048.crt')[1]!;
    expect(own.context?.en).toContain('RSASSA-PSS with sha256, MGF1 with sha256, salt 32 bytes');
  });

  it('says when a certificate has expired or is not yet valid at the date judged at', () => {
    const [expired] = usages('certs/expired.crt');
    expect(expired!.asset).toMatchObject({ notAfter: '2016-01-01T00:00:00Z', serial: '1025' });
    expect(expired!.until).toBe('2016-01-01');
    expect(expired!.context?.en).toBe('public key of certificate "expired", serial 1025, valid until 2016-01-01, expired at 2026-11-21, self-signed');
    expect(expired!.context?.ja).toContain('2026-11-21 時点で期限切れ');
    const [future] = usages('certs/not-yet-valid.crt');
    expect(future!.context?.en).toContain('not valid before 2040-01-01');
    const [long] = usages('certs/long-lived-rsa-2048.crt');
    expect(long!.until).toBe('2035-12-31');
    expect(long!.asset).toMatchObject({ keyAlgorithm: 'RSA', keyBits: 2048, notAfter: '2035-12-31T23:59:59Z' });
  });

  it('reads every block of a bundle at its BEGIN line, and a key next to a certificate', () => {
    const chain = usages('certs/chain.pem');
    expect(chain.map((x) => `${x.location.line}:${x.location.column} ${x.input}`)).toEqual([
      '1:1 EC secp256r1', '1:1 sha256WithRSAEncryption', '20:1 RSA-3072', '20:1 ecdsa-with-SHA256', '40:1 EC secp384r1', '40:1 ecdsa-with-SHA384',
    ]);
    expect(chain[0]!.context?.en).toBe('public key of certificate "leaf.example", serial 2002, valid until 2027-12-31');
    expect(chain[2]!.asset).toMatchObject({ subject: SUBJECT('fixture intermediate'), notAfter: '2030-12-31T23:59:59Z' });
    const mixed = usages('certs/key-and-cert.pem');
    expect(mixed.map((x) => `${x.location.line} ${x.asset?.kind} ${x.input}`)).toEqual([
      '2 certificate RSA-2048', '2 certificate sha256WithRSAEncryption', '23 private-key RSA-2048',
    ]);
  });
});

describe('requests, bundles and CRLs', () => {
  it.each([
    ['csr/rsa-2048.csr', 'csr rsa-2048', 'RSA-2048', { keyAlgorithm: 'RSA', keyBits: 2048 }, 'sha256WithRSAEncryption'],
    ['csr/rsa-1024-sha1.csr', 'csr rsa-1024 sha1', 'RSA-1024', { keyAlgorithm: 'RSA', keyBits: 1024 }, 'sha1WithRSAEncryption'],
    ['csr/ec-p256.req', 'csr ec-p256', 'EC secp256r1', { keyAlgorithm: 'EC', keyBits: 256, curve: 'secp256r1' }, 'ecdsa-with-SHA256'],
    ['csr/ec-p256-csr.der', 'csr ec-p256', 'EC secp256r1', { keyAlgorithm: 'EC', keyBits: 256, curve: 'secp256r1' }, 'ecdsa-with-SHA256'],
    ['csr/ed25519.csr', 'csr ed25519', 'Ed25519', { keyAlgorithm: 'Ed25519' }, 'ED25519'],
    ['csr/rsa-pss.csr', 'csr rsa-pss', 'RSA-PSS-2048', { keyAlgorithm: 'RSA-PSS', keyBits: 2048 }, 'rsassaPss'],
  ] as const)('%s', (path, cn, keyInput, key, sig) => {
    const [pub, signature, ...rest] = usages(path);
    expect(rest).toEqual([]);
    expect(pub!.asset).toEqual({ kind: 'csr', subject: `C=JP, CN=${cn}`, ...key, signatureAlgorithm: sig });
    expect([pub!.input, signature!.input]).toEqual([keyInput, sig]);
    expect(pub!.until).toBeUndefined();
    expect(pub!.context?.en).toBe(`public key of certificate request "${cn}"`);
  });

  it('reads every certificate of a PKCS #7 bundle, PEM and DER', () => {
    const pem = usages('pkcs7/chain.p7b');
    expect(pem.map((x) => `${x.asset?.subject} ${x.input}`)).toEqual([
      `${SUBJECT('leaf.example')} EC secp256r1`, `${SUBJECT('leaf.example')} sha256WithRSAEncryption`,
      `${SUBJECT('fixture intermediate')} RSA-3072`, `${SUBJECT('fixture intermediate')} ecdsa-with-SHA256`,
      `${SUBJECT('fixture root')} EC secp384r1`, `${SUBJECT('fixture root')} ecdsa-with-SHA384`,
    ]);
    expect(pem[0]!.context?.en).toMatch(/, in a PKCS #7 bundle$/);
    const der = usages('pkcs7/two.p7c');
    expect(der.map((x) => x.input)).toEqual(['RSA-2048', 'md5WithRSAEncryption', 'Ed25519', 'ED25519']);
  });

  it('reads the signature algorithm of a CRL', () => {
    const [crl, ...rest] = usages('crl/root.crl');
    expect(rest).toEqual([]);
    expect(crl!.input).toBe('ecdsa-with-SHA384');
    expect(crl!.context?.en).toMatch(/^signature of CRL of "fixture root", next update \d{4}-\d{2}-\d{2}$/);
  });
});

describe('keys', () => {
  it.each([
    ['keys/rsa-1024.key', 'RSA-1024', { keyAlgorithm: 'RSA', keyBits: 1024 }, 'private key (PKCS #8)'],
    ['keys/rsa-4096.key', 'RSA-4096', { keyAlgorithm: 'RSA', keyBits: 4096 }, 'private key (PKCS #8)'],
    ['keys/rsa-pss-2048.key', 'RSA-PSS-2048', { keyAlgorithm: 'RSA-PSS', keyBits: 2048 }, 'private key (PKCS #8)'],
    ['keys/rsa-2048-pkcs1.key', 'RSA-2048', { keyAlgorithm: 'RSA', keyBits: 2048 }, 'RSA private key (PKCS #1)'],
    ['keys/dsa-1024.key', 'DSA-1024', { keyAlgorithm: 'DSA', keyBits: 1024 }, 'private key (PKCS #8)'],
    ['keys/dsa-2048-traditional.key', 'DSA-2048', { keyAlgorithm: 'DSA', keyBits: 2048 }, 'DSA private key (OpenSSL form)'],
    ['keys/ec-p192.key', 'EC secp192r1', { keyAlgorithm: 'EC', keyBits: 192, curve: 'secp192r1' }, 'private key (PKCS #8)'],
    ['keys/ec-p521.key', 'EC secp521r1', { keyAlgorithm: 'EC', keyBits: 521, curve: 'secp521r1' }, 'private key (PKCS #8)'],
    ['keys/ec-secp256k1.key', 'EC secp256k1', { keyAlgorithm: 'EC', keyBits: 256, curve: 'secp256k1' }, 'private key (PKCS #8)'],
    ['keys/ec-brainpoolP384r1.key', 'EC brainpoolP384r1', { keyAlgorithm: 'EC', keyBits: 384, curve: 'brainpoolP384r1' }, 'private key (PKCS #8)'],
    ['keys/ec-p384.der', 'EC secp384r1', { keyAlgorithm: 'EC', keyBits: 384, curve: 'secp384r1' }, 'private key (PKCS #8)'],
    ['keys/ec-p384-sec1.der', 'EC secp384r1', { keyAlgorithm: 'EC', keyBits: 384, curve: 'secp384r1' }, 'EC private key (SEC 1)'],
    ['keys/ed25519.key', 'Ed25519', { keyAlgorithm: 'Ed25519' }, 'private key (PKCS #8)'],
    ['keys/ed448.key', 'Ed448', { keyAlgorithm: 'Ed448' }, 'private key (PKCS #8)'],
    ['keys/x25519.key', 'X25519', { keyAlgorithm: 'X25519' }, 'private key (PKCS #8)'],
  ] as const)('%s', (path, input, key, words) => {
    const [x, ...rest] = usages(path);
    expect(rest).toEqual([]);
    expect(x!.asset).toEqual({ kind: 'private-key', ...key });
    expect(x!.input).toBe(input);
    expect(x!.context?.en).toBe(words);
  });

  it('reads the key of an EC PRIVATE KEY that follows EC PARAMETERS, at its own BEGIN line', () => {
    const [x, ...rest] = usages('keys/ec-p256-sec1.key');
    expect(rest).toEqual([]);
    expect(x!.location.line).toBe(4);
    expect(x!.asset).toEqual({ kind: 'private-key', keyAlgorithm: 'EC', keyBits: 256, curve: 'secp256r1' });
  });

  it('reads public keys: SubjectPublicKeyInfo PEM and DER, PKCS #1', () => {
    const pub = (path: string) => usages(path).map((x) => [x.input, x.asset]);
    expect(pub('public/rsa-2048.pub')).toEqual([['RSA-2048', { kind: 'public-key', keyAlgorithm: 'RSA', keyBits: 2048 }]]);
    expect(pub('public/rsa-3072-pkcs1.pem')).toEqual([['RSA-3072', { kind: 'public-key', keyAlgorithm: 'RSA', keyBits: 3072 }]]);
    expect(pub('public/ec-p521.der')).toEqual([['EC secp521r1', { kind: 'public-key', keyAlgorithm: 'EC', keyBits: 521, curve: 'secp521r1' }]]);
    expect(pub('public/ec-secp256k1.pem')).toEqual([['EC secp256k1', { kind: 'public-key', keyAlgorithm: 'EC', keyBits: 256, curve: 'secp256k1' }]]);
    expect(pub('public/ed448.pem')).toEqual([['Ed448', { kind: 'public-key', keyAlgorithm: 'Ed448' }]]);
    expect(pub('public/dsa-1024.pem')).toEqual([['DSA-1024', { kind: 'public-key', keyAlgorithm: 'DSA', keyBits: 1024 }]]);
  });

  it('reads DH parameters as the size of the group', () => {
    expect(usages('keys/dhparam-2048.pem').map((x) => [x.input, x.subject])).toEqual([['DH-2048', { algorithm: 'dh', keyBits: 2048 }]]);
    expect(usages('keys/dhparam-1024.pem').map((x) => [x.input, x.subject])).toEqual([['DH-1024', { algorithm: 'dh', keyBits: 1024 }]]);
  });
});

describe('encrypted keys and PKCS #12, without a password', () => {
  const brief = (path: string) => usages(path).map((x) => `${x.input} -> ${typeof x.subject === 'string' ? x.subject : JSON.stringify(x.subject)}`);
  const ENCRYPTED = { kind: 'private-key', keyAlgorithm: 'encrypted' };

  it('PBES2 (OpenSSL 3.0 default): PBKDF2 with its iteration count, hmacWithSHA256, AES-256-CBC', () => {
    expect(brief('keys/encrypted-aes256.p8')).toEqual([
      'PBKDF2 -> 1.2.840.113549.1.5.12', 'hmacWithSHA256 -> 1.2.840.113549.2.9', 'aes-256-cbc -> 2.16.840.1.101.3.4.1.42',
    ]);
    expect(brief('keys/encrypted-aes256.der')).toEqual(brief('keys/encrypted-aes256.p8'));
    const [kdf] = usages('keys/encrypted-aes256.p8');
    expect(kdf!.asset).toEqual(ENCRYPTED);
    expect(kdf!.context?.en).toBe('key derivation from the password of encrypted private key (PKCS #8; its type and size are not readable without the password), 2048 iterations');
  });

  it('PBES2 with Triple DES and hmacWithSHA1; scrypt; PBES1 and PKCS #12 schemes', () => {
    expect(brief('keys/encrypted-des3-sha1.p8')).toEqual([
      'PBKDF2 -> 1.2.840.113549.1.5.12', 'hmacWithSHA1 -> 1.2.840.113549.2.7', 'des-ede3-cbc -> 1.2.840.113549.3.7',
    ]);
    expect(brief('keys/encrypted-scrypt.p8')).toEqual(['scrypt -> 1.3.6.1.4.1.11591.4.11', 'aes-256-cbc -> 2.16.840.1.101.3.4.1.42']);
    expect(usages('keys/encrypted-scrypt.p8')[0]!.context?.en).toContain('N=16384, r=8, p=1');
    expect(brief('keys/encrypted-pbe-md5-des.p8')).toEqual(['pbeWithMD5AndDES-CBC -> 1.2.840.113549.1.5.3']);
    expect(brief('keys/encrypted-pbe-sha1-3des.p8')).toEqual(['pbeWithSHA1And3-KeyTripleDES-CBC -> 1.2.840.113549.1.12.1.3']);
    for (const p of ['keys/encrypted-des3-sha1.p8', 'keys/encrypted-pbe-md5-des.p8']) {
      for (const x of usages(p)) expect(x.asset).toEqual(ENCRYPTED);
    }
  });

  it('RFC 1421 PEM encryption: the DEK-Info cipher and the MD5 key derivation, the type from the label', () => {
    expect(brief('keys/rsa-2048-pkcs1-des3.key')).toEqual(['DES-EDE3-CBC -> DES-EDE3-CBC', 'EVP_BytesToKey (MD5) -> md5']);
    expect(brief('keys/rsa-2048-pkcs1-aes128.key')).toEqual(['AES-128-CBC -> AES-128-CBC', 'EVP_BytesToKey (MD5) -> md5']);
    expect(usages('keys/rsa-2048-pkcs1-aes128.key')[0]!.asset).toEqual({ kind: 'private-key', keyAlgorithm: 'RSA' });
  });

  it('PKCS #12 -legacy: SHA-1 MAC, RC2-40 for the certificates, Triple DES for the key', () => {
    expect(brief('pkcs12/legacy.pfx')).toEqual([
      'hmacWithSHA1 -> 1.2.840.113549.2.7', 'pbeWithSHA1And40BitRC2-CBC -> 1.2.840.113549.1.12.1.6',
      'pbeWithSHA1And3-KeyTripleDES-CBC -> 1.2.840.113549.1.12.1.3',
    ]);
    const [mac, safe, key] = usages('pkcs12/legacy.pfx');
    expect(mac!.context?.en).toBe('integrity MAC of PKCS #12 file, hash sha1, 2048 iterations');
    expect(mac!.asset).toBeUndefined();
    expect(safe!.context?.en).toContain('not readable without the password');
    expect(key!.asset).toEqual(ENCRYPTED);
  });

  it('PKCS #12 with OpenSSL 3.0 defaults, and with the certificates left unencrypted', () => {
    expect(brief('pkcs12/modern.p12')).toEqual([
      'hmacWithSHA256 -> 1.2.840.113549.2.9',
      'PBKDF2 -> 1.2.840.113549.1.5.12', 'hmacWithSHA256 -> 1.2.840.113549.2.9', 'aes-256-cbc -> 2.16.840.1.101.3.4.1.42',
      'PBKDF2 -> 1.2.840.113549.1.5.12', 'hmacWithSHA256 -> 1.2.840.113549.2.9', 'aes-256-cbc -> 2.16.840.1.101.3.4.1.42',
    ]);
    const clear = usages('pkcs12/clear-certs.p12');
    expect(clear.map((x) => x.input)).toEqual(['hmacWithSHA256', 'EC secp256r1', 'ecdsa-with-SHA256', 'PBKDF2', 'hmacWithSHA256', 'aes-256-cbc']);
    expect(clear[1]!.asset).toMatchObject({ kind: 'certificate', subject: SUBJECT('ec-p256'), serial: '1008', curve: 'secp256r1' });
    expect(clear[1]!.context?.en).toMatch(/, in a PKCS #12 file$/);
  });
});

describe('OpenSSH private keys', () => {
  it.each([
    ['ssh/id_rsa', 'ssh-rsa', 'RSA-3072', { keyAlgorithm: 'RSA', keyBits: 3072 }],
    ['ssh/id_rsa_1024', 'ssh-rsa', 'RSA-1024', { keyAlgorithm: 'RSA', keyBits: 1024 }],
    ['ssh/id_dsa', 'ssh-dss', 'DSA-1024', { keyAlgorithm: 'DSA', keyBits: 1024 }],
    ['ssh/id_ecdsa_256', 'ecdsa-sha2-nistp256', 'EC secp256r1', { keyAlgorithm: 'EC', keyBits: 256, curve: 'secp256r1' }],
    ['ssh/id_ecdsa_384', 'ecdsa-sha2-nistp384', 'EC secp384r1', { keyAlgorithm: 'EC', keyBits: 384, curve: 'secp384r1' }],
    ['ssh/id_ecdsa_521', 'ecdsa-sha2-nistp521', 'EC secp521r1', { keyAlgorithm: 'EC', keyBits: 521, curve: 'secp521r1' }],
    ['ssh/id_ed25519', 'ssh-ed25519', 'Ed25519', { keyAlgorithm: 'Ed25519' }],
  ] as const)('%s: type and size from the header', (path, type, input, key) => {
    const [x, ...rest] = usages(path);
    expect(rest).toEqual([]);
    expect(x!.input).toBe(input);
    expect(x!.asset).toEqual({ kind: 'private-key', ...key });
    expect(x!.context?.en).toBe(`OpenSSH private key ${type} (not encrypted)`);
  });

  it('encrypted: the cipher and bcrypt_pbkdf with its rounds, and the key type all the same', () => {
    const xs = usages('ssh/id_ed25519_encrypted');
    expect(xs.map((x) => `${x.input} -> ${JSON.stringify(x.subject)}`)).toEqual([
      'Ed25519 -> {"algorithm":"ed25519"}', 'aes256-ctr -> "aes256-ctr"', 'bcrypt -> "bcrypt"',
    ]);
    expect(xs[2]!.context?.en).toBe('key derivation from the password of OpenSSH private key ssh-ed25519 (encrypted with aes256-ctr), bcrypt_pbkdf, 16 rounds');
    expect(usages('ssh/id_rsa_aes128cbc').map((x) => x.input)).toEqual(['RSA-2048', 'aes128-cbc', 'bcrypt']);
  });
});

describe('broken input', () => {
  const errors = (path: string) => extract(path).map((x) => (x.kind === 'parse-error' ? `${x.location.line}:${x.location.column} ${x.message.en}` : `${x.location.line}:${x.location.column} ${x.input}`));

  it.each([
    ['broken/truncated.pem', '1:1 PEM block "CERTIFICATE" has no END line (the file ends first)'],
    ['broken/bad-base64.crt', '3:11 "*" is not a base64 character'],
    ['broken/garbage.der', '1:1 neither PEM nor DER: no BEGIN line and no ASN.1 structure'],
    ['broken/not-a-certificate.der', '1:1 DER data that is no certificate, request, CRL, PKCS #7, PKCS #12 or key'],
  ])('%s', (path, message) => {
    expect(errors(path)).toEqual([message]);
  });

  it.each(['broken/short-der.pem', 'broken/truncated.p12', 'broken/encrypted-short.p8'])('%s: DER cut short', (path) => {
    const xs = extract(path);
    expect(xs.map((x) => x.kind)).toEqual(['parse-error']);
    const x = xs[0] as Extract<Extraction, { kind: 'parse-error' }>;
    expect(x.location).toEqual({ path, line: 1, column: 1 });
    expect(x.message.en).toMatch(/not valid DER/);
    expect(x.message.ja).toMatch(/DER として不正/);
  });

  it('reports a broken block at its fault and still reads the blocks around it', () => {
    expect(errors('broken/mixed.pem')).toEqual(['1:1 EC secp256r1', '1:1 ecdsa-with-SHA256', '13:14 "@" is not a base64 character', '15:1 Ed25519']);
  });

  it('leaves broken example blocks in documentation alone, and reads the good ones', () => {
    const good = readFileSync(`${ROOT}certs/ed25519.crt`, 'latin1');
    const md = `# TLS\n\nThe root:\n\n${good}\nAn elided one:\n\n-----BEGIN CERTIFICATE-----\nMIIB...\n-----END CERTIFICATE-----\n`;
    const xs = extractX509(new TextEncoder().encode(md), ctxFor('docs/tls.md'));
    expect(xs.map((x) => `${x.location.line} ${x.kind === 'usage' ? x.input : 'error'}`)).toEqual(['5 Ed25519', '5 ED25519']);
    // The same text in a certificate file is broken input.
    const crt = extractX509(new TextEncoder().encode(md), ctxFor('docs/tls.pem'));
    const line = md.split('\n').indexOf('MIIB...') + 1;
    expect(crt.filter((x) => x.kind === 'parse-error').map((x) => `${x.location.line}:${x.location.column}`)).toEqual([`${line}:5`]);
  });

  it('says when a label does not match what its block holds', () => {
    const cert = readFileSync(`${ROOT}certs/ed25519.crt`, 'latin1');
    const relabelled = cert.replace(/CERTIFICATE/g, 'PRIVATE KEY');
    const xs = extractX509(new TextEncoder().encode(relabelled), ctxFor('k.pem'));
    expect(xs.map((x) => (x.kind === 'parse-error' ? `${x.location.line} ${x.message.en}` : x.kind))).toEqual([
      '1 PRIVATE KEY block holds a certificate, not a private key',
    ]);
    const dh = extractX509(new TextEncoder().encode(cert.replace(/CERTIFICATE/g, 'DH PARAMETERS')), ctxFor('dh.pem'));
    expect(dh.map((x) => x.kind)).toEqual(['parse-error']);
  });

  it('reads a PEM file that starts with a UTF-8 byte order mark', () => {
    const pem = readFileSync(`${ROOT}certs/ed25519.crt`);
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...pem]);
    expect(wantsFile('notes.txt', `\uFEFF${pem.toString('latin1').slice(0, 100)}`)).toBe(true);
    expect(extractX509(bom, ctxFor('bom.pem')).map((x) => `${x.location.line}:${x.location.column} ${x.kind === 'usage' ? x.input : 'error'}`))
      .toEqual(['1:1 Ed25519', '1:1 ED25519']);
  });

  it('says when a block is closed under another label, or is empty', () => {
    const text = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END PRIVATE KEY-----\n-----BEGIN PUBLIC KEY-----\n-----END PUBLIC KEY-----\n';
    const xs = extractX509(new TextEncoder().encode(text), ctxFor('x.pem'));
    expect(xs.map((x) => (x.kind === 'parse-error' ? `${x.location.line}:${x.location.column} ${x.message.en}` : ''))).toEqual([
      '3:1 PEM block "CERTIFICATE" is closed by END "PRIVATE KEY"', '4:1 the PEM block is empty',
    ]);
  });
});

describe('through scan()', () => {
  /** Rule ids and inputs per file, as sets (findings at one place with one rule and input may be merged by the scan). */
  async function scanned(all: boolean): Promise<Map<string, string[]>> {
    const r = await scan([ROOT], { cwd: ROOT, root: ROOT, at: '2026-11-21', extractors: [x509Extractor], all });
    const by = new Map<string, Set<string>>();
    for (const f of r.findings) {
      const key = f.location!.path;
      if (!by.has(key)) by.set(key, new Set());
      by.get(key)!.add(`${f.location!.line} ${f.ruleId.replace('cryptrec/', '')} ${f.input}`);
    }
    expect(r.warnings).toEqual([]);
    return new Map([...by].map(([k, v]) => [k, [...v].sort()]));
  }

  it('gives each fixture its rules at 2026-11-21', async () => {
    const got = await scanned(false);
    const expected: Record<string, string[]> = {
      'broken/bad-base64.crt': ['3 parse-error '],
      'broken/encrypted-short.p8': ['1 parse-error '],
      'broken/garbage.der': ['1 parse-error '],
      'broken/mixed.pem': ['13 parse-error '],
      'broken/not-a-certificate.der': ['1 parse-error '],
      'broken/short-der.pem': ['1 parse-error '],
      'broken/truncated.p12': ['1 parse-error '],
      'broken/truncated.pem': ['1 parse-error '],
      // DSA-1024 is too weak; dsaWithSHA1 is RSASSA-PKCS1-v1_5-like: the scheme is listed, SHA-1 makes it monitored.
      'certs/dsa-1024.crt': ['1 monitored dsaWithSHA1', '1 weak-key DSA-1024'],
      'certs/ec-p192.crt': ['1 weak-key EC secp192r1'],
      // The RSA private key next to the certificate has no end date: 112 bits is allowed for new protection through 2030.
      'certs/key-and-cert.pem': ['23 key-deadline RSA-2048'],
      // Valid to 2035, past the 2030 deadline of 112-bit keys; the same key on certificates ending 2027 and 2016 passes.
      'certs/long-lived-rsa-2048.crt': ['1 key-deadline RSA-2048'],
      'certs/rsa-1024.crt': ['1 weak-key RSA-1024'],
      'certs/sig-md5.crt': ['1 unlisted md5WithRSAEncryption'],
      'certs/sig-sha1.cer': ['1 monitored sha1WithRSAEncryption'],
      'certs/sig-sha1.crt': ['1 monitored sha1WithRSAEncryption'],
      'certs/sig-sha224.crt': ['1 unlisted sha224WithRSAEncryption'],
      'csr/rsa-1024-sha1.csr': ['1 monitored sha1WithRSAEncryption', '1 weak-key RSA-1024'],
      'csr/rsa-2048.csr': ['1 key-deadline RSA-2048'],
      'csr/rsa-pss.csr': ['1 key-deadline RSA-PSS-2048'],
      'keys/dhparam-1024.pem': ['1 weak-key DH-1024'],
      'keys/dhparam-2048.pem': ['1 key-deadline DH-2048'],
      'keys/dsa-1024.key': ['1 weak-key DSA-1024'],
      'keys/dsa-2048-traditional.key': ['1 key-deadline DSA-2048'],
      'keys/dsa-2048.key': ['1 key-deadline DSA-2048'],
      'keys/ec-p192.key': ['1 weak-key EC secp192r1'],
      'keys/ec-p224.key': ['1 key-deadline EC secp224r1'],
      // PBKDF2 and scrypt are outside the list's categories: a note, never a failure; their PRF and cipher are judged.
      'keys/encrypted-aes256.der': ['1 unlisted PBKDF2'],
      'keys/encrypted-aes256.p8': ['1 unlisted PBKDF2'],
      'keys/encrypted-des3-sha1.p8': ['1 key-deadline des-ede3-cbc', '1 monitored hmacWithSHA1', '1 unlisted PBKDF2'],
      'keys/encrypted-pbe-md5-des.p8': ['1 weak-key pbeWithMD5AndDES-CBC'],
      'keys/encrypted-pbe-sha1-3des.p8': ['1 key-deadline pbeWithSHA1And3-KeyTripleDES-CBC'],
      'keys/encrypted-scrypt.p8': ['1 unlisted scrypt'],
      'keys/rsa-1024.key': ['1 weak-key RSA-1024'],
      'keys/rsa-2048-pkcs1-aes128.key': ['1 unlisted EVP_BytesToKey (MD5)'],
      'keys/rsa-2048-pkcs1-des3.key': ['1 key-deadline DES-EDE3-CBC', '1 unlisted EVP_BytesToKey (MD5)'],
      'keys/rsa-2048-pkcs1.key': ['1 key-deadline RSA-2048'],
      'keys/rsa-2048.key': ['1 key-deadline RSA-2048'],
      'keys/rsa-pss-2048.key': ['1 key-deadline RSA-PSS-2048'],
      'pkcs12/clear-certs.p12': ['1 unlisted PBKDF2'],
      'pkcs12/legacy.pfx': ['1 key-deadline pbeWithSHA1And3-KeyTripleDES-CBC', '1 monitored hmacWithSHA1', '1 weak-key pbeWithSHA1And40BitRC2-CBC'],
      'pkcs12/modern.p12': ['1 unlisted PBKDF2'],
      'pkcs7/two.p7c': ['1 unlisted md5WithRSAEncryption'],
      'public/dsa-1024.pem': ['1 weak-key DSA-1024'],
      'public/rsa-2048.pub': ['1 key-deadline RSA-2048'],
      'ssh/id_dsa': ['1 weak-key DSA-1024'],
      'ssh/id_ed25519_encrypted': ['1 unlisted bcrypt'],
      'ssh/id_rsa_1024': ['1 weak-key RSA-1024'],
      'ssh/id_rsa_aes128cbc': ['1 key-deadline RSA-2048', '1 unlisted bcrypt'],
    };
    expect(Object.fromEntries(got)).toEqual(expected);
  });

  it('with --all, lists every certificate and key with its asset', async () => {
    const r = await scan([ROOT], { cwd: ROOT, root: ROOT, at: '2026-11-21', extractors: [x509Extractor], all: true });
    const certs = new Set(r.findings.filter((f) => f.asset?.kind === 'certificate').map((f) => `${f.asset!.subject} ${f.asset!.serial}`));
    // 27 self-signed fixtures and the chain's intermediate and leaf (serials 1000-1026, 2000-2002 in make.sh).
    expect(certs.size).toBe(30);
    const kinds = new Set(r.findings.map((f) => f.asset?.kind).filter(Boolean));
    expect([...kinds].sort()).toEqual(['certificate', 'csr', 'private-key', 'public-key']);
    const long = r.findings.find((f) => f.asset?.subject === SUBJECT('long-lived') && f.ruleId === 'cryptrec/key-deadline')!;
    expect(long.message).toContain('public key of certificate "long-lived", serial 1024, valid until 2035-12-31');
    expect(long.verdict?.strength?.deadline).toBe(2030);
    const ok = r.findings.find((f) => f.asset?.subject === SUBJECT('ec-p384') && f.input === 'EC secp384r1')!;
    expect(ok.ruleId).toBe('cryptrec/recommended');
  });
});
