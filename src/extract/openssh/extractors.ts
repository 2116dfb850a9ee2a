/**
 * The `sshd` and `ssh` extractors (sshd_config(5), ssh_config(5); OpenSSH 9.2p1 semantics): every algorithm of the effective
 * Ciphers, MACs, KexAlgorithms, HostKeyAlgorithms, PubkeyAcceptedAlgorithms (and PubkeyAcceptedKeyTypes),
 * CASignatureAlgorithms and HostbasedAcceptedAlgorithms lists, for the global section and for each Match / Host block, at
 * the token that names it (a compiled-in default at the modifier that keeps it, or at the top of the file); GSSAPIKexAlgorithms
 * where written; sshd host keys whose type can be read from the `.pub` file next to them; and a `parse-error` at every line
 * the program would refuse. `extract` is synchronous, so that `checkConfig(text, { format: 'sshd' })` can use it.
 *
 * Drop-in fragments (`sshd_config.d/*.conf`, `ssh_config.d/*.conf`) that the main file next to them includes are reported
 * through that file, once; a fragment read alone gives what it writes, without defaults, since the main file decides those.
 * @module
 */
import type { Extraction, ExtractContext, Extractor } from '../../scan/types.js';
import type { OpenSshContext } from './context.js';
import { OPENSSH_LABEL, SSH_ALGORITHM_KEYWORDS, SSHD_ALGORITHM_KEYWORDS } from './defaults.js';
import { listExtractions, problemExtractions } from './extractions.js';
import { readPublicKeyLine } from './hostkey.js';
import { pathTarget, readSource, type SourceFile } from './source.js';
import { effectiveSshAlgorithms } from './ssh.js';
import { effectiveSshdAlgorithms, type HostKeyRef } from './sshd.js';

/**
 * Whether a path (forward slashes) is an sshd_config or one of its drop-in fragments.
 * @example
 * isSshdConfigPath('etc/ssh/sshd_config.d/50-cloud-init.conf'); // true
 */
export function isSshdConfigPath(path: string): boolean {
  return /(?:^|\/)sshd_config$/.test(path) || /(?:^|\/)sshd_config\.d\/[^/]+\.conf$/.test(path);
}

/**
 * Whether a path (forward slashes) is an ssh_config, one of its drop-in fragments, or a user's `~/.ssh/config`.
 * @example
 * isSshConfigPath('home/ann/.ssh/config'); // true
 */
export function isSshConfigPath(path: string): boolean {
  return /(?:^|\/)ssh_config$/.test(path) || /(?:^|\/)ssh_config\.d\/[^/]+\.conf$/.test(path) || /(?:^|\/)\.ssh\/config$/.test(path);
}

/** The extractor of sshd_config files (id `sshd`). */
export const sshdConfigExtractor: Extractor = {
  id: 'sshd',
  matches: (path) => isSshdConfigPath(path),
  extract: (content, ctx) => extractSshdConfig(text(content), ctx),
};

/** The extractor of ssh_config files (id `ssh`). */
export const sshConfigExtractor: Extractor = {
  id: 'ssh',
  matches: (path) => isSshConfigPath(path),
  extract: (content, ctx) => extractSshConfig(text(content), ctx),
};

function text(content: string | Uint8Array): string {
  return typeof content === 'string' ? content : new TextDecoder().decode(content);
}

/** The context of an extractor as the readers want it. */
function readerContext(ctx: Pick<ExtractContext, 'path'> & Partial<ExtractContext>): OpenSshContext {
  return { path: ctx.path, ...(ctx.absolutePath ? { absolutePath: ctx.absolutePath } : {}), ...(ctx.include ? { include: ctx.include } : {}) };
}

/**
 * The extractions of an sshd_config. Never throws.
 * @example
 * extractSshdConfig('Ciphers aes128-ctr,3des-cbc\n', { path: 'sshd_config' });
 * // [{ kind: 'usage', input: 'aes128-ctr', location: { line: 1, column: 9, ... } }, { kind: 'usage', input: '3des-cbc', ... }, ...defaults]
 */
export function extractSshdConfig(source: string, ctx: Pick<ExtractContext, 'path'> & Partial<ExtractContext>): Extraction[] {
  const rctx = readerContext(ctx);
  const fragment = fragmentOf(rctx, 'sshd_config');
  if (fragment === 'covered') return [];
  const a = effectiveSshdAlgorithms(source, rctx);
  const whole = fragment !== 'alone';
  const out: Extraction[] = [
    ...listExtractions({ lists: a.global, keywords: SSHD_ALGORITHM_KEYWORDS, defaults: whole, file: a.root }),
    ...a.blocks.flatMap((b) => listExtractions({ lists: b.lists, block: b.label, keywords: SSHD_ALGORITHM_KEYWORDS, defaults: false, file: a.root })),
    ...hostKeyExtractions(whole ? a.hostKeys : a.hostKeys.filter((h) => h.location), rctx, a.root),
    ...problemExtractions(a.problems),
  ];
  return out;
}

