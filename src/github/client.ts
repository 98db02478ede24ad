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
  response?: { data?: unknown; headers?: Record<string, string | number | undefined> };
}

export const isHttpError = (error: unknown): error is HttpError =>
  error instanceof Error && typeof (error as { status?: unknown }).status === 'number';

/**
 * The token cannot do this: a read-only workflow token (fork PRs, Dependabot), a token
 * without `checks: write`, or a personal token where a GitHub App is required.
 */
export const isPermissionError = (error: unknown): boolean =>
  isHttpError(error) && (error.status === 403 || error.status === 401);

/** A short description of a failed request for logs and reports; never includes headers or the token. */
export function describeError(error: unknown): string {
  if (isHttpError(error)) {
    const data = error.response?.data as { message?: unknown } | undefined;
    const message = typeof data?.message === 'string' ? data.message : error.message;
    return `HTTP ${error.status}: ${message.split('\n')[0]!.slice(0, 300)}`;
  }
  return error instanceof Error ? error.message.split('\n')[0]!.slice(0, 300) : String(error);
}

export function createGitHubClient(options: ClientOptions): GitHubClient {
  const [owner, repo] = options.repository.split('/');
  if (!owner || !repo) throw new Error(`GITHUB_REPOSITORY should be owner/name; got "${options.repository}"`);
  const octokit = getOctokit(options.token, { baseUrl: options.apiUrl.replace(/\/+$/, ''), userAgent: 'evalgate' });
  const stats: ApiStats = { requests: 0, ms: 0 };
  const delays = options.retryDelaysMs ?? [250, 1000];

  // Retries what is worth retrying (network errors, 5xx, 429 with a short Retry-After); a
  // 4xx answer is final. Octokit's retry plugin is not a dependency of ours, and this is small.
  octokit.hook.wrap('request', async (request, requestOptions) => {
    for (let attempt = 0; ; attempt++) {
      const started = performance.now();
      stats.requests++;
      try {
        return await request(requestOptions);
      } catch (error) {
        const status = isHttpError(error) ? error.status : 0;
        const retryAfter = isHttpError(error) ? Number(error.response?.headers?.['retry-after']) : NaN;
        const retryable = status === 0 || status >= 500 || (status === 429 && !(retryAfter > 10));
        if (!retryable || attempt >= delays.length) throw error;
        await sleep(Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : delays[attempt]!);
      } finally {
        stats.ms += performance.now() - started;
      }
    }
  });

  return {
    octokit,
    repo: { owner, repo },
    token: options.token,
    apiUrl: options.apiUrl,
    stats,
    async timed(work) {
      const started = performance.now();
      try {
        return await work();
      } finally {
        stats.ms += performance.now() - started;
      }
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
