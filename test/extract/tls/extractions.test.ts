import { describe, expect, it } from 'vitest';
import type { SettingOrigin, TlsEndpoint } from '../../../src/extract/tls/endpoint.js';
import { tlsExtractions } from '../../../src/extract/tls/extractions.js';
import { expandCipherString } from '../../../src/openssl/index.js';
import type { Extraction } from '../../../src/scan/types.js';

const at = (line: number, column: number, directive = 'ssl_ciphers'): SettingOrigin => ({ location: { path: 'nginx.conf', line, column }, directive });
const usages = (xs: Extraction[]) => xs.filter((x): x is Extract<Extraction, { kind: 'usage' }> => x.kind === 'usage');
const where = (x: Extraction) => `${x.location.line}:${x.location.column}`;

describe('tlsExtractions', () => {
  it('places each suite at the word of the cipher string that let it in', () => {
    const value = 'ECDHE+AESGCM:AES128-SHA';
    const xs = usages(tlsExtractions({ protocols: [{ value: 'TLSv1.2', origin: at(1, 15, 'ssl_protocols') }], cipherString: { value, origin: at(2, 13) } }));
    const suites = xs.filter((x) => x.context?.en.startsWith('ssl_ciphers'));
    expect(suites.map((x) => x.subject)).toEqual(expandCipherString(value).suites.map((s) => s.iana));
    const aes = suites.find((x) => x.input === 'AES128-SHA')!;
    expect(where(aes)).toBe('2:26');
    expect(aes.location.endColumn).toBe(36);
    expect(suites.filter((x) => x.input.startsWith('ECDHE')).every((x) => where(x) === '2:13')).toBe(true);
    expect(suites.find((x) => x.input.startsWith('ECDHE'))!.context?.en).toContain('enabled by "ECDHE+AESGCM"');
  });

  it('reads a cipher string only while TLS 1.2 or older is on, and TLS 1.3 suites only while TLS 1.3 is', () => {
    const endpoint: TlsEndpoint = {
      protocols: [{ value: 'TLSv1.3', origin: at(1, 1) }],
      cipherString: { value: 'ALL', origin: at(2, 1) },
      ciphersuites: { value: 'TLS_AES_128_GCM_SHA256', origin: at(3, 1) },
    };
    expect(usages(tlsExtractions(endpoint)).map((x) => x.subject)).toEqual(['TLSv1.3', 'TLS_AES_128_GCM_SHA256']);
    const legacy = usages(tlsExtractions({ ...endpoint, protocols: [{ value: 'TLSv1.2', origin: at(1, 1) }] }));
    expect(legacy.map((x) => x.subject)).not.toContain('TLS_AES_128_GCM_SHA256');
    expect(legacy.length).toBeGreaterThan(50);
  });

  it('leaves out PSK and SRP suites, which a server without a key never negotiates, unless the endpoint has one', () => {
    const kx = (psk: boolean) => usages(tlsExtractions({ cipherString: { value: 'HIGH', origin: at(1, 1) }, psk })).map((x) => String(x.subject));
    expect(kx(false).some((n) => /PSK|SRP/.test(n))).toBe(false);
    expect(kx(true).some((n) => /PSK/.test(n))).toBe(true);
  });

  it('reports a word OpenSSL skips, but not inside an exclusion or a default, and a string OpenSSL refuses as a parse error', () => {
    const xs = tlsExtractions({ cipherString: { value: 'HIGH:BOGUS:!NOPE', origin: at(4, 10) } });
    const bogus = usages(xs).filter((x) => x.input === 'BOGUS' || x.input === 'NOPE');
    expect(bogus.map((x) => `${x.input} ${where(x)}`)).toEqual(['BOGUS 4:15']);
    expect(bogus[0]!.context?.en).toContain('OpenSSL does not know "BOGUS" and skips it');
    const defaults = tlsExtractions({ cipherString: { value: 'HIGH:BOGUS', origin: { ...at(1, 1), defaultOf: { en: 'x default', ja: 'x 既定' } } } });
    expect(usages(defaults).some((x) => x.input === 'BOGUS')).toBe(false);
    const refused = tlsExtractions({ cipherString: { value: 'NOTHING', origin: at(2, 3) } });
    expect(refused.filter((x) => x.kind === 'parse-error').map(where)).toEqual(['2:3']);
  });

  it('reads OpenSSL signature algorithm pairs, and says when a value is a default', () => {
    const sig = (v: string) => ({ value: v, origin: at(5, 1, 'SignatureAlgorithms') });
    const xs = usages(tlsExtractions({ sigalgs: { value: [sig('ECDSA+SHA256'), sig('RSA-PSS+SHA384'), sig('rsa_pkcs1_sha1'), sig('ed25519')], origin: at(5, 1) } }));
    expect(xs.map((x) => x.subject)).toEqual(['SHA256withECDSA', 'SHA384withRSA/PSS', 'rsa_pkcs1_sha1', 'ed25519']);
    const d = usages(tlsExtractions({ protocols: [{ value: 'TLSv1', origin: { ...at(1, 1), defaultOf: { en: 'Apache 2.4 default', ja: 'Apache 2.4 の既定値' } } }] }));
    expect(d[0]).toMatchObject({ confidence: 'high', context: { en: 'ssl_ciphers, Apache 2.4 default (not set)' } });
  });
});
