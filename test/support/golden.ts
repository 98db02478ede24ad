import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const GOLDEN = join(dirname(fileURLToPath(import.meta.url)), '..', 'golden');

/** Compares text with test/golden/NAME; `UPDATE_GOLDEN=1 npm test` rewrites the files after a deliberate change. */
export function expectGolden(name: string, text: string): void {
  const path = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    return;
  }
  if (!existsSync(path))
    throw new Error(`missing golden file test/golden/${name}; run UPDATE_GOLDEN=1 npx vitest run to create it`);
  expect(text).toBe(readFileSync(path, 'utf8'));
}
