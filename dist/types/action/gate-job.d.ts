import { type LoadedConfig } from '../config/load.js';
import { type CheckRunRef } from '../github/check-run.js';
import { type GitHubClient } from '../github/client.js';
import { type PullRequestInfo } from '../github/pull-request.js';
import type { Run } from '../results/run-schema.js';
import { type GateEvent } from './event.js';
import type { Settings } from './settings.js';
export interface Log {
    info(message: string): void;
    warning(message: string): void;
}
export declare const FORK_DOCS = "docs/github-action.md#fork-pull-requests";
/** Where the verdict is reported: the PR (if any), the commit the check run goes on, and whether the token may write. */
export interface Target {
    pr: PullRequestInfo | null;
    headSha: string;
    canWrite: boolean;
    fromFork: boolean;
}
/**
 * One invocation of the action, from the event to a decided Run: what to run, the baseline,
 * the override, and the evaluation (or a re-decision from the same commit's results). The
 * check run is started here so the PR shows progress; `publish` reports the Run.
 */
export declare class GateJob {
    readonly settings: Settings;
    readonly gh: GitHubClient;
    readonly log: Log;
    readonly startedAt: string;
    event: GateEvent | undefined;
    target: Target | undefined;
    loaded: LoadedConfig | undefined;
    tier: string;
    check: CheckRunRef | null;
    /** Why there is no check run, when the token could not create one. */
    checkProblem: string | null;
    /** Trusted Markdown lines shown under the report (comment, check, job summary). */
    readonly notes: string[];
    /** Lines only for the job summary (what the PR could not be told). */
    readonly summaryNotes: string[];
    evaluationMs: number;
    private scratch;
    constructor(settings: Settings, gh: GitHubClient, log: Log, startedAt: string);
    /** Temporary space for downloads, outside the results directory that the workflow uploads. */
    private tmp;
    get runUrl(): string | undefined;
    evaluate(): Promise<Run>;
    /** The Run for a failure: what was finished is kept, and the verdict is `error` ("could not evaluate"); the report lists why. */
    failed(error: unknown): Run;
    private docsUrl;
    private base;
    private skipped;
    private errorRun;
    private resolveTarget;
    /** Suites named by the `suites` input, or those the PR's changes call for; every suite outside PRs. */
    private chooseSuites;
    /**
     * The trusted second stage of a fork PR: the gate config and all code come from the base
     * branch checkout; the PR's prompt and dataset of each suite are read from the PR's head
     * commit through the API, as data, and written over the base branch's copies.
     */
    private readPullRequestFiles;
    private startCheck;
    private baseline;
    /** The override label's standing: removed on synchronize, else judged from events, permission and push times. */
    private override;
    /**
     * Who may override comes from the base branch's config, not the PR's: a pull request must not
     * lower the bar for its own override. Without a config on the base branch (the PR that adds
     * evalgate), the defaults apply.
     */
    private overridePolicy;
    /** On labeled/unlabeled: the results an earlier run computed for this commit, if any. */
    private previousResults;
    /** Re-decides from an earlier run's records of the same commit: no model calls. */
    private redecide;
}
