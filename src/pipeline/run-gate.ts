import type { LoadedConfig } from '../config/load.js';
import { InputError } from '../core/result.js';
import type { RunControl } from '../runner/caller.js';
import { executeSuite } from '../runner/execute.js';
import { baselineOutputs, ModelSession, type SessionOptions } from '../runner/session.js';
import type { CaseRecord, Comparison, Incomplete, Manifest, Run } from '../results/run-schema.js';
import { VERSION } from '../version.js';
import type { OverrideDecision } from '../gate/decide.js';
import { planSuites, type PlanOptions } from './plan-suites.js';

export interface RunGateInput extends Omit<PlanOptions, 'tier' | 'models'>, SessionOptions {
  tier: string;
  loaded: LoadedConfig;
  baseline: Run | null;
  baselineInfo: Comparison['baseline'];
  git?: Manifest['git'];
  event?: string | null;
  pr?: number | null;
  override?: OverrideDecision;
  /** A run of the base branch itself: no baseline never makes it worse than warn. */
  baseBranch?: boolean;
  /** Called once before the first model call: how many case × repeat calls the run makes, and a way to count those in flight. */
  onStart?: (total: number, inFlight: () => number) => void;
  onProgress?: (done: number, total: number, record: CaseRecord) => void;
}

/**
 * plan → execute → score → aggregate → compare → decide. Input problems throw InputError
 * before any model call. A run that stopped early (circuit breaker, interrupt, budget) or in
 * which every call failed is returned with `incomplete` set and verdict `error`, its
 * finished cases kept, so the CLI and the action write and report it the same way.
 */
export async function runGate(input: RunGateInput): Promise<Run> {
  const session = new ModelSession(input.loaded, input);
  const planned = await planSuites(input.loaded, { ...input, models: session });
  if (!planned.ok) throw new InputError(planned.issues);
  const opened = session.open(planned.value.map((s) => s.config));
  if (!opened.ok) throw new InputError(opened.issues);

  const startedAt = new Date().toISOString();
  const total = planned.value.reduce((n, s) => n + s.cases.length * (input.repeats ?? s.config.repeats), 0);
  input.onStart?.(total, () => session.inFlight());
  let done = 0;
  const records: CaseRecord[] = [];
  try {
    for (const suite of planned.value) {
      const execution = await executeSuite(
        {
          suite: suite.config.id,
          cases: suite.cases,
          repeats: input.repeats ?? suite.config.repeats,
          prompt: suite.prompt,
          caller: session.caller(suite.config.provider),
          scorers: suite.scorers,
          caseScorers: suite.caseScorers,
          baselineOutputs: baselineOutputs(input.baseline, suite.config.id),
        },
        {
          control: session.control,
          onRecord: (r) => {
            session.finished(r);
            input.onProgress?.(++done, total, r);
          },
        },
      );
      records.push(...execution.records);
      if (execution.stopped !== null) break;
    }
  } finally {
    await session.close();
  }

  const manifest: Manifest = {
    tool: { name: 'evalgate', version: VERSION },
    config: {
      file: input.loaded.file,
      hash: input.loaded.hash,
      ...(input.loaded.config.report ? { chart: input.loaded.config.report.chart } : {}),
    },
    git: input.git ?? { sha: null, ref: null },
    event: input.event ?? null,
    pr: input.pr ?? null,
    tier: input.tier,
    shard: input.shard ? `${input.shard.index}/${input.shard.count}` : null,
    suites: planned.value.map((s) => ({ ...s.manifest, model: session.provider(s.config.provider).model })),
    started_at: startedAt,
    ended_at: new Date().toISOString(),
  };
  const incomplete = incompleteness(session.control, records, total);
  // the statistics load after the model calls, so they cost nothing before the first request
  const { finalizeRun } = await import('./finalize.js');
  return finalizeRun({
    loaded: input.loaded,
    manifest,
    records,
    baseline: input.baseline,
    baselineInfo: input.baselineInfo,
    datasetIds: new Map(planned.value.map((s) => [s.config.id, s.allIds])),
    override: input.override,
    baseBranch: input.baseBranch,
    incomplete,
  });
}

/** Why a run cannot be decided on: it stopped early, or no call in it succeeded. */
function incompleteness(control: RunControl, records: readonly CaseRecord[], total: number): Incomplete | undefined {
  const done = records.length;
  if (control.stopped !== null)
    return { kind: control.kind ?? 'circuit_breaker', message: control.stopped, done, total };
  if (done > 0 && records.every((r) => r.error?.kind === 'infrastructure'))
    return {
      kind: 'all_failed',
      message: `every model call failed; first error: ${records[0]!.error!.message}`,
      done,
      total,
    };
  return undefined;
}
