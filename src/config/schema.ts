import { z } from 'zod';
import { didYouMean } from '../core/suggest.js';
import { compileGlob } from './glob.js';
import {
  BUILT_IN_METRICS,
  CLASS_STATS,
  SUITE_STATS,
  higherIsBetter,
  parseMetricName,
  type MetricRef,
} from './metric-name.js';
import { declaredClasses, suiteStatistic, suiteStatsOf } from '../scorers/suite-metrics.js';
import { parseJsonPath } from '../providers/json-path.js';
import { Id, ScorerBase } from './scorer-base.js';
import { EnvName, ProgramEnv } from './program-env.js';
import { REFERENCE_SCORERS } from '../scorers/option-schemas.js';
import { JUDGE_PRESETS } from '../scorers/llm-judge-presets.js';
import { RISK_TIERS } from './risk-tiers.js';
import { findPack } from '../dataset/pack-catalog.js';

/**
 * The gate YAML, defined once. Types are inferred from it, the JSON Schema
 * (`evalgate schema`) is generated from it, and the loader validates with it.
 */

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
  return { value: number / 100, relative: match[2] === '%', text: `${match[1]}${match[2]}` };
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
  /**
   * JSONL of recorded outputs: `{"id", "repeat"?, "suite"?, "output", "latency_ms"?, "usage"?, "cost_usd"?}`,
   * and recorded embeddings `{"model", "text", "embedding"}` for similarity scorers.
   */
  recordings: z.string(),
  /** The model the recordings came from, reported in run.json. */
  model: z.string().default('recorded'),
  /** The embedding model a similarity scorer replays when it names none. */
  embedding_model: z.string().min(1).optional(),
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
  /** USD per million tokens; defaults to the built-in table (OpenAI, Anthropic and Gemini models). */
  price: z
    .strictObject({
      input: z.number().nonnegative(),
      output: z.number().nonnegative(),
      /** Input tokens read from the provider's prompt cache, where they cost less. */
      cached_input: z.number().nonnegative().optional(),
    })
    .optional(),
};

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
  /**
   * Send a tier's calls through the OpenAI Batch API (half price, answers within 24 h): only
   * tiers without `adaptive`, never on a pull request (docs/providers.md, "OpenAI Batch API").
   */
  batch: z
    .union([
      z.boolean(),
      z.strictObject({
        /** First wait between status checks; it grows by half after each check, up to ten times this. */
        poll_ms: z.number().int().positive().default(30_000),
      }),
    ])
    .optional()
    .describe('Send the run through the OpenAI Batch API: 50% cheaper, not for pull requests or adaptive tiers'),
  ...CallSettings,
});

/** Chat Completions tool definitions (`{type: function, function: {name, description, parameters}}`), inline or a .json file; anthropic and gemini translate them. */
const ToolList = z.union([z.array(z.record(z.string(), z.unknown())).min(1), z.string().min(1)]);
const ToolChoice = z.union([z.enum(['auto', 'none', 'required']), z.strictObject({ function: z.string().min(1) })]);
/** Structured output where the API has it: a JSON Schema inline or in a .json file. */
const SchemaFormat = z.strictObject({ json_schema: JsonSchemaRef, name: Id.default('output') });

/** Claude through the Messages API (the official @anthropic-ai/sdk). */
export const AnthropicProvider = z.strictObject({
  type: z.literal('anthropic'),
  model: z.string().min(1),
  /** A proxy or gateway that speaks the Messages API; else ANTHROPIC_BASE_URL, else api.anthropic.com. */
  base_url: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }).optional(),
  api_key_env: EnvName.nullable().default('ANTHROPIC_API_KEY'),
  headers: z.record(z.string(), z.string()).optional(),
  temperature: z.number().min(0).max(1).optional(),
  top_p: z.number().gt(0).max(1).optional(),
  top_k: z.number().int().positive().optional(),
  /** The Messages API requires a ceiling on the answer's length. */
  max_tokens: z.number().int().positive().default(1024),
  stop: z.array(z.string()).max(8).optional(),
  /** `{ json_schema }`: structured output (output_config.format); the API has no schema-less JSON mode. */
  response_format: z.union([z.literal('text'), SchemaFormat]).optional(),
  tools: ToolList.optional(),
  tool_choice: ToolChoice.optional(),
  ...CallSettings,
});

