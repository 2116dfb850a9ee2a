import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { jwkExtractor } from '../../../src/extract/jwk/index.js';
import { sshKeyExtractor } from '../../../src/extract/ssh-key/index.js';
import { scan } from '../../../src/scan/scan.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const AT = '2026-11-21';

describe('ssh-key fixtures through scan()', () => {
  it('gives these findings, and no others', async () => {
    const r = await scan(['ssh-key'], { cwd: FIXTURES, at: AT, extractors: [sshKeyExtractor, jwkExtractor] });
    expect(r.warnings).toEqual([]);
    expect(r.findings.map((f) => `${f.location?.path}:${f.location?.line}:${f.location?.column} ${f.ruleId} ${f.input}`)).toEqual([
      'ssh-key/authorized_keys:10:47 cryptrec/weak-key ssh-dss',
      'ssh-key/authorized_keys:11:3 cryptrec/weak-key ssh-rsa',
      'ssh-key/broken/authorized_keys:3:33 cryptrec/parse-error ',
      'ssh-key/broken/authorized_keys:5:13 cryptrec/parse-error ',
      'ssh-key/broken/authorized_keys:7:1 cryptrec/parse-error ',
      'ssh-key/broken/authorized_keys:9:12 cryptrec/parse-error ',
      'ssh-key/broken/authorized_keys:11:1 cryptrec/parse-error ',
      'ssh-key/broken/authorized_keys:13:1 cryptrec/unknown-algorithm ssh-foo@example.com',
      'ssh-key/broken/authorized_keys:15:13 cryptrec/parse-error ',
      'ssh-key/broken/authorized_keys:17:21 cryptrec/parse-error ',
      'ssh-key/broken/authorized_keys:19:1 cryptrec/parse-error ',
      'ssh-key/broken/known_hosts:2:1 cryptrec/parse-error ',
      'ssh-key/broken/known_hosts:3:1 cryptrec/parse-error ',
      'ssh-key/broken/known_hosts:4:1 cryptrec/parse-error ',
      'ssh-key/certs/ca_dsa.pub:1:1 cryptrec/weak-key ssh-dss',
      // RSA-2048 certified to 2035: it outlives 2030, the last year 112-bit strength may protect new data (LS-0003).
      'ssh-key/certs/deploy-cert.pub:1:1 cryptrec/key-deadline ssh-rsa-cert-v01@openssh.com',
      // The DSA-1024 CA of a certificate valid forever.
      'ssh-key/certs/forever-cert.pub:1:30 cryptrec/weak-key ssh-dss',
      // The RSA CA signed with ssh-rsa: SHA-1.
      'ssh-key/certs/legacy-cert.pub:1:30 cryptrec/monitored ssh-rsa',
      // RSA-2048 outside a certificate: 112-bit strength protects new data only through 2030 (LS-0003).
      'ssh-key/id_rsa_2048_rfc4716.pub:3:1 cryptrec/key-deadline ssh-rsa',
      'ssh-key/keys/id_dsa.pub:1:1 cryptrec/weak-key ssh-dss',
      'ssh-key/keys/id_rsa_1024.pub:1:1 cryptrec/weak-key ssh-rsa',
      'ssh-key/keys/id_rsa_2048.pub:1:1 cryptrec/key-deadline ssh-rsa',
      'ssh-key/keys/id_rsa_768.pub:1:1 cryptrec/weak-key ssh-rsa',
    ]);
    // The RSA-2048 keys that stop being accepted by 2030 (an expiry-time option, a certificate valid to 2030-01-01) pass.
    const weak = r.findings.find((f) => f.location?.path === 'ssh-key/keys/id_rsa_1024.pub')!;
    expect(weak.asset).toEqual({ kind: 'ssh-key', subject: 'id_rsa_1024@fixture', keyAlgorithm: 'RSA', keyBits: 1024 });
    expect(weak.extractor).toBe('ssh-key');
    expect(weak.verdict?.quantumVulnerable).toBe(true);
    expect(weak.message).toContain('SHA256:');
    const ca = r.findings.find((f) => f.location?.path === 'ssh-key/certs/forever-cert.pub')!;
    expect(ca.asset).toMatchObject({ serial: '18446744073709551615', signatureAlgorithm: 'ssh-dss', keyAlgorithm: 'RSA', keyBits: 3072 });
    expect(ca.message).toContain('signed by the CA key');
  });

  it('a certificate that outlives its key\'s strength gives a key-deadline finding', async () => {
    const r = await scan(['ssh-key'], { cwd: FIXTURES, at: AT, all: true, extractors: [sshKeyExtractor] });
    const web1 = r.findings.filter((f) => f.location?.path === 'ssh-key/certs/web1-cert.pub').map((f) => `${f.ruleId} ${f.input}`);
    // ECDSA P-384 and an RSA-3072 CA are fine beyond 2035; rsa-sha2-512 is recommended.
    expect(web1).toEqual([
      'cryptrec/recommended ecdsa-sha2-nistp384-cert-v01@openssh.com', 'cryptrec/recommended rsa-sha2-512', 'cryptrec/recommended ssh-rsa',
    ]);
    const deploy = r.findings.filter((f) => f.location?.path === 'ssh-key/certs/deploy-cert.pub').map((f) => `${f.ruleId} ${f.input}`);
    expect(deploy).toEqual(['cryptrec/key-deadline ssh-rsa-cert-v01@openssh.com', 'cryptrec/recommended ssh-ed25519']);
    // The same RSA-2048 key certified only to 2030-01-01, or accepted until 2030-12-31 (expiry-time), is retired in time.
    const legacy = r.findings.find((f) => f.location?.path === 'ssh-key/certs/legacy-cert.pub' && f.location.column === 1)!;
    expect(legacy.ruleId).toBe('cryptrec/recommended');
    const contractor = r.findings.find((f) => f.location?.path === 'ssh-key/authorized_keys' && f.location.line === 6)!;
    expect(contractor.ruleId).toBe('cryptrec/recommended');
  });

  it('speaks Japanese', async () => {
    const r = await scan(['ssh-key/keys/id_dsa.pub'], { cwd: FIXTURES, at: AT, lang: 'ja', extractors: [sshKeyExtractor] });
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]!.message).toContain('SSH 公開鍵');
    expect(r.findings[0]!.messages.en).toContain('SSH public key');
  });
});
