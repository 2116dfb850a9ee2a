import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkConfig } from '../../../src/scan/check-config.js';

const CERTS = fileURLToPath(new URL('../../fixtures/x509/certs/', import.meta.url));
const AT = { at: '2026-11-21' };

describe('certificates named by a web server', () => {
  it('are judged with the server: nginx ssl_certificate, each file once', () => {
    const text = [
      'http {',
      `  server { listen 443 ssl; ssl_certificate ${CERTS}rsa-1024.crt; ssl_certificate_key /nowhere/key.pem; }`,
      `  server { listen 8443 ssl; ssl_certificate ${CERTS}rsa-1024.crt; }`,
      `  server { listen 9443 ssl; ssl_certificate ${CERTS}sig-md5.crt; }`,
      '  server { listen 7443 ssl; ssl_certificate /etc/ssl/$ssl_server_name.crt; }',
      '}',
    ].join('\n');
    const findings = checkConfig(text, { format: 'nginx', path: `${CERTS}../nginx.conf`, ...AT }).filter((f) => f.extractor === 'nginx' && f.asset);
    const weak = findings.filter((f) => f.asset?.keyBits === 1024);
    expect(weak).toHaveLength(1);
    expect(weak[0]).toMatchObject({ ruleId: 'cryptrec/weak-key', asset: { kind: 'certificate', keyAlgorithm: 'RSA' } });
    expect(weak[0]!.location?.path).toMatch(/rsa-1024\.crt$/);
    expect(findings.some((f) => f.asset?.signatureAlgorithm === 'md5WithRSAEncryption' && f.ruleId === 'cryptrec/unlisted')).toBe(true);
  });

  it('are judged with Apache SSLCertificateFile', () => {
    const text = `<VirtualHost *:443>\nSSLEngine on\nSSLProtocol -all +TLSv1.2\nSSLCertificateFile ${CERTS}dsa-1024.crt\n</VirtualHost>\n`;
    const findings = checkConfig(text, { format: 'apache', path: `${CERTS}../apache2.conf`, ...AT });
    expect(findings.filter((f) => f.asset?.keyAlgorithm === 'DSA').map((f) => f.ruleId)).toContain('cryptrec/weak-key');
  });
});
