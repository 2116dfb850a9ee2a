/**
 * OpenSSH 9.2p1 facts the sshd_config and ssh_config extractors need: the algorithms the programs support (what a `+`, `^`
 * or wildcard may name), the compiled-in default lists (what applies when a keyword is absent), and the keywords each program
 * knows. OpenSSH 9.2p1 is the version of Debian 12 (package openssh-server / openssh-client 1:9.2p1-2+deb12u*), the one
 * these lists were read from and the one CI checks against.
 *
 * Sources, all from the programs of that version:
 * - supported lists: `ssh -Q cipher`, `ssh -Q mac`, `ssh -Q kex`, `ssh -Q key-sig`, `ssh -Q sig`, `ssh -Q kex-gss`, in the order
 *   printed (the order matters: a wildcard expands in this order);
 * - server defaults: `sshd -T -f <file with only a HostKey line>`; client defaults: `ssh -G -F /dev/null <host>`; in 9.2p1 the
 *   two are the same for every list below;
 * - keywords: each candidate word (sshd_config(5), ssh_config(5), `sshd -T` / `ssh -G` output, the keyword table strings of
 *   the binaries) tried as a configuration line: `Bad configuration option` means unknown; a `Match User x` block refusing a
 *   keyword (`Directive '...' is not allowed within a Match block`) means global only.
 *
 * The supported lists and the default lists differ: 3des-cbc, the CBC modes, hmac-md5, diffie-hellman-group1-sha1, ssh-rsa
 * and ssh-dss are supported (a `+` may add them back) but are in no default list.
 * @module
 */

/** The OpenSSH version the defaults and keyword tables describe. */
export const OPENSSH_VERSION = '9.2p1';
/** How messages name it. */
export const OPENSSH_LABEL = 'OpenSSH 9.2';

/** The kinds of algorithm list; each has its own supported names and validity rule. */
export type AlgorithmKind = 'cipher' | 'mac' | 'kex' | 'key' | 'sig' | 'gss';

/** `ssh -Q cipher` (OpenSSH 9.2p1): ciphers a list may name. */
export const SUPPORTED_CIPHERS: readonly string[] = [
  '3des-cbc', 'aes128-cbc', 'aes192-cbc', 'aes256-cbc', 'aes128-ctr', 'aes192-ctr', 'aes256-ctr', 'aes128-gcm@openssh.com',
  'aes256-gcm@openssh.com', 'chacha20-poly1305@openssh.com',
];
/** `ssh -Q mac` (OpenSSH 9.2p1). */
export const SUPPORTED_MACS: readonly string[] = [
  'hmac-sha1', 'hmac-sha1-96', 'hmac-sha2-256', 'hmac-sha2-512', 'hmac-md5', 'hmac-md5-96', 'umac-64@openssh.com',
  'umac-128@openssh.com', 'hmac-sha1-etm@openssh.com', 'hmac-sha1-96-etm@openssh.com', 'hmac-sha2-256-etm@openssh.com',
  'hmac-sha2-512-etm@openssh.com', 'hmac-md5-etm@openssh.com', 'hmac-md5-96-etm@openssh.com', 'umac-64-etm@openssh.com',
  'umac-128-etm@openssh.com',
];
/** `ssh -Q kex` (OpenSSH 9.2p1). */
export const SUPPORTED_KEX: readonly string[] = [
  'diffie-hellman-group1-sha1', 'diffie-hellman-group14-sha1', 'diffie-hellman-group14-sha256', 'diffie-hellman-group16-sha512',
  'diffie-hellman-group18-sha512', 'diffie-hellman-group-exchange-sha1', 'diffie-hellman-group-exchange-sha256',
  'ecdh-sha2-nistp256', 'ecdh-sha2-nistp384', 'ecdh-sha2-nistp521', 'curve25519-sha256', 'curve25519-sha256@libssh.org',
  'sntrup761x25519-sha512', 'sntrup761x25519-sha512@openssh.com',
];
/**
 * `ssh -Q kex-gss` (Debian's GSSAPI key exchange patch): GSSAPIKexAlgorithms names. KexAlgorithms also accepts them as valid
 * names, but they are not key exchange methods of that list, so they never reach its effective value.
 */
