import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';

/**
 * The committed bundle is what users run: it must work from a folder with no node_modules,
 * as the action does on a runner, and behave as the CLI contract says in a real process.
 */
describe('the bundled CLI and action (dist/)', () => {
  let dir: string;
  beforeAll(() => {
    if (!existsSync('dist/cli.js')) execFileSync('npm', ['run', 'build'], { stdio: 'ignore' });
    dir = mkdtempSync(join(tmpdir(), 'evalgate-bundle-'));
    for (const part of ['dist', 'fixtures', 'gates', 'action.yml']) cpSync(part, join(dir, part), { recursive: true });
  });

  const node = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env } });

  test('runs the demo without node_modules', () => {
    expect(existsSync(join(dir, 'node_modules'))).toBe(false);
    const result = node(['dist/cli.js', 'demo', '--out', 'out']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Both verdicts are the expected ones/);
  });

  test('bad input in a real process: exit 2, file and line, no stack trace', () => {
    const result = node([
      'dist/cli.js',
      'run',
      '--config',
      'fixtures/demo/gates/pr-fail.yml',
      '--baseline',
      'fixtures/demo/datasets/support-qa.jsonl',
    ]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^evalgate: error: fixtures\/demo\/datasets\/support-qa\.jsonl/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  test('the action bundle loads without node_modules and fails with a message, not a missing module', () => {
    const result = node(['dist/index.js'], { GITHUB_ACTIONS: 'true' });
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/Cannot find (package|module)|ERR_MODULE_NOT_FOUND/);
  });
});
