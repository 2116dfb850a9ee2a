import { describe, expect, it } from 'vitest';
import { apacheEndpoints, readApache, type ApacheReadOptions } from '../../../src/extract/apache/endpoints.js';
import { parseApache } from '../../../src/extract/apache/parser.js';
import { brief, fixture, include, memoryInclude, ROOT, view } from '../nginx/helpers.js';

const FX = 'test/fixtures/apache';
function read(rel: string, extra: Partial<ApacheReadOptions> = {}) {
  const f = fixture(`${FX}/${rel}`);
  return readApache(f.text, { path: f.path, absolutePath: f.absolutePath, include, ...extra });
}
const SUITES = 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256';

describe('Apache fixtures: good', () => {
  it('debian: server-wide settings from mods-enabled/ssl.conf reach the virtual host in sites-enabled', () => {
    const r = read('debian/apache2.conf');
    expect(r.problems).toEqual([]);
    expect(r.files).toEqual([`${FX}/debian/apache2.conf`, `${FX}/debian/mods-enabled/ssl.conf`, `${FX}/debian/sites-enabled/default-ssl.conf`]);
    expect(r.endpoints.map(view)).toEqual([[
      'name <VirtualHost *:443> www.example.jp',
      'protocols TLSv1@ssl.conf:4:14 TLSv1.1@ssl.conf:4:14 TLSv1.2@ssl.conf:4:14 TLSv1.3@ssl.conf:4:14',
      'ciphers HIGH:!aNULL:!aNULL:!eNULL @ssl.conf:3:17 SSLCipherSuite',
      `suites ${SUITES} @default-ssl.conf:1:2 default SSLCipherSuite TLSv1.3`,
      'certificate /etc/ssl/certs/ssl-cert-snakeoil.pem key /etc/ssl/private/ssl-cert-snakeoil.key',
    ]]);
    expect(r.endpoints[0]!.preferServerCiphers?.value).toBe(true);
  });

  it('letsencrypt: the certbot options file, included in the virtual host, switches TLS on and sets the list', () => {
    const r = read('letsencrypt/example.com-le-ssl.conf');
    expect(r.problems).toEqual([]);
    expect(r.endpoints.map(view)).toEqual([[
      'name <VirtualHost *:443> example.com',
      'protocols TLSv1.2@options-ssl-apache.conf:4:25 TLSv1.3@options-ssl-apache.conf:4:25',
      'ciphers ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:'
        + 'ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384:!aNULL:!eNULL'
        + ' @options-ssl-apache.conf:5:25 SSLCipherSuite',
      `suites ${SUITES} @example.com-le-ssl.conf:2:2 default SSLCipherSuite TLSv1.3`,
      'certificate /etc/letsencrypt/live/example.com/fullchain.pem key /etc/letsencrypt/live/example.com/privkey.pem',
    ]]);
  });

  it('the options file scanned alone is a fragment: what it sets, no defaults', () => {
    const r = read('letsencrypt/options-ssl-apache.conf');
    expect(r.endpoints.map((e) => view(e).slice(0, 2))).toEqual([[
      `name ${FX}/letsencrypt/options-ssl-apache.conf (fragment)`, 'protocols TLSv1.2@options-ssl-apache.conf:4:25 TLSv1.3@options-ssl-apache.conf:4:25',
    ]]);
    expect(r.endpoints[0]!.ciphersuites).toBeUndefined();
  });

  it('hardened: the TLSv1.3 form of SSLCipherSuite, SSLOpenSSLConfCmd curves and signature algorithms', () => {
    const r = read('hardened/ssl.conf');
    expect(r.problems).toEqual([]);
    expect(r.endpoints.map(view)).toEqual([[
      'name <VirtualHost *:443> secure.example.org',
      'protocols TLSv1.3@ssl.conf:2:19',
      'ciphers DEFAULT @ssl.conf:8:2 default SSLCipherSuite',
      'suites TLS_AES_256_GCM_SHA384:TLS_AES_128_GCM_SHA256 @ssl.conf:3:24 SSLCipherSuite TLSv1.3',
      'groups X25519@ssl.conf:4:26 secp384r1@ssl.conf:4:33',
      'sigalgs ECDSA+SHA256@ssl.conf:5:39 RSA-PSS+SHA256@ssl.conf:5:52',
      'certificate /etc/pki/tls/certs/secure.example.org.crt key /etc/pki/tls/private/secure.example.org.key',
    ]]);
  });

  it('legacy: SSLProtocol all, and a cipher string continued on the next line is joined as httpd joins it', () => {
    const r = read('legacy/ssl.conf');
    expect(r.problems).toEqual([]);
    const e = r.endpoints[0]!;
    expect(view(e).slice(0, 2)).toEqual([
      'name <VirtualHost _default_:443> legacy.example.net',
      'protocols TLSv1@ssl.conf:5:17 TLSv1.1@ssl.conf:5:17 TLSv1.2@ssl.conf:5:17 TLSv1.3@ssl.conf:5:17',
    ]);
    expect(e.cipherString!.value).toBe('RC4-SHA:DES-CBC3-SHA:AES128-SHA:AES256-SHA:!aNULL:!eNULL');
    expect(e.cipherString!.origin.location).toEqual({ path: `${FX}/legacy/ssl.conf`, line: 6, column: 20 });
    expect(e.certificates![0]!.absolutePath).toBe(`${ROOT}/${FX}/legacy/conf/ssl/legacy.crt`);
  });

  it('defaults-only: mod_ssl 2.4 defaults at the <VirtualHost> line, TLS 1.0 and 1.1 included', () => {
    const e = read('defaults-only/site.conf').endpoints[0]!;
    expect(view(e)).toEqual([
      'name <VirtualHost *:443> intranet.example.jp',
      'protocols TLSv1@site.conf:1:2 default TLSv1.1@site.conf:1:2 default TLSv1.2@site.conf:1:2 default TLSv1.3@site.conf:1:2 default',
      'ciphers DEFAULT @site.conf:1:2 default SSLCipherSuite',
      `suites ${SUITES} @site.conf:1:2 default SSLCipherSuite TLSv1.3`,
      'certificate /etc/ssl/intranet.pem key /etc/ssl/intranet.key',
    ]);
    expect(e.protocols![0]!.origin.defaultOf!.en).toBe('Apache httpd 2.4.17+ mod_ssl default (SSLProtocol all -SSLv3)');
    expect(e.cipherString!.origin.defaultOf!.en).toMatch(/^OpenSSL's default cipher list/);
  });
});

describe('Apache fixtures: malformed', () => {
  it('an unclosed <VirtualHost> is reported at its line and still read', () => {
    const r = read('malformed/unclosed-vhost.conf');
    expect(brief(r.problems)).toEqual(['parse-error unclosed-vhost.conf:1:2 Apache httpd: <VirtualHost> is never closed: </VirtualHost> is missing']);
    expect(view(r.endpoints[0]!)[1]).toBe('protocols TLSv1.1@unclosed-vhost.conf:4:26 TLSv1.2@unclosed-vhost.conf:4:17');
  });

  it('an unterminated quote is reported at the quote; the value runs to the end of the line as httpd reads it', () => {
    const r = read('malformed/unterminated-quote.conf');
    expect(brief(r.problems)).toEqual(['parse-error unterminated-quote.conf:4:20 Apache httpd: unterminated quoted string: the closing " is missing (httpd takes the rest of the line)']);
    expect(view(r.endpoints[0]!).slice(1, 3)).toEqual([
      'protocols TLSv1@unterminated-quote.conf:5:23 TLSv1.2@unterminated-quote.conf:5:30',
      'ciphers DES-CBC3-SHA:AES128-GCM-SHA256:!aNULL:!eNULL @unterminated-quote.conf:4:21 SSLCipherSuite',
    ]);
  });

  it('a "#" after a directive, a bad SSLCipherSuite protocol and mismatched section ends: each reported, the rest read', () => {
    const r = read('malformed/bad-protocol.conf');
    expect(brief(r.problems)).toEqual([
      'parse-error bad-protocol.conf:4:28 Apache httpd: "#" after SSLProtocol is not a comment: httpd reads "# keep TLS 1.0 for the old scanners" as arguments (a comment must be on a line of its own)',
      'parse-error bad-protocol.conf:5:20 Apache httpd: SSLCipherSuite: protocol "SSLv9" is not supported (SSL or TLSv1.3)',
      'parse-error bad-protocol.conf:7:1 Apache httpd: expected </VirtualHost> but saw </IfModule>',
      'parse-error bad-protocol.conf:9:1 Apache httpd: </VirtualHost> without a matching <VirtualHost>',
    ]);
    expect(view(r.endpoints[0]!)[1]).toBe('protocols TLSv1@bad-protocol.conf:4:17 TLSv1.1@bad-protocol.conf:4:17 TLSv1.2@bad-protocol.conf:4:17 TLSv1.3@bad-protocol.conf:4:17');
  });
});

describe('Apache semantics', () => {
  const endpoints = (text: string) => apacheEndpoints(text, { path: 'a.conf' });
  const protocols = (spec: string) => endpoints(`<VirtualHost *:443>\nSSLEngine on\nSSLProtocol ${spec}\n</VirtualHost>\n`)[0]!.protocols!
    .map((p) => `${p.value}@${p.origin.location.column}`);

  it('SSLProtocol: a bare word replaces, + adds, - removes, all is TLSv1 to TLSv1.3; case-insensitive', () => {
    expect(protocols('TLSv1.2')).toEqual(['TLSv1.2@13']);
    expect(protocols('-all +TLSv1.2 +TLSv1.3')).toEqual(['TLSv1.2@19', 'TLSv1.3@28']);
    expect(protocols('ALL -tlsv1 -TLSv1.1')).toEqual(['TLSv1.2@13', 'TLSv1.3@13']);
    expect(protocols('all -SSLv2 +SSLv3')).toEqual(['SSLv3@25', 'TLSv1@13', 'TLSv1.1@13', 'TLSv1.2@13', 'TLSv1.3@13']);
    expect(protocols('TLSv1 TLSv1.2')).toEqual(['TLSv1.2@19']);
    const r = readApache('SSLProtocol +SSLv2 TLSv1.4\n', { path: 'a.conf' });
    expect(brief(r.problems)).toEqual([
      'parse-error a.conf:1:14 Apache httpd: SSLProtocol: illegal protocol "+SSLv2" (mod_ssl 2.4 knows all, SSLv3, TLSv1, TLSv1.1, TLSv1.2, TLSv1.3)',
      'parse-error a.conf:1:20 Apache httpd: SSLProtocol: illegal protocol "TLSv1.4" (mod_ssl 2.4 knows all, SSLv3, TLSv1, TLSv1.1, TLSv1.2, TLSv1.3)',
    ]);
  });

  it('SSLEngine on in the server configuration reaches every virtual host; off in a host turns it off', () => {
    const es = endpoints('SSLEngine on\nSSLProtocol TLSv1.2\n<VirtualHost a:443>\n</VirtualHost>\n<VirtualHost b:80>\nSSLEngine off\n</VirtualHost>\n');
    expect(es.map((e) => e.name)).toEqual(['<VirtualHost a:443>', 'a.conf']);
    expect(es[1]!.fragment).toBe(true);
    const main = apacheEndpoints('ServerRoot /srv/httpd\nSSLEngine on\n', { path: 'httpd.conf' });
    expect(main.map((e) => [e.name, e.fragment ?? false, e.protocols?.length])).toEqual([['main server', false, 4]]);
  });

  it('SSLOpenSSLConfCmd lists are appended, server configuration first, and override SSLProtocol and SSLCipherSuite', () => {
    const [e] = endpoints([
      'SSLOpenSSLConfCmd Groups X448', 'SSLOpenSSLConfCmd CipherString ECDHE+AESGCM',
      '<VirtualHost *:443>', 'SSLEngine on', 'SSLProtocol all', 'SSLCipherSuite HIGH', 'sslopensslconfcmd groups X25519', 'SSLOpenSSLConfCmd MinProtocol TLSv1.2', '</VirtualHost>',
    ].join('\n'));
    expect(view(e!).slice(1, 5)).toEqual([
      'protocols TLSv1.2@a.conf:5:13 TLSv1.3@a.conf:5:13',
      'ciphers ECDHE+AESGCM @a.conf:2:32 SSLOpenSSLConfCmd CipherString',
      `suites ${SUITES} @a.conf:3:2 default SSLCipherSuite TLSv1.3`,
      'groups X25519@a.conf:7:26',
    ]);
  });

  it('<IfModule> and <IfDefine> are read as if true; <Directory> and <Location> are not read', () => {
    const [e] = endpoints('<IfModule !mod_ssl.c>\n<IfDefine SSL>\nSSLProtocol TLSv1\n</IfDefine>\n</IfModule>\n<VirtualHost *:443>\nSSLEngine on\n<Location />\nSSLCipherSuite NULL\n</Location>\n</VirtualHost>\n');
    expect(view(e!).slice(1, 3)).toEqual(['protocols TLSv1@a.conf:3:13', 'ciphers DEFAULT @a.conf:6:2 default SSLCipherSuite']);
  });

  it('Include follows ServerRoot, IncludeOptional is quiet about missing files, Include is not', () => {
    const files = { '/srv/httpd/conf.d/tls.conf': 'SSLProtocol TLSv1.1\n' };
    const text = 'ServerRoot /srv/httpd\nInclude conf.d/tls.conf\nIncludeOptional conf.d/none.conf\nInclude /etc/missing.conf\n<VirtualHost *:443>\nSSLEngine on\n</VirtualHost>\n';
    const r = readApache(text, { path: 'httpd.conf', absolutePath: '/elsewhere/httpd.conf', include: memoryInclude(files) });
    expect(brief(r.problems)).toEqual(['dynamic httpd.conf:4:9 /etc/missing.conf']);
    expect(r.endpoints.map(view)).toEqual([['name <VirtualHost *:443> (fragment)', 'protocols TLSv1.1@tls.conf:1:13']]);
  });

  it('an absolute Include into /etc/httpd reads the scanned copy; include loops end', () => {
    const files = {
      '/repo/etc/httpd/conf.d/ssl.conf': 'SSLProtocol TLSv1.2\nInclude /etc/httpd/conf.d/ssl.conf\n',
    };
    const r = readApache('Include /etc/httpd/conf.d/*.conf\n', { path: 'etc/httpd/conf/httpd.conf', absolutePath: '/repo/etc/httpd/conf/httpd.conf', include: (p, b) => {
      const abs = p.replace('*.conf', 'ssl.conf');
      return memoryInclude(files)(abs, b);
    } });
    expect(brief(r.problems)).toEqual(['parse-error ssl.conf:2:9 Apache httpd: include loop: repo/etc/httpd/conf.d/ssl.conf includes itself through this line; not followed again']);
    expect(view(r.endpoints[0]!)[1]).toBe('protocols TLSv1.2@ssl.conf:1:13');
  });

  it('the parser: continuation lines, quotes with escaped quotes, comments only at the start of a line', () => {
    const { directives, problems } = parseApache('# c \\\ncontinued comment\nA "x \\" y" \'z\'\nB one\\\n  two\n');
    expect(problems).toEqual([]);
    expect(directives.map((d) => [d.name.text, ...d.args.map((a) => `${a.text}@${a.line}:${a.column}`)])).toEqual([
      ['A', 'x " y@3:4', 'z@3:13'],
      ['B', 'one@4:3', 'two@5:3'],
    ]);
  });
});
