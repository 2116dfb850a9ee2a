import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createJsExtractor, extractJs, extractJsFile, isJsSource, jsExtractor, looksMinified, mayUseCrypto } from '../../../src/extract/js/index.js';
import { parseSource } from '../../../src/extract/js/parse.js';
import { scan } from '../../../src/scan/scan.js';
import type { Extraction } from '../../../src/scan/types.js';

/** `kind input line:column` for each extraction, and the subject of usages. */
function brief(xs: readonly Extraction[]): string[] {
  return xs.map((x) => {
    const at = `${x.location.line}:${x.location.column}`;
    if (x.kind === 'parse-error') return `parse-error ${at}`;
    if (x.kind === 'dynamic') return `dynamic ${x.input} ${at}`;
    return `usage ${x.input} ${at} ${typeof x.subject === 'string' ? x.subject : JSON.stringify(x.subject)}`;
  });
}
const run = (code: string, path = 'src/a.ts') => brief(extractJs(code, path));
/** Only the inputs and kinds, for shapes where the column is not the point. */
const inputs = (code: string, path = 'src/a.ts') => extractJs(code, path).map((x) => `${x.kind} ${x.kind === 'parse-error' ? '' : x.input}`);

describe('which files', () => {
  it('reads JavaScript and TypeScript sources', () => {
    for (const p of ['a.js', 'a.mjs', 'a.cjs', 'a.jsx', 'src/a.ts', 'a.mts', 'a.cts', 'App.tsx', 'SRC/A.TS']) expect(isJsSource(p), p).toBe(true);
    expect(jsExtractor.id).toBe('js');
    expect(jsExtractor.matches('src/index.ts', '')).toBe(true);
  });

  it('leaves declaration files, minified bundles, build output and other files out by default', () => {
    for (const p of ['types.d.ts', 'a.d.mts', 'x.d.css.ts', 'vendor.min.js', 'lib/jquery-3.7.min.mjs', '.next/server/page.js',
      'app/coverage/lcov-report/prettify.js', 'out/main.js', 'a/.svelte-kit/output/x.js', 'README.md', 'a.json', 'a.jsonc', 'a.vue']) {
      expect(isJsSource(p), p).toBe(false);
    }
    const all = createJsExtractor({ includeBuildOutput: true });
    expect(all.matches('.next/server/page.js', '')).toBe(true);
    expect(all.matches('vendor.min.js', '')).toBe(true);
    expect(all.matches('types.d.ts', '')).toBe(false);
  });

  it('skips parsing text that names nothing crypto-related, and minified text', () => {
    expect(mayUseCrypto('export const add = (a: number, b: number) => a + b;')).toBe(false);
    expect(mayUseCrypto("fetch('https://example.com/md5')")).toBe(false);
    for (const t of ["require('crypto')", "import https from 'node:https'", 'window.crypto.subtle', 'CryptoJS.MD5(x)', "from 'jose'", 'bcrypt.hash', 'tls.connect(o)']) {
      expect(mayUseCrypto(t), t).toBe(true);
    }
    expect(extractJsFile('const md5 = "md5";', 'a.js').outcome).toBe('prefiltered');
    const bundle = `${'var a=require("crypto").createHash("md5");'.repeat(100)}\n`;
    expect(looksMinified(bundle)).toBe(true);
    expect(extractJsFile(bundle, 'bundle.js').outcome).toBe('minified');
    expect(extractJsFile(bundle, 'bundle.js', { includeBuildOutput: true }).extractions.length).toBe(100);
    // One long data line in a hand-written file does not make it minified.
    expect(looksMinified(`const crypto = require('crypto');\n${'// line\n'.repeat(400)}const DATA = '${'A'.repeat(3000)}';\n`)).toBe(false);
  });
});

