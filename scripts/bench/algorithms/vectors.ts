/**
 * Known-answer vectors for the algorithm benchmark, each from the standard or RFC named next to it: FIPS 180-4 (SHA-1/SHA-2
 * examples), FIPS 202 (SHA-3/SHAKE examples), RFC 1321 (MD5), RFC 4231 (HMAC-SHA-256), SP 800-38A (CTR, CBC), SP 800-38B and
 * RFC 4493 (CMAC), SP 800-38C and IEEE P1619.1 (CCM), the GCM specification (McGrew and Viega), RFC 8439 (ChaCha20-Poly1305),
 * RFC 3713 (Camellia), SP 800-67 (TDEA), RFC 8032 (Ed25519), RFC 6979 (deterministic ECDSA), RFC 7748 (X25519) and RFC 5903
 * (ECDH P-256). Only the hex values are taken; every implementation must reproduce them before it is timed.
 * @module
 */
import type { AgreementVector, BulkVector, SignatureVector } from './types.js';
import { ecJwk, hex, okpJwk, utf8 } from './bytes.js';

const ABC = utf8('abc');
const EMPTY = new Uint8Array(0);
/** FIPS 202 example messages: the 0-bit message and 1600 bits of 0xA3. */
const A3_1600 = new Uint8Array(200).fill(0xa3);

const digest = (source: string, message: Uint8Array, expected: string, outputLength?: number): BulkVector => ({
  source,
  params: outputLength === undefined ? {} : { outputLength },
  message,
  expected: hex(expected),
});

