import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  external_exports
} from "./chunk-XLT3OMSK.js";

// src/core/format.ts
function formatValue(ref, value) {
  if (value === null || value === void 0 || Number.isNaN(value)) return "\u2013";
  if (!ref) return Number.isInteger(value) ? String(value) : round(value, 3);
  switch (ref.kind) {
    case "scorer":
      return ref.stat === "pass_rate" ? `${round(value * 100, 1)}%` : round(value, 3);
    case "errors":
      return ref.stat === "rate" ? `${round(value * 100, 1)}%` : String(value);
    case "latency":
      return `${round(value, 0)} ms`;
    case "cost":
      return `$${value < 1 ? value.toPrecision(3) : round(value, 2)}`;
    case "tokens":
      return round(value, 0);
    case "critical_failures":
      return String(value);
    case "critical":
      return `${round(value * 100, ref.stat === "failure_rate" ? 2 : 1)}%`;
    case "judge_agreement":
      return round(value, 2);
    case "suite":
      return round(value, 3);
    case "contamination":
      return `${round(value * 100, 1)}%`;
  }
}
function formatDelta(ref, delta) {
  if (delta === null || delta === void 0 || Number.isNaN(delta)) return "\u2013";
  const sign = delta > 0 ? "+" : delta < 0 ? "\u2212" : "\xB1";
  const magnitude = Math.abs(delta);
  if (ref && (ref.kind === "scorer" && ref.stat === "pass_rate" || ref.kind === "errors" && ref.stat === "rate" || ref.kind === "contamination" || ref.kind === "critical"))
    return `${sign}${round(magnitude * 100, 1)} pp`;
  return `${sign}${formatValue(ref, magnitude)}`;
}
function round(value, digits) {
  const fixed = value.toFixed(digits);
  return /^-0(\.0*)?$/.test(fixed) ? fixed.slice(1) : fixed;
}
var formatUsd = (usd) => `$${usd < 0.01 && usd > 0 ? usd.toPrecision(2) : usd.toFixed(2)}`;

