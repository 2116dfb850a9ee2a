import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { configFormat, extractConfig, extractYamlFully, genericConfig, keyInfo, readYamlLines, valueKind, valuePieces } from '../../src/extract/generic-config.js';
import type { Extraction } from '../../src/scan/types.js';

const FIXTURES = new URL('../fixtures/generic-config/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');

/** `kind input line:column` for each extraction. */
function brief(xs: readonly Extraction[]): string[] {
  return xs.map((x) => `${x.kind} ${x.kind === 'parse-error' ? x.message.en : x.input} ${x.location.line}:${x.location.column}`);
}

describe('configFormat and matches', () => {
  it('reads structured config by name', () => {
    expect(configFormat('config/app.yml')).toBe('yaml');
    expect(configFormat('a/B.YAML')).toBe('yaml');
    expect(configFormat('tsconfig.json')).toBe('json');
    expect(configFormat('.vscode/settings.jsonc')).toBe('json');
    expect(configFormat('jwt.properties')).toBe('properties');
    expect(configFormat('.env')).toBe('env');
    expect(configFormat('deploy/.env.production')).toBe('env');
    expect(configFormat('prod.env')).toBe('env');
    for (const p of ['setup.cfg', 'php.ini', 'openssl.cnf', 'app.conf', 'Cargo.toml']) expect(configFormat(p)).toBe('ini');
  });

  it('leaves other files, and lock files, alone', () => {
    for (const p of ['src/app.ts', 'README.md', 'Makefile', '.envrc', 'yml', 'package-lock.json', 'a/npm-shrinkwrap.json']) {
      expect(configFormat(p), p).toBeUndefined();
      expect(genericConfig.matches(p, '')).toBe(false);
    }
    expect(genericConfig.matches('config/app.yml', 'a: b')).toBe(true);
    expect(genericConfig.fallback).toBe(true);
    expect(genericConfig.id).toBe('generic-config');
  });
});

describe('keyInfo', () => {
  it.each([
    ['cipher', false], ['CIPHER', false], ['ciphers', true], ['ssl_ciphers', true], ['jwt.algorithm', false], ['JWT_ALGORITHM', false],
    ['hashAlgorithm', false], ['HashAlgorithm', false], ['hash_algorithm', false], ['hashalgorithm', false], ['jwt_algorithm', false],
    ['algorithms', true], ['jws-algorithms', true], ['alg', false], ['enc', false], ['hash', false], ['digest', false], ['mac', false],
    ['MACs', true], ['macs', true], ['kex', false], ['KexAlgorithms', true], ['signature', false], ['sigalg', false], ['sigalgs', true],
    ['curve', false], ['ecdh_curves', true], ['default_md', false], ['ssl_cipher_list', true], ['CipherString', true],
    ['tls.cipherSuites', true], ['cipher-suite', false], ['hash_type', false], ['hashFunction', false], ['signature_method', false],
    ['a.b.c.Digest', false],
  ])('%s names a setting (plural: %s)', (key, plural) => {
    expect(keyInfo(key)).toEqual({ plural });
  });

  it.each(['encoding', 'description', 'key', 'name', 'list', 'hash_enabled', 'cache_size', 'macro', 'machine', 'algebra', 'commands',
    'signed', 'curveball_mode', 'digest_enabled', '', '...', 'type'])('%s does not', (key) => {
    expect(keyInfo(key)).toBeUndefined();
  });
});

