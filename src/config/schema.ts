import { z } from 'zod';

/**
 * The gate YAML, defined once. Types are inferred from it, the JSON Schema
 * (`evalgate schema`) is generated from it, and the loader validates with it.
 */

const Id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, { error: 'expected an id of letters, digits, "_" or "-"' });

const MARGIN_HINT = 'expected a fraction or a percentage like 5% (relative to the baseline) or 2pp (percentage points)';

/** `0.02` (metric units), `5%` (relative to the baseline value) or `2pp` (percentage points, i.e. 0.02). */
export const Margin = z.union([z.number(), z.string()], { error: MARGIN_HINT }).transform((raw, ctx) => {
  if (typeof raw === 'number') {
    if (!(raw >= 0) || !Number.isFinite(raw)) ctx.addIssue({ code: 'custom', message: `${MARGIN_HINT}; got ${raw}` });
    return { value: raw, relative: false, text: String(raw) };
  }
  const match = /^\s*(\d+(?:\.\d+)?)\s*(%|pp)\s*$/.exec(raw);
  if (!match) {
    ctx.addIssue({ code: 'custom', message: MARGIN_HINT });
    return z.NEVER;
  }
  const number = Number(match[1]);
  if (!(number > 0 && number <= 100)) {
    ctx.addIssue({ code: 'custom', message: `a percentage must be in (0, 100%]; got ${raw.trim()}` });
    return z.NEVER;
  }
  return { value: number / 100, relative: match[2] === '%', text: raw.trim() };
});
export type Margin = z.output<typeof Margin>;

/** A sample size: a count of cases or a percentage of the dataset. */
const SampleSize = z.union([z.number().int().positive(), z.string()]).transform((raw, ctx) => {
  if (typeof raw === 'number') return { count: raw };
  const match = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(raw);
  const percent = match ? Number(match[1]) : NaN;
  if (!(percent > 0 && percent <= 100)) {
    ctx.addIssue({ code: 'custom', message: `expected a case count or a percentage in (0, 100%]; got ${raw}` });
    return z.NEVER;
  }
  return { fraction: percent / 100 };
});

export const ReplayProvider = z.strictObject({
  type: z.literal('replay'),
  /** JSONL of recorded outputs: `{"id", "repeat"?, "suite"?, "output", "latency_ms"?, "usage"?, "cost_usd"?}`. */
  recordings: z.string(),
  /** The model the recordings came from, reported in run.json. */
  model: z.string().default('recorded'),
  concurrency: z.number().int().positive().max(1024).default(64),
});

/** How the runner treats a provider's calls (all providers that call something). */
const CallSettings = {
  concurrency: z.number().int().positive().max(1024).default(8),
  /** Per attempt; a call that takes longer is abandoned and retried. */
  timeout_ms: z.number().int().positive().default(60_000),
  /** Retries of a call that failed for a retryable reason (429, 5xx, timeout, connection). */
  max_retries: z.number().int().nonnegative().max(20).default(5),
  /** This many cases failing in a row (after retries) stop the run with exit code 3. */
  circuit_breaker: z.number().int().positive().default(10),
  /** USD per million tokens; defaults to the built-in table for known OpenAI models. */
  price: z.strictObject({ input: z.number().nonnegative(), output: z.number().nonnegative() }).optional(),
};

/** The name of an environment variable (never its value). */
const EnvName = z
  .string()
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { error: 'expected the name of an environment variable, like OPENAI_API_KEY' });

/** A JSON Schema inline, or the path of a .json file holding one. */
const JsonSchemaRef = z.union([z.record(z.string(), z.unknown()), z.string().min(1)]);