export const SUPPORTED_GSS_KEX: readonly string[] = [
  'gss-gex-sha1-', 'gss-group1-sha1-', 'gss-group14-sha1-', 'gss-group14-sha256-', 'gss-group16-sha512-', 'gss-nistp256-sha256-',
  'gss-curve25519-sha256-',
];
/**
 * `ssh -Q key-sig` (OpenSSH 9.2p1): key types, certificate types and signature-only names, the names HostKeyAlgorithms,
 * PubkeyAcceptedAlgorithms and HostbasedAcceptedAlgorithms may name, and the names a key-type wildcard is tried against.
 */
export const SUPPORTED_KEYS: readonly string[] = [
  'ssh-ed25519', 'ssh-ed25519-cert-v01@openssh.com', 'sk-ssh-ed25519@openssh.com', 'sk-ssh-ed25519-cert-v01@openssh.com',
  'ecdsa-sha2-nistp256', 'ecdsa-sha2-nistp256-cert-v01@openssh.com', 'ecdsa-sha2-nistp384', 'ecdsa-sha2-nistp384-cert-v01@openssh.com',
  'ecdsa-sha2-nistp521', 'ecdsa-sha2-nistp521-cert-v01@openssh.com', 'sk-ecdsa-sha2-nistp256@openssh.com',
  'sk-ecdsa-sha2-nistp256-cert-v01@openssh.com', 'webauthn-sk-ecdsa-sha2-nistp256@openssh.com', 'ssh-dss', 'ssh-dss-cert-v01@openssh.com',
  'ssh-rsa', 'ssh-rsa-cert-v01@openssh.com', 'rsa-sha2-256', 'rsa-sha2-256-cert-v01@openssh.com', 'rsa-sha2-512',
  'rsa-sha2-512-cert-v01@openssh.com',
];
/** `ssh -Q sig` (OpenSSH 9.2p1): signature algorithms without certificates, what CASignatureAlgorithms may name. */
export const SUPPORTED_SIGS: readonly string[] = [
  'ssh-ed25519', 'sk-ssh-ed25519@openssh.com', 'ecdsa-sha2-nistp256', 'ecdsa-sha2-nistp384', 'ecdsa-sha2-nistp521',
  'sk-ecdsa-sha2-nistp256@openssh.com', 'webauthn-sk-ecdsa-sha2-nistp256@openssh.com', 'ssh-dss', 'ssh-rsa', 'rsa-sha2-256',
  'rsa-sha2-512',
];
/**
 * Short key type names OpenSSH also takes as valid in a key list (`RSA`, `ED25519`), found by trying them: `HostKeyAlgorithms
 * RSA,ssh-ed25519` passes sshd 9.2p1's check and leaves `ssh-ed25519`, since no algorithm is called `RSA`. Certificate short
 * names (`RSA-CERT`) are refused.
 */
export const KEY_SHORT_NAMES: readonly string[] = ['RSA', 'DSA', 'ECDSA', 'ED25519', 'ECDSA-SK', 'ED25519-SK'];

/** `sshd -T` / `ssh -G` with no such line (OpenSSH 9.2p1): Ciphers. */
export const DEFAULT_CIPHERS: readonly string[] = [
  'chacha20-poly1305@openssh.com', 'aes128-ctr', 'aes192-ctr', 'aes256-ctr', 'aes128-gcm@openssh.com', 'aes256-gcm@openssh.com',
];
/** `sshd -T` / `ssh -G` with no such line (OpenSSH 9.2p1): MACs. */
export const DEFAULT_MACS: readonly string[] = [
  'umac-64-etm@openssh.com', 'umac-128-etm@openssh.com', 'hmac-sha2-256-etm@openssh.com', 'hmac-sha2-512-etm@openssh.com',
  'hmac-sha1-etm@openssh.com', 'umac-64@openssh.com', 'umac-128@openssh.com', 'hmac-sha2-256', 'hmac-sha2-512', 'hmac-sha1',
];
/** `sshd -T` / `ssh -G` with no such line (OpenSSH 9.2p1): KexAlgorithms. */
export const DEFAULT_KEX: readonly string[] = [
  'sntrup761x25519-sha512', 'sntrup761x25519-sha512@openssh.com', 'curve25519-sha256', 'curve25519-sha256@libssh.org',
  'ecdh-sha2-nistp256', 'ecdh-sha2-nistp384', 'ecdh-sha2-nistp521', 'diffie-hellman-group-exchange-sha256',
  'diffie-hellman-group16-sha512', 'diffie-hellman-group18-sha512', 'diffie-hellman-group14-sha256',
];
/**
 * `sshd -T` / `ssh -G` with no such line (OpenSSH 9.2p1): HostKeyAlgorithms, PubkeyAcceptedAlgorithms and
 * HostbasedAcceptedAlgorithms share this list.
 */
