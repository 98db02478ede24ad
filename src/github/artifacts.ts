import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Result } from '../core/result.js';
import { fail } from '../core/result.js';
import { readRunFile } from '../results/run-file.js';
import type { Run } from '../results/run-schema.js';
import type { GitHubClient } from './client.js';

/** One workflow run as evalgate needs to judge it (a subset of GitHub's workflow-run object). */
export interface WorkflowRunInfo {
  id: number;
  runNumber: number;
  name: string;
  event: string;
  conclusion: string | null;
  headSha: string;
  headBranch: string | null;
  headRepository: string | null;
  /** The workflow file the run ran, repository-relative. */
  path: string;
  url: string;
  createdAt: string;
  updatedAt: string;
}

export interface ArtifactInfo {
  id: number;
  name: string;
  digest: string | null;
  createdAt: string | null;
}

export type RunListItem = Awaited<
  ReturnType<GitHubClient['octokit']['rest']['actions']['listWorkflowRunsForRepo']>
>['data']['workflow_runs'][number];

export function toRunInfo(run: RunListItem): WorkflowRunInfo {
  return {
    id: run.id,
    runNumber: run.run_number,
    name: run.name ?? 'workflow',
    event: run.event,
    conclusion: run.conclusion ?? null,
    headSha: run.head_sha,
    headBranch: run.head_branch ?? null,
    headRepository: run.head_repository?.full_name ?? null,
    path: run.path,
    url: run.html_url,
    createdAt: run.created_at,
    updatedAt: run.updated_at,
  };
}

/** The newest unexpired artifact named `name` that the run uploaded, or null. */
export async function findRunArtifact(gh: GitHubClient, runId: number, name: string): Promise<ArtifactInfo | null> {
  const { data } = await gh.octokit.rest.actions.listWorkflowRunArtifacts({
    ...gh.repo,
    run_id: runId,
    name,
    per_page: 100,
  });
  const artifact = data.artifacts
    .filter((a) => a.name === name && !a.expired && (a.workflow_run?.id === undefined || a.workflow_run.id === runId))
    .sort((a, b) => b.id - a.id)[0];
  return artifact
    ? { id: artifact.id, name: artifact.name, digest: artifact.digest ?? null, createdAt: artifact.created_at ?? null }
    : null;
}

/**
 * Downloads a run's artifact with @actions/artifact (findBy: the token, this repository and
 * the run) into `dir`, checks the zip's SHA-256 against the digest GitHub recorded at upload,
 * and reads the run.json at its root. The artifact client is loaded only when needed: an
 * untouched PR never pays for it.
 */
export async function downloadRunFile(
  gh: GitHubClient,
  runId: number,
  artifact: ArtifactInfo,
  dir: string,
): Promise<Result<Run>> {
  mkdirSync(dir, { recursive: true });
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const client = new DefaultArtifactClient();
  const { digestMismatch } = await gh.timed(() =>
    client.downloadArtifact(artifact.id, {
      path: dir,
      ...(artifact.digest ? { expectedHash: artifact.digest } : {}),
      findBy: { token: gh.token, repositoryOwner: gh.repo.owner, repositoryName: gh.repo.repo, workflowRunId: runId },
    }),
  );
  const where = `artifact "${artifact.name}" of workflow run ${runId}`;
  if (digestMismatch)
    return fail({
      file: where,
      message: `the download does not match the SHA-256 digest GitHub recorded at upload (${artifact.digest}); it was not used`,
    });
  const run = readRunFile(join(dir, 'run.json'));
  return run.ok
    ? run
    : fail(
        ...run.issues.map((i) => ({
          ...i,
          file: `${where}: ${i.path ? `run.json ${i.path}` : 'run.json'}`,
          path: undefined,
        })),
      );
}
