/**
 * The machine and library versions a benchmark ran on, recorded with its results (figures mean nothing without them): CPU
 * model and count, memory, load average at the start (the machines are shared), Node, V8 and OpenSSL versions, and the
 * installed @noble packages.
 * @module
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch, cpus, loadavg, platform, release, totalmem } from 'node:os';
import { dirname, join } from 'node:path';

export interface MachineInfo {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly os: string;
  readonly loadAverage: readonly number[];
  readonly node: string;
  readonly v8: string;
  readonly openssl: string;
  readonly libraries: Readonly<Record<string, string>>;
}

/** The version of an installed package, found from one of its exported modules (noble packages do not export package.json). */
function packageVersion(name: string, entry: string): string {
  try {
    let dir = dirname(createRequire(import.meta.url).resolve(entry ? `${name}/${entry}` : name));
    for (let i = 0; i < 5; i++) {
      try {
        const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
        if (pkg.name === name) return pkg.version ?? 'unknown';
      } catch {
        // not this folder; look one up
      }
      dir = dirname(dir);
    }
  } catch {
    // not installed
  }
  return 'not installed';
}

/**
 * Describes this machine and the implementations' versions.
 * @example
 * machineInfo().openssl; // '3.0.19'
 */
export function machineInfo(): MachineInfo {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${release()} ${arch()}`,
    loadAverage: loadavg().map((n) => Math.round(n * 100) / 100),
    node: process.versions.node,
    v8: process.versions.v8,
    openssl: process.versions.openssl ?? 'unknown',
    libraries: {
      '@noble/hashes': packageVersion('@noble/hashes', 'sha2.js'),
      '@noble/ciphers': packageVersion('@noble/ciphers', 'aes.js'),
      '@noble/curves': packageVersion('@noble/curves', 'nist.js'),
      tinybench: packageVersion('tinybench', ''),
    },
  };
}