/** Gemini through the Gemini API's generateContent (the official @google/genai). */
export const GeminiProvider = z.strictObject({
  type: z.literal('gemini'),
  model: z.string().min(1),
  /** A proxy or gateway that speaks the Gemini API; else generativelanguage.googleapis.com. */
  base_url: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }).optional(),
  api_key_env: EnvName.nullable().default('GEMINI_API_KEY'),
  headers: z.record(z.string(), z.string()).optional(),
  temperature: z.number().min(0).max(2).optional(),
  top_p: z.number().gt(0).max(1).optional(),
  top_k: z.number().int().positive().optional(),
  seed: z.number().int().optional(),
  max_tokens: z.number().int().positive().optional(),
  stop: z.array(z.string()).max(5).optional(),
  /** `json`: responseMimeType application/json; `{ json_schema }`: responseJsonSchema as well. */
  response_format: z.union([z.enum(['text', 'json']), SchemaFormat]).optional(),
  tools: ToolList.optional(),
  tool_choice: ToolChoice.optional(),
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
  env: ProgramEnv.optional(),
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
  AnthropicProvider,
  GeminiProvider,
  CommandProvider,
  HttpProvider,
]);
export type ProviderConfig = z.output<typeof ProviderConfig>;

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
  /** What a good answer is; the judge sees it verbatim. Optional with a `preset`. */
  rubric: z.string().min(1).optional(),
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
  /** A rubric written for evalgate (docs/metrics.md): it fills `rubric` and `reference` unless they are given. */
  preset: z.enum(JUDGE_PRESETS).optional(),
  /** `[low, high]` integer ratings (e.g. [1, 5]), or `pass-fail`. */
  scale: z.union([z.literal('pass-fail'), z.tuple([z.number().int(), z.number().int()])]).default([1, 5]),
  /** The lowest rating that passes; without it a rating scale has a mean but no pass/fail. */
  threshold: z.number().optional(),
  /** Template of a reference answer the judge may compare with, e.g. "{{expected}}". */
  reference: z.string().optional(),
  /** Also ask the judge which failure modes the response shows (docs/governance.md, "Failure taxonomy"); the report counts them. */
  failure_tags: z
    .boolean()
    .optional()
    .describe(
      'Ask the judge for failure_tags (hallucination, omission, format, refusal, tone); the report counts them',
    ),
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
  ...REFERENCE_SCORERS,
]);
export type ScorerConfig = z.output<typeof ScorerConfig>;

export const Outcome = z.enum(['pass', 'warn', 'fail']);

