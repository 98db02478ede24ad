import type { LoadedConfig } from '../config/load.js';
import { InputError } from '../core/result.js';
import { RunControl } from '../runner/caller.js';
import { BudgetMeter, budgetFor } from '../runner/budget.js';
import { runThroughBatch } from '../runner/batch-run.js';
import { batchIssues, checkBudget } from './budget-check.js';
import { executeSuite } from '../runner/execute.js';
import { baselineOutputs, ModelSession, type SessionOptions } from '../runner/session.js';
import type {
  AdaptiveSummary,
  BudgetReport,
  CaseRecord,
  Comparison,
  Incomplete,
  Manifest,
  Run,
  Severity,
  SuiteManifest,
} from '../results/run-schema.js';
import { VERSION } from '../version.js';
import type { OverrideDecision } from '../gate/decide.js';
import { planSuites, type PlanOptions, type PlannedSuite } from './plan-suites.js';
import { checkContamination } from './check-contamination.js';
import { bundledCalibration } from './judge-calibration.js';
import { providersOf } from '../scorers/llm-judge-call.js';
import type { LlmJudgeScorer } from '../config/schema.js';
import type { EvalCase } from '../dataset/case.js';
import type { SequentialJudge } from '../gate/sequential.js';

export interface RunGateInput extends Omit<PlanOptions, 'tier' | 'models'>, SessionOptions {
  tier: string;
  loaded: LoadedConfig;
  /**
   * The baseline run, or how to read it: a reader is called only once something needs the
   * records (a pairwise judge or an adaptive tier during the calls, else the statistics after
   * them), so a large baseline is not held beside the dataset (README "Large runs").
   */
  baseline: Run | null | (() => Run);
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
  /** `--budget-usd`: replaces the config's USD budget. */
  budgetUsd?: number;
  /** `--force`: start although the estimate is over the budget (the run still stops at it). */
  force?: boolean;
  /** Progress lines that are not per case (the Batch API's status). */
  log?: (line: string) => void;
}

/**
 * plan → execute → score → aggregate → compare → decide. Input problems throw InputError
 * before any model call. A run that stopped early (circuit breaker, interrupt, budget) or in
 * which every call failed is returned with `incomplete` set and verdict `error`, its
 * finished cases kept, so the CLI and the action write and report it the same way.
 */
export async function runGate(input: RunGateInput): Promise<Run> {
  const control = input.control ?? new RunControl();
  const limit = budgetFor(input.loaded.config.budget, input.tier, input.budgetUsd);
  const meter = new BudgetMeter(limit, control);
  // the dataset, the prompts and the provider sessions are out of reach once this returns, so a
  // large run's statistics do not hold them too (README "Large runs")
  const called = await callModels(input, control, meter, limit);

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
    suites: called.suites,
    started_at: called.startedAt,
    ended_at: new Date().toISOString(),
  };
  // the statistics load after the model calls, so they cost nothing before the first request
  const { finalizeRun } = await import('./finalize.js');
  const budget: BudgetReport = {
    limit: limit ? { usd: limit.usd, calls: limit.calls } : null,
    estimate: called.estimate,
    actual: meter.actual(),
    forced: called.forced,
  };
  const { adaptive } = called;
  const run = finalizeRun({
    loaded: input.loaded,
    manifest,
    records: called.records,
    baseline: called.baseline !== undefined ? called.baseline : baselineNow(input.baseline),
    baselineInfo: input.baselineInfo,
    datasetIds: called.datasetIds,
    override: input.override,
    baseBranch: input.baseBranch,
    incomplete: called.incomplete,
    ...(adaptive.length
      ? {
          sequential: (q) => adaptive.find((a) => a.suite === q.suite)?.judge(q) ?? null,
          adaptive: adaptive.map((a) => a.summary),
        }
      : {}),
  });
  return { ...run, budget };
}

const baselineNow = (baseline: RunGateInput['baseline']): Run | null =>
  typeof baseline === 'function' ? baseline() : baseline;

interface Called {
  /** The baseline, when the calls needed it read (undefined: they did not). */
  baseline: Run | null | undefined;
  records: CaseRecord[];
  suites: Manifest['suites'];
  datasetIds: Map<string, ReadonlyMap<string, Severity>>;
  adaptive: { suite: string; cases: number; summary: AdaptiveSummary; judge: SequentialJudge }[];
  incomplete: Incomplete | undefined;
  estimate: BudgetReport['estimate'];
  forced: boolean;
  startedAt: string;
}