describe('valueKind and valuePieces', () => {
  it.each(['des-ede3-cbc', 'HS256', '3-key Triple DES', 'TLS 1.0', 'AES/GCM/NoPadding', 'none', 'RSA-1024', 'x25519'])('%s is a name', (v) => {
    expect(valueKind(v)).toBe('name');
  });
  it.each([
    '', '  ', 'true', 'False', 'yes', 'off', 'null', '~', '42', '-1.5', '0x1f', 'https://example.com/a', 'file:///x', '/etc/ssl/key.pem',
    './keys', '~/x', 'C:\\keys', 'server.key', 'deadbeefcafebabe', '00:11:22:33:44:55', '123e4567-e89b-12d3-a456-426614174000',
    'a@example.com', 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=', 'x'.repeat(81), '$2b$10$abc', '"quoted"', 'default',
  ])('%j is not', (v) => {
    expect(valueKind(v)).toBe('skip');
  });
  it.each(['${JWT_ALG}', '$JWT_ALG', '{{ .Values.alg }}', '%(alg)s', '#{alg}', '<%= alg %>', '@ALG@', '$(get-alg)', 'prefix-${X}'])('%s is dynamic', (v) => {
    expect(valueKind(v)).toBe('dynamic');
  });

  it('splits only lists: on commas, else colons, else whitespace', () => {
    const texts = (v: string, plural: boolean) => valuePieces(v, plural).map((p) => p.text);
    expect(texts('3-key Triple DES', false)).toEqual(['3-key Triple DES']);
    expect(texts('AES-128, 3-key Triple DES', false)).toEqual(['AES-128', '3-key Triple DES']);
    expect(texts('aes128-ctr,aes256-ctr', true)).toEqual(['aes128-ctr', 'aes256-ctr']);
    expect(texts('ECDHE-RSA-AES128-GCM-SHA256:!aNULL:!MD5:@STRENGTH', true)).toEqual(['ECDHE-RSA-AES128-GCM-SHA256']);
    expect(texts('sha256 sha384', true)).toEqual(['sha256', 'sha384']);
    expect(texts('sha256 sha384', false)).toEqual(['sha256 sha384']);
    expect(texts('+hmac-sha1,-hmac-md5,^aes128-ctr', true)).toEqual(['hmac-sha1', 'aes128-ctr']);
    expect(texts('DEFAULT@SECLEVEL=2', true)).toEqual(['DEFAULT']);
  });

  it('keeps offsets of pieces', () => {
    expect(valuePieces(' a, b ,c', true)).toEqual([{ text: 'a', offset: 1 }, { text: 'b', offset: 4 }, { text: 'c', offset: 7 }]);
  });
});