export const SHA256_VECTORS: readonly BulkVector[] = [
  digest('FIPS 180-4 example SHA-256, one block "abc"', ABC, 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'),
  digest('FIPS 180-4 example SHA-256, two blocks "abcdbcde…nopq"', utf8('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'),
    '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'),
];
export const SHA384_VECTORS: readonly BulkVector[] = [
  digest('FIPS 180-4 example SHA-384, one block "abc"', ABC,
    'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7'),
];
export const SHA512_VECTORS: readonly BulkVector[] = [
  digest('FIPS 180-4 example SHA-512, one block "abc"', ABC,
    'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f'),
];
export const SHA512_256_VECTORS: readonly BulkVector[] = [
  digest('FIPS 180-4 example SHA-512/256, one block "abc"', ABC, '53048e2681941ef99b2e29b76b4c7dabe4c2d0c634fc6d46e0e2f13107e7af23'),
];
export const SHA3_256_VECTORS: readonly BulkVector[] = [
  digest('FIPS 202 example SHA3-256_Msg0', EMPTY, 'a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a'),
  digest('FIPS 202 example SHA3-256_Msg1600', A3_1600, '79f38adec5c20307a98ef76e8324afbfd46cfd81b22e3973c65fa1bd9de31787'),
];
export const SHA3_384_VECTORS: readonly BulkVector[] = [
  digest('FIPS 202 example SHA3-384_Msg0', EMPTY,
    '0c63a75b845e4f7d01107d852e4c2485c51a50aaaa94fc61995e71bbee983a2ac3713831264adb47fb6bd1e058d5f004'),
  digest('FIPS 202 example SHA3-384_Msg1600', A3_1600,
    '1881de2ca7e41ef95dc4732b8f5f002b189cc1e42b74168ed1732649ce1dbcdd76197a31fd55ee989f2d7050dd473e8f'),
];
export const SHA3_512_VECTORS: readonly BulkVector[] = [
  digest('FIPS 202 example SHA3-512_Msg0', EMPTY,
    'a69f73cca23a9ac5c8b567dc185a756e97c982164fe25859e0d1dcc1475c80a615b2123af1f5f94c11e3e9402c3ac558f500199d95b6d3e301758586281dcd26'),
  digest('FIPS 202 example SHA3-512_Msg1600', A3_1600,
    'e76dfad22084a8b1467fcf2ffa58361bec7628edf5f3fdc0e4805dc48caeeca81b7c13c30adf52a3659584739a2df46be589c51ca1a4a8416df6545a1ce8ba00'),
];
export const SHAKE128_VECTORS: readonly BulkVector[] = [
  digest('FIPS 202 example SHAKE128_Msg0, first 256 output bits', EMPTY, '7f9c2ba4e88f827d616045507605853ed73b8093f6efbc88eb1a6eacfa66ef26', 32),
];
export const SHAKE256_VECTORS: readonly BulkVector[] = [
  digest('FIPS 202 example SHAKE256_Msg0, first 512 output bits', EMPTY,
    '46b9dd2b0ba88d13233b3feb743eeb243fcd52ea62b81b82b50c27646ed5762fd75dc4ddd8c0f200cb05019d67b592f6fc821c49479ab48640292eacb3b7c4be', 64),
];
export const SHA1_VECTORS: readonly BulkVector[] = [
  digest('FIPS 180-4 example SHA-1, one block "abc"', ABC, 'a9993e364706816aba3e25717850c26c9cd0d89d'),
];
export const MD5_VECTORS: readonly BulkVector[] = [
  digest('RFC 1321 §A.5 test suite, MD5 ("abc")', ABC, '900150983cd24fb0d6963f7d28e17f72'),
];

export const HMAC_SHA256_VECTORS: readonly BulkVector[] = [
  { source: 'RFC 4231 §4.2 test case 1', params: { key: new Uint8Array(20).fill(0x0b) }, message: utf8('Hi There'),
    expected: hex('b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7') },
  { source: 'RFC 4231 §4.3 test case 2', params: { key: utf8('Jefe') }, message: utf8('what do ya want for nothing?'),
    expected: hex('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843') },
];

/** SP 800-38A Appendix F: the four plaintext blocks every example encrypts. */
const SP800_38A_PLAINTEXT = hex(`6bc1bee22e409f96e93d7e117393172a ae2d8a571e03ac9c9eb76fac45af8e51
  30c81c46a35ce411e5fbc1191a0a52ef f69f2445df4f9b17ad2b417be66c3710`);
const SP800_38A_KEY128 = hex('2b7e151628aed2a6abf7158809cf4f3c');
const SP800_38A_KEY256 = hex('603deb1015ca71be2b73aef0857d7781 1f352c073b6108d72d9810a30914dff4');

export const AES128_CTR_VECTORS: readonly BulkVector[] = [
  { source: 'SP 800-38A §F.5.1 CTR-AES128.Encrypt', params: { key: SP800_38A_KEY128, iv: hex('f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff') },
    message: SP800_38A_PLAINTEXT,
    expected: hex('874d6191b620e3261bef6864990db6ce 9806f66b7970fdff8617187bb9fffdff 5ae4df3edbd5d35e5b4f09020db03eab 1e031dda2fbe03d1792170a0f3009cee') },
];
export const AES256_CTR_VECTORS: readonly BulkVector[] = [
  { source: 'SP 800-38A §F.5.5 CTR-AES256.Encrypt', params: { key: SP800_38A_KEY256, iv: hex('f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff') },
    message: SP800_38A_PLAINTEXT,
    expected: hex('601ec313775789a5b7a7f504bbf3d228 f443e3ca4d62b59aca84e990cacaf5c5 2b0930daa23de94ce87017ba2d84988d dfc9c58db67aada613c2dd08457941a6') },
];
export const AES128_CBC_VECTORS: readonly BulkVector[] = [
  { source: 'SP 800-38A §F.2.1 CBC-AES128.Encrypt', params: { key: SP800_38A_KEY128, iv: hex('000102030405060708090a0b0c0d0e0f') },
    message: SP800_38A_PLAINTEXT,
    expected: hex('7649abac8119b246cee98e9b12e9197d 5086cb9b507219ee95db113a917678b2 73bed6b8e3c1743b7116e69e22229516 3ff1caa1681fac09120eca307586e1a7') },
];
export const AES256_CBC_VECTORS: readonly BulkVector[] = [
  { source: 'SP 800-38A §F.2.5 CBC-AES256.Encrypt', params: { key: SP800_38A_KEY256, iv: hex('000102030405060708090a0b0c0d0e0f') },
    message: SP800_38A_PLAINTEXT,
    expected: hex('f58c4c04d6e5f1ba779eabfb5f7bfbd6 9cfc4e967edb808d679f777bc6702c7d 39f23369a9d9bacfa530e26304231461 b2eb05e2c39be9fcda6c19078c6a9d1b') },
];

/** The GCM specification (McGrew and Viega, 2005), Appendix B: the 60-byte plaintext and AAD of test cases 4 and 16. */
const GCM_PLAINTEXT = hex(`d9313225f88406e5a55909c5aff5269a 86a7a9531534f7da2e4c303d8a318a72
  1c3c0c95956809532fcf0e2449a6b525 b16aedf5aa0de657ba637b39`);
const GCM_AAD = hex('feedfacedeadbeeffeedfacedeadbeef abaddad2');
const GCM_IV = hex('cafebabefacedbaddecaf888');

export const AES128_GCM_VECTORS: readonly BulkVector[] = [
  { source: 'GCM specification Appendix B, test case 4', params: { key: hex('feffe9928665731c6d6a8f9467308308'), iv: GCM_IV, aad: GCM_AAD, tagLength: 16 },
    message: GCM_PLAINTEXT,
    expected: hex(`42831ec2217774244b7221b784d0d49c e3aa212f2c02a4e035c17e2329aca12e 21d514b25466931c7d8f6a5aac84aa05
      1ba30b396a0aac973d58e091 5bc94fbc3221a5db94fae95ae7121a47`) },
];
export const AES256_GCM_VECTORS: readonly BulkVector[] = [
  { source: 'GCM specification Appendix B, test case 16',
    params: { key: hex('feffe9928665731c6d6a8f9467308308 feffe9928665731c6d6a8f9467308308'), iv: GCM_IV, aad: GCM_AAD, tagLength: 16 },
    message: GCM_PLAINTEXT,
    expected: hex(`522dc1f099567d07f47f37a32a84427d 643a8cdcbfe5c0c97598a2bd2555d1aa 8cb08e48590dbb3da7b08b1056828838
      c5f61e6393ba7a0abcc9f662 76fc6ece0f4e1768cddf8853bb2d551b`) },
];

const CCM_KEY128 = hex('404142434445464748494a4b4c4d4e4f');
export const AES128_CCM_VECTORS: readonly BulkVector[] = [
  { source: 'SP 800-38C Appendix C.2, example 2 (Tlen 48, Nlen 64)',
    params: { key: CCM_KEY128, iv: hex('1011121314151617'), aad: hex('000102030405060708090a0b0c0d0e0f'), tagLength: 6 },
    message: hex('202122232425262728292a2b2c2d2e2f'), expected: hex('d2a1f0e051ea5f62081a7792073d593d 1fc64fbfaccd') },
  { source: 'SP 800-38C Appendix C.3, example 3 (Tlen 64, Nlen 96)',
    params: { key: CCM_KEY128, iv: hex('101112131415161718191a1b'), aad: hex('000102030405060708090a0b0c0d0e0f10111213'), tagLength: 8 },
    message: hex('202122232425262728292a2b2c2d2e2f3031323334353637'),
    expected: hex('e3b201a9f5b71a7a9b1ceaeccd97e70b6176aad9a4428aa5 484392fbc1b09951') },
];
export const AES256_CCM_VECTORS: readonly BulkVector[] = [
  { source: 'IEEE P1619.1/D22 Annex D.2.5, CCM-128-AES-256 test vector 5',
    params: { key: hex('404142434445464748494a4b4c4d4e4f505152535455565758595a5b5c5d5e5f'), iv: hex('101112131415161718191a1b'),
      aad: hex('000102030405060708090a0b0c0d0e0f10111213'), tagLength: 16 },
    message: hex('202122232425262728292a2b2c2d2e2f3031323334353637'),
    expected: hex('04f883aeb3bd0730eaf50bb6de4fa2212034e4e41b0e75e5 9bba3f3a107f3239bd63902923f80371') },
];

export const CHACHA20_POLY1305_VECTORS: readonly BulkVector[] = [
  { source: 'RFC 8439 §2.8.2 AEAD example',
    params: { key: hex('808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f'), iv: hex('070000004041424344454647'),
      aad: hex('50515253c0c1c2c3c4c5c6c7'), tagLength: 16 },
    message: utf8("Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it."),
    expected: hex(`d31a8d34648e60db7b86afbc53ef7ec2a4aded51296e08fea9e2b5a736ee62d6 3dbea45e8ca9671282fafb69da92728b1a71de0a9e060b2905d6a5b67ecd3b36
      92ddbd7f2d778b8c9803aee328091b58fab324e4fad675945585808b4831d7bc 3ff4def08e4b7a9de576d26586cec64b6116
      1ae10b594f09e26a7e902ecbd0600691`) },
];

export const CMAC_AES128_VECTORS: readonly BulkVector[] = [
  { source: 'SP 800-38B §D.1 example 1 / RFC 4493 §4 (empty message)', params: { key: SP800_38A_KEY128 }, message: EMPTY,
    expected: hex('bb1d6929e95937287fa37d129b756746') },
  { source: 'SP 800-38B §D.1 example 2 / RFC 4493 §4 (128 bits)', params: { key: SP800_38A_KEY128 }, message: SP800_38A_PLAINTEXT.subarray(0, 16),
    expected: hex('070a16b46b4d4144f79bdd9dd04a287c') },
  { source: 'SP 800-38B §D.1 example 3 / RFC 4493 §4 (320 bits)', params: { key: SP800_38A_KEY128 }, message: SP800_38A_PLAINTEXT.subarray(0, 40),
    expected: hex('dfa66747de9ae63030ca32611497c827') },
  { source: 'SP 800-38B §D.1 example 4 / RFC 4493 §4 (512 bits)', params: { key: SP800_38A_KEY128 }, message: SP800_38A_PLAINTEXT,
    expected: hex('51f0bebf7e3b9d92fc49741779363cfe') },
];

/**
 * RFC 3713 Appendix A gives single-block encryptions; CBC with an all-zero IV encrypts its first block exactly so, which is how
 * the CBC implementations are checked against it.
 */
const RFC3713_PLAINTEXT = hex('0123456789abcdeffedcba9876543210');
const ZERO_IV16 = new Uint8Array(16);
export const CAMELLIA128_CBC_VECTORS: readonly BulkVector[] = [
  { source: 'RFC 3713 Appendix A, 128-bit key (one block, zero IV)', params: { key: RFC3713_PLAINTEXT, iv: ZERO_IV16 }, message: RFC3713_PLAINTEXT,
    expected: hex('67673138549669730857065648eabe43') },
];
export const CAMELLIA256_CBC_VECTORS: readonly BulkVector[] = [
  { source: 'RFC 3713 Appendix A, 256-bit key (one block, zero IV)',
    params: { key: hex('0123456789abcdeffedcba9876543210 00112233445566778899aabbccddeeff'), iv: ZERO_IV16 }, message: RFC3713_PLAINTEXT,
    expected: hex('9acc237dff16d76c20ef7c919e3a7509') },
];

/** SP 800-67 Rev. 2 Appendix B: three keys, "The qufck brown fox jump" (the standard's spelling), three ECB blocks. */
const TDEA_KEY = hex('0123456789abcdef 23456789abcdef01 456789abcdef0123');
const TDEA_PLAINTEXT = utf8('The qufck brown fox jump');
const TDEA_CIPHERTEXT = hex('a826fd8ce53b855f cce21c8112256fe6 68d5c05dd9b6b900');
const ZERO_IV8 = new Uint8Array(8);
export const TDEA_CBC_VECTORS: readonly BulkVector[] = [0, 1, 2].map((i) => ({
  source: `SP 800-67 Rev. 2 Appendix B, block ${i + 1} (one block, zero IV)`,
  params: { key: TDEA_KEY, iv: ZERO_IV8 },
  message: TDEA_PLAINTEXT.subarray(i * 8, i * 8 + 8),
  expected: TDEA_CIPHERTEXT.subarray(i * 8, i * 8 + 8),
}));

export const ED25519_VECTORS: readonly SignatureVector[] = [
  { source: 'RFC 8032 §7.1 TEST 1 (empty message)',
    keys: {
      privateKey: okpJwk('Ed25519', hex('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a'),
        hex('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60')),
      publicKey: okpJwk('Ed25519', hex('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a')),
    },
    message: EMPTY,
    signature: hex(`e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46b
      d25bf5f0595bbe24655141438e7a100b`) },
];

const RFC6979_X = hex('c9afa9d845ba75166b5c215767b1d6934e50c3db36e89b127b8a622b120f6721');
const RFC6979_UX = hex('60fed4ba255a9d31c961eb74c6356d68c049b8923b61fa6ce669622e60f29fb6');
const RFC6979_UY = hex('7903fe1008b8bc99a41ae9e95628bc64f2f1b20c2d7e9f5177a3c294d4462299');
export const ECDSA_P256_VECTORS: readonly SignatureVector[] = [
  { source: 'RFC 6979 §A.2.5, P-256 with SHA-256, message "sample" (r || s)',
    keys: { privateKey: ecJwk(RFC6979_UX, RFC6979_UY, RFC6979_X), publicKey: ecJwk(RFC6979_UX, RFC6979_UY) },
    message: utf8('sample'),
    signature: hex(`efd48b2aacb6a8fd1140dd9cd45e81d69d2c877b56aaf991c34d0ea84eaf3716
      f7cb1c942d657c41d436c7a1b6e29f65f3e900dbb9aff4064dc4ab2f843acda8`) },
];

export const X25519_VECTORS: readonly AgreementVector[] = [
  { source: 'RFC 7748 §6.1, Alice with Bob\'s public key',
    own: okpJwk('X25519', hex('8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a'),
      hex('77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a')),
    peer: okpJwk('X25519', hex('de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f')),
    expected: hex('4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742') },
  { source: 'RFC 7748 §6.1, Bob with Alice\'s public key',
    own: okpJwk('X25519', hex('de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f'),
      hex('5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb')),
    peer: okpJwk('X25519', hex('8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a')),
    expected: hex('4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742') },
];

export const ECDH_P256_VECTORS: readonly AgreementVector[] = [
  { source: 'RFC 5903 §8.1, initiator i with the responder\'s gr',
    own: ecJwk(hex('dad0b65394221cf9b051e1feca5787d098dfe637fc90b9ef945d0c3772581180'),
      hex('5271a0461cdb8252d61f1c456fa3e59ab1f45b33accf5f58389e0577b8990bb3'),
      hex('c88f01f510d9ac3f70a292daa2316de544e9aab8afe84049c62a9c57862d1433')),
    peer: ecJwk(hex('d12dfb5289c8d4f81208b70270398c342296970a0bccb74c736fc7554494bf63'),
      hex('56fbf3ca366cc23e8157854c13c58d6aac23f046ada30f8353e74f33039872ab')),
    expected: hex('d6840f6b42f6edafd13116e0e12565202fef8e9ece7dce03812464d04b9442de') },
];