export const OpenAIProvider = z.strictObject({
  type: z.literal('openai'),
  model: z.string().min(1),
  /** Any OpenAI-compatible server (Azure OpenAI, vLLM, Ollama, LiteLLM); else OPENAI_BASE_URL, else api.openai.com. */
  base_url: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }).optional(),
  /** The environment variable holding the key; null for a server that needs none (Ollama, vLLM). */
  api_key_env: EnvName.nullable().default('OPENAI_API_KEY'),
  /** Extra request headers and query parameters (not for secrets: a literal key is rejected). */
  headers: z.record(z.string(), z.string()).optional(),
  query: z.record(z.string(), z.string()).optional(),
  temperature: z.number().min(0).max(2).optional(),
  top_p: z.number().gt(0).max(1).optional(),
  seed: z.number().int().optional(),
  max_tokens: z.number().int().positive().optional(),
  /** For reasoning models, which reject max_tokens. */
  max_completion_tokens: z.number().int().positive().optional(),
  stop: z.array(z.string()).max(4).optional(),
  /** `json`: any JSON object; `{ json_schema }`: structured output that must match the schema. */
  response_format: z
    .union([
      z.enum(['text', 'json']),
      z.strictObject({ json_schema: JsonSchemaRef, name: Id.default('output'), strict: z.boolean().default(true) }),
    ])
    .optional(),
  /** Chat Completions tool definitions, inline or as the path of a .json file; calls are recorded for the tool-call scorer. */
  tools: z.union([z.array(z.record(z.string(), z.unknown())).min(1), z.string().min(1)]).optional(),
  tool_choice: z
    .union([z.enum(['auto', 'none', 'required']), z.strictObject({ function: z.string().min(1) })])
    .optional(),
  /** The model `embed()` uses (semantic-similarity scoring). */
  embedding_model: z.string().min(1).default('text-embedding-3-small'),
  ...CallSettings,
});

export const CommandProvider = z.strictObject({
  type: z.literal('command'),
  /** The program and its arguments (no shell), e.g. [node, app/eval.js]; or one string run by the shell. */
  command: z.union([z.array(z.string().min(1)).min(1), z.string().min(1)]),
  /** `per-case`: one process per case; `worker`: long-lived processes reading and writing JSON lines. */
  mode: z.enum(['per-case', 'worker']).default('per-case'),
  /** `json`: stdout is `{"output", "tool_calls"?, "tokens"?, "cost_usd"?}`; `text`: stdout is the output. Workers always speak JSON. */
  stdout: z.enum(['json', 'text']).default('json'),
  /** Working directory, relative to the config; default the config's folder. */
  cwd: z.string().optional(),
  /**
   * What the program's environment holds besides PATH, HOME, TMPDIR and the locale: a list of
   * variables passed from evalgate's environment, or a map of values where `${NAME}` reads one.
   * GitHub tokens are never passed.
   */
  env: z.union([z.array(EnvName), z.record(EnvName, z.string())]).optional(),
  /** Reported in run.json as the model. */
  model: z.string().default('command'),
  ...CallSettings,
  concurrency: z.number().int().positive().max(256).default(4),
  max_retries: z.number().int().nonnegative().max(20).default(0),
});

export const HttpProvider = z.strictObject({
  type: z.literal('http'),
  url: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }),
  method: z.enum(['POST', 'PUT']).default('POST'),
  /** Header values may name environment variables as ${NAME} (for tokens); the value is never shown. */
  headers: z.record(z.string(), z.string()).default({}),
  /** JSON body; strings are templates over the case's vars plus {{messages}}, {{prompt}}, {{id}} and {{repeat}}. A string that is exactly one placeholder keeps the value's JSON type. */
  body: z.unknown().default({ messages: '{{messages}}' }),
  /** Where the answer is in the JSON response, e.g. choices[0].message.content or $.data.answer. */
  output: z.string().min(1).default('output'),
  tool_calls: z.string().min(1).optional(),
  /** Where an OpenAI-style usage object ({prompt_tokens, completion_tokens}) is, for tokens and cost. */
  usage: z.string().min(1).optional(),
  model: z.string().default('http'),
  ...CallSettings,
});

export const ProviderConfig = z.discriminatedUnion('type', [
  ReplayProvider,
  OpenAIProvider,
  CommandProvider,
  HttpProvider,
]);
export type ProviderConfig = z.output<typeof ProviderConfig>;

const ScorerBase = {
  id: Id,
  /** A failing case on a critical-severity case is a critical failure; `false` excludes this scorer from that count. */
  critical: z.boolean().default(true),
};

export const EqualsScorer = z.strictObject({
  ...ScorerBase,
  type: z.literal('equals'),
  expected: z.string().default('{{expected}}'),
  ignore_case: z.boolean().default(false),
  trim: z.boolean().default(true),
});

