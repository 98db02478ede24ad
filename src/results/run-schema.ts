import { z } from 'zod';

/** `run.json`: everything a run did, the baseline of the next run, and the audit trail of a verdict. */
export const RUN_SCHEMA = 'evalgate/run@1';

export const ScoreRecord = z.object({
  /** On the scorer's own scale (docs/metrics.md): [0, 1] for most, 0–100 for sacreBLEU's BLEU and chrF. */
  value: z.number(),
  /** Null when the scorer has no pass/fail threshold. */
  pass: z.boolean().nullable(),
  detail: z.string().optional(),
  /** A model-graded score's categorical outcome: the judge's rating on its scale, or a pairwise `win` / `tie` / `loss` / `inconsistent`. */
  label: z.string().optional(),
  /** What grading this score cost (llm-judge calls), kept apart from the case's own cost. */
  cost_usd: z.number().optional(),
  /** Judge and human rating of the human-labelled output, for `judge.<scorer>.agreement`. */
  calibration: z.object({ human: z.number(), judge: z.number() }).optional(),
  /** The label a case expects (classify, choice), for the suite's classification metrics and confusion matrix. */
  expected_label: z.string().optional(),
  /** The model's stated confidence in its label (classify with `confidence`), for ECE, Brier and ROC AUC. */
  confidence: z.number().optional(),
  /** A judge's failure modes for this answer (llm-judge with `failure_tags`): hallucination, omission, format, refusal, tone. */
  failure_tags: z.array(z.string()).optional(),
  /** Per-case sufficient statistics of a suite metric (BLEU/chrF n-gram counts, tool-call matches), so corpus scores can be resampled. */
  stats: z.array(z.number()).optional(),
});
export type ScoreRecord = z.infer<typeof ScoreRecord>;

export const Tokens = z.object({ prompt: z.number(), completion: z.number(), total: z.number() });

export const CaseError = z.object({
  /** `infrastructure`: the provider failed (never scored as a wrong answer); `input`: the case could not be rendered. */
  kind: z.enum(['infrastructure', 'input']),
  message: z.string(),
});

/** How much a case matters: a `critical` case that fails a critical scorer fails the gate. */
export const Severity = z.enum(['critical', 'high', 'normal', 'low']);
export type Severity = z.infer<typeof Severity>;

export const CaseRecord = z.object({
  suite: z.string(),
  id: z.string(),
  repeat: z.number().int().nonnegative(),
  line: z.number().int().positive().optional(),
  tags: z.record(z.string(), z.string()),
  /** As the run's dataset says; a lowered severity is gated at the baseline's (see `Comparison.demoted`). */
  severity: Severity,
  fingerprint: z.string(),
  /** The case's expected value, so a report can show expected against actual. */
  expected: z.unknown().optional(),
  output: z.string().nullable(),
  tool_calls: z.array(z.unknown()).optional(),
  scores: z.record(z.string(), ScoreRecord),
  latency_ms: z.number().nullable(),
  tokens: Tokens.nullable(),
  cost_usd: z.number().nullable(),
  /** Served from the response cache (latency, tokens and cost are the original call's). */
  cached: z.boolean().optional(),
  /** What the model-graded scorers (llm-judge) cost for this case, apart from `cost_usd`; null when a judge reported no usage. */
  judge_cost_usd: z.number().nullable().optional(),
  /** Scorers that could not grade this case (a judge call that failed), by scorer id: only that scorer's score is missing. */
  scorer_errors: z.record(z.string(), z.string()).optional(),
  /** Suites with a `contamination:` corpus: the share of the case's n-grams the corpus holds, and whether it is flagged (docs/governance.md). */
  contamination: z.object({ overlap: z.number(), flagged: z.boolean() }).optional(),
  error: CaseError.nullable(),
});
export type CaseRecord = z.infer<typeof CaseRecord>;

export const MetricValue = z.object({
  metric: z.string(),
  /** `rate`: successes/n; `mean`: mean of scores; `quantile`, `total`, `count`; `suite`: a statistic of all cases at once (corpus BLEU, macro-F1…). */
  kind: z.enum(['rate', 'mean', 'quantile', 'total', 'count', 'suite']),
  value: z.number().nullable(),
  n: z.number().int().nonnegative(),
  successes: z.number().int().nonnegative().optional(),
  interval: z.tuple([z.number(), z.number()]).nullable().optional(),
  method: z.string().optional(),
});
export type MetricValue = z.infer<typeof MetricValue>;

