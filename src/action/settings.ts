import * as core from '@actions/core';
import { relative, resolve, sep } from 'node:path';
import type { Issue, Result } from '../core/result.js';
import { fail, ok } from '../core/result.js';

/** Everything the action reads from its inputs and the runner's environment, parsed once. */
export interface Settings {
  /** The gate config, relative to `workingDirectory`. */
  config: string;
  /** The same file relative to the repository root, to read the base branch's version of it. */
  configInRepository: string;
  token: string;
  /** Unset: `smoke` on pull requests, `full` otherwise. */
  tier: string | undefined;
  /** Unset (empty): the suites whose `paths` match the changed files. */
  suites: string[];
  /** A run.json to compare with instead of the trusted base-branch artifact. */
  baseline: string | undefined;
  /** The workflow file whose runs may provide the baseline, unless the base branch's config names one. */
  baselineWorkflow: string;
  /** The label that lets the trusted `pull_request_target` stage evaluate a fork PR's head commit. */
  evaluateLabel: string;
  comment: 'update' | 'off';
  checkName: string;
  forkPolicy: 'fail-closed' | 'skip';
  cacheDir: string | undefined;
  shard: { index: number; count: number } | undefined;
  /** Where to write JUnit XML, relative to `workingDirectory`; unset: none. */
  junit: string | undefined;
  /** Absolute. */
  workingDirectory: string;
  runner: RunnerEnvironment;
}

/** The runner's default environment variables that evalgate uses. */
export interface RunnerEnvironment {
  eventName: string;
  eventPath: string | undefined;
  repository: string;
  sha: string;
  ref: string;
  apiUrl: string;
  serverUrl: string;
  runId: number | undefined;
  runAttempt: number | undefined;
  /** The repository's root on the runner; changed files and `paths` globs are relative to it. */
  workspace: string;
  temp: string | undefined;
}

/**
 * Reads the action's inputs (the only place `core.getInput` is called) and the runner's
 * environment into one typed object. The token is masked in the log before anything else.
 */
export function readSettings(env: NodeJS.ProcessEnv = process.env): Result<Settings> {
  const issues: Issue[] = [];
  const input = (name: string) => core.getInput(name).trim();
  const bad = (name: string, message: string) => issues.push({ file: 'action inputs', path: name, message });

  const token = input('github-token');
  if (token) core.setSecret(token);
  else bad('github-token', 'is empty; the default is the workflow token (${{ github.token }})');

  const comment = input('comment') || 'update';
  if (comment !== 'update' && comment !== 'off') bad('comment', `expected update or off; got "${comment}"`);
  const forkPolicy = input('fork-policy') || 'fail-closed';
  if (forkPolicy !== 'fail-closed' && forkPolicy !== 'skip')
    bad('fork-policy', `expected fail-closed or skip; got "${forkPolicy}"`);

  let shard: Settings['shard'];
  const shardText = input('shard');
  if (shardText) {
    const m = /^(\d+)\/(\d+)$/.exec(shardText);
    const index = Number(m?.[1]);
    const count = Number(m?.[2]);
    if (!m || index < 1 || count < 1 || index > count)
      bad('shard', `expected I/N with 1 ≤ I ≤ N, like 2/4; got "${shardText}"`);
    else shard = { index, count };
  }

  const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd());
  const repository = env.GITHUB_REPOSITORY ?? '';
  if (!/^[^/\s]+\/[^/\s]+$/.test(repository))
    issues.push({
      file: 'environment',
      path: 'GITHUB_REPOSITORY',
      message: `expected owner/name; got "${repository}" (is this running in GitHub Actions?)`,
    });
  const number = (v: string | undefined) => (v && /^\d+$/.test(v) ? Number(v) : undefined);

  if (issues.length) return fail(...issues);
  return ok({
    config: input('config') || 'gates/evalgate.yml',
    configInRepository: relative(
      workspace,
      resolve(workspace, input('working-directory') || '.', input('config') || 'gates/evalgate.yml'),
    )
      .split(sep)
      .join('/'),
    token,
    tier: input('tier') || undefined,
    suites: input('suites')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    baseline: input('baseline') || undefined,
    baselineWorkflow: input('baseline-workflow').replace(/^\.\//, '') || '.github/workflows/evalgate-baseline.yml',
    evaluateLabel: input('evaluate-label') || 'evalgate/evaluate',
    comment: comment as Settings['comment'],
    checkName: input('check-name') || 'evalgate',
    forkPolicy: forkPolicy as Settings['forkPolicy'],
    cacheDir: input('cache-dir') || undefined,
    shard,
    junit: input('junit') || undefined,
    workingDirectory: resolve(workspace, input('working-directory') || '.'),
    runner: {
      eventName: env.GITHUB_EVENT_NAME ?? '',
      eventPath: env.GITHUB_EVENT_PATH || undefined,
      repository,
      sha: env.GITHUB_SHA ?? '',
      ref: env.GITHUB_REF ?? '',
      apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
      serverUrl: env.GITHUB_SERVER_URL || 'https://github.com',
      runId: number(env.GITHUB_RUN_ID),
      runAttempt: number(env.GITHUB_RUN_ATTEMPT),
      workspace,
      temp: env.RUNNER_TEMP || undefined,
    },
  });
}
