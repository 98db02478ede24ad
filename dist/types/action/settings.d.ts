import type { Result } from '../core/result.js';
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
    shard: {
        index: number;
        count: number;
    } | undefined;
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
export declare function readSettings(env?: NodeJS.ProcessEnv): Result<Settings>;
