/**
 * Coverage: every name the real programs on this machine print (openssl list, ssh -Q, Node's crypto and tls) goes through
 * resolve() and check(), the way users meet them, and none may come back unknown except the few listed here with the reason.
 * Where a program is missing, the checked-in snapshot keeps the assertion alive.
 */
import { execFileSync } from 'node:child_process';
import { getCiphers, getCurves, getHashes } from 'node:crypto';
import { getCiphers as getTlsCiphers } from 'node:tls';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/judge/check.js';
import { resolve } from '../../src/names/resolve.js';
import { fixture, has, parseOpensslList } from '../helpers/oracles.js';

/** Names that name no algorithm the list could judge, left unknown on purpose. */
const DELIBERATELY_UNKNOWN = new Map<string, string>([
  ['HMAC-DRBG-KDF', 'a deterministic random bit generator used as a KDF: no registry id, nothing the list judges'],
  ['PVKKDF', 'the key derivation of Microsoft PVK files: no registry id'],
]);

const hasOpenssl = has('openssl', ['version']);
const hasSsh = has('ssh', ['-V']);
if (!hasOpenssl) console.warn('openssl is not installed: coverage uses the openssl snapshots only');
if (!hasSsh) console.warn('ssh is not installed: coverage uses the ssh -Q snapshots only');

const OPENSSL_KINDS = ['cipher', 'digest', 'mac', 'kdf', 'public-key', 'signature', 'kem', 'key-exchange', 'asymcipher'];
const SSH_QUERIES = ['cipher', 'cipher-auth', 'mac', 'kex', 'key', 'key-cert', 'key-sig', 'sig', 'HostKeyAlgorithms', 'PubkeyAcceptedAlgorithms'];

function opensslNamesFrom(source: 'live' | 'snapshot'): string[] {
  return OPENSSL_KINDS.flatMap((kind) => parseOpensslList(source === 'live'
    ? execFileSync('openssl', ['list', `-${kind}-algorithms`], { encoding: 'utf8' })
    : fixture(`openssl-list-${kind}-algorithms.txt`)).names);
}
function sshNamesFrom(source: 'live' | 'snapshot'): string[] {
  return SSH_QUERIES.flatMap((q) => (source === 'live' ? execFileSync('ssh', ['-Q', q], { encoding: 'utf8' }) : fixture(`ssh-Q-${q}.txt`))
    .split('\n').map((l) => l.trim()).filter(Boolean));
}
function opensslCipherSuites(source: 'live' | 'snapshot'): string[] {
  const text = source === 'live'
    ? execFileSync('openssl', ['ciphers', '-V', '-stdname', '-s', '-tls1_3', 'ALL:COMPLEMENTOFALL:@SECLEVEL=0'], { encoding: 'utf8' })
      + execFileSync('openssl', ['ciphers', '-V', '-stdname', 'ALL:COMPLEMENTOFALL:@SECLEVEL=0'], { encoding: 'utf8' })
    : fixture('tls-openssl-ciphers-stdname.txt');
  // "0xC0,0x2F - TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256 - ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 ...": code, IANA and OpenSSL names.
  return text.split('\n').flatMap((l) => /^\s*(0x[0-9A-F]{2},0x[0-9A-F]{2}) - (\S+)\s+- (\S+)/.exec(l)?.slice(1, 4) ?? []);
}

const unknownOf = (names: readonly string[]) => [...new Set(names)].filter((n) => !DELIBERATELY_UNKNOWN.has(n) && resolve(n) === undefined);
const report: string[] = [];
function expectAllRead(source: string, names: readonly string[]) {
  const distinct = [...new Set(names)];
  const unknown = unknownOf(distinct);
  report.push(`${source}: ${distinct.length - unknown.length}/${distinct.length}`);
  expect(unknown, `${source}: names resolve() cannot read`).toEqual([]);
  for (const n of distinct) if (!DELIBERATELY_UNKNOWN.has(n)) expect(check(n).status, n).not.toBe('unknown');
}

describe('every name the real programs print is read', () => {
  it('openssl list (snapshot)', () => expectAllRead('openssl list snapshot', opensslNamesFrom('snapshot')));
  it.skipIf(!hasOpenssl)('openssl list (live)', () => expectAllRead('openssl list live', opensslNamesFrom('live')));
  it('openssl ciphers: code points, IANA and OpenSSL names (snapshot)', () => expectAllRead('openssl ciphers snapshot', opensslCipherSuites('snapshot')));
  it.skipIf(!hasOpenssl)('openssl ciphers (live)', () => expectAllRead('openssl ciphers live', opensslCipherSuites('live')));
  it('openssl ecparam -list_curves (snapshot)', () => {
    expectAllRead('ecparam curves snapshot', fixture('curves-openssl-list-curves.txt').split('\n').flatMap((l) => /^\s*(\S+)\s*:/.exec(l)?.[1] ?? []));
  });
  it('ssh -Q (snapshot)', () => expectAllRead('ssh -Q snapshot', sshNamesFrom('snapshot')));
  it.skipIf(!hasSsh)('ssh -Q (live)', () => expectAllRead('ssh -Q live', sshNamesFrom('live')));
  it('Node crypto.getCiphers/getHashes/getCurves and tls.getCiphers (live)', () => {
    expectAllRead('node getCiphers', getCiphers());
    expectAllRead('node getHashes', getHashes());
    expectAllRead('node getCurves', getCurves());
    expectAllRead('node tls.getCiphers', getTlsCiphers());
  });
  it('Node snapshots', () => {
    for (const f of ['node-getCiphers.txt', 'node-getHashes.txt', 'node-getCurves.txt']) {
      expectAllRead(f, fixture(f).split('\n').map((l) => l.trim()).filter(Boolean));
    }
    console.log(`coverage: ${report.join('; ')}`);
  });
});