/**
 * The extractions of an ssh_config (system-wide, drop-in, or a user's `~/.ssh/config`). Never throws.
 * @example
 * extractSshConfig('Host legacy\n  MACs hmac-md5\n', { path: '.ssh/config' });
 * // [{ kind: 'usage', input: 'hmac-md5', location: { line: 2, column: 8, ... }, context: { en: 'MACs in Host legacy', ... } }, ...defaults]
 */
export function extractSshConfig(source: string, ctx: Pick<ExtractContext, 'path'> & Partial<ExtractContext>): Extraction[] {
  const rctx = readerContext(ctx);
  const fragment = fragmentOf(rctx, 'ssh_config');
  if (fragment === 'covered') return [];
  const a = effectiveSshAlgorithms(source, rctx);
  return [
    ...listExtractions({ lists: a.global, keywords: SSH_ALGORITHM_KEYWORDS, defaults: fragment !== 'alone', file: a.root }),
    ...a.blocks.flatMap((b) => listExtractions({ lists: b.lists, block: b.label, keywords: SSH_ALGORITHM_KEYWORDS, defaults: false, file: a.root })),
    ...problemExtractions(a.problems),
  ];
}

/**
 * Whether a file is a drop-in fragment (`<dir>/sshd_config.d/x.conf`), and if so whether the main file next to the folder
 * includes it (`covered`: it is reported through that file) or not (`alone`).
 */
function fragmentOf(ctx: OpenSshContext, mainName: 'sshd_config' | 'ssh_config'): 'covered' | 'alone' | undefined {
  const abs = ctx.absolutePath?.replace(/\\/g, '/');
  const m = abs === undefined ? undefined : new RegExp(`^(.*)/${mainName}\\.d/[^/]+$`).exec(abs);
  if (!m) return /\.d\/[^/]+\.conf$/.test(ctx.path) ? 'alone' : undefined;
  if (!ctx.include) return 'alone';
  const dir = m[1] === '' ? '/' : m[1]!;
  let main;
  try {
    main = ctx.include(mainName, dir).files[0];
  } catch {
    return 'alone';
  }
  if (!main) return 'alone';
  const { root } = readSource(main.text, { path: main.path, absolutePath: main.absolutePath }, {
    program: mainName === 'sshd_config' ? 'sshd' : 'ssh', include: ctx.include,
  });
  return includes(root, abs!) ? 'covered' : 'alone';
}

function includes(file: SourceFile, absolutePath: string): boolean {
  for (const item of file.items) {
    if (item.kind !== 'include') continue;
    for (const f of item.files) if (f.absolutePath?.replace(/\\/g, '/') === absolutePath || includes(f, absolutePath)) return true;
  }
  return false;
}

/** Host keys whose type the `.pub` next to them tells. */
function hostKeyExtractions(keys: readonly HostKeyRef[], ctx: OpenSshContext, root: SourceFile): Extraction[] {
  if (!ctx.include) return [];
  const out: Extraction[] = [];
  for (const key of keys) {
    if (!key.path.startsWith('/') || /[*?[]/.test(key.path)) continue;
    const target = pathTarget(key.path, ctx.absolutePath, 'sshd');
    if (target.skip) continue;
    let pub;
    try {
      pub = ctx.include(`${target.pattern}.pub`, target.baseDir).files[0];
    } catch {
      continue;
    }
    const info = pub ? readPublicKeyLine(pub.text) : undefined;
    if (!info || !pub) continue;
    const context = key.location
      ? { en: `HostKey ${key.path}, type read from ${pub.path}`, ja: `HostKey ${key.path}（種別は ${pub.path} から読んだ）` }
      : { en: `${OPENSSH_LABEL} default HostKey ${key.path}, type read from ${pub.path}`, ja: `${OPENSSH_LABEL} 既定の HostKey ${key.path}（種別は ${pub.path} から読んだ）` };
    out.push({
      kind: 'usage', input: info.input, subject: info.subject, asset: info.asset, confidence: key.location ? 'exact' : 'high',
      location: key.location ?? { path: root.path, line: 1, column: 1 }, context,
    });
  }
  return out;
}
