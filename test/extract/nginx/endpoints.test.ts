import { describe, expect, it } from 'vitest';
import { nginxEndpoints, readNginx, type NginxReadOptions } from '../../../src/extract/nginx/endpoints.js';
import { brief, fixture, include, memoryInclude, ROOT, view } from './helpers.js';

const FX = 'test/fixtures/nginx';
function read(rel: string, extra: Partial<NginxReadOptions> = {}) {
  const f = fixture(`${FX}/${rel}`);
  return readNginx(f.text, { path: f.path, absolutePath: f.absolutePath, include, ...extra });
}
const SUITES = 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256';

describe('nginx fixtures: good', () => {
  it('letsencrypt: the certbot options file, included, sets protocols and the ECDHE/DHE AEAD list', () => {
    const r = read('letsencrypt/nginx.conf');
    expect(r.problems).toEqual([]);
    expect(r.endpoints.map(view)).toEqual([[
      'name server example.com:443',
      'protocols TLSv1.2@options-ssl-nginx.conf:6:15 TLSv1.3@options-ssl-nginx.conf:6:23',
      'ciphers ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:'
        + 'ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384 @options-ssl-nginx.conf:9:14 ssl_ciphers',
      `suites ${SUITES} @nginx.conf:21:5 default ssl_conf_command Ciphersuites`,
      'certificate /etc/letsencrypt/live/example.com/fullchain.pem key /etc/letsencrypt/live/example.com/privkey.pem',
    ]]);
    expect(r.endpoints[0]!.preferServerCiphers?.value).toBe(false);
    expect(r.files).toEqual([`${FX}/letsencrypt/nginx.conf`, `${FX}/letsencrypt/mime.types`, `${FX}/letsencrypt/options-ssl-nginx.conf`]);
  });

  it('hardened: TLS 1.3 only, groups and suites from the http block', () => {
    const r = read('hardened/nginx.conf');
    expect(r.problems).toEqual([]);
    expect(r.endpoints.map(view)).toEqual([[
      'name server api.example.org:443',
      'protocols TLSv1.3@nginx.conf:11:19',
      'ciphers HIGH:!aNULL:!MD5 @nginx.conf:17:5 default ssl_ciphers',
      'suites TLS_AES_256_GCM_SHA384:TLS_AES_128_GCM_SHA256 @nginx.conf:13:35 ssl_conf_command Ciphersuites',
      'groups X25519@nginx.conf:12:20 prime256v1@nginx.conf:12:27 secp384r1@nginx.conf:12:38',
      'certificate /etc/ssl/api.example.org/ecdsa-p256.crt key /etc/ssl/api.example.org/ecdsa-p256.key',
    ]]);
  });

  it('legacy: every weak word at its own place; a relative certificate path resolves against the configuration root', () => {
    const r = read('legacy/nginx.conf');
    expect(r.problems).toEqual([]);
    const e = r.endpoints[0]!;
    expect(view(e)).toEqual([
      'name server legacy.example.net:443',
      'protocols TLSv1@nginx.conf:12:23 TLSv1.1@nginx.conf:12:29 TLSv1.2@nginx.conf:12:37',
      'ciphers RC4-SHA:DES-CBC3-SHA:AES128-SHA:ECDHE-RSA-AES128-GCM-SHA256 @nginx.conf:13:22 ssl_ciphers',
      `suites ${SUITES} @nginx.conf:5:5 default ssl_conf_command Ciphersuites`,
      'groups secp384r1@nginx.conf:15:24',
      'certificate certs/legacy.crt key certs/legacy.key',
    ]);
    expect(e.certificates![0]!.absolutePath).toBe(`${ROOT}/${FX}/legacy/certs/legacy.crt`);
    expect(e.preferServerCiphers?.value).toBe(true);
  });

  it('defaults-only: nginx 1.23.4+ defaults, placed at the server line, said to be defaults', () => {
    const r = read('defaults-only/nginx.conf');
    const e = r.endpoints[0]!;
    expect(view(e)).toEqual([
      'name server intranet.example.jp:443',
      'protocols TLSv1.2@nginx.conf:5:5 default TLSv1.3@nginx.conf:5:5 default',
      'ciphers HIGH:!aNULL:!MD5 @nginx.conf:5:5 default ssl_ciphers',
      `suites ${SUITES} @nginx.conf:5:5 default ssl_conf_command Ciphersuites`,
      'certificate /etc/nginx/tls/intranet.pem key /etc/nginx/tls/intranet.key',
    ]);
    expect(e.protocols![0]!.origin.defaultOf!.en).toMatch(/^nginx 1\.23\.4\+ default; nginx 1\.9\.1 to 1\.23\.3 also enable TLSv1 and TLSv1\.1/);
    expect(e.cipherString!.origin.defaultOf).toEqual({ en: 'nginx 1.23.4+ default', ja: 'nginx 1.23.4 以降の既定値' });
    expect(e.groups).toBeUndefined(); // ssl_ecdh_curve auto: OpenSSL's own list
  });

  it('include-glob: http settings inherited, a server snippet overrides them, the glob skips non-.conf files', () => {
    const r = read('include-glob/nginx.conf');
    expect(r.problems).toEqual([]);
    expect(r.endpoints.map(view)).toEqual([
      [
        'name server shop.example.com:443',
        'protocols TLSv1.1@ssl-legacy-clients.conf:2:15 TLSv1.2@ssl-legacy-clients.conf:2:23',
        'ciphers AES256-SHA:ECDHE+AESGCM @ssl-legacy-clients.conf:3:13 ssl_ciphers',
        `suites ${SUITES} @10-shop.conf:1:1 default ssl_conf_command Ciphersuites`,
        'certificate /etc/nginx/tls/shop.crt key /etc/nginx/tls/shop.key',
      ],
      [
        'name server blog.example.com:8443',
        'protocols TLSv1.2@nginx.conf:7:19 TLSv1.3@nginx.conf:7:27',
        'ciphers ECDHE+AESGCM:ECDHE+CHACHA20 @nginx.conf:8:17 ssl_ciphers',
        `suites ${SUITES} @20-blog.conf:1:1 default ssl_conf_command Ciphersuites`,
        'certificate /etc/nginx/tls/blog.crt key /etc/nginx/tls/blog.key',
      ],
    ]);
    expect(r.files.some((f) => f.endsWith('README.txt'))).toBe(false);
  });

  it('a conf.d file scanned on its own is a whole server block: defaults apply, its include is followed from the root', () => {
    const r = read('include-glob/conf.d/20-blog.conf');
    expect(r.endpoints.map(view)[0]!.slice(0, 3)).toEqual([
      'name server blog.example.com:8443',
      'protocols TLSv1.2@20-blog.conf:1:1 default TLSv1.3@20-blog.conf:1:1 default',
      'ciphers HIGH:!aNULL:!MD5 @20-blog.conf:1:1 default ssl_ciphers',
    ]);
    const shop = read('include-glob/conf.d/10-shop.conf');
    expect(shop.problems).toEqual([]);
    expect(view(shop.endpoints[0]!)[1]).toBe('protocols TLSv1.1@ssl-legacy-clients.conf:2:15 TLSv1.2@ssl-legacy-clients.conf:2:23');
  });

  it('stream: one endpoint per TLS server, stream-level settings inherited, a plain server left out', () => {
    const r = read('stream/nginx.conf');
    expect(r.problems).toEqual([]);
    expect(r.endpoints.map((e) => view(e).slice(0, 3))).toEqual([
      ['name stream server :6432', 'protocols TLSv1.2@nginx.conf:5:19', 'ciphers ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-SHA @nginx.conf:6:17 ssl_ciphers'],
      ['name stream server :4650', 'protocols TLSv1.2@nginx.conf:22:23 TLSv1.3@nginx.conf:22:31', 'ciphers ECDHE-RSA-AES256-GCM-SHA384:ECDHE-RSA-AES128-SHA @nginx.conf:6:17 ssl_ciphers'],
    ]);
  });

  it('ssl_conf_command overrides ssl_ciphers and bounds ssl_protocols; groups and signature algorithms at each word', () => {
    const r = read('conf-command/nginx.conf');
    expect(r.problems).toEqual([]);
    expect(view(r.endpoints[0]!)).toEqual([
      'name server cmd.example.com:443',
      'protocols TLSv1.3@nginx.conf:11:31',
      'ciphers ECDHE+AESGCM @nginx.conf:13:39 ssl_conf_command CipherString',
      `suites ${SUITES} @nginx.conf:5:5 default ssl_conf_command Ciphersuites`,
      'groups X25519@nginx.conf:14:33 secp384r1@nginx.conf:14:40',
      'sigalgs ECDSA+SHA256@nginx.conf:15:46 RSA-PSS+SHA256@nginx.conf:15:59 RSA+SHA1@nginx.conf:15:74',
      'certificate /etc/nginx/tls/cmd.crt key /etc/nginx/tls/cmd.key',
    ]);
  });

  it('fragment: bare ssl_* lines report what they set, with no defaults', () => {
    const r = read('fragment/snippets/tls-params.conf');
    expect(r.endpoints.map(view)).toEqual([[
      `name ${FX}/fragment/snippets/tls-params.conf (fragment)`,
      'protocols TLSv1.2@tls-params.conf:2:15 TLSv1.3@tls-params.conf:2:23',
      'ciphers HIGH:!aNULL:!MD5:!3DES @tls-params.conf:3:13 ssl_ciphers',
    ]]);
  });
});