// src/results/run-schema.ts
var RUN_SCHEMA = "evalgate/run@1";
var ScoreRecord = external_exports.object({
  /** On the scorer's own scale (docs/metrics.md): [0, 1] for most, 0–100 for sacreBLEU's BLEU and chrF. */
  value: external_exports.number(),
  /** Null when the scorer has no pass/fail threshold. */
  pass: external_exports.boolean().nullable(),
  detail: external_exports.string().optional(),
  /** A model-graded score's categorical outcome: the judge's rating on its scale, or a pairwise `win` / `tie` / `loss` / `inconsistent`. */
  label: external_exports.string().optional(),
  /** What grading this score cost (llm-judge calls), kept apart from the case's own cost. */
  cost_usd: external_exports.number().optional(),
  /** Judge and human rating of the human-labelled output, for `judge.<scorer>.agreement`. */
  calibration: external_exports.object({ human: external_exports.number(), judge: external_exports.number() }).optional(),
  /** The label a case expects (classify, choice), for the suite's classification metrics and confusion matrix. */
  expected_label: external_exports.string().optional(),
  /** The model's stated confidence in its label (classify with `confidence`), for ECE, Brier and ROC AUC. */
  confidence: external_exports.number().optional(),
  /** A judge's failure modes for this answer (llm-judge with `failure_tags`): hallucination, omission, format, refusal, tone. */
  failure_tags: external_exports.array(external_exports.string()).optional(),
  /** Per-case sufficient statistics of a suite metric (BLEU/chrF n-gram counts, tool-call matches), so corpus scores can be resampled. */
  stats: external_exports.array(external_exports.number()).optional()
});
var Tokens = external_exports.object({ prompt: external_exports.number(), completion: external_exports.number(), total: external_exports.number() });
var CaseError = external_exports.object({
  /** `infrastructure`: the provider failed (never scored as a wrong answer); `input`: the case could not be rendered. */
  kind: external_exports.enum(["infrastructure", "input"]),
  message: external_exports.string()
});
var Severity = external_exports.enum(["critical", "high", "normal", "low"]);
var CaseRecord = external_exports.object({
  suite: external_exports.string(),
  id: external_exports.string(),
  repeat: external_exports.number().int().nonnegative(),
  line: external_exports.number().int().positive().optional(),
  tags: external_exports.record(external_exports.string(), external_exports.string()),
  /** As the run's dataset says; a lowered severity is gated at the baseline's (see `Comparison.demoted`). */
  severity: Severity,
  fingerprint: external_exports.string(),
  /** The case's expected value, so a report can show expected against actual. */
  expected: external_exports.unknown().optional(),
  output: external_exports.string().nullable(),
  tool_calls: external_exports.array(external_exports.unknown()).optional(),
  scores: external_exports.record(external_exports.string(), ScoreRecord),
  latency_ms: external_exports.number().nullable(),
  tokens: Tokens.nullable(),
  cost_usd: external_exports.number().nullable(),
  /** Served from the response cache (latency, tokens and cost are the original call's). */
  cached: external_exports.boolean().optional(),
  /** What the model-graded scorers (llm-judge) cost for this case, apart from `cost_usd`; null when a judge reported no usage. */
  judge_cost_usd: external_exports.number().nullable().optional(),
  /** Scorers that could not grade this case (a judge call that failed), by scorer id: only that scorer's score is missing. */
  scorer_errors: external_exports.record(external_exports.string(), external_exports.string()).optional(),
  /** Suites with a `contamination:` corpus: the share of the case's n-grams the corpus holds, and whether it is flagged (docs/governance.md). */
  contamination: external_exports.object({ overlap: external_exports.number(), flagged: external_exports.boolean() }).optional(),
  error: CaseError.nullable()
});
var MetricValue = external_exports.object({
  metric: external_exports.string(),
  /** `rate`: successes/n; `mean`: mean of scores; `quantile`, `total`, `count`; `suite`: a statistic of all cases at once (corpus BLEU, macro-F1…). */
  kind: external_exports.enum(["rate", "mean", "quantile", "total", "count", "suite"]),
  value: external_exports.number().nullable(),
  n: external_exports.number().int().nonnegative(),
  successes: external_exports.number().int().nonnegative().optional(),
  interval: external_exports.tuple([external_exports.number(), external_exports.number()]).nullable().optional(),
  method: external_exports.string().optional()
});
var SliceValue = external_exports.object({
  slice: external_exports.string(),
  value: external_exports.string(),
  n: external_exports.number().int(),
  metrics: external_exports.array(MetricValue)
});
var CriticalFailure = external_exports.object({
  suite: external_exports.string(),
  id: external_exports.string(),
  repeat: external_exports.number().int(),
  line: external_exports.number().int().optional(),
  scorers: external_exports.array(external_exports.string()),
  /** Why the case could not be evaluated (its call or a critical scorer's judge failed): never a pass. */
  error: external_exports.string().optional(),
  expected: external_exports.unknown().optional(),
  output: external_exports.string().nullable()
});
var Flakiness = external_exports.object({
  scorer: external_exports.string(),
  /** Mean over cases of the chance that two repeats of a case disagree. */
  flip_rate: external_exports.number(),
  cases: external_exports.array(external_exports.object({ id: external_exports.string(), passes: external_exports.number().int(), repeats: external_exports.number().int() }))
});
var SuiteAggregate = external_exports.object({
  suite: external_exports.string(),
  cases: external_exports.number().int(),
  records: external_exports.number().int(),
  errors: external_exports.number().int(),
  metrics: external_exports.array(MetricValue),
  slices: external_exports.array(SliceValue),
  critical_failures: external_exports.array(CriticalFailure),
  flaky: external_exports.array(Flakiness).optional(),
  /** Judge failures by scorer id, counted apart from `errors` (failed model calls). */
  scorer_errors: external_exports.record(external_exports.string(), external_exports.number().int()).optional(),
  /** Per classify (or choice) scorer: rows = expected label, columns = predicted label. */
  confusion: external_exports.array(external_exports.object({ scorer: external_exports.string(), labels: external_exports.array(external_exports.string()), matrix: external_exports.array(external_exports.array(external_exports.number())) })).optional()
});
var ContaminationManifest = external_exports.object({
  n: external_exports.number().int(),
  threshold: external_exports.number(),
  corpus: external_exports.array(external_exports.object({ file: external_exports.string(), lines: external_exports.number().int(), bytes: external_exports.number().int() })),
  /** Cases checked (the whole dataset) and how many were flagged. */
  cases: external_exports.number().int(),
  flagged: external_exports.number().int()
});
var SuiteManifest = external_exports.object({
  id: external_exports.string(),
  /** The dataset's source: its path as the config names it. */
  dataset: external_exports.string(),
  /** Hash of every case's id and content hash, in order. */
  dataset_hash: external_exports.string(),
  /** Lines in the dataset file. Absent in runs before lineage was recorded. */
  dataset_lines: external_exports.number().int().optional(),
  /** Every case of the dataset (not only the tier's): id → content hash (its fingerprint), so the next run can list added, removed and edited cases. */
  dataset_cases: external_exports.record(external_exports.string(), external_exports.string()).optional(),
  prompt: external_exports.string(),
  prompt_hash: external_exports.string(),
  provider: external_exports.string(),
  model: external_exports.string(),
  tier: external_exports.string(),
  cases: external_exports.number().int(),
  /** A sampled tier's composition (README "Tiers"): its critical cases and its cases per value of each slice tag. */
  composition: external_exports.object({
    cases: external_exports.number().int(),
    critical: external_exports.number().int(),
    slices: external_exports.record(external_exports.string(), external_exports.record(external_exports.string(), external_exports.number().int()))
  }).optional(),
  repeats: external_exports.number().int(),
  /** Hash of each scorer's and each rule's definition: a metric whose definition changed is not comparable. */
  scorer_hashes: external_exports.record(external_exports.string(), external_exports.string()),
  /** Each reference-based scorer's settings, sacreBLEU style (`nrefs:1|case:mixed|eff:yes|tok:13a|smooth:exp|version:2.x`), so its numbers can be reproduced. */
  scorer_signatures: external_exports.record(external_exports.string(), external_exports.string()).optional(),
  rule_hashes: external_exports.array(external_exports.string()),
  /**
   * Preset judges whose `judge.<id>.agreement` is gated but whose cases carry no human label:
   * the bundled calibration set they were measured on and each case's label and judgement
   * (docs/metrics.md, "Preset judges").
   */
  calibration: external_exports.record(
    external_exports.string(),
    external_exports.object({
      set: external_exports.string(),
      pairs: external_exports.array(external_exports.object({ human: external_exports.number(), judge: external_exports.number() })),
      skipped: external_exports.number().int()
    })
  ).optional(),
  /** The suite's risk tier (docs/governance.md "Risk tiers"): indices of the rules its policy set, and what it replaced. */
  risk: external_exports.object({
    tier: external_exports.enum(["low", "medium", "high", "critical"]),
    policy_rules: external_exports.array(external_exports.number().int()),
    replaced: external_exports.array(external_exports.string())
  }).optional(),
  /** A safety suite (a pack, or safety scorers): which scorers' failures are successful attacks and which over-refusals. */
  safety: external_exports.object({
    pack: external_exports.string().nullable(),
    attack_scorers: external_exports.array(external_exports.string()),
    over_refusal_scorers: external_exports.array(external_exports.string())
  }).optional(),
  /** The model settings that shape an answer (null: the provider's default), so a reviewer sees what changed. Absent in runs before 0.2. */
  settings: external_exports.object({
    temperature: external_exports.number().nullable(),
    max_tokens: external_exports.number().int().nullable(),
    seed: external_exports.number().int().nullable(),
    system_prompt_hash: external_exports.string().nullable()
  }).optional(),
  contamination: ContaminationManifest.optional()
});
var Manifest = external_exports.object({
  tool: external_exports.object({ name: external_exports.literal("evalgate"), version: external_exports.string() }),
  /** `chart`: the config's report.chart, so a report rendered later from run.json draws the same chart. */
  config: external_exports.object({ file: external_exports.string(), hash: external_exports.string(), chart: external_exports.enum(["mermaid", "text", "off"]).optional() }),
  git: external_exports.object({ sha: external_exports.string().nullable(), ref: external_exports.string().nullable() }),
  event: external_exports.string().nullable(),
  pr: external_exports.number().int().nullable(),
  tier: external_exports.string(),
  shard: external_exports.string().nullable(),
  suites: external_exports.array(SuiteManifest),
  started_at: external_exports.string(),
  ended_at: external_exports.string()
});
var RuleStatus = external_exports.enum(["pass", "fail", "inconclusive", "no_baseline", "not_gated", "not_comparable"]);
var Verdict = external_exports.enum(["pass", "warn", "fail", "overridden", "skipped", "error"]);
var SequentialLook = external_exports.object({
  look: external_exports.number().int(),
  cases: external_exports.number().int(),
  /** The most cases this test could get: its information fraction is cases / capacity. */
  capacity: external_exports.number().int(),
  /** z of "within the margin" and of "worse than the margin"; null when infinite (no variation). */
  z_pass: external_exports.number().nullable(),
  z_fail: external_exports.number().nullable(),
  pass_boundary: external_exports.number(),
  fail_boundary: external_exports.number(),
  /** `conclusive`: a boundary was crossed; `max`: no more cases can come; `open`: more cases would be run. */
  stop: external_exports.enum(["conclusive", "max", "open"])
});
var RuleOutcome = external_exports.object({
  suite: external_exports.string(),
  rule: external_exports.number().int(),
  metric: external_exports.string(),
  kind: external_exports.enum(["absolute", "regression", "critical"]),
  slice: external_exports.object({ name: external_exports.string(), value: external_exports.string() }).nullable(),
  status: RuleStatus,
  /** What the status means for the verdict, after `on_inconclusive` / `on_no_baseline`. */
  outcome: external_exports.enum(["pass", "warn", "fail", "info"]),
  current: external_exports.number().nullable(),
  baseline: external_exports.number().nullable(),
  delta: external_exports.number().nullable(),
  interval: external_exports.tuple([external_exports.number(), external_exports.number()]).nullable(),
  n: external_exports.number().int(),
  bound: external_exports.string(),
  method: external_exports.string(),
  pvalue: external_exports.number().nullable(),
  /** Regression rules: the smallest true worsening the gate fails 80% of the time at this n. */
  mde: external_exports.number().nullable().optional(),
  /** Adaptive tiers: the group-sequential look that decided this test, or its last (README "Adaptive tiers"). */
  sequential: SequentialLook.optional(),
  /** Regression rules: the rule's one-sided confidence; `interval` is two-sided at 1 − 2α, so its ends are the one-sided bounds. */
  confidence: external_exports.number().optional(),
  explanation: external_exports.string()
});
var AdaptiveSummary = external_exports.object({
  suite: external_exports.string(),
  method: external_exports.string(),
  /** The most cases the tier could run. */
  max: external_exports.number().int(),
  /** The cases it ran. */
  cases: external_exports.number().int(),
  looks: external_exports.array(external_exports.object({ cases: external_exports.number().int(), open: external_exports.number().int() })),
  /** `conclusive`: every test decided; `max`: max reached; `dataset`: no more cases the baseline has; `stopped`: the run stopped (circuit breaker). */
  stop: external_exports.enum(["conclusive", "max", "dataset", "stopped"])
});
var outcomeRank = (r) => ({ fail: 3, warn: 2, pass: 1, info: 0 })[r.outcome];
var isSuiteNote = (o) => o.rule === -1 && o.kind !== "critical";
var Override = external_exports.object({
  label: external_exports.string(),
  actor: external_exports.string(),
  permission: external_exports.string(),
  applied_at: external_exports.string()
});
var BaselineInfo = external_exports.object({
  source: external_exports.string(),
  git_sha: external_exports.string().nullable(),
  ref: external_exports.string().nullable(),
  created_at: external_exports.string().nullable(),
  run_url: external_exports.string().nullable().optional()
});
var Demotion = external_exports.object({
  id: external_exports.string(),
  baseline: Severity,
  /** Null when the case is no longer in the dataset. */
  current: Severity.nullable()
});
var Comparison = external_exports.object({
  baseline: BaselineInfo.nullable(),
  paired: external_exports.number().int(),
  added: external_exports.number().int(),
  removed: external_exports.number().int(),
  changed: external_exports.number().int(),
  notes: external_exports.array(external_exports.string()),
  /** Severities this run lowers: until the change is on the base branch, each case is gated at the baseline's severity. */
  demoted: external_exports.array(Demotion).optional(),
  /** Model settings that differ from the baseline's, e.g. "temperature 0 → 0.2". */
  settings_changed: external_exports.array(external_exports.string()).optional(),
  /** Dataset lineage: case ids added, removed and edited (same id, other content) since the baseline's dataset. */
  dataset_changes: external_exports.object({ added: external_exports.array(external_exports.string()), removed: external_exports.array(external_exports.string()), edited: external_exports.array(external_exports.string()) }).optional()
});
var Decision = external_exports.object({
  verdict: Verdict,
  summary: external_exports.string(),
  reasons: external_exports.array(external_exports.string()),
  rules: external_exports.array(RuleOutcome),
  critical_failures: external_exports.array(CriticalFailure),
  comparisons: external_exports.record(external_exports.string(), Comparison),
  override: Override.nullable(),
  /** Why override labels on the PR did not count (who, permission, before which push). */
  override_notes: external_exports.array(external_exports.string()).optional(),
  /** Adaptive tiers: per suite, the looks and why it stopped. */
  adaptive: external_exports.array(AdaptiveSummary).optional()
});
var Incomplete = external_exports.object({
  kind: external_exports.enum(["circuit_breaker", "interrupted", "budget", "all_failed"]),
  message: external_exports.string(),
  done: external_exports.number().int().nonnegative(),
  total: external_exports.number().int().nonnegative()
});
var BudgetReport = external_exports.object({
  limit: external_exports.object({ usd: external_exports.number().nullable(), calls: external_exports.number().int().nullable() }).nullable(),
  estimate: external_exports.object({
    /** Null when no planned call has a price. */
    usd: external_exports.number().nullable(),
    calls: external_exports.number().int().nonnegative(),
    cached: external_exports.number().int().nonnegative(),
    /** Planned calls whose model has no price: not in `usd`. */
    unpriced: external_exports.number().int().nonnegative(),
    /** Cases an adaptive tier may add, counted in the estimate at the tier's max. */
    adaptive_cases: external_exports.number().int().nonnegative()
  }),
  actual: external_exports.object({
    usd: external_exports.number(),
    calls: external_exports.number().int().nonnegative(),
    cached: external_exports.number().int().nonnegative()
  }),
  /** `--force`: the run started although the estimate was over the budget. */
  forced: external_exports.boolean()
});
var Run = external_exports.object({
  schema: external_exports.literal(RUN_SCHEMA),
  manifest: Manifest,
  cases: external_exports.array(CaseRecord),
  aggregates: external_exports.array(SuiteAggregate),
  decision: Decision.nullable(),
  incomplete: Incomplete.optional(),
  budget: BudgetReport.optional()
});

export {
  formatValue,
  formatDelta,
  round,
  formatUsd,
  RUN_SCHEMA,
  CaseRecord,
  outcomeRank,
  isSuiteNote,
  Run
};
