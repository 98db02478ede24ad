import type { Run } from '../results/run-schema.js';
import { downloadRunFile, findRunArtifact, toRunInfo, type ArtifactInfo, type WorkflowRunInfo } from './artifacts.js';
import { isHttpError, type GitHubClient } from './client.js';

/** Events whose runs are trusted to produce a baseline: the base branch's own code, never a pull request's. */
export const TRUSTED_BASELINE_EVENTS: readonly string[] = ['push', 'schedule'];

export interface BaselineQuery {
  /** The base branch. */
  branch: string;
  /** The artifact name the baseline workflow uploads. */
  artifact: string;
  /** The baseline workflow's file, repository-relative: runs of any other workflow are passed over. */
  workflow: string;
  /** This workflow run, which is never its own baseline. */
  excludeRunId?: number;
  /** How many of the branch's newest successful runs to look through. */
  maxRuns?: number;
}

export interface BaselineCandidate {
  run: WorkflowRunInfo;
  artifact: ArtifactInfo;
}

export interface BaselineSearch {
  candidate: BaselineCandidate | null;
  /**
   * Runs of the baseline workflow on the branch that started after the candidate's and were
   * cancelled, newest first: a user with write access can cancel newer runs to make an older
   * baseline win, so the report says so.
   */
  cancelledSince: WorkflowRunInfo[];
  /** Runs looked at, and why the untrusted ones were passed over (for the log). */
  examined: number;
  passedOver: string[];
}

/** The default baseline workflow: the file `evalgate init` writes. */
export const DEFAULT_BASELINE_WORKFLOW = '.github/workflows/evalgate-baseline.yml';

/** Why a run of the base branch cannot be a baseline, or null when it can (before asking where its commit is). */
export function untrustedReason(
  run: WorkflowRunInfo,
  repository: string,
  branch: string,
  workflow: string,
): string | null {
  if (!TRUSTED_BASELINE_EVENTS.includes(run.event))
    return `run ${run.id} was triggered by ${run.event}, not push or schedule`;
  // a run's path may carry the ref it ran from ("file@refs/heads/main")
  if (run.path !== workflow && !run.path.startsWith(`${workflow}@`))
    return `run ${run.id} ran ${run.path}, not ${workflow}`;
  if (run.headRepository?.toLowerCase() !== repository.toLowerCase())
    return `run ${run.id} ran code from ${run.headRepository ?? 'a deleted repository'}, not ${repository}`;
  if (run.headBranch !== branch) return `run ${run.id} is on ${run.headBranch ?? 'no branch'}, not ${branch}`;
  if (run.conclusion !== 'success') return `run ${run.id} concluded ${run.conclusion ?? 'nothing yet'}`;
  return null;
}

/**
 * Whether `sha` is on `branch`: equal to its head or an ancestor of it (the compare API's
 * `base...head` is `identical` or `ahead`). A push of a tag named like the branch reports
 * the branch's name as `head_branch`; its commit is not on the branch unless it really is.
 */
export async function isOnBranch(gh: GitHubClient, sha: string, branch: string): Promise<boolean> {
  try {
    const { data } = await gh.octokit.rest.repos.compareCommitsWithBasehead({
      ...gh.repo,
      basehead: `${sha}...${branch}`,
      per_page: 1,
    });
    return data.status === 'identical' || data.status === 'ahead';
  } catch (error) {
    if (isHttpError(error) && (error.status === 404 || error.status === 422)) return false;
    throw error;
  }
}

/**
 * The newest successful push or schedule run of the base branch's baseline workflow whose
 * head repository is this repository, whose commit is on the branch, and which holds the
 * baseline artifact. A pull request's run — including a fork's run on a branch that happens
 * to share the base branch's name — or a tag's push is never taken.
 */
export async function findTrustedBaseline(gh: GitHubClient, query: BaselineQuery): Promise<BaselineSearch> {
  const repository = `${gh.repo.owner}/${gh.repo.repo}`;
  const maxRuns = query.maxRuns ?? 60;
  const passedOver: string[] = [];
  let examined = 0;
  for await (const page of gh.octokit.paginate.iterator(gh.octokit.rest.actions.listWorkflowRunsForRepo, {
    ...gh.repo,
    branch: query.branch,
    status: 'success',
    exclude_pull_requests: true,
    per_page: 30,
  })) {
    for (const item of page.data) {
      const run = toRunInfo(item);
      if (run.id === query.excludeRunId) continue;
      if (++examined > maxRuns) return { candidate: null, cancelledSince: [], examined: maxRuns, passedOver };
      const reason =
        untrustedReason(run, repository, query.branch, query.workflow) ??
        ((await isOnBranch(gh, run.headSha, query.branch))
          ? null
          : `run ${run.id} built ${run.headSha.slice(0, 7)}, which is not on ${query.branch} (a tag named like the branch?)`);
      if (reason) {
        passedOver.push(reason);
        continue;
      }
      const artifact = await findRunArtifact(gh, run.id, query.artifact);
      if (artifact)
        return {
          candidate: { run, artifact },
          cancelledSince: await cancelledSince(gh, query, repository, run),
          examined,
          passedOver,
        };
    }
  }
  return { candidate: null, cancelledSince: [], examined, passedOver };
}

/** The baseline workflow's push and schedule runs of the branch, newer than `run`, that were cancelled (one page). */
async function cancelledSince(
  gh: GitHubClient,
  query: BaselineQuery,
  repository: string,
  run: WorkflowRunInfo,
): Promise<WorkflowRunInfo[]> {
  const { data } = await gh.octokit.rest.actions.listWorkflowRunsForRepo({
    ...gh.repo,
    branch: query.branch,
    status: 'cancelled',
    exclude_pull_requests: true,
    per_page: 30,
  });
  return data.workflow_runs
    .map(toRunInfo)
    .filter(
      (r) =>
        r.createdAt > run.createdAt &&
        untrustedReason({ ...r, conclusion: 'success' }, repository, query.branch, query.workflow) === null,
    );
}

export type BaselineDownload = { ok: true; run: Run } | { ok: false; reason: string };

/** Downloads the candidate's run.json and checks that it describes the commit the run built. */
export async function downloadBaseline(
  gh: GitHubClient,
  candidate: BaselineCandidate,
  dir: string,
): Promise<BaselineDownload> {
  const file = await downloadRunFile(gh, candidate.run.id, candidate.artifact, dir);
  if (!file.ok) return { ok: false, reason: file.issues.map((i) => `${i.file}: ${i.message}`).join('; ') };
  const sha = file.value.manifest.git.sha;
  if (sha && sha !== candidate.run.headSha) {
    return {
      ok: false,
      reason: `run.json in workflow run ${candidate.run.id} says commit ${sha.slice(0, 7)}, but that run built ${candidate.run.headSha.slice(0, 7)}; it was not used`,
    };
  }
  return { ok: true, run: file.value };
}