describe('nginx fixtures: malformed', () => {
  it('missing ";": reported after the directive, the next line still read', () => {
    const r = read('malformed/missing-semicolon.conf');
    expect(brief(r.problems)).toEqual(['parse-error missing-semicolon.conf:9:36 nginx: missing ";" after the "ssl_protocols" directive']);
    expect(view(r.endpoints[0]!).slice(1, 3)).toEqual([
      'protocols TLSv1@missing-semicolon.conf:9:23 TLSv1.2@missing-semicolon.conf:9:29',
      'ciphers DES-CBC3-SHA:AES128-GCM-SHA256 @missing-semicolon.conf:10:21 ssl_ciphers',
    ]);
  });

  it('unbalanced braces: the unclosed block reported at its name, the server inside still read', () => {
    const r = read('malformed/unbalanced-braces.conf');
    expect(brief(r.problems)).toEqual(['parse-error unbalanced-braces.conf:3:1 nginx: unexpected end of file: the "http" block opened here is never closed with "}"']);
    expect(view(r.endpoints[0]!)[1]).toBe('protocols TLSv1.1@unbalanced-braces.conf:9:23 TLSv1.2@unbalanced-braces.conf:9:31');
  });

  it('unterminated quote: reported at the quote, taken to end with its line, later lines read', () => {
    const r = read('malformed/unterminated-quote.conf');
    expect(brief(r.problems)).toEqual(['parse-error unterminated-quote.conf:9:21 nginx: unterminated quoted string: the closing " is missing']);
    expect(view(r.endpoints[0]!).slice(1, 3)).toEqual([
      'protocols TLSv1@unterminated-quote.conf:10:23 TLSv1.2@unterminated-quote.conf:10:29',
      'ciphers ECDHE-RSA-AES128-GCM-SHA256:RC4-SHA @unterminated-quote.conf:9:22 ssl_ciphers',
    ]);
  });

  it('a stray "}", an unknown protocol and a duplicate directive: each reported, the rest read', () => {
    const r = read('malformed/stray-brace.conf');
    expect(brief(r.problems)).toEqual([
      'parse-error stray-brace.conf:2:1 nginx: unexpected "}": no block is open here',
      'parse-error stray-brace.conf:8:31 nginx: "TLSv1.4" is not a protocol nginx knows in ssl_protocols (SSLv2, SSLv3, TLSv1, TLSv1.1, TLSv1.2, TLSv1.3)',
      'parse-error stray-brace.conf:10:9 nginx: "ssl_ciphers" is set twice in the same block (nginx: "is duplicate"); the first is read',
    ]);
    expect(view(r.endpoints[0]!).slice(0, 3)).toEqual(['name server _:443', 'protocols TLSv1.2@stray-brace.conf:8:23', 'ciphers HIGH @stray-brace.conf:9:21 ssl_ciphers']);
  });

  it('wrong argument counts and values are reported at the directive or the word', () => {
    const text = 'server {\n  listen 443 ssl;\n  ssl_ciphers A B;\n  ssl_prefer_server_ciphers maybe;\n  ssl_conf_command Groups;\n  include;\n}\n';
    const r = readNginx(text, { path: 'x.conf' });
    expect(brief(r.problems)).toEqual([
      'parse-error x.conf:3:3 nginx: "ssl_ciphers" takes one value, not 2 (nginx refuses this line: "invalid number of arguments")',
      'parse-error x.conf:4:29 nginx: "ssl_prefer_server_ciphers" takes on or off, not "maybe"',
      'parse-error x.conf:5:3 nginx: "ssl_conf_command" takes 2 values, not 1 (nginx refuses this line: "invalid number of arguments")',
      'parse-error x.conf:6:3 nginx: "include" takes one file name or pattern, not 0',
    ]);
    expect(view(r.endpoints[0]!)[2]).toBe('ciphers HIGH:!aNULL:!MD5 @x.conf:1:1 default ssl_ciphers');
  });
});