describe('node:crypto', () => {
  it('places each algorithm at the characters of its name', () => {
    expect(run("import { createHash } from 'node:crypto';\ncreateHash('md5');")).toEqual(['usage md5 2:13 md5']);
    expect(run("const crypto = require('crypto');\ncrypto.createHmac(\"sha1\", k);")).toEqual(['usage sha1 2:20 hmac-sha1']);
    expect(run("import * as c from 'crypto';\nc.createCipheriv(`des-ede3-cbc`, k, iv);")).toEqual(['usage des-ede3-cbc 2:19 des-ede3-cbc']);
  });

  it('follows renames, destructuring, default and namespace imports, require chains, computed names and promisify', () => {
    const code = [
      "import nodeCrypto, { createHash as h } from 'crypto';",
      "import { promisify } from 'util';",
      "const { createSign: signer } = require('node:crypto');",
      'const gen = promisify(nodeCrypto.generateKeyPair);',
      "h('sha1'); signer('RSA-SHA256'); nodeCrypto['createHash']('md5'); require('crypto').createHash('sha512');",
      "gen('ed25519');",
    ].join('\n');
    expect(inputs(code)).toEqual(['usage sha1', 'usage RSA-SHA256', 'usage md5', 'usage sha512', 'usage ed25519']);
  });

  it('reads key generation options', () => {
    const code = [
      "import { generateKeyPairSync as g, generateKeySync } from 'crypto';",
      "g('rsa', { modulusLength: 1024 });",
      "g('ec', { namedCurve: 'P-256' });",
      "g('dh', { group: 'modp2' });",
      "g('dh', { primeLength: 1536 });",
      "g('rsa-pss', { modulusLength: 3072, hashAlgorithm: 'sha1' });",
      "generateKeySync('aes', { length: 64 });",
    ].join('\n');
    expect(run(code)).toEqual([
      'usage rsa 2:4 {"algorithm":"rsa","keyBits":1024}',
      'usage P-256 3:24 {"algorithm":"ec","curve":"secp256r1"}',
      'usage modp2 4:19 modp2',
      'usage dh 5:4 {"algorithm":"dh","keyBits":1536}',
      'usage rsa-pss 6:4 {"algorithm":"rsa-pss","keyBits":3072}',
      'usage sha1 6:53 sha1',
      'usage aes 7:18 {"algorithm":"aes","keyBits":64}',
    ]);
  });

  it('reads RSA padding constants by what each function does with them', () => {
    const code = [
      "import crypto, { constants } from 'crypto';",
      'crypto.publicEncrypt({ key, padding: constants.RSA_PKCS1_PADDING }, b);',
      'crypto.privateEncrypt({ key, padding: crypto.constants.RSA_PKCS1_PADDING }, b);',
      'crypto.privateDecrypt({ key, padding: 4 }, b);',
      'crypto.publicEncrypt({ key, padding: pad }, b);',
    ].join('\n');
    expect(run(code)).toEqual([
      'usage RSA_PKCS1_PADDING 2:48 RSAES-PKCS1-v1_5',
      'usage RSA_PKCS1_PADDING 3:56 RSASSA-PKCS1-v1_5',
      'usage 4 4:39 RSA-OAEP',
      'dynamic pad 5:38',
    ]);
  });

  it('reports the MD5 key derivation of the deprecated createCipher, and password hashing as such', () => {
    expect(inputs("const c = require('crypto'); c.createCipher('aes-256-cbc', pw); c.scryptSync(pw, s, 32);", 'a.js'))
      .toEqual(['usage aes-256-cbc', 'usage createCipher', 'usage scrypt']);
    expect(run("import bcrypt from 'bcrypt'; import argon2 from 'argon2';\nbcrypt.hashSync(pw, 10); argon2.hash(pw, { type: argon2.argon2d });"))
      .toEqual(['usage hashSync 2:8 bcrypt', 'usage hash 2:33 argon2d']);
  });
});