export const DEFAULT_KEYS: readonly string[] = [
  'ssh-ed25519-cert-v01@openssh.com', 'ecdsa-sha2-nistp256-cert-v01@openssh.com', 'ecdsa-sha2-nistp384-cert-v01@openssh.com',
  'ecdsa-sha2-nistp521-cert-v01@openssh.com', 'sk-ssh-ed25519-cert-v01@openssh.com', 'sk-ecdsa-sha2-nistp256-cert-v01@openssh.com',
  'rsa-sha2-512-cert-v01@openssh.com', 'rsa-sha2-256-cert-v01@openssh.com', 'ssh-ed25519', 'ecdsa-sha2-nistp256',
  'ecdsa-sha2-nistp384', 'ecdsa-sha2-nistp521', 'sk-ssh-ed25519@openssh.com', 'sk-ecdsa-sha2-nistp256@openssh.com', 'rsa-sha2-512',
  'rsa-sha2-256',
];
/** `sshd -T` / `ssh -G` with no such line (OpenSSH 9.2p1): CASignatureAlgorithms. */
export const DEFAULT_CA_SIGS: readonly string[] = [
  'ssh-ed25519', 'ecdsa-sha2-nistp256', 'ecdsa-sha2-nistp384', 'ecdsa-sha2-nistp521', 'sk-ssh-ed25519@openssh.com',
  'sk-ecdsa-sha2-nistp256@openssh.com', 'rsa-sha2-512', 'rsa-sha2-256',
];
/**
 * `sshd -T` / `ssh -G` with no such line (Debian's OpenSSH 9.2p1): GSSAPIKexAlgorithms, used only with GSSAPIKeyExchange yes
 * (default no), so the extractors report it only where it is written.
 */
export const DEFAULT_GSS_KEX: readonly string[] = [
  'gss-group14-sha256-', 'gss-group16-sha512-', 'gss-nistp256-sha256-', 'gss-curve25519-sha256-', 'gss-group14-sha1-', 'gss-gex-sha1-',
];

/** The host keys sshd loads when no HostKey line is given (sshd_config(5) HostKey; `sshd -T -f /dev/null` on 9.2p1). */
export const DEFAULT_HOST_KEYS: readonly string[] = ['/etc/ssh/ssh_host_rsa_key', '/etc/ssh/ssh_host_ecdsa_key', '/etc/ssh/ssh_host_ed25519_key'];

/** An algorithm-list keyword: the name `sshd -T` / `ssh -G` prints, how its names are checked, and its defaults. */
export interface AlgorithmKeyword {
  /** The keyword as the manual spells it; also the lowercase key of `sshd -T` output (`ciphers`). */
  readonly name: string;
  /** Lowercase spellings that set it (`pubkeyacceptedkeytypes` is the old name of PubkeyAcceptedAlgorithms). */
  readonly aliases: readonly string[];
  readonly kind: AlgorithmKind;
  /** The compiled-in default. */
  readonly defaults: readonly string[];
  /** What `+`, `^` and wildcards may name, in the order a wildcard expands. */
  readonly supported: readonly string[];
  /** Whether the value takes `+`, `-`, `^` and wildcards (GSSAPIKexAlgorithms takes a plain list). */
  readonly modifiers: boolean;
  /** Whether the default is reported when the keyword is absent (the default of an unused feature is not). */
  readonly reportDefault: boolean;
}