describe('nginx includes', () => {
  it('an include that cannot be read is reported, and the block it sits in gets no defaults', () => {
    const text = 'server {\n    listen 443 ssl;\n    include /etc/letsencrypt/options-ssl-nginx.conf;\n}\n';
    const r = readNginx(text, { path: 'site.conf', absolutePath: '/nowhere/site.conf', include: memoryInclude({}) });
    expect(brief(r.problems)).toEqual(['dynamic site.conf:3:13 /etc/letsencrypt/options-ssl-nginx.conf']);
    expect(r.problems[0]!.kind === 'dynamic' && r.problems[0]!.context!.en).toBe(
      'nginx include: /etc/letsencrypt/options-ssl-nginx.conf cannot be read (ENOENT); the TLS settings it holds are unknown');
    expect(r.endpoints.map(view)).toEqual([['name server _:443 (fragment)']]);
  });

  it('without an include function (checkConfig on text), includes are said not to be followed', () => {
    const r = readNginx('http { include conf.d/*.conf; ssl_protocols TLSv1; }', { path: 'nginx.conf' });
    expect(brief(r.problems)).toEqual(['dynamic nginx.conf:1:16 conf.d/*.conf']);
    expect(r.endpoints.map(view)).toEqual([['name http (fragment)', 'protocols TLSv1@nginx.conf:1:45']]);
  });

  it('include loops are cut, and reported where the loop closes', () => {
    const files = {
      '/etc/nginx/nginx.conf': 'http { include a.conf; }',
      '/etc/nginx/a.conf': 'ssl_protocols TLSv1.2;\ninclude b.conf;\n',
      '/etc/nginx/b.conf': 'include a.conf;\n',
    };
    const r = readNginx(files['/etc/nginx/nginx.conf'], { path: 'nginx.conf', absolutePath: '/etc/nginx/nginx.conf', include: memoryInclude(files) });
    expect(brief(r.problems)).toEqual(['parse-error b.conf:1:9 nginx: include loop: etc/nginx/a.conf includes itself through this line; not followed again']);
    expect(r.endpoints.map(view)).toEqual([['name http (fragment)', 'protocols TLSv1.2@a.conf:1:15']]);
  });

  it('a file that includes itself, and deep chains, end', () => {
    const self = { '/c/x.conf': 'include x.conf;\nssl_ciphers HIGH;\n' };
    const r = readNginx(self['/c/x.conf'], { path: 'x.conf', absolutePath: '/c/x.conf', include: memoryInclude(self) });
    expect(r.problems.map((p) => p.kind)).toEqual(['parse-error']);
    const chain: Record<string, string> = {};
    for (let i = 0; i < 40; i++) chain[`/d/${i}.conf`] = `include ${i + 1}.conf;\n`;
    const deep = readNginx(chain['/d/0.conf']!, { path: '0.conf', absolutePath: '/d/0.conf', include: memoryInclude(chain) });
    expect(deep.files.length).toBeLessThanOrEqual(18);
    expect(brief(deep.problems).some((p) => p.includes('nested too deep'))).toBe(true);
  });

  it('an absolute include into /etc/nginx reads the scanned copy of that directory when the live path is absent', () => {
    const files = { '/repo/etc/nginx/snippets/tls.conf': 'ssl_protocols TLSv1.1;\n' };
    const text = 'server {\n  listen 443 ssl;\n  include /etc/nginx/snippets/tls.conf;\n}\n';
    const r = readNginx(text, { path: 'etc/nginx/sites-enabled/app', absolutePath: '/repo/etc/nginx/sites-enabled/app', include: memoryInclude(files) });
    expect(r.problems).toEqual([]);
    expect(view(r.endpoints[0]!)[1]).toBe('protocols TLSv1.1@tls.conf:1:15');
  });
});