describe('constant propagation', () => {
  it('follows constants, concatenation, templates, objects, enums, as const, class fields and member writes', () => {
    const code = [
      "import * as crypto from 'crypto';",
      "const BITS = 128, MODE = 'gcm';",
      "const NAME = 'aes-' + BITS + '-' + MODE;",
      "enum H { A = 'sha1', B = 'sha256' }",
      "const CFG = { hash: H.A, nested: { cipher: `des-ede3-cbc` } } as const;",
      "const opts: Record<string, number> = {}; opts.modulusLength = 2048;",
      "class S { static readonly ALG = 'md5'; private alg = 'sha384'; run() { return crypto.createHash(this.alg); } }",
      'crypto.createCipheriv(NAME, k, iv); crypto.createHash(CFG.hash); crypto.createCipheriv(CFG.nested.cipher, k, iv);',
      "crypto.createHash(S.ALG); crypto.generateKeyPairSync('rsa', opts);",
    ].join('\n');
    expect(run(code)).toEqual([
      'usage sha384 7:55 sha384',
      'usage aes-128-gcm 3:14 aes-128-gcm',
      'usage sha1 4:15 sha1',
      'usage des-ede3-cbc 5:45 des-ede3-cbc',
      'usage md5 7:34 md5',
      'usage rsa 9:55 {"algorithm":"rsa","keyBits":2048}',
    ]);
  });

  it('reports what is chosen at run time as dynamic, at the expression that chooses it', () => {
    const code = [
      "import crypto from 'crypto';",
      'export function f(alg: string, o: { cipher: string }) {',
      '  let name = "sha1"; name = alg;',
      '  crypto.createHash(name); crypto.createCipheriv(o.cipher, k, iv); crypto.createHash(process.env.H || "sha256");',
      "  crypto.createHash(flag ? 'sha1' : 'sha256'); crypto.createHash(getAlg());",
      '}',
    ].join('\n');
    expect(run(code)).toEqual([
      'dynamic name 4:21',
      'dynamic o.cipher 4:50',
      'dynamic process.env.H || "sha256" 4:86',
      "dynamic flag ? 'sha1' : 'sha256' 5:21",
      'dynamic getAlg() 5:66',
    ]);
  });

  it('respects scopes: a parameter or local that shadows a constant is not the constant', () => {
    const code = [
      "import { createHash } from 'crypto';",
      "const ALG = 'md5';",
      'function a(ALG: string) { return createHash(ALG); }',
      "function b() { const ALG = 'sha256'; return createHash(ALG); }",
      'function c() { return createHash(ALG); }',
    ].join('\n');
    expect(run(code)).toEqual(['dynamic ALG 3:45', 'usage sha256 4:29 sha256', 'usage md5 2:14 md5']);
  });

  it('ignores what merely mentions an algorithm: comments, strings, other modules, local look-alikes, types', () => {
    const code = [
      "import { createHash } from './hash';",
      "import type { Alg } from 'crypto';",
      "// crypto.createHash('md5')",
      "const s = \"require('crypto').createHash('md5')\";",
      "type T = 'md5' | 'sha1';",
      "createHash('md5');",
      "const crypto = { createHash: (a: string) => a }; crypto.createHash('sha1');",
      "const log = { warn(m: string) {} }; log.warn('RC4 and DES are disabled');",
    ].join('\n');
    expect(run(code)).toEqual([]);
  });
});

