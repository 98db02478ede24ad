// `evalgate init --health`: the weekly gate-health workflow, least privilege and no injection.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { expect, test } from 'vitest';
import { VERSION } from '../../src/version.js';
import { cli } from '../support/workspace.js';

const FILE = '.github/workflows/evalgate-health.yml';

test('init --health adds a weekly workflow that reads artifacts only and writes the job summary', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'evalgate-init-'));
  expect((await cli(['init', '--dir', dir, '--health'])).code).toBe(0);
  const text = readFileSync(join(dir, FILE), 'utf8');
  const wf = load(text) as {
    on: Record<string, unknown>;
    permissions: unknown;
    jobs: Record<string, { permissions: Record<string, string>; steps: { run?: string; uses?: string }[] }>;
  };
  expect(Object.keys(wf.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
  expect(wf.permissions).toEqual({});
  expect(wf.jobs.health!.permissions).toEqual({ actions: 'read' });
  expect(text).toMatch(/^\s+actions: read # \S/m);
  expect(text).not.toMatch(/__[A-Z_]+__/);
  const run = wf.jobs.health!.steps.map((s) => s.run ?? '').join('\n');
  expect(run).toContain(`npx --yes evalgate@${VERSION} health --artifacts 50 >> "$GITHUB_STEP_SUMMARY"`);
  expect(run, 'no expressions in shell, so no template injection').not.toContain('${{');
  expect(wf.jobs.health!.steps.every((s) => !s.uses)).toBe(true);
});

test('init without --health does not write it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'evalgate-init-'));
  expect((await cli(['init', '--dir', dir])).code).toBe(0);
  expect(existsSync(join(dir, FILE))).toBe(false);
});