const KEYWORDS_COMMON: readonly AlgorithmKeyword[] = [
  { name: 'Ciphers', aliases: ['ciphers'], kind: 'cipher', defaults: DEFAULT_CIPHERS, supported: SUPPORTED_CIPHERS, modifiers: true, reportDefault: true },
  { name: 'MACs', aliases: ['macs'], kind: 'mac', defaults: DEFAULT_MACS, supported: SUPPORTED_MACS, modifiers: true, reportDefault: true },
  { name: 'KexAlgorithms', aliases: ['kexalgorithms'], kind: 'kex', defaults: DEFAULT_KEX, supported: SUPPORTED_KEX, modifiers: true, reportDefault: true },
  { name: 'HostKeyAlgorithms', aliases: ['hostkeyalgorithms'], kind: 'key', defaults: DEFAULT_KEYS, supported: SUPPORTED_KEYS, modifiers: true, reportDefault: true },
  {
    name: 'PubkeyAcceptedAlgorithms', aliases: ['pubkeyacceptedalgorithms', 'pubkeyacceptedkeytypes'], kind: 'key', defaults: DEFAULT_KEYS,
    supported: SUPPORTED_KEYS, modifiers: true, reportDefault: true,
  },
  { name: 'CASignatureAlgorithms', aliases: ['casignaturealgorithms'], kind: 'sig', defaults: DEFAULT_CA_SIGS, supported: SUPPORTED_SIGS, modifiers: true, reportDefault: true },
  { name: 'GSSAPIKexAlgorithms', aliases: ['gssapikexalgorithms'], kind: 'gss', defaults: DEFAULT_GSS_KEX, supported: SUPPORTED_GSS_KEX, modifiers: false, reportDefault: false },
];

/** sshd_config's algorithm lists (sshd_config(5)); HostbasedAcceptedKeyTypes is the old name of HostbasedAcceptedAlgorithms. */
export const SSHD_ALGORITHM_KEYWORDS: readonly AlgorithmKeyword[] = [
  ...KEYWORDS_COMMON,
  {
    name: 'HostbasedAcceptedAlgorithms', aliases: ['hostbasedacceptedalgorithms', 'hostbasedacceptedkeytypes'], kind: 'key',
    defaults: DEFAULT_KEYS, supported: SUPPORTED_KEYS, modifiers: true, reportDefault: false,
  },
];
/** ssh_config's algorithm lists (ssh_config(5)); there the old name of HostbasedAcceptedAlgorithms is HostbasedKeyTypes. */
export const SSH_ALGORITHM_KEYWORDS: readonly AlgorithmKeyword[] = [
  ...KEYWORDS_COMMON,
  {
    name: 'HostbasedAcceptedAlgorithms', aliases: ['hostbasedacceptedalgorithms', 'hostbasedkeytypes'], kind: 'key',
    defaults: DEFAULT_KEYS, supported: SUPPORTED_KEYS, modifiers: true, reportDefault: false,
  },
];

