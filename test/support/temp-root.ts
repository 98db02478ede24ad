import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * vitest globalSetup: the run gets its own temporary folder and every worker's `os.tmpdir()`
 * points into it (workers inherit TMPDIR), so the folders tests create are removed with it
 * when the run ends, even when a test fails before its own clean-up.
 */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'evalgate-tests-'));
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
