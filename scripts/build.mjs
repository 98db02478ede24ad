// Bundles the action (dist/index.js), the CLI (dist/cli.js) and the library (dist/lib.js)
// with everything inlined, so the action loads without node_modules; then emits the
// library's type declarations. Shared code lands in dist/chunks, loaded on demand.
//
// `node scripts/build.mjs [OUTDIR]` builds into OUTDIR instead of dist/ (the package test
// builds into a temporary folder so the working tree's dist/ stays the release build).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const outdir = process.argv[2] ?? 'dist';

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

rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { index: 'src/action.ts', cli: 'src/cli.ts', lib: 'src/lib.ts' },
  outdir,
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

// package.json's `bin` runs dist/cli.js directly: npm links it as a command (on Unix the
// shebang picks the interpreter), and the action runner and `npx` exec it. Git records the
// mode too, so the build writes it executable and a fresh build matches the committed file
// (commit it with `git update-index --chmod=+x dist/cli.js`).
const cli = join(outdir, 'cli.js');
writeFileSync(cli, `#!/usr/bin/env node\n${readFileSync(cli, 'utf8')}`);
chmodSync(cli, 0o755);

execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json', '--outDir', join(outdir, 'types')], { stdio: 'inherit' });
