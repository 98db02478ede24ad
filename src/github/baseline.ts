import type { Run } from '../results/run-schema.js';
import { downloadRunFile, findRunArtifact, toRunInfo, type ArtifactInfo, type WorkflowRunInfo } from './artifacts.js';
import type { GitHubClient } from './client.js';

/** Events whose runs are trusted to produce a baseline: the base branch's own code, never a pull request's. */
export const TRUSTED_BASELINE_EVENTS: readonly string[] = ['push', 'schedule'];

export interface BaselineQuery {
  /** The base branch. */
  branch: string;
  /** The artifact name the baseline workflow uploads. */
  artifact: string;
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
  /** Runs looked at, and why the untrusted ones were passed over (for the log). */
  examined: number;
  passedOver: string[];
}

/** Why a run of the base branch cannot be a baseline, or null when it can. */
export function untrustedReason(run: WorkflowRunInfo, repository: string, branch: string): string | null {
  if (!TRUSTED_BASELINE_EVENTS.includes(run.event))
    return `run ${run.id} was triggered by ${run.event}, not push or schedule`;
  if (run.headRepository?.toLowerCase() !== repository.toLowerCase())
    return `run ${run.id} ran code from ${run.headRepository ?? 'a deleted repository'}, not ${repository}`;
  if (run.headBranch !== branch) return `run ${run.id} is on ${run.headBranch ?? 'no branch'}, not ${branch}`;
  if (run.conclusion !== 'success') return `run ${run.id} concluded ${run.conclusion ?? 'nothing yet'}`;
  return null;
}

/**
 * The newest successful push or schedule run of the base branch whose head repository is
 * this repository and which holds the baseline artifact. A pull request's run — including a
 * fork's run on a branch that happens to share the base branch's name — is never taken.
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
      if (++examined > maxRuns) return { candidate: null, examined: maxRuns, passedOver };
      const reason = untrustedReason(run, repository, query.branch);
      if (reason) {
        passedOver.push(reason);
        continue;
      }
      const artifact = await findRunArtifact(gh, run.id, query.artifact);
      if (artifact) return { candidate: { run, artifact }, examined, passedOver };
    }
  }
  return { candidate: null, examined, passedOver };
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
