import type { Run } from '../results/run-schema.js';
import { downloadRunFile, findRunArtifact, toRunInfo, type WorkflowRunInfo } from './artifacts.js';
import type { GitHubClient } from './client.js';

export interface PreviousResultsQuery {
  headSha: string;
  headBranch: string;
  /** owner/name of the PR's head repository. */
  headRepository: string;
  artifact: string;
  excludeRunId?: number;
}

export interface PreviousResults {
  run: WorkflowRunInfo;
  results: Run;
}

/**
 * The results an earlier pull-request run computed for the same head commit: the newest
 * completed run (passing or failing) for that SHA and head branch that uploaded the results
 * artifact. Used to re-decide on `labeled`/`unlabeled` without calling models again.
 */
export async function findPreviousResults(
  gh: GitHubClient,
  query: PreviousResultsQuery,
  dir: string,
): Promise<PreviousResults | null> {
  const { data } = await gh.octokit.rest.actions.listWorkflowRunsForRepo({
    ...gh.repo,
    head_sha: query.headSha,
    event: 'pull_request',
    status: 'completed',
    per_page: 20,
  });
  const runs = data.workflow_runs
    .map(toRunInfo)
    .filter(
      (r) =>
        r.id !== query.excludeRunId &&
        r.headSha === query.headSha &&
        r.headBranch === query.headBranch &&
        r.headRepository?.toLowerCase() === query.headRepository.toLowerCase(),
    );
  for (const run of runs.slice(0, 5)) {
    const artifact = await findRunArtifact(gh, run.id, query.artifact);
    if (!artifact) continue;
    const file = await downloadRunFile(gh, run.id, artifact, `${dir}/${run.id}`);
    if (file.ok && file.value.manifest.git.sha === query.headSha) return { run, results: file.value };
  }
  return null;
}