/** Every keyword sshd 9.2p1 (Debian) accepts, lowercase, including deprecated and unsupported ones it only warns about. */
export const SSHD_KEYWORDS: ReadonlySet<string> = new Set([
  'acceptenv', 'addressfamily', 'afstokenpassing', 'allowagentforwarding', 'allowgroups', 'allowstreamlocalforwarding',
  'allowtcpforwarding', 'allowusers', 'authenticationmethods', 'authorizedkeyscommand', 'authorizedkeyscommanduser',
  'authorizedkeysfile', 'authorizedkeysfile2', 'authorizedprincipalscommand', 'authorizedprincipalscommanduser',
  'authorizedprincipalsfile', 'banner', 'casignaturealgorithms', 'challengeresponseauthentication', 'channeltimeout', 'checkmail',
  'chrootdirectory', 'ciphers', 'clientalivecountmax', 'clientaliveinterval', 'compression', 'debianbanner', 'denygroups', 'denyusers',
  'disableforwarding', 'dsaauthentication', 'exposeauthinfo', 'fingerprinthash', 'forcecommand', 'gatewayports',
  'gssapiauthentication', 'gssapicleanupcredentials', 'gssapicleanupcreds', 'gssapikexalgorithms', 'gssapikeyexchange',
  'gssapistorecredentialsonrekey', 'gssapistrictacceptorcheck', 'gssapiusesessioncredcache', 'gssusesessionccache',
  'hostbasedacceptedalgorithms', 'hostbasedacceptedkeytypes', 'hostbasedauthentication', 'hostbasedusesnamefrompacketonly',
  'hostcertificate', 'hostdsakey', 'hostkey', 'hostkeyagent', 'hostkeyalgorithms', 'ignorerhosts', 'ignoreuserknownhosts', 'include',
  'ipqos', 'kbdinteractiveauthentication', 'kerberosauthentication', 'kerberosgetafstoken', 'kerberosorlocalpasswd',
  'kerberostgtpassing', 'kerberosticketcleanup', 'kexalgorithms', 'keyregenerationinterval', 'listenaddress', 'logingracetime',
  'loglevel', 'logverbose', 'macs', 'match', 'maxauthtries', 'maxsessions', 'maxstartups', 'modulifile', 'pamauthenticationviakbdint',
  'passwordauthentication', 'permitblacklistedkeys', 'permitemptypasswords', 'permitlisten', 'permitopen', 'permitrootlogin',
  'permittty', 'permittunnel', 'permituserenvironment', 'permituserrc', 'persourcemaxstartups', 'persourcenetblocksize', 'pidfile',
  'port', 'printlastlog', 'printmotd', 'protocol', 'pubkeyacceptedalgorithms', 'pubkeyacceptedkeytypes', 'pubkeyauthentication',
  'pubkeyauthoptions', 'rdomain', 'rekeylimit', 'requiredrsasize', 'reversemappingcheck', 'revokedkeys', 'rhostsauthentication',
  'rhostsrsaauthentication', 'securitykeyprovider', 'serverkeybits', 'setenv', 'skeyauthentication', 'streamlocalbindmask',
  'streamlocalbindunlink', 'strictmodes', 'subsystem', 'syslogfacility', 'tcpkeepalive', 'trustedusercakeys',
  'unusedconnectiontimeout', 'usedns', 'uselogin', 'usepam', 'useprivilegeseparation', 'verifyreversemapping', 'versionaddendum',
  'x11displayoffset', 'x11forwarding', 'x11uselocalhost', 'xauthlocation',
]);

/** The sshd keywords a Match block may hold (sshd 9.2p1); any other one there makes sshd refuse the file. */
export const SSHD_MATCH_KEYWORDS: ReadonlySet<string> = new Set([
  'acceptenv', 'allowagentforwarding', 'allowgroups', 'allowstreamlocalforwarding', 'allowtcpforwarding', 'allowusers',
  'authenticationmethods', 'authorizedkeyscommand', 'authorizedkeyscommanduser', 'authorizedkeysfile', 'authorizedkeysfile2',
  'authorizedprincipalscommand', 'authorizedprincipalscommanduser', 'authorizedprincipalsfile', 'banner', 'casignaturealgorithms',
  'challengeresponseauthentication', 'channeltimeout', 'chrootdirectory', 'clientalivecountmax', 'clientaliveinterval', 'denygroups', 'denyusers', 'disableforwarding',
  'exposeauthinfo', 'forcecommand', 'gatewayports', 'gssapiauthentication', 'hostbasedacceptedalgorithms',
  'hostbasedacceptedkeytypes', 'hostbasedauthentication', 'hostbasedusesnamefrompacketonly', 'ignorerhosts', 'include', 'ipqos',
  'kbdinteractiveauthentication', 'kerberosauthentication', 'loglevel', 'logverbose', 'match', 'maxauthtries', 'maxsessions',
  'passwordauthentication', 'permitemptypasswords', 'permitlisten', 'permitopen', 'permitrootlogin', 'permittty', 'permittunnel',
  'permituserrc', 'pubkeyacceptedalgorithms', 'pubkeyacceptedkeytypes', 'pubkeyauthentication', 'pubkeyauthoptions', 'rdomain', 'rekeylimit',
  'requiredrsasize', 'revokedkeys', 'rhostsrsaauthentication', 'setenv', 'skeyauthentication', 'streamlocalbindmask',
  'streamlocalbindunlink', 'trustedusercakeys', 'unusedconnectiontimeout', 'x11displayoffset', 'x11forwarding', 'x11uselocalhost',
]);