const RuleFields = z.strictObject({
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

/**
 * A rule, with its metric name parsed (`ref`) and the checks that involve several of its
 * fields, so that anything parsing with this schema accepts exactly what `validate` accepts.
 * Checks that need the suite (does the scorer exist?) are on SuiteConfig.
 */
export const RuleConfig = RuleFields.transform((rule, ctx) => {
  const ref = parseMetricName(rule.metric);
  if (!ref) {
    const prefix = rule.metric.split('.')[0]!;
    ctx.addIssue({
      code: 'custom',
      path: ['metric'],
      message: `unknown metric "${rule.metric}"${didYouMean(rule.metric, [...BUILT_IN_METRICS, `${prefix}.pass_rate`, `${prefix}.mean`, ...SUITE_STATS.map((stat) => `${prefix}.${stat}`)])}; expected <scorer>.pass_rate, <scorer>.mean, a suite metric (docs/metrics.md) or one of ${BUILT_IN_METRICS.join(', ')}`,
    });
    return z.NEVER;
  }
  for (const [path, message] of ruleIssues(rule, ref)) ctx.addIssue({ code: 'custom', path, message });
  return { ...rule, ref };
});
export type RuleConfig = z.output<typeof RuleConfig>;

function ruleIssues(rule: z.output<typeof RuleFields>, ref: MetricRef): [PropertyKey[], string][] {
  const out: [PropertyKey[], string][] = [];
  const bounds = (['min', 'max', 'max_drop', 'max_increase'] as const).filter((b) => rule[b] !== undefined);
  if (bounds.length !== 1)
    out.push([
      [],
      `a rule needs exactly one of min, max, max_drop, max_increase; got ${bounds.length ? bounds.join(', ') : 'none'}`,
    ]);
  if (rule.max_drop !== undefined && !higherIsBetter(ref))
    out.push([
      ['max_drop'],
      `max_drop applies where higher is better; ${rule.metric} is better when lower, so use max_increase`,
    ]);
  if (rule.max_increase !== undefined && higherIsBetter(ref))
    out.push([
      ['max_increase'],
      `max_increase applies where lower is better; ${rule.metric} is better when higher, so use max_drop`,
    ]);
  if (
    (rule.max_drop !== undefined || rule.max_increase !== undefined) &&
    (ref.kind === 'critical_failures' || ref.kind === 'critical' || (ref.kind === 'errors' && ref.stat === 'count'))
  )
    out.push([
      ['metric'],
      `${rule.metric} takes an absolute bound (${ref.kind === 'critical' && ref.stat === 'pass_rate' ? 'min' : 'max'}); regression rules compare rates, means, latency, cost and tokens`,
    ]);
  // a case's overlap with a corpus does not depend on the model, so there is no change to test:
  // the dataset either holds contaminated cases or not (docs/governance.md)
  if (ref.kind === 'contamination' && rule.max === undefined)
    out.push([
      [],
      `${rule.metric} takes a ceiling (max), e.g. { metric: ${rule.metric}, max: 0.01 }: a dataset's overlap with a corpus is not a model's result to compare with the baseline`,
    ]);
  if (ref.kind === 'judge_agreement' && rule.min === undefined)
    out.push([[], `${rule.metric} takes a floor (min), e.g. { metric: ${rule.metric}, min: 0.6 }`]);
  return out;
}

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

/** GPT-3's gram length and PaLM's flagged share (docs/governance.md, "Contamination and lineage"). */
export const CONTAMINATION_DEFAULTS = { n: 13, threshold: 0.7 } as const;

/** docs/governance.md, "Contamination and lineage": the corpus a suite's cases must not be in. */
export const ContaminationConfig = z.strictObject({
  corpus: z
    .array(z.string().min(1))
    .min(1)
    .describe('Corpus files, relative to the config: fine-tuning JSONL, few-shot examples, plain text'),
  n: z
    .number()
    .int()
    .min(1)
    .max(64)
    .default(CONTAMINATION_DEFAULTS.n)
    .describe('Gram length in word tokens (13, as in GPT-3)'),
  threshold: z
    .number()
    .gt(0)
    .max(1)
    .default(CONTAMINATION_DEFAULTS.threshold)
    .describe("A case is flagged when at least this share of its n-grams is in the corpus (PaLM's 0.7)"),
});
export type ContaminationConfig = z.output<typeof ContaminationConfig>;

export const SuiteConfig = z
  .strictObject({
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
    dataset: z
      .string()
      .optional()
      .describe('Dataset file (.jsonl, .yaml or .csv), relative to the config; or a pack instead'),
    /** A red-team or safety pack shipped with evalgate, `name@version` (docs/governance.md "Red-team and safety packs"). */
    pack: z
      .string()
      .optional()
      .describe('A pack shipped with evalgate instead of a dataset, e.g. prompt-injection@1 (docs/governance.md)'),
    /** Optional without a default, so a config without packs keeps its hash. */
    input: Id.optional().describe("The prompt variable a pack case's attack text goes into (default question)"),
    vars: z
      .record(z.string(), z.unknown())
      .optional()
      .describe(
        "Variables every case of the suite gets (a case's own vars win); a pack suite's other prompt variables",
      ),
    risk: z
      .enum(RISK_TIERS)
      .optional()
      .describe('Risk tier; each brings default rules a team can tighten but a PR cannot loosen (docs/governance.md)'),
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
    scorers: z.array(ScorerConfig).default([]),
    /**
     * Ids of scorers that dataset cases define for themselves (`assert:` on a case); named here
     * so that rules can gate them and the report aggregates them like suite scorers.
     */
    case_scorers: z
      .array(Id)
      .optional()
      .describe("Ids of scorers defined per case by a dataset line's assert: list; rules gate them like suite scorers"),
    rules: z.array(RuleConfig).default([]),
    contamination: ContaminationConfig.optional().describe(
      'Check the cases against a corpus during the run, for the contamination.rate metric (docs/governance.md)',
    ),
  })
  .superRefine((suite, ctx) => {
    for (const [path, message] of suiteIssues(suite)) ctx.addIssue({ code: 'custom', path, message });
  });
export type SuiteConfig = z.output<typeof SuiteConfig>;

/** Checks across a suite's fields: unique scorer ids, valid patterns and globs, rules that name the suite's scorers and slices. */
function suiteIssues(suite: Omit<SuiteConfig, never>): [PropertyKey[], string][] {
  const out: [PropertyKey[], string][] = [];
  suite.paths.forEach((glob, g) => {
    const compiled = compileGlob(glob.replace(/^!/, ''));
    if (!compiled.ok) out.push([['paths', g], compiled.issues[0]!.message]);
  });
  const scorerIds = new Set<string>();
  if (suite.dataset === undefined && suite.pack === undefined)
    out.push([['dataset'], 'a suite needs a dataset file, or a pack (e.g. pack: prompt-injection@1)']);
  if (suite.dataset !== undefined && suite.pack !== undefined)
    out.push([['pack'], 'a suite takes a dataset or a pack, not both; put your own cases in another suite']);
  const pack = suite.pack === undefined ? undefined : findPack(suite.pack);
  if (pack && !pack.ok) out.push([['pack'], pack.message]);
  const packScorers = pack?.ok ? pack.value.scorers : [];
  for (const scorer of packScorers) scorerIds.add(scorer.id);
  if (suite.scorers.length === 0 && !suite.case_scorers?.length && !packScorers.length)
    out.push([['scorers'], 'a suite needs at least one scorer (or case_scorers that its cases define)']);
  (suite.case_scorers ?? []).forEach((id, k) => {
    if (scorerIds.has(id)) out.push([['case_scorers', k], `duplicate case scorer id "${id}"`]);
    scorerIds.add(id);
  });
  suite.scorers.forEach((scorer, k) => {
    if (scorerIds.has(scorer.id))
      out.push([
        ['scorers', k, 'id'],
        packScorers.some((p) => p.id === scorer.id)
          ? `scorer id "${scorer.id}" is the pack's own scorer; give yours another id`
          : `duplicate scorer id "${scorer.id}" in suite "${suite.id}"`,
      ]);
    scorerIds.add(scorer.id);
    if (scorer.type === 'regex') {
      try {
        new RegExp(scorer.pattern, scorer.flags);
      } catch (error) {
        out.push([['scorers', k, 'pattern'], `invalid regular expression: ${(error as Error).message}`]);
      }
    }
    if (scorer.type === 'llm-judge')
      for (const [path, message] of judgeScaleIssues(scorer)) out.push([['scorers', k, ...path], message]);
    for (const [path, message] of scorerIssues(scorer)) out.push([['scorers', k, ...path], message]);
  });
  const known = [
    ...packScorers.flatMap((sc) => [`${sc.id}.pass_rate`, `${sc.id}.mean`]),
    ...suite.scorers.flatMap((sc) => [
      `${sc.id}.pass_rate`,
      `${sc.id}.mean`,
      ...suiteStatsOf(sc).map((stat) => `${sc.id}.${stat}`),
      ...(declaredClasses(sc) ?? []).flatMap((cls) => CLASS_STATS.map((stat) => `${sc.id}.${stat}.${cls}`)),
    ]),
    ...BUILT_IN_METRICS,
  ];
  const judges = suite.scorers.filter((sc) => sc.type === 'llm-judge').map((sc) => sc.id);
  suite.rules.forEach((rule, r) => {
    // a rule whose metric did not parse has its issue already
    if (!rule?.ref) return;
    const { ref } = rule;
    if (ref.kind === 'suite' && scorerIds.has(ref.scorer)) {
      const message = suiteRuleIssue(
        ref,
        suite.scorers.find((sc) => sc.id === ref.scorer)!,
        rule.metric,
        known,
      );
      if (message) out.push([['rules', r, 'metric'], message]);
    }
    if ((ref.kind === 'scorer' || ref.kind === 'suite') && !scorerIds.has(ref.scorer))
      out.push([
        ['rules', r, 'metric'],
        `no scorer "${ref.scorer}" in suite "${suite.id}"${didYouMean(ref.scorer, [...scorerIds])}; scorers: ${[...scorerIds].join(', ')}`,
      ]);
    if (ref.kind === 'judge_agreement' && !judges.includes(ref.scorer))
      out.push([
        ['rules', r, 'metric'],
        `${rule.metric} needs an llm-judge scorer "${ref.scorer}" in suite "${suite.id}"${didYouMean(ref.scorer, judges)}; llm-judge scorers: ${judges.join(', ') || 'none'}`,
      ]);
    if (rule.per_slice && suite.slices.length === 0)
      out.push([['rules', r, 'per_slice'], `per_slice needs the suite to name its slices (e.g. slices: [language])`]);
    if (ref.kind === 'contamination' && !suite.contamination)
      out.push([
        ['rules', r, 'metric'],
        `${rule.metric} needs the suite's corpus: add contamination: { corpus: [data/finetune.jsonl] } to suite "${suite.id}"`,
      ]);
  });
  return out;
}

/** An llm-judge's scale and threshold must make sense together. */
function judgeScaleIssues(scorer: LlmJudgeScorer): [PropertyKey[], string][] {
  const out: [PropertyKey[], string][] = [];
  if (scorer.id === 'output')
    out.push([
      ['id'],
      'an llm-judge scorer cannot be called "output": human.output holds the rated output in the dataset',
    ]);
  if (Array.isArray(scorer.scale)) {
    const [low, high] = scorer.scale;
    if (!(low < high)) out.push([['scale'], `a judge scale is [low, high] with low < high; got [${low}, ${high}]`]);
    else if (high - low > 20)
      out.push([['scale'], `a judge scale has at most 21 points; [${low}, ${high}] has ${high - low + 1}`]);
    else if (scorer.threshold !== undefined && !(scorer.threshold >= low && scorer.threshold <= high))
      out.push([['threshold'], `threshold ${scorer.threshold} is outside the scale [${low}, ${high}]`]);
  } else if (scorer.threshold !== undefined) {
    out.push([
      ['threshold'],
      'a pass-fail judge passes on "pass"; threshold applies only to a rating scale like [1, 5]',
    ]);
  }
  return out;
}

/** A suite metric the scorer has: its type computes it, and a class it names is one of its labels. */
function suiteRuleIssue(
  ref: Extract<MetricRef, { kind: 'suite' }>,
  scorer: SuiteConfig['scorers'][number],
  metric: string,
  known: readonly string[],
): string | undefined {
  const stats = suiteStatsOf(scorer);
  if (!suiteStatistic(scorer, ref.stat, ref.class) && ref.stat !== 'roc_auc')
    return `a ${scorer.type} scorer has no metric "${metric}"${didYouMean(metric, known)}; its suite metrics: ${stats.map((s) => `${scorer.id}.${s}`).join(', ') || 'none'}`;
  const classes = declaredClasses(scorer);
  if (ref.class !== undefined && classes && !classes.includes(ref.class))
    return `"${ref.class}" is not one of the labels of scorer "${scorer.id}"${didYouMean(ref.class, classes)}; labels: ${classes.join(', ')}`;
  if (ref.stat === 'roc_auc' && !suiteStatistic(scorer, 'roc_auc'))
    return `${metric} needs a binary classifier: labels with exactly two classes (and a confidence path)`;
  if (
    (ref.stat === 'ece' || ref.stat === 'brier' || ref.stat === 'roc_auc') &&
    scorer.type === 'classify' &&
    !scorer.confidence
  )
    return `${metric} needs the scorer's confidence: a JSON path to the model's confidence, e.g. confidence: confidence`;
  return undefined;
}

/** Cross-checks of a scorer's own fields: patterns compile, JSON paths parse, a rubric or preset is there. */
function scorerIssues(scorer: SuiteConfig['scorers'][number]): [PropertyKey[], string][] {
  const out: [PropertyKey[], string][] = [];
  if ((scorer.type === 'classify' || scorer.type === 'choice') && scorer.pattern !== undefined) {
    try {
      new RegExp(scorer.pattern, 'i');
    } catch (error) {
      out.push([['pattern'], `invalid regular expression: ${(error as Error).message}`]);
    }
  }
  if (
    (scorer.type === 'llm-judge' || scorer.type === 'llm-judge-pairwise') &&
    scorer.rubric === undefined &&
    (scorer.type !== 'llm-judge' || scorer.preset === undefined)
  )
    out.push([
      ['rubric'],
      scorer.type === 'llm-judge'
        ? `an llm-judge needs a rubric or a preset (${JUDGE_PRESETS.join(', ')})`
        : 'an llm-judge-pairwise scorer needs a rubric',
    ]);
  if (scorer.type === 'code' && (scorer.module === undefined) === (scorer.command === undefined))
    out.push([
      [scorer.module === undefined ? 'module' : 'command'],
      'a code scorer needs either module (a JavaScript module) or command (a program in any language speaking JSON lines), not both',
    ]);
  if (scorer.type === 'code' && scorer.module !== undefined)
    for (const key of ['env', 'cwd'] as const)
      if (scorer[key] !== undefined)
        out.push([[key], `${key} is for a code scorer's command; a module runs in-process`]);
  if (scorer.type === 'classify') {
    for (const key of ['json_path', 'confidence'] as const)
      if (scorer[key] !== undefined && !parseJsonPath(scorer[key]))
        out.push([[key], `not a JSON path: "${scorer[key]}"; expected e.g. label or $.result.class`]);
    if (scorer.positive !== undefined && !scorer.labels?.includes(scorer.positive))
      out.push([['positive'], `positive must be one of labels (${(scorer.labels ?? []).join(', ') || 'none given'})`]);
  }
  return out;
}

/** A scorer's provider can do what the scorer needs: embed text (similarity), return tool calls (tool-call). */
function scorerProviderIssues(
  scorer: SuiteConfig['scorers'][number],
  suite: Pick<SuiteConfig, 'id' | 'provider'>,
  providers: GateConfig['providers'],
): [PropertyKey[], string][] {
  const out: [PropertyKey[], string][] = [];
  if (scorer.type === 'similarity') {
    const provider = providers[scorer.provider];
    const names = Object.keys(providers);
    if (!provider)
      out.push([
        ['provider'],
        `no provider named "${scorer.provider}" to embed with${didYouMean(scorer.provider, names)}; defined: ${names.join(', ')}`,
      ]);
    else if (provider.type !== 'openai' && provider.type !== 'replay')
      out.push([
        ['provider'],
        `a similarity scorer needs an embedding model: provider "${scorer.provider}" is ${provider.type}, which cannot embed text; name an openai provider (its embedding_model embeds) or a replay provider with recorded embeddings${didYouMean(
          scorer.provider,
          names.filter((n) => providers[n]!.type === 'openai' || providers[n]!.type === 'replay'),
        )}`,
      ]);
    else if (provider.type === 'replay' && scorer.model === undefined && provider.embedding_model === undefined)
      out.push([
        ['provider'],
        `a similarity scorer needs an embedding model: replay provider "${scorer.provider}" has no embedding_model; set model: on the scorer (the model its recorded embeddings name) or embedding_model on the provider`,
      ]);
  }
  if (scorer.type === 'tool-call') {
    const provider = providers[suite.provider];
    const cannot =
      provider?.type === 'openai' && provider.tools === undefined
        ? 'an openai provider without tools'
        : provider?.type === 'http' && provider.tool_calls === undefined
          ? 'an http provider without a tool_calls path'
          : provider?.type === 'command' && provider.mode === 'per-case' && provider.stdout === 'text'
            ? 'a command provider with stdout: text'
            : undefined;
    if (cannot)
      out.push([
        ['type'],
        `a tool-call scorer needs tool calls, but suite "${suite.id}" runs on provider "${suite.provider}", ${cannot}, which cannot return them`,
      ]);
  }
  return out;
}

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

/** What one run may spend (README "Budgets"); a pull request is held to the base branch's. */
const BudgetLimit = {
  usd: z.number().positive().optional().describe('Most USD the run may spend on model calls (judges included)'),
  calls: z.number().int().positive().optional().describe('Most model calls the run may make (judges included)'),
};
export const Budget = z.strictObject({
  ...BudgetLimit,
  /** A tier's own budget, in place of the top-level one (`full` usually needs more than `smoke`). */
  tiers: z.record(z.string(), z.strictObject(BudgetLimit)).optional(),
});
export type Budget = z.output<typeof Budget>;

export const GateConfig = z
  .strictObject({
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
        /** Only runs of this workflow file provide the baseline (docs/github-action.md, "The baseline"). */
        workflow: z.string().min(1).optional(),
      })
      .default({ artifact: 'evalgate-results' }),
    limits: Limits.default(Limits.parse({})).describe(
      "Caps on what one run loads and calls, so data cannot buy unbounded model calls; a pull request is held to the base branch's",
    ),
    budget: Budget.optional().describe(
      "What one run may spend: checked against an estimate before the first call and stopped at during the run; a pull request is held to the base branch's",
    ),
    /** Optional, so a config without it keeps its hash. */
    report: z
      .strictObject({
        chart: z
          .enum(['mermaid', 'text', 'off'])
          .default('mermaid')
          .describe('Per-slice chart in the PR comment and job summary: Mermaid, a text forest plot, or none'),
      })
      .optional(),
  })
  .superRefine((config, ctx) => {
    for (const [path, message] of gateIssues(config)) ctx.addIssue({ code: 'custom', path, message });
  });