export const SliceValue = z.object({
  slice: z.string(),
  value: z.string(),
  n: z.number().int(),
  metrics: z.array(MetricValue),
});
export type SliceValue = z.infer<typeof SliceValue>;

export const CriticalFailure = z.object({
  suite: z.string(),
  id: z.string(),
  repeat: z.number().int(),
  line: z.number().int().optional(),
  scorers: z.array(z.string()),
  /** Why the case could not be evaluated (its call or a critical scorer's judge failed): never a pass. */
  error: z.string().optional(),
  expected: z.unknown().optional(),
  output: z.string().nullable(),
});
export type CriticalFailure = z.infer<typeof CriticalFailure>;

/** With repeats: cases whose outcome changed between repeats of the same input. */
export const Flakiness = z.object({
  scorer: z.string(),
  /** Mean over cases of the chance that two repeats of a case disagree. */
  flip_rate: z.number(),
  cases: z.array(z.object({ id: z.string(), passes: z.number().int(), repeats: z.number().int() })),
});
export type Flakiness = z.infer<typeof Flakiness>;

export const SuiteAggregate = z.object({
  suite: z.string(),
  cases: z.number().int(),
  records: z.number().int(),
  errors: z.number().int(),
  metrics: z.array(MetricValue),
  slices: z.array(SliceValue),
  critical_failures: z.array(CriticalFailure),
  flaky: z.array(Flakiness).optional(),
  /** Judge failures by scorer id, counted apart from `errors` (failed model calls). */
  scorer_errors: z.record(z.string(), z.number().int()).optional(),
  /** Per classify (or choice) scorer: rows = expected label, columns = predicted label. */
  confusion: z
    .array(z.object({ scorer: z.string(), labels: z.array(z.string()), matrix: z.array(z.array(z.number())) }))
    .optional(),
});
export type SuiteAggregate = z.infer<typeof SuiteAggregate>;

/** What a suite's contamination check read (docs/governance.md, "Contamination and lineage"). */
export const ContaminationManifest = z.object({
  n: z.number().int(),
  threshold: z.number(),
  corpus: z.array(z.object({ file: z.string(), lines: z.number().int(), bytes: z.number().int() })),
  /** Cases checked (the whole dataset) and how many were flagged. */
  cases: z.number().int(),
  flagged: z.number().int(),
});
export type ContaminationManifest = z.infer<typeof ContaminationManifest>;

export const SuiteManifest = z.object({
  id: z.string(),
  /** The dataset's source: its path as the config names it. */
  dataset: z.string(),
  /** Hash of every case's id and content hash, in order. */
  dataset_hash: z.string(),
  /** Lines in the dataset file. Absent in runs before lineage was recorded. */
  dataset_lines: z.number().int().optional(),
  /** Every case of the dataset (not only the tier's): id → content hash (its fingerprint), so the next run can list added, removed and edited cases. */
  dataset_cases: z.record(z.string(), z.string()).optional(),
  prompt: z.string(),
  prompt_hash: z.string(),
  provider: z.string(),
  model: z.string(),
  tier: z.string(),
  cases: z.number().int(),
  /** A sampled tier's composition (README "Tiers"): its critical cases and its cases per value of each slice tag. */
  composition: z
    .object({
      cases: z.number().int(),
      critical: z.number().int(),
      slices: z.record(z.string(), z.record(z.string(), z.number().int())),
    })
    .optional(),
  repeats: z.number().int(),
  /** Hash of each scorer's and each rule's definition: a metric whose definition changed is not comparable. */
  scorer_hashes: z.record(z.string(), z.string()),
  /** Each reference-based scorer's settings, sacreBLEU style (`nrefs:1|case:mixed|eff:yes|tok:13a|smooth:exp|version:2.x`), so its numbers can be reproduced. */
  scorer_signatures: z.record(z.string(), z.string()).optional(),
  rule_hashes: z.array(z.string()),
  /**
   * Preset judges whose `judge.<id>.agreement` is gated but whose cases carry no human label:
   * the bundled calibration set they were measured on and each case's label and judgement
   * (docs/metrics.md, "Preset judges").
   */
  calibration: z
    .record(
      z.string(),
      z.object({
        set: z.string(),
        pairs: z.array(z.object({ human: z.number(), judge: z.number() })),
        skipped: z.number().int(),
      }),
    )
    .optional(),
  /** The suite's risk tier (docs/governance.md "Risk tiers"): indices of the rules its policy set, and what it replaced. */
  risk: z
    .object({
      tier: z.enum(['low', 'medium', 'high', 'critical']),
      policy_rules: z.array(z.number().int()),
      replaced: z.array(z.string()),
    })
    .optional(),
  /** A safety suite (a pack, or safety scorers): which scorers' failures are successful attacks and which over-refusals. */
  safety: z
    .object({
      pack: z.string().nullable(),
      attack_scorers: z.array(z.string()),
      over_refusal_scorers: z.array(z.string()),
    })
    .optional(),
  /** The model settings that shape an answer (null: the provider's default), so a reviewer sees what changed. Absent in runs before 0.2. */
  settings: z
    .object({
      temperature: z.number().nullable(),
      max_tokens: z.number().int().nullable(),
      seed: z.number().int().nullable(),
      system_prompt_hash: z.string().nullable(),
    })
    .optional(),
  contamination: ContaminationManifest.optional(),
});
export type SuiteManifest = z.infer<typeof SuiteManifest>;