export const ContainsScorer = z.strictObject({
  ...ScorerBase,
  type: z.enum(['contains', 'icontains']),
  /** One template or a list; all must appear unless `any: true`. */
  expected: z.union([z.string(), z.array(z.string()).min(1)]).default('{{expected}}'),
  any: z.boolean().default(false),
  negate: z.boolean().default(false),
});

export const RegexScorer = z.strictObject({
  ...ScorerBase,
  type: z.literal('regex'),
  pattern: z.string().min(1),
  flags: z
    .string()
    .regex(/^[dgimsuvy]*$/, { error: 'expected JavaScript RegExp flags such as "i" or "ms"' })
    .default(''),
  negate: z.boolean().default(false),
});

export const JsonScorer = z.strictObject({
  ...ScorerBase,
  type: z.literal('json'),
  /** A JSON Schema, inline or as a path to a .json file; absent means "any valid JSON". */
  schema: z.union([z.record(z.string(), z.unknown()), z.string()]).optional(),
});

const JudgeSettings = {
  /** The provider that judges, or several whose verdicts are combined by `combine`. */
  provider: z.union([Id, z.array(Id).min(1)]).default('judge'),
  /** What a good answer is; the judge sees it verbatim. */
  rubric: z.string().min(1),
  /** Template of what was asked; default the rendered prompt's messages. */
  input: z.string().optional(),
  /** How several judges' verdicts become one: `mean`, `median` or `majority` (a tie goes to the lower rating). */
  combine: z.enum(['mean', 'median', 'majority']).default('mean'),
  temperature: z.number().min(0).max(2).default(0),
};

export const LlmJudgeScorer = z.strictObject({
  ...ScorerBase,
  type: z.literal('llm-judge'),
  ...JudgeSettings,
  /** `[low, high]` integer ratings (e.g. [1, 5]), or `pass-fail`. */
  scale: z.union([z.literal('pass-fail'), z.tuple([z.number().int(), z.number().int()])]).default([1, 5]),
  /** The lowest rating that passes; without it a rating scale has a mean but no pass/fail. */
  threshold: z.number().optional(),
  /** Template of a reference answer the judge may compare with, e.g. "{{expected}}". */
  reference: z.string().optional(),
});
export type LlmJudgeScorer = z.output<typeof LlmJudgeScorer>;

/** Candidate vs the baseline's output of the same case, judged in both orders to cancel position bias. */
export const LlmJudgePairwiseScorer = z.strictObject({
  ...ScorerBase,
  type: z.literal('llm-judge-pairwise'),
  ...JudgeSettings,
});
export type LlmJudgePairwiseScorer = z.output<typeof LlmJudgePairwiseScorer>;

export const ScorerConfig = z.discriminatedUnion('type', [
  EqualsScorer,
  ContainsScorer,
  RegexScorer,
  JsonScorer,
  LlmJudgeScorer,
  LlmJudgePairwiseScorer,
]);
export type ScorerConfig = z.output<typeof ScorerConfig>;

export const Outcome = z.enum(['pass', 'warn', 'fail']);

export const RuleConfig = z.strictObject({
  /** `<scorer>.pass_rate`, `<scorer>.mean`, `critical_failures`, `latency.p50|p90|p95|p99|mean`, `cost.total|mean`, `tokens.total|mean`, `errors.rate|count`. */
  metric: z
    .string()
    .min(1)
    .describe(
      '<scorer>.pass_rate, <scorer>.mean, critical_failures, latency.p50|p90|p95|p99|mean, cost.total|mean, tokens.total|mean, errors.rate|count',
    ),
  min: z.number().optional().describe('Absolute floor for the metric'),
  max: z.number().optional().describe('Absolute ceiling for the metric'),
  max_drop: Margin.optional().describe(
    'Non-inferiority margin vs the baseline where higher is better: 0.02, 2pp or 5% (relative)',
  ),
  max_increase: Margin.optional().describe(
    'Non-inferiority margin vs the baseline where lower is better: 50 (units), 2pp or 10% (relative)',
  ),
  per_slice: z
    .boolean()
    .default(false)
    .describe('Test the rule in every slice with at least min_n cases, corrected for the number of slices'),
  /** Slices with fewer paired cases are reported, not gated. */
  min_n: z.number().int().positive().default(20).describe('Slices with fewer paired cases are reported, not gated'),
  confidence: z.number().gt(0.5).lt(1).default(0.95).describe('One-sided confidence of regression tests'),
  correction: z.enum(['holm', 'bh', 'none']).default('holm').describe('Multiple-comparison correction across slices'),
  on_inconclusive: Outcome.default('warn').describe('What an inconclusive regression test does to the verdict'),
  on_no_baseline: Outcome.default('warn').describe('What a regression rule without a baseline does to the verdict'),
  /**
   * With `repeats: k`, how a case's k outcomes become one: `mean` (the share that passed),
   * `pass@k` (any passed), `pass^k` (all passed) or `majority`. The case is the unit of the test.
   */
  aggregate: z.enum(['mean', 'pass@k', 'pass^k', 'majority']).default('mean'),
});
export type RuleConfig = z.output<typeof RuleConfig>;

