import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ALIASES, UNAVAILABLE_ALIASES } from '../../src/openssl/aliases.js';
import { startOrder } from '../../src/openssl/engine.js';
import { expandCipherString, opensslCipherSuites, OPENSSL_DEFAULT_CIPHERSUITES } from '../../src/openssl/index.js';
import { TLS12_SUITES, TLS13_SUITES } from '../../src/openssl/suites.js';
import { tlsCipherSuites } from '../../src/names/tls.js';
import { oracleReason } from './oracle.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/openssl');
const reason = oracleReason();

/** `openssl ciphers -stdname -V` lines as the table's fields. */
function parseV(text: string): string[][] {
  return text.split('\n').filter((l) => /^\s+0x/.test(l)).map((line) => {
    const m = /^\s*(0x..,0x..) - (\S+)\s+- (\S+)\s+(\S+)\s+Kx=(\S+)\s+Au=(\S+)\s+Enc=(\S+)\s+Mac=(\S+)/.exec(line);
    if (!m) throw new Error(`unexpected line: ${line}`);
    const enc = /^(.*)\((\d+)\)$/.exec(m[7]!);
    return [m[1]!, m[2]!, m[3]!, m[4]!, m[5]!, m[6]!, enc ? enc[1]! : m[7]!, enc ? enc[2]! : '0', m[8]!];
  });
}
const ours = (): string[][] =>
  opensslCipherSuites().map((s) => [s.id, s.iana, s.openssl, s.protocol, s.kx, s.au, s.enc, String(s.bits), s.mac]);

const fixture = JSON.parse(readFileSync(join(FIXTURES, 'cipher-strings.json'), 'utf8')) as {
  cases: { kind: string; str: string; seclevel?: number; accepted: boolean; ids: string }[];
};
/** OpenSSL's answer for one string in the checked-in table (no options). */
function answer(str: string): { accepted: boolean; ids: string[] } {
  const c = fixture.cases.find((x) => x.kind === 'cipher-string' && x.str === str && x.seclevel === undefined);
  if (!c) throw new Error(`no case for ${str} in cipher-strings.json`);
  return { accepted: c.accepted, ids: c.ids === '' ? [] : c.ids.split(':') };
}
const hex = (id: string): string => id.replace(/0x|,/g, '');

describe('the table of suites OpenSSL 3.0 builds', () => {
  it('is, row for row and in order, what openssl ciphers -stdname -V printed (checked-in snapshot)', () => {
    expect(ours()).toEqual(parseV(readFileSync(join(FIXTURES, 'ciphers-V.txt'), 'utf8')));
  });

  it.skipIf(reason !== undefined)('is what the live openssl prints', () => {
    const live = execFileSync('openssl', ['ciphers', '-stdname', '-V', '-ciphersuites', TLS13_SUITES.map((s) => s.iana).join(':'), 'ALL:COMPLEMENTOFALL'], {
      env: { ...process.env, OPENSSL_CONF: '/dev/null' }, encoding: 'utf8',
    });
    expect(ours()).toEqual(parseV(live));
  });

  it('agrees with the IANA registry table (data/names/tls-cipher-suites.yaml)', () => {
    const byCode = new Map(tlsCipherSuites().map((s) => [s.code, s]));
    for (const s of opensslCipherSuites()) {
      const row = byCode.get(s.id);
      expect(row?.iana, s.id).toBe(s.iana);
      expect([row?.openssl, ...(row?.opensslAliases ?? [])], s.id).toContain(s.openssl);
    }
    expect(new Set(opensslCipherSuites().map((s) => s.id)).size).toBe(160);
  });

  it('has the strength classes and DEFAULT membership OpenSSL gives (HIGH, MEDIUM, LOW, DEFAULT, COMPLEMENTOFDEFAULT)', () => {
    const high = new Set(answer('HIGH').ids);
    for (const s of TLS12_SUITES) expect(s.strengthClass, s.openssl).toBe(high.has(hex(s.id)) ? 'HIGH' : 'NONE');
    expect(answer('MEDIUM').accepted).toBe(false);
    expect(answer('LOW').accepted).toBe(false);
    const dflt = new Set(answer('DEFAULT').ids);
    for (const s of TLS12_SUITES) expect(s.inDefault, s.openssl).toBe(dflt.has(hex(s.id)));
    expect(TLS13_SUITES.filter((s) => s.inDefault).map((s) => s.iana).join(':')).toBe(OPENSSL_DEFAULT_CIPHERSUITES);
  });

  it('starts from OpenSSL\'s preference order, which ALL then COMPLEMENTOFALL show', () => {
    const list = startOrder();
    const order: string[] = [];
    for (let i = list.head; i !== -1; i = list.next[i]!) order.push(TLS12_SUITES[i]!.openssl);
    const withoutNull = (names: string[]): string[] => names.filter((n) => !TLS12_SUITES.find((s) => s.openssl === n && s.enc === 'None'));
    expect(withoutNull(order)).toEqual(withoutNull(TLS12_SUITES.map((s) => s.openssl)));
    expect(expandCipherString('ALL:COMPLEMENTOFALL').suites.map((s) => s.openssl)).toEqual(TLS12_SUITES.map((s) => s.openssl));
  });
});

describe('the aliases', () => {
  // The table has `AES128-SHA:-<word>!kRSA` for each: OpenSSL refuses it when it knows the word (the kRSA suite is
  // deleted, then killed) and enables AES128-SHA when it does not (the unknown word swallows `!kRSA`).
  it('are the words OpenSSL 3.0 knows, and the unavailable ones are unknown to it', () => {
    for (const word of ALIASES.keys()) expect(answer(`AES128-SHA:-${word}!kRSA`).accepted, word).toBe(false);
    for (const word of UNAVAILABLE_ALIASES) expect(answer(`AES128-SHA:-${word}!kRSA`).ids, word).toEqual(['002F']);
  });
});
