import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { gitHead } from '../../src/cli/git-head.js';
import type { Run } from '../../src/results/run-schema.js';
import { cli, makeWorkspace } from '../support/workspace.js';

const git = (dir: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
    cwd: dir,
    encoding: 'utf8',
  }).trim();

function repository(): string {
  const dir = makeWorkspace();
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'add', '.');
  git(dir, 'commit', '-q', '-m', 'gate');
  return dir;
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("run.json's manifest.git on a local run", () => {
  test('a run inside a git repository records its HEAD commit and branch', async () => {
    vi.stubEnv('GITHUB_ACTIONS', '');
    const dir = repository();
    const result = await cli(['run', '--config', 'evalgate.yml', '--out', 'out', '--quiet'], dir);
    expect(result.code, result.err).toBe(0);
    const run = JSON.parse(readFileSync(join(dir, 'out/run.json'), 'utf8')) as Run;
    expect(run.manifest.git).toEqual({ sha: git(dir, 'rev-parse', 'HEAD'), ref: 'refs/heads/main' });
  });

  test('a detached HEAD records the commit without a ref', () => {
    const dir = repository();
    git(dir, 'checkout', '-q', '--detach');
    expect(gitHead(dir, {})).toEqual({ sha: git(dir, 'rev-parse', 'HEAD'), ref: null });
  });

  test('outside a git repository, or before the first commit, both are null', () => {
    expect(gitHead(makeWorkspace(), {})).toEqual({ sha: null, ref: null });
    const empty = makeWorkspace();
    git(empty, 'init', '-q');
    expect(gitHead(empty, {})).toEqual({ sha: null, ref: null });
  });

  test('in GitHub Actions it is the commit the workflow runs for', () => {
    const sha = 'f'.repeat(40);
    expect(gitHead(repository(), { GITHUB_ACTIONS: 'true', GITHUB_SHA: sha, GITHUB_REF: 'refs/pull/2/merge' })).toEqual(
      {
        sha,
        ref: 'refs/pull/2/merge',
      },
    );
  });
});