/** plan → execute → score: every model call of the run, and what the statistics need of the plan. */
async function callModels(
  input: RunGateInput,
  control: RunControl,
  meter: BudgetMeter,
  limit: ReturnType<typeof budgetFor>,
): Promise<Called> {
  const session = new ModelSession(input.loaded, { ...input, control, meter });
  const plan = await planSuites(input.loaded, { ...input, models: session });
  if (!plan.ok) throw new InputError(plan.issues);
  const refused = batchIssues(input.loaded, plan.value, input.tier, input.event ?? null);
  if (refused.length) throw new InputError(refused);
  const planned = await checkContamination(input.loaded, plan.value);
  const opened = session.open(planned.map((s) => s.config));
  if (!opened.ok) throw new InputError(opened.issues);
  const { estimate, over } = await checkBudget(input, planned, session, limit);

  // a model-graded scorer may read the baseline's outputs (llm-judge-pairwise), an adaptive tier pairs each look with it
  const early = planned.some((s) => s.adaptive || allScorers(s).some((sc) => sc.grade));
  const baseline = early ? baselineNow(input.baseline) : undefined;
  const startedAt = new Date().toISOString();
  let total = planned.reduce((n, s) => n + s.cases.length * (input.repeats ?? s.config.repeats), 0);
  input.onStart?.(total, () => session.inFlight());
  let done = 0;
  const records: CaseRecord[] = [];
  const adaptive: Called['adaptive'] = [];
  const calibration = new Map<string, NonNullable<SuiteManifest['calibration']>>();
  try {
    for (const suite of planned) {
      const repeats = input.repeats ?? suite.config.repeats;
      // only model-graded scorers compare with the baseline's output: no copy of them otherwise
      const graded = allScorers(suite).some((s) => s.grade);
      const outputs = graded ? baselineOutputs(baseline ?? null, suite.config.id) : undefined;
      const execute = (cases: EvalCase[]) =>
        executeSuite(
          {
            suite: suite.config.id,
            cases,
            repeats,
            prompt: suite.prompt,
            caller: session.caller(suite.config.provider),
            scorers: suite.scorers,
            caseScorers: suite.caseScorers,
            baselineOutputs: outputs,
          },
          {
            control: session.control,
            onRecord: (r) => {
              session.finished(r);
              input.onProgress?.(++done, total, r);
            },
          },
        );
      if (session.caller(suite.config.provider).provider.batch)
        await runThroughBatch(
          {
            suite: suite.config.id,
            cases: suite.cases,
            repeats,
            prompt: suite.prompt,
            caller: session.caller(suite.config.provider),
          },
          { control, cacheDir: session.cacheDir, log: input.log ?? (() => undefined) },
        );
      const judges = suite.config.scorers.filter((s): s is LlmJudgeScorer => s.type === 'llm-judge');
      const calibrated = judges.length
        ? await bundledCalibration({
            configs: judges,
            rules: suite.config.rules,
            cases: suite.cases,
            scorers: suite.scorers,
            suite: suite.config.id,
            control,
            concurrency: session.caller(providersOf(judges[0]!.provider)[0]!).limiter.max * 2,
          })
        : undefined;
      if (calibrated) calibration.set(suite.config.id, calibrated);
      const execution = await execute(suite.cases);
      if (execution.stopped !== null || !suite.adaptive || !baseline) {
        // a loop, not push(...records): a spread of a million arguments overflows the stack
        for (const r of execution.records) records.push(r);
        if (execution.stopped !== null) break;
        continue;
      }
      // an adaptive tier grows while a regression test is open (README "Adaptive tiers")
      const grown = await growAdaptively(input, baseline, suite, execution.records, planned, session, async (cases) => {
        total += cases.length * repeats;
        return (await execute(cases)).records;
      });
      for (const r of grown.records) records.push(r);
      adaptive.push({ suite: suite.config.id, ...grown });
      if (session.control.stopped !== null) break;
    }
  } finally {
    await session.close();
    await Promise.all(planned.flatMap(allScorers).map((scorer) => scorer.close?.()));
  }

  return {
    baseline,
    records,
    suites: planned.map((s) => ({
      ...s.manifest,
      cases: adaptive.find((a) => a.suite === s.config.id)?.cases ?? s.manifest.cases,
      model: session.provider(s.config.provider).model,
      ...(calibration.has(s.config.id) ? { calibration: calibration.get(s.config.id) } : {}),
    })),
    datasetIds: new Map(planned.map((s) => [s.config.id, s.allIds])),
    adaptive,
    incomplete: incompleteness(session.control, records, total),
    estimate,
    forced: over !== undefined,
    startedAt,
  };
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

/** Runs an adaptive tier's extra looks for one suite; the statistics load only here. */
async function growAdaptively(
  input: RunGateInput,
  baseline: Run,
  suite: PlannedSuite,
  initial: CaseRecord[],
  planned: readonly PlannedSuite[],
  session: ModelSession,
  run: (cases: EvalCase[]) => Promise<CaseRecord[]>,
): Promise<{ records: CaseRecord[]; cases: number; summary: AdaptiveSummary; judge: SequentialJudge }> {
  const [{ runAdaptive }, { finalizeRun }] = await Promise.all([import('./adaptive.js'), import('./finalize.js')]);
  const id = suite.config.id;
  const known = new Set(baseline.cases.filter((r) => r.suite === id).map((r) => `${r.id}\u0000${r.fingerprint}`));
  const manifest: Manifest = {
    tool: { name: 'evalgate', version: VERSION },
    config: { file: input.loaded.file, hash: input.loaded.hash },
    git: { sha: null, ref: null },
    event: null,
    pr: null,
    tier: input.tier,
    shard: null,
    suites: [{ ...suite.manifest, model: session.provider(suite.config.provider).model }],
    started_at: '',
    ended_at: '',
  };
  const plan = suite.adaptive!;
  const result = await runAdaptive(
    {
      suite: id,
      initial: suite.cases,
      remaining: plan.remaining,
      pairable: (c) => known.has(`${c.id}\u0000${c.fingerprint}`),
      max: plan.max,
      batch: plan.batch,
    },
    initial,
    {
      run,
      decide: (records, judge) =>
        finalizeRun({
          loaded: input.loaded,
          manifest,
          records: [...records],
          baseline,
          baselineInfo: input.baselineInfo,
          datasetIds: new Map(planned.map((s) => [s.config.id, s.allIds])),
          sequential: judge,
        }).decision!,
      stopped: () => session.control.stopped !== null,
    },
  );
  return { records: result.records, cases: result.summary.cases, summary: result.summary, judge: result.gate.judge };
}

/** A suite's scorers and its cases' own (`assert:`). */
const allScorers = (s: PlannedSuite) => [...s.scorers, ...[...s.caseScorers.values()].flat()];