describe('nginx inheritance and enabling', () => {
  const endpoints = (text: string) => nginxEndpoints(text, { path: 'n.conf' });

  it('ssl on, listen quic and a server certificate mark TLS; http-level ssl on reaches every server', () => {
    expect(endpoints('http { server { ssl on; } server { listen 443 quic; } server { ssl_certificate a.pem; ssl_certificate_key a.key; } server { listen 80; } }')
      .map((e) => e.name)).toEqual(['server _', 'server _:443', 'server _', ]);
    expect(endpoints('http { ssl on; server { listen 80; } server { ssl off; } }').map((e) => e.name)).toEqual(['server _:80']);
  });

  it('lists are taken whole: a server ssl_conf_command replaces all of the http ones', () => {
    const [e] = endpoints('http { ssl_conf_command Groups X448; ssl_conf_command Ciphersuites TLS_AES_128_GCM_SHA256;\n server { listen 443 ssl; ssl_conf_command SignatureAlgorithms ECDSA+SHA384; } }');
    expect(e!.groups).toBeUndefined();
    expect(e!.sigalgs!.value.map((s) => s.value)).toEqual(['ECDSA+SHA384']);
    expect(e!.ciphersuites!.origin.defaultOf).toBeDefined();
  });

  it('Protocol and MaxProtocol commands: add, remove and bound versions', () => {
    const [a] = endpoints('server { listen 443 ssl; ssl_protocols TLSv1.2; ssl_conf_command Protocol "-ALL, TLSv1.1, TLSv1.3"; }');
    expect(a!.protocols!.map((p) => `${p.value}@${p.origin.location.column}`)).toEqual(['TLSv1.1@82', 'TLSv1.3@91']);
    const [b] = endpoints('server { listen 443 ssl; ssl_conf_command MaxProtocol TLSv1.2; }');
    expect(b!.protocols!.map((p) => p.value)).toEqual(['TLSv1.2']);
    const r = readNginx('server { listen 443 ssl; ssl_conf_command MinProtocol TLSv2; }', { path: 'n.conf' });
    expect(brief(r.problems)).toEqual(['parse-error n.conf:1:55 nginx: MinProtocol: "TLSv2" is not a protocol version (OpenSSL accepts None, SSLv3, TLSv1, TLSv1.1, TLSv1.2, TLSv1.3)']);
  });

  it('certificate paths with variables are marked dynamic; keys pair with certificates in order', () => {
    const [e] = endpoints('server { listen 443 ssl; ssl_certificate rsa.crt; ssl_certificate /c/$ssl_server_name.crt; ssl_certificate_key rsa.key; ssl_certificate_key /k/$ssl_server_name.key; }');
    expect(view(e!).slice(-2)).toEqual(['certificate rsa.crt key rsa.key', 'certificate /c/$ssl_server_name.crt key /k/$ssl_server_name.key dynamic']);
  });

  it('quoted values, escapes and comments', () => {
    const [e] = endpoints('server { listen 443 ssl; # ssl_protocols SSLv3;\n  ssl_ciphers \'ECDHE+AESGCM:\\\'x\'; ssl_ecdh_curve "X25519";# c\n}');
    expect(view(e!)[2]).toBe("ciphers ECDHE+AESGCM:'x @n.conf:2:16 ssl_ciphers");
    expect(view(e!)[4]).toBe('groups X25519@n.conf:2:51');
  });
});