export const TierConfig = z.strictObject({
  sample: SampleSize.optional(),
  /** Run more cases while a regression rule is inconclusive, up to `max` (a count, or `full`); README "Adaptive tiers". */
  adaptive: z
    .strictObject({
      max: z.union([z.number().int().positive(), z.literal('full')]),
      /** Cases added per look; default a twentieth of `max` (at least 50). */
      batch: z.number().int().positive().optional(),
    })
    .optional()
    .describe('Sequential sample size: more cases while a regression rule is inconclusive, up to max'),
  seed: z.union([z.string(), z.number()]).default('evalgate'),
});

export const SuiteConfig = z.strictObject({
  id: Id.describe('Suite id, used to pair with the baseline'),
  description: z.string().optional(),
  paths: z
    .array(z.string().min(1))
    .default([])
    .describe(
      "Globs of repository paths (from the repository root) whose change triggers this suite; '!glob' excludes",
    ),
  prompt: z
    .string()
    .describe(
      'Prompt template file, relative to the config; [system]/[user]/[assistant] sections, {{var}} placeholders',
    ),
  dataset: z.string().describe('Dataset file (.jsonl, .yaml or .csv), relative to the config'),
  provider: z.string().default('default').describe('Name of the provider in providers:'),
  tiers: z
    .record(
      Id,
      TierConfig.nullable().transform((t) => t ?? TierConfig.parse({})),
    )
    .default({ smoke: { seed: 'evalgate' }, full: { seed: 'evalgate' } })
    .describe('Named tiers (smoke on PRs, full on the base branch); sample: N cases or N%'),
  repeats: z.number().int().positive().max(100).default(1).describe('Independent calls per case'),
  slices: z.array(z.string().min(1)).default([]).describe('Case tags to report and gate per slice'),
  scorers: z.array(ScorerConfig).min(1),
  rules: z.array(RuleConfig).default([]),
});
export type SuiteConfig = z.output<typeof SuiteConfig>;

/** Caps on one run (README "Limits"); past one, the run stops before any model call with exit code 2. */
export const Limits = z.strictObject({
  cases: z.number().int().positive().default(10_000).describe("Most cases a suite's dataset may hold"),
  case_bytes: z.number().int().positive().default(100_000).describe('Most bytes one dataset case may take, as JSON'),
  prompt_bytes: z.number().int().positive().default(200_000).describe("Most bytes a suite's prompt file may take"),
  calls: z
    .number()
    .int()
    .positive()
    .default(20_000)
    .describe('Most model calls one run may plan: cases × repeats, plus llm-judge calls'),
});
export type Limits = z.output<typeof Limits>;

export const GateConfig = z.strictObject({
  version: z.literal(1).describe('Gate config format version'),
  providers: z
    .record(Id, ProviderConfig)
    .describe('Named model providers; suites use "default" unless they name another'),
  suites: z.array(SuiteConfig).min(1),
  overrides: z
    .strictObject({
      label: z.string().min(1).default('evalgate/override'),
      min_permission: z.enum(['read', 'triage', 'write', 'maintain', 'admin']).default('maintain'),
    })
    .default({ label: 'evalgate/override', min_permission: 'maintain' }),
  baseline: z
    .strictObject({
      branch: z.string().optional(),
      artifact: z.string().min(1).default('evalgate-results'),
    })
    .default({ artifact: 'evalgate-results' }),
  limits: Limits.default(Limits.parse({})).describe(
    "Caps on what one run loads and calls, so data cannot buy unbounded model calls; a pull request is held to the base branch's",
  ),
});
export type GateConfig = z.output<typeof GateConfig>;
