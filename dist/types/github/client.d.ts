import { getOctokit } from '@actions/github';
/** The Octokit that @actions/github builds: REST methods, pagination, and the runner's proxy settings. */
export type Octokit = ReturnType<typeof getOctokit>;
export interface RepoRef {
    owner: string;
    repo: string;
}
/** How much time evalgate spent waiting for GitHub, for the log and the benchmark. */
export interface ApiStats {
    requests: number;
    ms: number;
}
export interface GitHubClient {
    octokit: Octokit;
    repo: RepoRef;
    /** Kept only to hand to @actions/artifact; never logged (the action masks it with core.setSecret). */
    token: string;
    apiUrl: string;
    stats: ApiStats;
    /** Times work done outside this Octokit (the artifact client's own requests). */
    timed<T>(work: () => Promise<T>): Promise<T>;
}
export interface ClientOptions {
    token: string;
    apiUrl: string;
    repository: string;
    /** Delays between retries of a failed request; the default retries twice. */
    retryDelaysMs?: readonly number[];
}
/** A request failed with an HTTP status: the shape Octokit's RequestError has. */
export interface HttpError extends Error {
    status: number;
    response?: {
        data?: unknown;
        headers?: Record<string, string | number | undefined>;
    };
}
export declare const isHttpError: (error: unknown) => error is HttpError;
/**
 * The token cannot do this: a read-only workflow token (fork PRs, Dependabot), a token
 * without `checks: write`, or a personal token where a GitHub App is required.
 */
export declare const isPermissionError: (error: unknown) => boolean;
/** A short description of a failed request for logs and reports; never includes headers or the token. */
export declare function describeError(error: unknown): string;
export declare function createGitHubClient(options: ClientOptions): GitHubClient;
