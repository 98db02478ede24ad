import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A folder that ships with evalgate (`fixtures/demo`, `templates/init`), found by walking up
 * from wherever this module was bundled to: src/ in a checkout, dist/ (or dist/chunks/) when
 * installed.
 */
export function installedPath(relativePath: string, what: string): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, relativePath);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`${what} (${relativePath}) are missing from this installation`);
    dir = parent;
  }
}
