import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  getOctokit
} from "./chunk-UMEM2MXZ.js";

// src/github/client.ts
var isHttpError = (error) => error instanceof Error && typeof error.status === "number";
var isPermissionError = (error) => isHttpError(error) && (error.status === 403 || error.status === 401);
function describeError(error) {
  if (isHttpError(error)) {
    const data = error.response?.data;
    const message = typeof data?.message === "string" ? data.message : error.message;
    return `HTTP ${error.status}: ${message.split("\n")[0].slice(0, 300)}`;
  }
  return error instanceof Error ? error.message.split("\n")[0].slice(0, 300) : String(error);
}
function createGitHubClient(options) {
  const [owner, repo] = options.repository.split("/");
  if (!owner || !repo) throw new Error(`GITHUB_REPOSITORY should be owner/name; got "${options.repository}"`);
  const octokit = getOctokit(options.token, { baseUrl: options.apiUrl.replace(/\/+$/, ""), userAgent: "evalgate" });
  const stats = { requests: 0, ms: 0 };
  const delays = options.retryDelaysMs ?? [250, 1e3];
  octokit.hook.wrap("request", async (request, requestOptions) => {
    for (let attempt = 0; ; attempt++) {
      const started = performance.now();
      stats.requests++;
      try {
        return await request(requestOptions);
      } catch (error) {
        const status = isHttpError(error) ? error.status : 0;
        const retryAfter = isHttpError(error) ? Number(error.response?.headers?.["retry-after"]) : NaN;
        const retryable = status === 0 || status >= 500 || status === 429 && !(retryAfter > 10);
        if (!retryable || attempt >= delays.length) throw error;
        await sleep(Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1e3 : delays[attempt]);
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
    }
  };
}
var sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export {
  isHttpError,
  isPermissionError,
  describeError,
  createGitHubClient
};