describe('the same primitive is judged alike in every ecosystem', () => {
  const at = { at: '2026-11-21' } as const;
  const summary = (name: string) => {
    const v = check(name, at);
    const parts = (v.components ?? [v]).filter((c) => c.role !== 'prf' && c.role !== 'kx' && c.role !== 'auth');
    return { status: v.status, ids: parts.map((c) => c.algorithm?.id).filter(Boolean).sort(), bits: v.strength?.bits };
  };
  it.each([
    ['AES-128-GCM', ['aes-128-gcm', 'AES_128/GCM/NoPadding', 'A128GCM', 'TLS_AES_128_GCM_SHA256', 'aes128-gcm@openssh.com', 'id-aes128-GCM', { name: 'AES-GCM', length: 128 }]],
    ['3-key Triple DES CBC', ['des-ede3-cbc', 'DESede/CBC/PKCS5Padding', '3des-cbc', '1.2.840.113549.3.7']],
    ['HMAC-SHA-256', ['hmac-sha2-256', 'HmacSHA256', 'HS256', 'HMAC-SHA-256', { name: 'HMAC', hash: 'SHA-256' }]],
    ['RSASSA-PKCS1-v1_5 with SHA-256', ['SHA256withRSA', 'sha256WithRSAEncryption', 'RSA-SHA256', 'rsa-sha2-256', 'RS256', 'rsa_pkcs1_sha256', '1.2.840.113549.1.1.11']],
    ['ECDSA P-256 with SHA-256', ['ES256', 'ecdsa-sha2-nistp256', 'ecdsa_secp256r1_sha256']],
    ['Ed25519', ['Ed25519', 'ssh-ed25519', 'ed25519', 'ED25519', '1.3.101.112']],
    ['SHA-1', ['sha1', 'SHA-1', 'SHA1', '1.3.14.3.2.26']],
  ] as const)('%s', (_name, spellings) => {
    const verdicts = spellings.map((s) => {
      const v = typeof s === 'string' ? check(s, at) : check(s as { name: string }, at);
      const parts = (v.components ?? [v]).filter((c) => c.role !== 'prf' && c.role !== 'kx' && c.role !== 'auth' && c.role !== 'padding');
      return { input: typeof s === 'string' ? s : JSON.stringify(s), status: v.status, ids: parts.map((c) => c.algorithm?.id).filter(Boolean).sort().join('+') };
    });
    const first = verdicts[0]!;
    for (const v of verdicts) {
      expect(v.status, v.input).toBe(first.status);
      expect(v.ids, v.input).toBe(first.ids);
    }
    expect(summary(typeof spellings[0] === 'string' ? spellings[0] : 'x').status).not.toBe('unknown');
  });

  it('TLS suites decompose into key exchange, authentication, cipher, mode and MAC, worst part deciding', () => {
    const v = check('TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA', at);
    expect(v.status).toBe('monitored');
    expect(v.components?.map((c) => c.role)).toEqual(expect.arrayContaining(['kx', 'auth', 'cipher', 'mode', 'mac']));
    expect(v.components?.find((c) => c.role === 'cipher')?.algorithm?.id).toBe('tdea-3key');
    expect(check('0xC0,0x12', at).label).toBe('TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA');
    expect(check('TLS_RSA_WITH_RC4_128_MD5', at).status).toBe('unlisted');
    expect(check('TLS_RSA_WITH_NULL_SHA', at).status).toBe('unlisted');
    expect(check('TLS_DH_anon_WITH_AES_128_CBC_SHA', at).status).toBe('unlisted');
    expect(check('TLS_RSA_EXPORT_WITH_RC4_40_MD5', at).reasons.map((r) => r.code)).toContain('composite');
    expect(check('TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256', at).status).toBe('recommended');
  });

  it('RSA key transport in TLS is RSAES-PKCS1-v1_5: monitored with note 9', () => {
    const v = check('TLS_RSA_WITH_AES_128_GCM_SHA256', at);
    expect(v.status).toBe('monitored');
    expect(v.notes.map((n) => n.id)).toContain('n9');
  });

  it('SSH names with protocol-fixed sizes cite the RFC', () => {
    const group1 = check('diffie-hellman-group1-sha1', at);
    expect(group1.status).toBe('unlisted');
    expect(JSON.stringify(group1)).toMatch(/RFC 2409|RFC 4253/);
    expect(check('diffie-hellman-group14-sha256', at).strength?.level).toBe(112);
    expect(check('ssh-dss', at).status).toBe('unlisted');
  });

  it('hybrids are as strong as their strongest part', () => {
    const v = check('X25519MLKEM768', at);
    expect(v.status).toBe('recommended');
    expect(v.reasons[0]?.code).toBe('hybrid');
  });
});
