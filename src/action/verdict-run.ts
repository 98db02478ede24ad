import { RUN_SCHEMA, type Manifest, type Run } from '../results/run-schema.js';
import { VERSION } from '../version.js';

export interface VerdictRunInput {
  verdict: 'skipped' | 'error';
  /** Trusted text, already escaped where it quotes anything untrusted. */
  summary: string;
  reasons?: string[];
  config: { file: string; hash: string };
  git: Manifest['git'];
  event: string | null;
  pr: number | null;
  tier: string;
  startedAt: string;
}

/**
 * A run.json for a run that evaluated nothing: no gated change (skipped), or a run that could
 * not start (error). It has the same shape as any run, so the report, the check run and the
 * artifact treat it the same way.
 */
export function verdictRun(input: VerdictRunInput): Run {
  return {
    schema: RUN_SCHEMA,
    manifest: {
      tool: { name: 'evalgate', version: VERSION },
      config: input.config,
      git: input.git,
      event: input.event,
      pr: input.pr,
      tier: input.tier,
      shard: null,
      suites: [],
      started_at: input.startedAt,
      ended_at: new Date().toISOString(),
    },
    cases: [],
    aggregates: [],
    decision: {
      verdict: input.verdict,
      summary: input.summary,
      reasons: input.reasons ?? [],
      rules: [],
      critical_failures: [],
      comparisons: {},
      override: null,
    },
  };
}

/** Marks a run that was cut short by an infrastructure failure, keeping what it finished; `reasons` say why. */
export function asError(run: Run, summary: string, reasons: string[]): Run {
  return {
    ...run,
    decision: {
      ...(run.decision ?? { rules: [], critical_failures: [], comparisons: {}, override: null }),
      verdict: 'error',
      summary,
      reasons,
    },
  };
}