export const Manifest = z.object({
  tool: z.object({ name: z.literal('evalgate'), version: z.string() }),
  /** `chart`: the config's report.chart, so a report rendered later from run.json draws the same chart. */
  config: z.object({ file: z.string(), hash: z.string(), chart: z.enum(['mermaid', 'text', 'off']).optional() }),
  git: z.object({ sha: z.string().nullable(), ref: z.string().nullable() }),
  event: z.string().nullable(),
  pr: z.number().int().nullable(),
  tier: z.string(),
  shard: z.string().nullable(),
  suites: z.array(SuiteManifest),
  started_at: z.string(),
  ended_at: z.string(),
});
export type Manifest = z.infer<typeof Manifest>;

export const RuleStatus = z.enum(['pass', 'fail', 'inconclusive', 'no_baseline', 'not_gated', 'not_comparable']);
export const Verdict = z.enum(['pass', 'warn', 'fail', 'overridden', 'skipped', 'error']);
export type Verdict = z.infer<typeof Verdict>;

/** One group-sequential look at a regression test. */
export const SequentialLook = z.object({
  look: z.number().int(),
  cases: z.number().int(),
  /** The most cases this test could get: its information fraction is cases / capacity. */
  capacity: z.number().int(),
  /** z of "within the margin" and of "worse than the margin"; null when infinite (no variation). */
  z_pass: z.number().nullable(),
  z_fail: z.number().nullable(),
  pass_boundary: z.number(),
  fail_boundary: z.number(),
  /** `conclusive`: a boundary was crossed; `max`: no more cases can come; `open`: more cases would be run. */
  stop: z.enum(['conclusive', 'max', 'open']),
});
export type SequentialLook = z.infer<typeof SequentialLook>;

export const RuleOutcome = z.object({
  suite: z.string(),
  rule: z.number().int(),
  metric: z.string(),
  kind: z.enum(['absolute', 'regression', 'critical']),
  slice: z.object({ name: z.string(), value: z.string() }).nullable(),
  status: RuleStatus,
  /** What the status means for the verdict, after `on_inconclusive` / `on_no_baseline`. */
  outcome: z.enum(['pass', 'warn', 'fail', 'info']),
  current: z.number().nullable(),
  baseline: z.number().nullable(),
  delta: z.number().nullable(),
  interval: z.tuple([z.number(), z.number()]).nullable(),
  n: z.number().int(),
  bound: z.string(),
  method: z.string(),
  pvalue: z.number().nullable(),
  /** Regression rules: the smallest true worsening the gate fails 80% of the time at this n. */
  mde: z.number().nullable().optional(),
  /** Adaptive tiers: the group-sequential look that decided this test, or its last (README "Adaptive tiers"). */
  sequential: SequentialLook.optional(),

  /** Regression rules: the rule's one-sided confidence; `interval` is two-sided at 1 − 2α, so its ends are the one-sided bounds. */
  confidence: z.number().optional(),
  explanation: z.string(),
});
export type RuleOutcome = z.infer<typeof RuleOutcome>;

/** An adaptive tier's looks at one suite and why it stopped. */
export const AdaptiveSummary = z.object({
  suite: z.string(),
  method: z.string(),
  /** The most cases the tier could run. */
  max: z.number().int(),
  /** The cases it ran. */
  cases: z.number().int(),
  looks: z.array(z.object({ cases: z.number().int(), open: z.number().int() })),
  /** `conclusive`: every test decided; `max`: max reached; `dataset`: no more cases the baseline has; `stopped`: the run stopped (circuit breaker). */
  stop: z.enum(['conclusive', 'max', 'dataset', 'stopped']),
});
export type AdaptiveSummary = z.infer<typeof AdaptiveSummary>;

