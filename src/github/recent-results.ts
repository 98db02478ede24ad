import { join } from 'node:path';
import type { Run } from '../results/run-schema.js';
import { downloadRunFile, findRunArtifact, toRunInfo } from './artifacts.js';
import type { GitHubClient } from './client.js';
import { describeError } from './client.js';

export interface RecentResults {
  runs: Run[];
  /** Artifacts that could not be read, one line each. */
  problems: string[];
  examined: number;
}

/**
 * The run.json of the newest `count` workflow runs of this repository that uploaded the
 * results artifact, newest first, for `evalgate health --artifacts N` (docs/report.md). Each
 * download is checked against the digest GitHub recorded, as baselines are.
 */
export async function downloadRecentResults(
  gh: GitHubClient,
  query: { artifact: string; count: number; dir: string; maxRuns?: number },
): Promise<RecentResults> {
  const maxRuns = query.maxRuns ?? query.count * 3 + 30;
  const result: RecentResults = { runs: [], problems: [], examined: 0 };
  for await (const page of gh.octokit.paginate.iterator(gh.octokit.rest.actions.listWorkflowRunsForRepo, {
    ...gh.repo,
    status: 'completed',
    per_page: 30,
  })) {
    for (const item of page.data) {
      if (result.runs.length >= query.count || ++result.examined > maxRuns) return result;
      const run = toRunInfo(item);
      try {
        const artifact = await findRunArtifact(gh, run.id, query.artifact);
        if (!artifact) continue;
        const file = await downloadRunFile(gh, run.id, artifact, join(query.dir, String(run.id)));
        if (file.ok) result.runs.push(file.value);
        else result.problems.push(...file.issues.map((i) => `${i.file}: ${i.message}`));
      } catch (error) {
        result.problems.push(`workflow run ${run.id}: ${describeError(error)}`);
      }
    }
  }
  return result;
}
