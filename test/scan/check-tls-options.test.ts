import { describe, expect, it } from 'vitest';
import { checkTlsOptions } from '../../src/scan/check-tls-options.js';
import type { Finding } from '../../src/scan/types.js';

const AT = { at: '2026-11-21' };
const line = (f: Finding) => `${f.location?.path}:${f.location?.column} ${f.ruleId} ${f.input}`;

describe('checkTlsOptions', () => {
  it('judges what the options set, at the word inside the option', () => {
    const got = checkTlsOptions({ ciphers: 'ECDHE+AESGCM:AES128-SHA', minVersion: 'TLSv1', ecdhCurve: 'P-256:secp224r1' }, AT).map(line);
    expect(got).toContain('minVersion:1 cryptrec/monitored TLSv1');
    expect(got).toContain('minVersion:1 cryptrec/monitored TLSv1.1');
    expect(got).toContain('ciphers:14 cryptrec/monitored AES128-SHA');
    expect(got).toContain('ecdhCurve:7 cryptrec/key-deadline secp224r1');
    expect(got.some((g) => g.includes('ECDHE-'))).toBe(false); // ECDHE with AES-GCM passes
  });

  it("judges Node's defaults for what is not set, and says so", () => {
    const got = checkTlsOptions({}, AT);
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((f) => f.confidence === 'high' && f.message.includes('Node.js default'))).toBe(true);
    // The default minimum is TLS 1.2: no old protocol, and no word of the default string taken for an algorithm.
    expect(got.some((f) => /^TLSv1(\.1)?$/.test(f.input) || f.ruleId === 'cryptrec/unknown-algorithm')).toBe(false);
  });

  it('splits TLS 1.3 names out of ciphers as Node does', () => {
    // Only TLS 1.3 names: TLS 1.2 and below are off, so a weak minVersion enables nothing old.
    expect(checkTlsOptions({ ciphers: 'TLS_AES_128_GCM_SHA256', minVersion: 'TLSv1' }, AT)).toEqual([]);
    const mixed = checkTlsOptions({ ciphers: 'TLS_AES_128_GCM_SHA256:AES128-SHA' }, AT).map(line);
    expect(mixed).toEqual(['ciphers:24 cryptrec/monitored AES128-SHA']);
  });

  it('reads secureProtocol as the versions it fixes', () => {
    expect(checkTlsOptions({ secureProtocol: 'TLSv1_method', ciphers: 'ECDHE+AESGCM' }, AT).map(line)).toEqual(['secureProtocol:1 cryptrec/monitored TLSv1']);
    expect(checkTlsOptions({ secureProtocol: 'TLSv1_2_server_method', ciphers: 'ECDHE+AESGCM' }, AT)).toEqual([]);
    expect(checkTlsOptions({ secureProtocol: 'TLS_method', ciphers: 'ECDHE+AESGCM' }, AT).map((f) => f.input)).toEqual(['TLSv1', 'TLSv1.1']);
  });

  it('gives a parse error for a cipher string OpenSSL refuses, and rejects impossible options', () => {
    expect(checkTlsOptions({ ciphers: 'NOTHING' }, AT).map((f) => f.ruleId)).toEqual(['cryptrec/parse-error']);
    expect(() => checkTlsOptions({ minVersion: 'TLSv1.4' })).toThrow(RangeError);
    expect(() => checkTlsOptions({ secureProtocol: 'SSLv3_method' })).toThrow(/secureProtocol/);
    expect(() => checkTlsOptions({ ciphers: 1 as unknown as string })).toThrow(TypeError);
    expect(() => checkTlsOptions({}, { lang: 'fr' as 'en' })).toThrow(RangeError);
  });
});