export type GateConfig = z.output<typeof GateConfig>;

/** Checks across suites and providers: unique suite ids, and providers that suites and judges name exist. */
function gateIssues(config: Pick<GateConfig, 'providers' | 'suites'>): [PropertyKey[], string][] {
  const out: [PropertyKey[], string][] = [];
  const providers = Object.keys(config.providers);
  const missing = (name: string, what: string) =>
    `no provider named "${name}"${what}${didYouMean(name, providers)}; defined: ${providers.join(', ')}`;
  const suiteIds = new Set<string>();
  config.suites.forEach((suite, s) => {
    if (suiteIds.has(suite.id)) out.push([['suites', s, 'id'], `duplicate suite id "${suite.id}"`]);
    suiteIds.add(suite.id);
    if (!config.providers[suite.provider]) out.push([['suites', s, 'provider'], missing(suite.provider, '')]);
    suite.scorers.forEach((scorer, k) => {
      for (const [path, message] of scorerProviderIssues(scorer, suite, config.providers))
        out.push([['suites', s, 'scorers', k, ...path], message]);
      if (scorer.type !== 'llm-judge' && scorer.type !== 'llm-judge-pairwise') return;
      const names = Array.isArray(scorer.provider) ? scorer.provider : [scorer.provider];
      names.forEach((name, i) => {
        if (!providers.includes(name))
          out.push([
            ['suites', s, 'scorers', k, 'provider', ...(Array.isArray(scorer.provider) ? [i] : [])],
            missing(name, ' to judge with'),
          ]);
      });
    });
  });
  return out;
}