/** A warning about a suite as a whole (rules dropped, infrastructure errors), not the outcome of a configured rule. */
/** Worst first: how the report orders rule outcomes (fail above warn above pass above info). */
export const outcomeRank = (r: RuleOutcome): number => ({ fail: 3, warn: 2, pass: 1, info: 0 })[r.outcome];

export const isSuiteNote = (o: RuleOutcome): boolean => o.rule === -1 && o.kind !== 'critical';

export const Override = z.object({
  label: z.string(),
  actor: z.string(),
  permission: z.string(),
  applied_at: z.string(),
});

export const BaselineInfo = z.object({
  source: z.string(),
  git_sha: z.string().nullable(),
  ref: z.string().nullable(),
  created_at: z.string().nullable(),
  run_url: z.string().nullable().optional(),
});

/** A case whose severity is lower than the baseline's, or a critical case gone from the dataset. */
export const Demotion = z.object({
  id: z.string(),
  baseline: Severity,
  /** Null when the case is no longer in the dataset. */
  current: Severity.nullable(),
});
export type Demotion = z.infer<typeof Demotion>;

export const Comparison = z.object({
  baseline: BaselineInfo.nullable(),
  paired: z.number().int(),
  added: z.number().int(),
  removed: z.number().int(),
  changed: z.number().int(),
  notes: z.array(z.string()),
  /** Severities this run lowers: until the change is on the base branch, each case is gated at the baseline's severity. */
  demoted: z.array(Demotion).optional(),
  /** Model settings that differ from the baseline's, e.g. "temperature 0 → 0.2". */
  settings_changed: z.array(z.string()).optional(),
  /** Dataset lineage: case ids added, removed and edited (same id, other content) since the baseline's dataset. */
  dataset_changes: z
    .object({ added: z.array(z.string()), removed: z.array(z.string()), edited: z.array(z.string()) })
    .optional(),
});
export type Comparison = z.infer<typeof Comparison>;

export const Decision = z.object({
  verdict: Verdict,
  summary: z.string(),
  reasons: z.array(z.string()),
  rules: z.array(RuleOutcome),
  critical_failures: z.array(CriticalFailure),
  comparisons: z.record(z.string(), Comparison),
  override: Override.nullable(),
  /** Why override labels on the PR did not count (who, permission, before which push). */
  override_notes: z.array(z.string()).optional(),
  /** Adaptive tiers: per suite, the looks and why it stopped. */
  adaptive: z.array(AdaptiveSummary).optional(),
});
export type Decision = z.infer<typeof Decision>;

/**
 * A run that stopped before every case finished, or in which no call succeeded: its verdict
 * is `error`, and the finished cases are kept. `done` and `total` count case × repeat.
 */
export const Incomplete = z.object({
  kind: z.enum(['circuit_breaker', 'interrupted', 'budget', 'all_failed']),
  message: z.string(),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
export type Incomplete = z.infer<typeof Incomplete>;

/**
 * What the run was allowed to spend, what evalgate estimated before the first call and what it
 * spent (README "Budgets"). USD and calls count the model's and the judges' calls; `cached`
 * counts answers served from the response cache, which cost nothing.
 */
export const BudgetReport = z.object({
  limit: z.object({ usd: z.number().nullable(), calls: z.number().int().nullable() }).nullable(),
  estimate: z.object({
    /** Null when no planned call has a price. */
    usd: z.number().nullable(),
    calls: z.number().int().nonnegative(),
    cached: z.number().int().nonnegative(),
    /** Planned calls whose model has no price: not in `usd`. */
    unpriced: z.number().int().nonnegative(),
    /** Cases an adaptive tier may add, counted in the estimate at the tier's max. */
    adaptive_cases: z.number().int().nonnegative(),
  }),
  actual: z.object({
    usd: z.number(),
    calls: z.number().int().nonnegative(),
    cached: z.number().int().nonnegative(),
  }),
  /** `--force`: the run started although the estimate was over the budget. */
  forced: z.boolean(),
});
export type BudgetReport = z.infer<typeof BudgetReport>;

export const Run = z.object({
  schema: z.literal(RUN_SCHEMA),
  manifest: Manifest,
  cases: z.array(CaseRecord),
  aggregates: z.array(SuiteAggregate),
  decision: Decision.nullable(),
  incomplete: Incomplete.optional(),
  budget: BudgetReport.optional(),
});
export type Run = z.infer<typeof Run>;
