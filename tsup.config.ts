import { defineConfig } from 'tsup';

// ESM: the library and the CLI share their code in chunks (the bin shim loads dist/cli.js), so the catalog ships once per
// module format. CJS: the library only, for require(). No source maps: the output is not minified and reads as it is.
const common = { dts: true, sourcemap: false, clean: false, target: 'node20', platform: 'node', treeshake: true } as const;

export default defineConfig([
  { ...common, entry: { index: 'src/index.ts', cli: 'src/cli/index.ts' }, format: ['esm'], splitting: true },
  { ...common, entry: { index: 'src/index.ts' }, format: ['cjs'], splitting: false },
]);