describe('other files of the project, and helpers of this one', () => {
  it('follows relative imports, re-exports and CommonJS exports in a scan, placing each value where it is used', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cryptrec-js-imports-'));
    try {
      mkdirSync(join(dir, 'lib'));
      writeFileSync(join(dir, 'lib', 'constants.ts'), "export const HASH = 'md5';\nexport enum C { Old = 'des-ede3-cbc' }\nexport default { alg: 'none' } as const;\n");
      writeFileSync(join(dir, 'lib', 'facade.ts'), "export { createHash as digest } from 'node:crypto';\nexport * from './constants.js';\n");
      writeFileSync(join(dir, 'lib', 'legacy.cjs'), "module.exports = { CIPHER: 'bf-cbc' };\n");
      writeFileSync(join(dir, 'main.ts'), [
        "import { digest, HASH, C } from './lib/facade.js';",
        "import jwtDefaults from './lib/constants';",
        "import { createCipheriv } from 'node:crypto';",
        "import jwt from 'jsonwebtoken';",
        "const { CIPHER } = require('./lib/legacy.cjs');",
        'digest(HASH); createCipheriv(C.Old, k, iv); createCipheriv(CIPHER, k, iv);',
        'jwt.sign(p, k, { algorithm: jwtDefaults.alg });',
      ].join('\n'));
      const result = await scan(['.'], { cwd: dir, all: true, extractors: [jsExtractor] });
      expect(result.findings.map((f) => `${f.location?.path}:${f.location?.line}:${f.location?.column} ${f.input}`)).toEqual([
        'main.ts:6:8 md5', 'main.ts:6:30 des-ede3-cbc', 'main.ts:6:60 bf-cbc', 'main.ts:7:29 none',
      ]);
      expect(result.findings[0]!.message).toContain('value from lib/constants.ts:1');
      // Without the scan's include function the same file can only say that the values come from elsewhere.
      expect(inputs(readFileSync(join(dir, 'main.ts'), 'utf8'))).toEqual(['dynamic C.Old', 'dynamic CIPHER', 'dynamic jwtDefaults.alg']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('follows a parameter back to the literals the module passes for it, and to its default', () => {
    const code = [
      "import { createHash, createHmac } from 'crypto';",
      'function digest(alg: string, d: string) { return createHash(alg).update(d); }',
      "const mac = (k: string, d: string, alg = 'sha1') => createHmac(alg, k).update(d);",
      "digest('md5', 'x'); digest(process.env.H!, 'y'); mac('k', 'd'); mac('k', 'd', 'sha512');",
    ].join('\n');
    expect(run(code)).toEqual([
      'dynamic alg 2:61', 'usage md5 4:9 md5',
      'dynamic alg 3:64', 'usage sha1 3:43 hmac-sha1', 'usage sha512 4:80 hmac-sha512',
    ]);
  });
});

describe('WebCrypto, JWT, crypto-js, node-forge', () => {
  it('reads WebCrypto algorithm names and dictionaries', () => {
    const code = [
      'const { subtle } = globalThis.crypto;',
      "subtle.digest('SHA-1', d);",
      "subtle.generateKey({ name: 'RSA-PSS', modulusLength: 1024, publicExponent: e, hash: 'SHA-256' }, true, u);",
      "window.crypto.subtle.deriveKey({ name: 'PBKDF2', salt, iterations: 1e5, hash: 'SHA-1' }, k, { name: 'AES-GCM', length: 256 }, false, u);",
    ].join('\n');
    const xs = extractJs(code, 'a.ts');
    expect(brief(xs).map((s) => s.split(' {')[0])).toEqual(['usage SHA-1 2:16 SHA-1', 'usage RSA-PSS 3:29', 'usage PBKDF2 4:41', 'usage AES-GCM 4:102']);
    const rsa = xs[1]!;
    expect(rsa.kind === 'usage' && typeof rsa.subject === 'object' && 'components' in rsa.subject && rsa.subject.components?.[0]?.keyBits).toBe(1024);
  });

  it('reads JWT algorithms as JOSE names and leaves dir out', () => {
    const code = [
      "import jwt from 'jsonwebtoken'; import { CompactEncrypt, jwtVerify } from 'jose';",
      "jwt.sign(p, k, { algorithm: 'none' }); jwt.verify(t, k, { algorithms: ['HS256', alg] });",
      "new CompactEncrypt(b).setProtectedHeader({ alg: 'dir', enc: 'A128GCM' }); jwtVerify(t, k, { algorithms: ['ES256'] });",
    ].join('\n');
    expect(run(code)).toEqual([
      'usage none 2:30 jose:none', 'usage HS256 2:73 jose:HS256', 'dynamic alg 2:81',
      'usage A128GCM 3:62 jose:A128GCM', 'usage ES256 3:107 jose:ES256',
    ]);
  });

  it('reads crypto-js hashers, ciphers with their mode, and per-algorithm imports', () => {
    const code = [
      "import CryptoJS from 'crypto-js'; import md5 from 'crypto-js/md5'; import ECB from 'crypto-js/mode-ecb';",
      "CryptoJS.AES.encrypt(m, k, { mode: ECB }); CryptoJS.AES.encrypt(m, k); md5(m); CryptoJS.algo.HMAC.create(CryptoJS.algo.SHA1, k);",
    ].join('\n');
    expect(run(code).map((s) => s.split(' {')[0])).toEqual([
      'usage AES 2:10', 'usage AES 2:53', 'usage MD5 2:72 md5', 'usage SHA1 2:120 hmac-sha1',
    ]);
  });

  it('reads node-forge digests, ciphers, key sizes and RSA schemes', () => {
    const code = [
      "const forge = require('node-forge');",
      "forge.md.sha1.create(); forge.cipher.createCipher('DES-CBC', k); forge.pki.rsa.generateKeyPair(1024);",
      "forge.pki.publicKeyFromPem(pem).encrypt(m, 'RSAES-PKCS1-V1_5'); forge.md[alg].create();",
    ].join('\n');
    expect(run(code).map((s) => s.split(' {')[0])).toEqual([
      'usage sha1 2:10 sha1', 'usage DES-CBC 2:52', 'usage 1024 2:96', 'usage RSAES-PKCS1-V1_5 3:45 RSAES-PKCS1-v1_5', 'dynamic alg 3:74',
    ]);
  });
});

describe('TLS options', () => {
  it('expands cipher strings word by word, and reports only the versions the code sets', () => {
    const code = [
      "import tls from 'tls';",
      "tls.createServer({ minVersion: 'TLSv1.1', ciphers: 'ECDHE-RSA-AES128-GCM-SHA256:' + 'AES128-SHA' });",
    ].join('\n');
    expect(inputs(code)).toEqual(['usage TLSv1.1', 'usage ECDHE-RSA-AES128-GCM-SHA256', 'usage AES128-SHA']);
    const xs = extractJs(code, 'a.ts');
    expect(xs.map((x) => x.location.column)).toEqual([33, 53, 86]);
  });

  it('reads secureProtocol, TLS 1.3 suite names in ciphers, and the process-wide defaults', () => {
    const code = [
      "import https from 'https'; import * as tls from 'node:tls';",
      "new https.Agent({ secureProtocol: 'TLSv1_1_method' });",
      "tls.connect({ ciphers: 'TLS_AES_128_GCM_SHA256' });",
      "tls.DEFAULT_MIN_VERSION = 'TLSv1';",
    ].join('\n');
    expect(inputs(code)).toEqual(['usage TLSv1.1', 'usage TLS_AES_128_GCM_SHA256', 'usage TLSv1', 'usage TLSv1.1']);
  });
});

describe('syntax', () => {
  it('reads TypeScript, JSX, TSX, decorators, Flow and CommonJS bodies', () => {
    const md5 = "require('crypto').createHash('md5')";
    expect(inputs(`@Injectable() class A { f(): string { return ${md5} as string; } }`, 'a.ts')).toEqual(['usage md5']);
    expect(inputs(`const A = () => <div title={${md5}.digest('hex')} />;`, 'a.jsx')).toEqual(['usage md5']);
    expect(inputs(`const A = <T,>(x: T) => <b>{${md5} as unknown as string}</b>;`, 'a.tsx')).toEqual(['usage md5']);
    expect(inputs(`// @flow\nfunction f(x: ?string): string { return ${md5}; }`, 'a.js')).toEqual(['usage md5']);
    expect(inputs(`if (!x) return;\n${md5};`, 'a.cjs')).toEqual(['usage md5']);
    expect(inputs(`await import('crypto').then((c) => 1);\nconst { createHash } = await import('node:crypto'); createHash('md5');`, 'a.mjs')).toEqual(['usage md5']);
  });

  it('gives a parse-error at the first error and still reads around the bad line', () => {
    const code = [
      "import { createHash } from 'crypto';",
      "createHash('sha1');",
      'const = ;',
      "createHash('md5');",
    ].join('\n');
    expect(run(code, 'a.js')).toEqual(['parse-error 3:7', 'usage sha1 2:13 sha1', 'usage md5 4:13 md5']);
    const x = extractJs(code, 'a.js')[0]!;
    expect(x.kind === 'parse-error' && x.message.en).toMatch(/^JavaScript\/TypeScript syntax error: Unexpected token/);
    expect(parseSource('{{{{', 'a.ts').program).toBeUndefined();
  });

  it('never throws, on arbitrary text and on mutated corpus files', () => {
    const prefix = "const crypto = require('crypto');\n";
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (s) => {
      expect(Array.isArray(extractJs(prefix + s, 'a.ts'))).toBe(true);
      expect(Array.isArray(extractJs(prefix + s, 'a.jsx'))).toBe(true);
    }), { numRuns: 300 });
    const files = corpusFiles();
    fc.assert(fc.property(
      fc.constantFrom(...files), fc.nat(), fc.nat({ max: 40 }), fc.string({ maxLength: 12 }),
      (file, at, cut, insert) => {
        const text = readFileSync(file, 'utf8');
        const i = at % (text.length + 1);
        const mutated = text.slice(0, i) + insert + text.slice(Math.min(text.length, i + cut));
        for (const x of extractJs(mutated, file.endsWith('.jsx') ? 'a.jsx' : 'a.ts')) {
          expect(x.location.line).toBeGreaterThanOrEqual(1);
          expect(x.location.column).toBeGreaterThanOrEqual(1);
        }
      },
    ), { numRuns: 120 });
  });

  it('stays quick and whole on a megabyte of garbage and on deep nesting', () => {
    const garbage = `require('crypto');\n${'(['.repeat(20000)}${'x'.repeat(500_000)}\n${'createHash("md5");\n'.repeat(5000)}`;
    const xs = extractJs(garbage, 'a.js');
    expect(xs[0]?.kind).toBe('parse-error');
    const deep = `const c = require('crypto'); c.createHash(${"'a' + ".repeat(3000)}'md5');`;
    expect(() => extractJs(deep, 'a.js')).not.toThrow();
  });
});

function corpusFiles(): string[] {
  const root = fileURLToPath(new URL('../../fixtures/source/js/', import.meta.url));
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (isJsSource(p.slice(root.length))) out.push(p);
    }
  };
  walk(root);
  return out;
}
