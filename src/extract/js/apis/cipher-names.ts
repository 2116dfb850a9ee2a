/**
 * A block cipher and a mode named apart (`CryptoJS.AES.encrypt(m, k, { mode: CryptoJS.mode.ECB })`, node-forge's
 * `'AES-CFB'`), as a Usage: the OpenSSL name of the same cipher and mode is read by resolve() and the key size, which such
 * APIs take from the key at run time, is dropped rather than guessed.
 * @module
 */
import { resolve } from '../../../names/resolve.js';
import type { Usage } from '../../../names/types.js';

/** The OpenSSL spelling of each cipher family, with a placeholder for the mode (OpenSSL `enc -list`). */
const FAMILIES: Readonly<Record<string, (mode: string) => string>> = {
  aes: (m) => `aes-128-${m}`,
  des: (m) => (m === 'ecb' ? 'des-ecb' : `des-${m}`),
  '3des': (m) => (m === 'ecb' ? 'des-ede3-ecb' : `des-ede3-${m}`),
  blowfish: (m) => `bf-${m}`,
  rc2: (m) => `rc2-${m}`,
};

/**
 * The Usage of a cipher family in a mode, without a key size; undefined when resolve() has no such combination.
 * @example
 * cipherModeUsage('aes', 'ecb', 'AES-ECB'); // components: aes (no keyBits), ecb
 */
export function cipherModeUsage(family: keyof typeof FAMILIES | string, mode: string, input: string): Usage | undefined {
  const spell = FAMILIES[family];
  if (!spell) return undefined;
  const m = mode.toLowerCase().replace(/^ctrgladman$/, 'ctr');
  const usage = resolve(spell(m));
  if (!usage?.components) return undefined;
  const keepBits = family !== 'aes';
  return {
    ...usage,
    input,
    label: `${family === '3des' ? '3DES' : family.toUpperCase()}-${m.toUpperCase()}`,
    components: usage.components.map((c) => {
      if (keepBits || c.role !== 'cipher') return { ...c, input };
      const { keyBits: _dropped, ...rest } = c;
      return { ...rest, input };
    }),
  };
}
