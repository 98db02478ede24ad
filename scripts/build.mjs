// Bundles the action (dist/index.js), the CLI (dist/cli.js) and the library (dist/lib.js)
// with everything inlined, so the action loads without node_modules; then emits the
// library's type declarations. Shared code lands in dist/chunks, loaded on demand.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const englishOnly = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/]/.test(args.importer)
        ? { path: fileURLToPath(new URL('./zod-locales-en.js', import.meta.url)) }
        : undefined,
    );
  },
};

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: { index: 'src/action.ts', cli: 'src/cli.ts', lib: 'src/lib.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [englishOnly],
  // CommonJS dependencies bundled into ESM still call require() for Node built-ins
  banner: {
    js: "import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);",
  },
});
execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
