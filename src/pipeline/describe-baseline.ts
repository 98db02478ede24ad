import type { Comparison, Run } from '../results/run-schema.js';

/** Where a baseline came from, for the report. */
export function describeBaseline(baseline: Run, source: string): NonNullable<Comparison['baseline']> {
  return {
    source,
    git_sha: baseline.manifest.git.sha,
    ref: baseline.manifest.git.ref,
    created_at: baseline.manifest.ended_at,
  };
}