/** Every keyword ssh 9.2p1 (Debian) accepts in ssh_config, lowercase, including deprecated and unsupported ones. */
export const SSH_KEYWORDS: ReadonlySet<string> = new Set([
  'addkeystoagent', 'addressfamily', 'afstokenpassing', 'batchmode', 'bindaddress', 'bindinterface', 'canonicaldomains',
  'canonicalizefallbacklocal', 'canonicalizehostname', 'canonicalizemaxdots', 'canonicalizepermittedcnames', 'casignaturealgorithms',
  'certificatefile', 'challengeresponseauthentication', 'checkhostip', 'cipher', 'ciphers', 'clearallforwardings', 'compression',
  'compressionlevel', 'connectionattempts', 'connecttimeout', 'controlmaster', 'controlpath', 'controlpersist', 'dsaauthentication',
  'dynamicforward', 'enableescapecommandline', 'enablesshkeysign', 'escapechar', 'exitonforwardfailure', 'fallbacktorsh',
  'fingerprinthash', 'forkafterauthentication', 'forwardagent', 'forwardx11', 'forwardx11timeout', 'forwardx11trusted',
  'gatewayports', 'globalknownhostsfile', 'globalknownhostsfile2', 'gssapiauthentication', 'gssapiclientidentity',
  'gssapidelegatecredentials', 'gssapikexalgorithms', 'gssapikeyexchange', 'gssapirenewalforcesrekey', 'gssapiserveridentity',
  'gssapitrustdns', 'hashknownhosts', 'host', 'hostbasedacceptedalgorithms', 'hostbasedauthentication', 'hostbasedkeytypes',
  'hostkeyalgorithms', 'hostkeyalias', 'hostname', 'identitiesonly', 'identityagent', 'identityfile', 'identityfile2',
  'ignoreunknown', 'include', 'ipqos', 'kbdinteractiveauthentication', 'kbdinteractivedevices', 'kerberosauthentication',
  'kerberostgtpassing', 'kexalgorithms', 'knownhostscommand', 'localcommand', 'localforward', 'loglevel', 'logverbose', 'macs',
  'match', 'nohostauthenticationforlocalhost', 'numberofpasswordprompts', 'passwordauthentication', 'permitlocalcommand',
  'permitremoteopen', 'pkcs11provider', 'port', 'preferredauthentications', 'protocol', 'protocolkeepalives', 'proxycommand',
  'proxyjump', 'proxyusefdpass', 'pubkeyacceptedalgorithms', 'pubkeyacceptedkeytypes', 'pubkeyauthentication', 'rekeylimit',
  'remotecommand', 'remoteforward', 'requesttty', 'requiredrsasize', 'revokedhostkeys', 'rhostsauthentication',
  'rhostsrsaauthentication', 'securitykeyprovider', 'sendenv', 'serveralivecountmax', 'serveraliveinterval', 'sessiontype',
  'setuptimeout', 'skeyauthentication', 'smartcarddevice', 'stdinnull', 'streamlocalbindmask', 'streamlocalbindunlink',
  'stricthostkeychecking', 'syslogfacility', 'tcpkeepalive', 'tisauthentication', 'tunnel', 'tunneldevice', 'updatehostkeys',
  'useblacklistedkeys', 'useprivilegedport', 'user', 'userknownhostsfile', 'userknownhostsfile2', 'useroaming', 'usersh',
  'verifyhostkeydns', 'visualhostkey', 'xauthlocation',
]);

/** sshd Match criteria (sshd_config(5) Match, 9.2p1); `all` stands alone. */
export const SSHD_MATCH_CRITERIA: ReadonlySet<string> = new Set(['all', 'user', 'group', 'host', 'address', 'localaddress', 'localport', 'rdomain']);
/** ssh Match criteria (ssh_config(5) Match, 9.2p1): `all`, `canonical` and `final` take no argument. */
export const SSH_MATCH_CRITERIA: ReadonlySet<string> = new Set(['all', 'canonical', 'final', 'exec', 'host', 'originalhost', 'user', 'localuser']);
