import { type PullRequestInfo } from '../github/pull-request.js';
import type { RunnerEnvironment } from './settings.js';
/** The triggering event, reduced to what decides evalgate's behaviour. */
export type GateEvent = {
    kind: 'pull_request';
    name: string;
    /** opened, synchronize, labeled, unlabeled, … */
    action: string;
    pull: PullRequestInfo;
    /** The head branch lives in another repository: the token is read-only and there are no secrets. */
    fromFork: boolean;
} | {
    /** The trusted second stage for fork PRs: a workflow_run of the PR workflow, with secrets and a write token. */
    kind: 'workflow_run';
    name: string;
    headSha: string;
    headBranch: string;
    headOwner: string;
    headRepository: string;
    triggeringEvent: string;
} | {
    kind: 'branch';
    name: string;
    sha: string;
    ref: string;
    branch: string | null;
};
export declare function readEvent(runner: RunnerEnvironment): GateEvent;
export declare function parseEvent(runner: RunnerEnvironment, payload: Record<string, unknown>): GateEvent;
