/**
 * Which files the JavaScript extractor reads, and the cheap tests that let most of them skip parsing: the extensions of
 * JavaScript and TypeScript sources, build output folders (`.next`, `.nuxt`, `.output`, `.svelte-kit`, `coverage`, `out`
 * ...; the walk already leaves `node_modules`, `dist` and `build` out unless asked), declaration files (types only, nothing
 * runs), minified bundles (by name, `*.min.js`, or by shape: very long lines), and a pre-filter on the text for the names
 * through which code reaches cryptography (`crypto`, `subtle`, `tls`/`https` imports, the JWT, crypto-js, node-forge and
 * password-hashing packages).
 * @module
 */

const EXTENSION = /\.(?:js|mjs|cjs|jsx|ts|mts|cts|tsx)$/i;
const DECLARATION = /\.d\.(?:[a-z0-9]+\.)?[cm]?ts$/i;
const MINIFIED_NAME = /[.-]min\.[cm]?js$/i;
/** Folders of generated output, by name, at any depth. */
export const BUILD_DIRS: ReadonlySet<string> = new Set([
  '.next', '.nuxt', '.output', '.svelte-kit', '.vercel', '.netlify', '.turbo', '.parcel-cache', '.docusaurus', '.angular',
  'coverage', 'out', 'storybook-static', 'bower_components',
]);

/**
 * Whether the path is a JavaScript or TypeScript source this extractor reads (declaration files are not: they hold types
 * only). With `includeBuildOutput`, files under build output folders and minified names are read too.
 * @example
 * isJsSource('src/auth.ts');            // true
 * isJsSource('src/types.d.ts');         // false
 * isJsSource('.next/server/page.js');   // false
 * isJsSource('public/vendor.min.js');   // false
 */
export function isJsSource(path: string, includeBuildOutput = false): boolean {
  if (!EXTENSION.test(path) || DECLARATION.test(path)) return false;
  if (includeBuildOutput) return true;
  if (MINIFIED_NAME.test(path)) return false;
  const segments = path.split('/');
  for (let i = 0; i < segments.length - 1; i++) if (BUILD_DIRS.has(segments[i]!)) return false;
  return true;
}


/**
 * The pre-filter: whether the text names anything through which code reaches cryptography. A file without any of these
 * words cannot call the APIs the extractor recognises, so it is not parsed at all.
 * @example
 * mayUseCrypto("import { createHash } from 'node:crypto'"); // true
 * mayUseCrypto('export const add = (a, b) => a + b;');       // false
 */
export function mayUseCrypto(text: string): boolean {
  return PREFILTER.test(text);
}

const PREFILTER = new RegExp([
  'crypto', 'subtle', 'CryptoJS', 'forge', 'jsonwebtoken', 'jose', '\\bjw[st]\\b', 'jwa', 'bcrypt', 'argon2',
  '[\'"`](?:node:)?(?:tls|https|http2)[\'"`]', '\\btls\\.', 'DEFAULT_(?:MIN|MAX)_VERSION',
].join('|'));
