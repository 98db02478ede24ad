import { type PullRequestInfo } from '../github/pull-request.js';
import type { RunnerEnvironment } from './settings.js';
/** The triggering event, reduced to what decides evalgate's behaviour. */
export type GateEvent = {
    kind: 'pull_request';
    name: string;
    /** opened, synchronize, labeled, unlabeled, … */
    action: string;
    /** On labeled/unlabeled: the label, as the event recorded it. */
    label: string | null;
    pull: PullRequestInfo;
    /** The head branch lives in another repository: the token is read-only and there are no secrets. */
    fromFork: boolean;
} | {
    /**
     * A workflow_run: evalgate's former fork stage. It never starts an evaluation — a fork can rename the
     * workflow it follows, and a run awaiting approval completes as action_required (docs/github-action.md).
     */
    kind: 'workflow_run';
    name: string;
    /** The event of the run it follows. */
    triggeringEvent: string | null;
    conclusion: string | null;
} | {
    kind: 'branch';
    name: string;
    sha: string;
    ref: string;
    branch: string | null;
};
export declare function readEvent(runner: RunnerEnvironment): GateEvent;
export declare function parseEvent(runner: RunnerEnvironment, payload: Record<string, unknown>): GateEvent;
