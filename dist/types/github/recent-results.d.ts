import type { Run } from '../results/run-schema.js';
import type { GitHubClient } from './client.js';
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
export declare function downloadRecentResults(gh: GitHubClient, query: {
    artifact: string;
    count: number;
    dir: string;
    maxRuns?: number;
}): Promise<RecentResults>;