describe('YAML', () => {
  it('reads the fixture with positions of each value', () => {
    expect(brief(extractConfig(fixture('application.yml'), 'application.yml'))).toEqual([
      'usage RS256 6:27', 'usage ES256 6:34', 'usage HMAC-SHA1 8:14', 'usage AES-128 14:9', 'usage rc4 15:10', 'usage md5 20:9',
    ]);
  });

  it('gives each usage its path, key context, end column and heuristic confidence', () => {
    const [x] = extractConfig('jwt:\n  algorithm: HS256\n', 'config/app.yml');
    expect(x).toEqual({
      kind: 'usage', input: 'HS256', subject: 'HS256', confidence: 'heuristic',
      location: { path: 'config/app.yml', line: 2, column: 14, endLine: 2, endColumn: 19 },
      context: { en: 'key jwt.algorithm', ja: 'キー jwt.algorithm' },
    });
  });

  it('reads quoted, flow and block values', () => {
    const text = 'a:\n  hash: "sha1"\n  macs: [hmac-sha1, \'hmac-md5\']\n  cipher: >-\n    des-ede3-cbc\n';
    expect(brief(extractConfig(text, 'a.yaml'))).toEqual(['usage sha1 2:10', 'usage hmac-sha1 3:10', 'usage hmac-md5 3:22', 'usage des-ede3-cbc 5:5']);
  });

  it('reports templated values as dynamic', () => {
    const text = 'jwt:\n  alg: ${JWT_ALG}\n  hash: {{ .Values.hash }}\n';
    expect(brief(extractConfig(text, 'values.yaml'))).toEqual(['dynamic ${JWT_ALG} 2:8', 'dynamic {{ .Values.hash }} 3:9']);
  });

  it('skips non-strings, aliases and merge keys, and reads every document', () => {
    const text = 'base: &b\n  hash: md5\nother:\n  <<: *b\n  curve: 25519\n  alg: true\n---\ncipher: rc4\n';
    expect(brief(extractConfig(text, 'a.yml'))).toEqual(['usage md5 2:9', 'usage rc4 8:9']);
  });

  it('reports malformed YAML once, with its position, and keeps what it could read', () => {
    const xs = extractConfig(fixture('../scan/tree/config/broken.yml'), 'broken.yml');
    const errors = xs.filter((x) => x.kind === 'parse-error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.location.line).toBe(4);
    expect(errors[0]!.kind === 'parse-error' && errors[0]!.message.en).toMatch(/^YAML: /);
    expect(xs.filter((x) => x.kind === 'usage').map((x) => x.kind === 'usage' && x.input)).toEqual(['AES-128', 'sha1', 'md5']);
  });

  it('does not parse a file with no key that could matter', () => {
    expect(extractConfig('a: [\n', 'a.yml')).toEqual([]);
    expect(extractConfig('name: x\nversion: 1\n', 'a.yml')).toEqual([]);
  });
});

describe('JSON', () => {
  it('reads the fixture with positions, arrays and escapes', () => {
    expect(brief(extractConfig(fixture('appsettings.json'), 'appsettings.json'))).toEqual([
      'usage SHA1 4:23', 'usage RSA-1024 5:28', 'usage des-ede3-cbc 6:32', 'usage HMAC-SHA1 7:22', 'usage HMAC-SHA256 7:35', 'usage HS256 8:26',
    ]);
  });

  it('reads comments and trailing commas (JSONC, as tsconfig.json has them)', () => {
    const text = '{\n  // c\n  /* d */ "hash": "md5", /* e */\n  "list": ["x",],\n}\n';
    expect(brief(extractConfig(text, 'tsconfig.json'))).toEqual(['usage md5 3:20']);
  });

  it.each([
    ['{"hash": "md5"', 'JSON: expected , or } but the input ended', 1, 15],
    ['{"hash": "md5" "mac": "x"}', 'JSON: expected , or }, not "\\""', 1, 16],
    ['{"hash": md5}', 'JSON: unexpected character "m"', 1, 10],
    ['{"hash": "md5\n"}', 'JSON: unterminated string', 1, 14],
    ['{\n  "hash": "a\\qb"}', 'JSON: invalid escape in string', 2, 11],
    ['[1] 2 "hash":', 'JSON: unexpected character "2"', 1, 5],
    ['{"hash": "md5", /* x', 'JSON: unclosed /* comment', 1, 17],
  ])('reports %j as a parse error with its position', (text, message, line, column) => {
    const errors = extractConfig(text, 'x.json').filter((x) => x.kind === 'parse-error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.kind === 'parse-error' && errors[0]!.message.en).toBe(message);
    expect(errors[0]!.location).toMatchObject({ path: 'x.json', line, column });
  });

  it('keeps values read before an error', () => {
    expect(brief(extractConfig(fixture('../scan/tree/config/broken.json'), 'broken.json'))).toEqual([
      'usage AES-128 2:14', 'usage sha1 3:12', 'parse-error JSON: expected , or }, not "\\"" 4:3',
    ]);
  });

  it('survives deep nesting without a stack overflow', () => {
    const deep = `${'['.repeat(100_000)}"hash"`;
    const xs = extractConfig(`{"hash": ${deep}}`, 'deep.json');
    expect(xs.map((x) => x.kind)).toEqual(['parse-error']);
  });
});

describe('.properties, .env, INI', () => {
  it('reads .properties with =, : and whitespace separators, skipping ! and # comments', () => {
    expect(brief(extractConfig(fixture('jwt.properties'), 'jwt.properties'))).toEqual(['usage HS256 2:15', 'usage RS256 3:27', 'usage SHA-1 4:27']);
  });

  it('reads .env with export, quotes and inline comments', () => {
    expect(brief(extractConfig(fixture('.env.sample'), '.env.sample'))).toEqual(['usage des-ede3-cbc 2:8', 'usage HS256 3:17', 'usage md5 4:17']);
  });

  it('reads INI sections, ; comments and lists into the key path', () => {
    const xs = extractConfig(fixture('setup.cfg'), 'setup.cfg');
    expect(brief(xs)).toEqual(['usage diffie-hellman-group1-sha1 2:7', 'usage hmac-sha1 3:8', 'usage hmac-md5 3:18']);
    expect(xs[0]!.kind === 'usage' && xs[0]!.context?.en).toBe('key crypto.kex');
  });

  it('reads openssl.cnf digests and leaves DEFAULT alone', () => {
    expect(brief(extractConfig(fixture('openssl.cnf'), 'openssl.cnf'))).toEqual(['usage sha1 3:14']);
  });

  it('reads TOML strings and arrays', () => {
    expect(brief(extractConfig(fixture('config.toml'), 'config.toml'))).toEqual(['usage AES-128 2:13', 'usage rc4 2:24', 'usage ECDSA-P256 6:14']);
  });

  it('handles CRLF line ends and a byte order mark', () => {
    expect(brief(extractConfig('\uFEFFhash=md5\r\ncipher = rc4 \r\n', 'a.ini'))).toEqual(['usage md5 1:7', 'usage rc4 2:10']);
    expect(brief(extractConfig('\uFEFF{"hash":"md5"}', 'a.json'))).toEqual(['usage md5 1:11']);
  });
});

describe('the extractor object', () => {
  it('extracts from text and from bytes alike', async () => {
    const ctx = { path: 'a.yml', absolutePath: '/a.yml', readFile: async () => undefined, include: () => ({ files: [], unreadable: [] }) };
    const fromText = await genericConfig.extract('hash: md5\n', ctx);
    const fromBytes = await genericConfig.extract(new TextEncoder().encode('hash: md5\n'), ctx);
    expect(fromBytes).toEqual(fromText);
    expect(brief(fromText)).toEqual(['usage md5 1:7']);
  });
});

describe('never throws', () => {
  const names = ['a.yml', 'a.json', 'a.properties', '.env', 'a.ini', 'a.toml'];
  const keyish = fc.constantFrom('hash', 'cipher', 'ciphers', 'alg', '"hash"', 'jwt.algorithm', 'macs', '- ', ': ', '=', '[', ']', '{', '}', ',', '"', "'", '\n', '#', ';', '${X}', '{{', '\\', '&a', '*a', '<<', '---', '\u0000', '\uFEFF');
  const line = fc.tuple(fc.constantFrom('', '  ', '- ', 'export '), fc.constantFrom('hash', 'CIPHER', '"alg"', 'jwt.algorithm', 'macs', 'x'),
    fc.constantFrom(': ', '=', ' = ', ' '), fc.oneof(fc.constantFrom('md5', '"sha1"', "'rc4'", '[a, b]', '${X}', '{{ y }}', 'a,b:c d'), fc.string({ maxLength: 12 })))
    .map((parts) => parts.join(''));
  const text = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.array(fc.oneof(keyish, fc.string({ maxLength: 8 })), { maxLength: 60 }).map((parts) => parts.join('')),
    fc.array(line, { maxLength: 12 }).map((lines) => lines.join('\n')),
  );

  it('on arbitrary text, in every format, and every location points into the text', () => {
    fc.assert(fc.property(text, fc.constantFrom(...names), (t, name) => {
      const xs = extractConfig(t, name);
      const lines = t.split('\n').length;
      for (const x of xs) {
        expect(x.location.path).toBe(name);
        expect(x.location.line).toBeGreaterThanOrEqual(1);
        expect(x.location.line).toBeLessThanOrEqual(lines);
        expect(x.location.column).toBeGreaterThanOrEqual(1);
        if (x.kind !== 'parse-error') expect(x.input.trim()).not.toBe('');
      }
    }), { numRuns: 3000 });
  });
});

describe('the YAML line reader agrees with the full parser', () => {
  const keys = fc.constantFrom('hash', 'cipher', 'ciphers', 'jwt_alg', 'name', 'port', 'macs', 'hashAlgorithm', 'nested', 'list');
  const strings = fc.constantFrom('md5', 'sha1', 'AES-128', 'a, b', 'x: y', '#x', 'a #b', 'yes', 'null', '0o17', '1e3', "it's", 'a "q"', '${X}',
    '{{ a }}', ' lead', 'multi\nline', '- dash', '[x]', 'rc4 rc2', 'HMAC-SHA1', '', '~', 'true', '3-key Triple DES', 'a\\b', '&x', '*y', '!t', '|p');
  const { value } = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, strings, fc.integer(), fc.boolean(), tie('list'), tie('map')),
    list: fc.array(tie('value'), { maxLength: 4 }),
    map: fc.dictionary(keys, tie('value'), { maxKeys: 5 }),
  }));
  const root = fc.dictionary(keys, value, { minKeys: 1, maxKeys: 6 });
  const options = fc.record({
    defaultStringType: fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_LITERAL', 'BLOCK_FOLDED'),
    collectionStyle: fc.constantFrom('any', 'block', 'flow'),
    indent: fc.constantFrom(2, 4),
    indentSeq: fc.boolean(),
  });

  it('on documents the yaml package writes in many styles', async () => {
    const { stringify } = await import('yaml');
    let fast = 0;
    fc.assert(fc.property(root, options, (doc, opts) => {
      const text = stringify(doc, opts as never);
      const lines = readYamlLines(text, 'a.yml');
      const full = extractYamlFully(text, 'a.yml');
      // The line reader does not validate lines it has no reason to read; on valid YAML it must give the same.
      if (lines === undefined || full.some((x) => x.kind === 'parse-error')) return;
      fast++;
      expect(lines).toEqual(full);
    }), { numRuns: 3000 });
    expect(fast).toBeGreaterThan(400); // the line reader takes most of them
  });

  it('on hand-written lines of every kind, CRLF too', () => {
    const line = fc.tuple(fc.constantFrom('', '  ', '    ', '      ', '- ', '  - ', '    - ', '- - '),
      fc.constantFrom('hash', 'ciphers', 'alg', 'name', 'a', '"hash"', "'macs'", '? x', '#'),
      fc.constantFrom(':', ': ', ':  ', ''),
      fc.constantFrom('', 'md5', '"sha1"', "'rc4'", '[a, b]', '[md5,\n', '{x: y}', '|', '>-', '&a md5', '*a', '!!str md5', 'md5 # c', 'a: b', '${X}',
        '{{ a }}', 'md5\n    cont', 'x #y', '"a\\"b"', "'it''s'", '- md5', '~', 'null', '0o7', '12', '-x', 'a,b'))
      .map(([indent, key, sep, value]) => `${indent}${key}${sep}${value}`);
    let agreed = 0;
    fc.assert(fc.property(fc.array(line, { minLength: 1, maxLength: 10 }), fc.boolean(), (lines, crlf) => {
      const text = `${lines.join(crlf ? '\r\n' : '\n')}\n`;
      const full = extractYamlFully(text, 'a.yml');
      const fast = readYamlLines(text, 'a.yml');
      if (fast === undefined || full.some((x) => x.kind === 'parse-error')) return;
      agreed++;
      expect(fast).toEqual(full);
    }), { numRuns: 4000 });
    expect(agreed).toBeGreaterThan(200);
  });

  it.each([
    'hash: md5\n', 'a:\n  b:\n    - hash: md5\n      cipher: rc4\n', 'ciphers:\n- AES-128\n- "rc4"\n', 'ciphers:\n  - AES-128 # good\n  # note\n  - rc4\n',
    'x: |\n  hash: md5\nhash: sha1\n', 'hash: md5 # cryptrec-ignore: x\n', "hash: 'md5'\n", 'macs: [hmac-sha1, "hmac-md5"]\n', 'alg: {{ .Values.alg }}\n',
    'a:\n  - - hash: md5\n', '---\nhash: md5\n---\ncipher: rc4\n', 'a: 1\n\n# c\nb:\n  hash: md5\r\n', '  hash: md5\n',
  ])('line reader on %j', (text) => {
    const lines = readYamlLines(text, 'a.yml');
    expect(lines).toBeDefined();
    expect(lines).toEqual(extractYamlFully(text, 'a.yml'));
  });

  it.each([
    'hash: [sha1,\n  md5]\n', 'a: {\n  hash: md5 }\n', 'hash: &h md5\n', 'hash: >-\n  md5\n', 'hash: "a\\tb"\n', 'hash:\n  md5\n', 'a: b\n  hash: md5\n',
    'a: {hash: md5}\n', '\thash: md5\n', 'hash: md5\n  more\n', 'ciphers:\n  - name: x\n    hash: md5\n',
  ])('full parser for %j', (text) => {
    expect(readYamlLines(text, 'a.yml')).toBeUndefined();
  });
});
