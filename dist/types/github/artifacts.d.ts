import type { Result } from '../core/result.js';
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
export type RunListItem = Awaited<ReturnType<GitHubClient['octokit']['rest']['actions']['listWorkflowRunsForRepo']>>['data']['workflow_runs'][number];
export declare function toRunInfo(run: RunListItem): WorkflowRunInfo;
/** The newest unexpired artifact named `name` that the run uploaded, or null. */
export declare function findRunArtifact(gh: GitHubClient, runId: number, name: string): Promise<ArtifactInfo | null>;
/**
 * Downloads a run's artifact with @actions/artifact (findBy: the token, this repository and
 * the run) into `dir`, checks the zip's SHA-256 against the digest GitHub recorded at upload,
 * and reads the run.json at its root. The artifact client is loaded only when needed: an
 * untouched PR never pays for it.
 */
export declare function downloadRunFile(gh: GitHubClient, runId: number, artifact: ArtifactInfo, dir: string): Promise<Result<Run>>;
