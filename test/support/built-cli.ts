import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

let bundled: Promise<string> | undefined;

/**
 * The CLI bundled from the sources as scripts/build.mjs does (one file, into a temporary
 * folder: the working tree's dist/ belongs to the release build), for tests that run it as
 * users do, in a real process.
 */
export function builtCli(): Promise<string> {
  bundled ??= (async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'evalgate-cli-')), 'cli.mjs');
    await build({
      entryPoints: [resolve('src/cli.ts')],
      outfile: file,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      logLevel: 'warning',
      banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    });
    return file;
  })();
  return bundled;
}

/** Runs the built CLI in `cwd` and waits for it: exit code, stdout and stderr. */
export async function runBuiltCli(
  args: string[],
  cwd: string,
): Promise<{ code: number | null; out: string; err: string }> {
  const result = spawnSync(process.execPath, [await builtCli(), ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}
