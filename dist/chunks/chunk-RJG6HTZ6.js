import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  BUILT_IN_METRICS,
  external_exports,
  higherIsBetter,
  parseMetricName
} from "./chunk-QKGZ24MW.js";
import {
  didYouMean
} from "./chunk-LIOXYYB6.js";

// src/config/glob.ts
function compileGlob(glob) {
  const bad = (message) => ({
    ok: false,
    issues: [{ file: "", message: `invalid glob "${glob}": ${message}` }]
  });
  let source = "";
  let braceDepth = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*") {
      if (glob[i + 1] === "*") {
        i++;
        if (glob[i + 1] === "/") {
          i++;
          source += "(?:.*/)?";
        } else source += ".*";
      } else source += "[^/]*";
    } else if (c === "?") source += "[^/]";
    else if (c === "[") {
      const end = glob.indexOf("]", i + 2);
      if (end < 0) return bad('"[" without a closing "]"');
      let body = glob.slice(i + 1, end);
      if (body.startsWith("!")) body = `^${body.slice(1)}`;
      source += `[${body.replace(/\\/g, "\\\\")}]`;
      i = end;
    } else if (c === "{") {
      braceDepth++;
      source += "(?:";
    } else if (c === "}") {
      if (braceDepth === 0) return bad('"}" without an opening "{"');
      braceDepth--;
      source += ")";
    } else if (c === "," && braceDepth > 0) source += "|";
    else if (c === "\\") {
      const next = glob[++i];
      if (next === void 0) return bad('ends with "\\"');
      source += escape(next);
    } else source += escape(c);
  }
  if (braceDepth > 0) return bad('"{" without a closing "}"');
  try {
    return { ok: true, value: new RegExp(`^${source}$`) };
  } catch (error) {
    return bad(error.message);
  }
}
var escape = (c) => c.replace(/[.+^$()|[\]{}\\/]/g, "\\$&");
function matchesGlobs(path, globs, negated) {
  let matched = false;
  globs.forEach((re, i) => {
    if (re.test(path)) matched = !negated[i];
  });
  return matched;
}

// src/config/schema.ts
var Id = external_exports.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, { error: 'expected an id of letters, digits, "_" or "-"' });
var MARGIN_HINT = "expected a fraction or a percentage like 5% (relative to the baseline) or 2pp (percentage points)";
var Margin = external_exports.union([external_exports.number(), external_exports.string()], { error: MARGIN_HINT }).transform((raw, ctx) => {
  if (typeof raw === "number") {
    if (!(raw >= 0) || !Number.isFinite(raw)) ctx.addIssue({ code: "custom", message: `${MARGIN_HINT}; got ${raw}` });
    return { value: raw, relative: false, text: String(raw) };
  }
  const match = /^\s*(\d+(?:\.\d+)?)\s*(%|pp)\s*$/.exec(raw);
  if (!match) {
    ctx.addIssue({ code: "custom", message: MARGIN_HINT });
    return external_exports.NEVER;
  }
  const number = Number(match[1]);
  if (!(number > 0 && number <= 100)) {
    ctx.addIssue({ code: "custom", message: `a percentage must be in (0, 100%]; got ${raw.trim()}` });
    return external_exports.NEVER;
  }
  return { value: number / 100, relative: match[2] === "%", text: `${match[1]}${match[2]}` };
});
var SampleSize = external_exports.union([external_exports.number().int().positive(), external_exports.string()]).transform((raw, ctx) => {
  if (typeof raw === "number") return { count: raw };
  const match = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(raw);
  const percent = match ? Number(match[1]) : NaN;
  if (!(percent > 0 && percent <= 100)) {
    ctx.addIssue({ code: "custom", message: `expected a case count or a percentage in (0, 100%]; got ${raw}` });
    return external_exports.NEVER;
  }
  return { fraction: percent / 100 };
});
var ReplayProvider = external_exports.strictObject({
  type: external_exports.literal("replay"),
  /** JSONL of recorded outputs: `{"id", "repeat"?, "suite"?, "output", "latency_ms"?, "usage"?, "cost_usd"?}`. */
  recordings: external_exports.string(),
  /** The model the recordings came from, reported in run.json. */
  model: external_exports.string().default("recorded"),
  concurrency: external_exports.number().int().positive().max(1024).default(64)
});
var CallSettings = {
  concurrency: external_exports.number().int().positive().max(1024).default(8),
  /** Per attempt; a call that takes longer is abandoned and retried. */
  timeout_ms: external_exports.number().int().positive().default(6e4),
  /** Retries of a call that failed for a retryable reason (429, 5xx, timeout, connection). */
  max_retries: external_exports.number().int().nonnegative().max(20).default(5),
  /** This many cases failing in a row (after retries) stop the run with exit code 3. */
  circuit_breaker: external_exports.number().int().positive().default(10),
  /** USD per million tokens; defaults to the built-in table (OpenAI, Anthropic and Gemini models). */
  price: external_exports.strictObject({
    input: external_exports.number().nonnegative(),
    output: external_exports.number().nonnegative(),
    /** Input tokens read from the provider's prompt cache, where they cost less. */
    cached_input: external_exports.number().nonnegative().optional()
  }).optional()
};
var EnvName = external_exports.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, { error: "expected the name of an environment variable, like OPENAI_API_KEY" });
var JsonSchemaRef = external_exports.union([external_exports.record(external_exports.string(), external_exports.unknown()), external_exports.string().min(1)]);
var OpenAIProvider = external_exports.strictObject({
  type: external_exports.literal("openai"),
  model: external_exports.string().min(1),
  /** Any OpenAI-compatible server (Azure OpenAI, vLLM, Ollama, LiteLLM); else OPENAI_BASE_URL, else api.openai.com. */
  base_url: external_exports.url({ protocol: /^https?$/, error: "expected an http(s) URL" }).optional(),
  /** The environment variable holding the key; null for a server that needs none (Ollama, vLLM). */
  api_key_env: EnvName.nullable().default("OPENAI_API_KEY"),
  /** Extra request headers and query parameters (not for secrets: a literal key is rejected). */
  headers: external_exports.record(external_exports.string(), external_exports.string()).optional(),
  query: external_exports.record(external_exports.string(), external_exports.string()).optional(),
  temperature: external_exports.number().min(0).max(2).optional(),
  top_p: external_exports.number().gt(0).max(1).optional(),
  seed: external_exports.number().int().optional(),
  max_tokens: external_exports.number().int().positive().optional(),
  /** For reasoning models, which reject max_tokens. */
  max_completion_tokens: external_exports.number().int().positive().optional(),
  stop: external_exports.array(external_exports.string()).max(4).optional(),
  /** `json`: any JSON object; `{ json_schema }`: structured output that must match the schema. */
  response_format: external_exports.union([
    external_exports.enum(["text", "json"]),
    external_exports.strictObject({ json_schema: JsonSchemaRef, name: Id.default("output"), strict: external_exports.boolean().default(true) })
  ]).optional(),
  /** Chat Completions tool definitions, inline or as the path of a .json file; calls are recorded for the tool-call scorer. */
  tools: external_exports.union([external_exports.array(external_exports.record(external_exports.string(), external_exports.unknown())).min(1), external_exports.string().min(1)]).optional(),
  tool_choice: external_exports.union([external_exports.enum(["auto", "none", "required"]), external_exports.strictObject({ function: external_exports.string().min(1) })]).optional(),
  /** The model `embed()` uses (semantic-similarity scoring). */
  embedding_model: external_exports.string().min(1).default("text-embedding-3-small"),
  ...CallSettings
});
var ToolList = external_exports.union([external_exports.array(external_exports.record(external_exports.string(), external_exports.unknown())).min(1), external_exports.string().min(1)]);
var ToolChoice = external_exports.union([external_exports.enum(["auto", "none", "required"]), external_exports.strictObject({ function: external_exports.string().min(1) })]);
var SchemaFormat = external_exports.strictObject({ json_schema: JsonSchemaRef, name: Id.default("output") });
var AnthropicProvider = external_exports.strictObject({
  type: external_exports.literal("anthropic"),
  model: external_exports.string().min(1),
  /** A proxy or gateway that speaks the Messages API; else ANTHROPIC_BASE_URL, else api.anthropic.com. */
  base_url: external_exports.url({ protocol: /^https?$/, error: "expected an http(s) URL" }).optional(),
  api_key_env: EnvName.nullable().default("ANTHROPIC_API_KEY"),
  headers: external_exports.record(external_exports.string(), external_exports.string()).optional(),
  temperature: external_exports.number().min(0).max(1).optional(),
  top_p: external_exports.number().gt(0).max(1).optional(),
  top_k: external_exports.number().int().positive().optional(),
  /** The Messages API requires a ceiling on the answer's length. */
  max_tokens: external_exports.number().int().positive().default(1024),
  stop: external_exports.array(external_exports.string()).max(8).optional(),
  /** `{ json_schema }`: structured output (output_config.format); the API has no schema-less JSON mode. */
  response_format: external_exports.union([external_exports.literal("text"), SchemaFormat]).optional(),
  tools: ToolList.optional(),
  tool_choice: ToolChoice.optional(),
  ...CallSettings
});
var GeminiProvider = external_exports.strictObject({
  type: external_exports.literal("gemini"),
  model: external_exports.string().min(1),
  /** A proxy or gateway that speaks the Gemini API; else generativelanguage.googleapis.com. */
  base_url: external_exports.url({ protocol: /^https?$/, error: "expected an http(s) URL" }).optional(),
  api_key_env: EnvName.nullable().default("GEMINI_API_KEY"),
  headers: external_exports.record(external_exports.string(), external_exports.string()).optional(),
  temperature: external_exports.number().min(0).max(2).optional(),
  top_p: external_exports.number().gt(0).max(1).optional(),
  top_k: external_exports.number().int().positive().optional(),
  seed: external_exports.number().int().optional(),
  max_tokens: external_exports.number().int().positive().optional(),
  stop: external_exports.array(external_exports.string()).max(5).optional(),
  /** `json`: responseMimeType application/json; `{ json_schema }`: responseJsonSchema as well. */
  response_format: external_exports.union([external_exports.enum(["text", "json"]), SchemaFormat]).optional(),
  tools: ToolList.optional(),
  tool_choice: ToolChoice.optional(),
  ...CallSettings
});
var CommandProvider = external_exports.strictObject({
  type: external_exports.literal("command"),
  /** The program and its arguments (no shell), e.g. [node, app/eval.js]; or one string run by the shell. */
  command: external_exports.union([external_exports.array(external_exports.string().min(1)).min(1), external_exports.string().min(1)]),
  /** `per-case`: one process per case; `worker`: long-lived processes reading and writing JSON lines. */
  mode: external_exports.enum(["per-case", "worker"]).default("per-case"),
  /** `json`: stdout is `{"output", "tool_calls"?, "tokens"?, "cost_usd"?}`; `text`: stdout is the output. Workers always speak JSON. */
  stdout: external_exports.enum(["json", "text"]).default("json"),
  /** Working directory, relative to the config; default the config's folder. */
  cwd: external_exports.string().optional(),
  /**
   * What the program's environment holds besides PATH, HOME, TMPDIR and the locale: a list of
   * variables passed from evalgate's environment, or a map of values where `${NAME}` reads one.
   * GitHub tokens are never passed.
   */
  env: external_exports.union([external_exports.array(EnvName), external_exports.record(EnvName, external_exports.string())]).optional(),
  /** Reported in run.json as the model. */
  model: external_exports.string().default("command"),
  ...CallSettings,
  concurrency: external_exports.number().int().positive().max(256).default(4),
  max_retries: external_exports.number().int().nonnegative().max(20).default(0)
});
var HttpProvider = external_exports.strictObject({
  type: external_exports.literal("http"),
  url: external_exports.url({ protocol: /^https?$/, error: "expected an http(s) URL" }),
  method: external_exports.enum(["POST", "PUT"]).default("POST"),
  /** Header values may name environment variables as ${NAME} (for tokens); the value is never shown. */
  headers: external_exports.record(external_exports.string(), external_exports.string()).default({}),
  /** JSON body; strings are templates over the case's vars plus {{messages}}, {{prompt}}, {{id}} and {{repeat}}. A string that is exactly one placeholder keeps the value's JSON type. */
  body: external_exports.unknown().default({ messages: "{{messages}}" }),
  /** Where the answer is in the JSON response, e.g. choices[0].message.content or $.data.answer. */
  output: external_exports.string().min(1).default("output"),
  tool_calls: external_exports.string().min(1).optional(),
  /** Where an OpenAI-style usage object ({prompt_tokens, completion_tokens}) is, for tokens and cost. */
  usage: external_exports.string().min(1).optional(),
  model: external_exports.string().default("http"),
  ...CallSettings
});
var ProviderConfig = external_exports.discriminatedUnion("type", [
  ReplayProvider,
  OpenAIProvider,
  AnthropicProvider,
  GeminiProvider,
  CommandProvider,
  HttpProvider
]);
var ScorerBase = {
  id: Id,
  /** A failing case on a critical-severity case is a critical failure; `false` excludes this scorer from that count. */
  critical: external_exports.boolean().default(true)
};
var EqualsScorer = external_exports.strictObject({
  ...ScorerBase,
  type: external_exports.literal("equals"),
  expected: external_exports.string().default("{{expected}}"),
  ignore_case: external_exports.boolean().default(false),
  trim: external_exports.boolean().default(true)
});
var ContainsScorer = external_exports.strictObject({
  ...ScorerBase,
  type: external_exports.enum(["contains", "icontains"]),
  /** One template or a list; all must appear unless `any: true`. */
  expected: external_exports.union([external_exports.string(), external_exports.array(external_exports.string()).min(1)]).default("{{expected}}"),
  any: external_exports.boolean().default(false),
  negate: external_exports.boolean().default(false)
});
var RegexScorer = external_exports.strictObject({
  ...ScorerBase,
  type: external_exports.literal("regex"),
  pattern: external_exports.string().min(1),
  flags: external_exports.string().regex(/^[dgimsuvy]*$/, { error: 'expected JavaScript RegExp flags such as "i" or "ms"' }).default(""),
  negate: external_exports.boolean().default(false)
});
var JsonScorer = external_exports.strictObject({
  ...ScorerBase,
  type: external_exports.literal("json"),
  /** A JSON Schema, inline or as a path to a .json file; absent means "any valid JSON". */
  schema: external_exports.union([external_exports.record(external_exports.string(), external_exports.unknown()), external_exports.string()]).optional()
});
var JudgeSettings = {
  /** The provider that judges, or several whose verdicts are combined by `combine`. */
  provider: external_exports.union([Id, external_exports.array(Id).min(1)]).default("judge"),
  /** What a good answer is; the judge sees it verbatim. */
  rubric: external_exports.string().min(1),
  /** Template of what was asked; default the rendered prompt's messages. */
  input: external_exports.string().optional(),
  /** How several judges' verdicts become one: `mean`, `median` or `majority` (a tie goes to the lower rating). */
  combine: external_exports.enum(["mean", "median", "majority"]).default("mean"),
  temperature: external_exports.number().min(0).max(2).default(0)
};
var LlmJudgeScorer = external_exports.strictObject({
  ...ScorerBase,
  type: external_exports.literal("llm-judge"),
  ...JudgeSettings,
  /** `[low, high]` integer ratings (e.g. [1, 5]), or `pass-fail`. */
  scale: external_exports.union([external_exports.literal("pass-fail"), external_exports.tuple([external_exports.number().int(), external_exports.number().int()])]).default([1, 5]),
  /** The lowest rating that passes; without it a rating scale has a mean but no pass/fail. */
  threshold: external_exports.number().optional(),
  /** Template of a reference answer the judge may compare with, e.g. "{{expected}}". */
  reference: external_exports.string().optional()
});
var LlmJudgePairwiseScorer = external_exports.strictObject({
  ...ScorerBase,
  type: external_exports.literal("llm-judge-pairwise"),
  ...JudgeSettings
});
var ScorerConfig = external_exports.discriminatedUnion("type", [
  EqualsScorer,
  ContainsScorer,
  RegexScorer,
  JsonScorer,
  LlmJudgeScorer,
  LlmJudgePairwiseScorer
]);
var Outcome = external_exports.enum(["pass", "warn", "fail"]);
var RuleFields = external_exports.strictObject({
  /** `<scorer>.pass_rate`, `<scorer>.mean`, `critical_failures`, `latency.p50|p90|p95|p99|mean`, `cost.total|mean`, `tokens.total|mean`, `errors.rate|count`. */
  metric: external_exports.string().min(1).describe(
    "<scorer>.pass_rate, <scorer>.mean, critical_failures, latency.p50|p90|p95|p99|mean, cost.total|mean, tokens.total|mean, errors.rate|count"
  ),
  min: external_exports.number().optional().describe("Absolute floor for the metric"),
  max: external_exports.number().optional().describe("Absolute ceiling for the metric"),
  max_drop: Margin.optional().describe(
    "Non-inferiority margin vs the baseline where higher is better: 0.02, 2pp or 5% (relative)"
  ),
  max_increase: Margin.optional().describe(
    "Non-inferiority margin vs the baseline where lower is better: 50 (units), 2pp or 10% (relative)"
  ),
  per_slice: external_exports.boolean().default(false).describe("Test the rule in every slice with at least min_n cases, corrected for the number of slices"),
  /** Slices with fewer paired cases are reported, not gated. */
  min_n: external_exports.number().int().positive().default(20).describe("Slices with fewer paired cases are reported, not gated"),
  confidence: external_exports.number().gt(0.5).lt(1).default(0.95).describe("One-sided confidence of regression tests"),
  correction: external_exports.enum(["holm", "bh", "none"]).default("holm").describe("Multiple-comparison correction across slices"),
  on_inconclusive: Outcome.default("warn").describe("What an inconclusive regression test does to the verdict"),
  on_no_baseline: Outcome.default("warn").describe("What a regression rule without a baseline does to the verdict"),
  /**
   * With `repeats: k`, how a case's k outcomes become one: `mean` (the share that passed),
   * `pass@k` (any passed), `pass^k` (all passed) or `majority`. The case is the unit of the test.
   */
  aggregate: external_exports.enum(["mean", "pass@k", "pass^k", "majority"]).default("mean")
});
var RuleConfig = RuleFields.transform((rule, ctx) => {
  const ref = parseMetricName(rule.metric);
  if (!ref) {
    const prefix = rule.metric.split(".")[0];
    ctx.addIssue({
      code: "custom",
      path: ["metric"],
      message: `unknown metric "${rule.metric}"${didYouMean(rule.metric, [...BUILT_IN_METRICS, `${prefix}.pass_rate`, `${prefix}.mean`])}; expected <scorer>.pass_rate, <scorer>.mean or one of ${BUILT_IN_METRICS.join(", ")}`
    });
    return external_exports.NEVER;
  }
  for (const [path, message] of ruleIssues(rule, ref)) ctx.addIssue({ code: "custom", path, message });
  return { ...rule, ref };
});
function ruleIssues(rule, ref) {
  const out = [];
  const bounds = ["min", "max", "max_drop", "max_increase"].filter((b) => rule[b] !== void 0);
  if (bounds.length !== 1)
    out.push([
      [],
      `a rule needs exactly one of min, max, max_drop, max_increase; got ${bounds.length ? bounds.join(", ") : "none"}`
    ]);
  if (rule.max_drop !== void 0 && !higherIsBetter(ref))
    out.push([
      ["max_drop"],
      `max_drop applies where higher is better; ${rule.metric} is better when lower, so use max_increase`
    ]);
  if (rule.max_increase !== void 0 && higherIsBetter(ref))
    out.push([
      ["max_increase"],
      `max_increase applies where lower is better; ${rule.metric} is better when higher, so use max_drop`
    ]);
  if ((rule.max_drop !== void 0 || rule.max_increase !== void 0) && (ref.kind === "critical_failures" || ref.kind === "errors" && ref.stat === "count"))
    out.push([
      ["metric"],
      `${rule.metric} takes an absolute bound (max); regression rules compare rates, means, latency, cost and tokens`
    ]);
  if (ref.kind === "judge_agreement" && rule.min === void 0)
    out.push([[], `${rule.metric} takes a floor (min), e.g. { metric: ${rule.metric}, min: 0.6 }`]);
  return out;
}
var TierConfig = external_exports.strictObject({
  sample: SampleSize.optional(),
  /** Run more cases while a regression rule is inconclusive, up to `max` (a count, or `full`); README "Adaptive tiers". */
  adaptive: external_exports.strictObject({
    max: external_exports.union([external_exports.number().int().positive(), external_exports.literal("full")]),
    /** Cases added per look; default a twentieth of `max` (at least 50). */
    batch: external_exports.number().int().positive().optional()
  }).optional().describe("Sequential sample size: more cases while a regression rule is inconclusive, up to max"),
  seed: external_exports.union([external_exports.string(), external_exports.number()]).default("evalgate")
});
var SuiteConfig = external_exports.strictObject({
  id: Id.describe("Suite id, used to pair with the baseline"),
  description: external_exports.string().optional(),
  paths: external_exports.array(external_exports.string().min(1)).default([]).describe(
    "Globs of repository paths (from the repository root) whose change triggers this suite; '!glob' excludes"
  ),
  prompt: external_exports.string().describe(
    "Prompt template file, relative to the config; [system]/[user]/[assistant] sections, {{var}} placeholders"
  ),
  dataset: external_exports.string().describe("Dataset file (.jsonl, .yaml or .csv), relative to the config"),
  provider: external_exports.string().default("default").describe("Name of the provider in providers:"),
  tiers: external_exports.record(
    Id,
    TierConfig.nullable().transform((t) => t ?? TierConfig.parse({}))
  ).default({ smoke: { seed: "evalgate" }, full: { seed: "evalgate" } }).describe("Named tiers (smoke on PRs, full on the base branch); sample: N cases or N%"),
  repeats: external_exports.number().int().positive().max(100).default(1).describe("Independent calls per case"),
  slices: external_exports.array(external_exports.string().min(1)).default([]).describe("Case tags to report and gate per slice"),
  scorers: external_exports.array(ScorerConfig).default([]),
  /**
   * Ids of scorers that dataset cases define for themselves (`assert:` on a case); named here
   * so that rules can gate them and the report aggregates them like suite scorers.
   */
  case_scorers: external_exports.array(Id).optional().describe("Ids of scorers defined per case by a dataset line's assert: list; rules gate them like suite scorers"),
  rules: external_exports.array(RuleConfig).default([])
}).superRefine((suite, ctx) => {
  for (const [path, message] of suiteIssues(suite)) ctx.addIssue({ code: "custom", path, message });
});
function suiteIssues(suite) {
  const out = [];
  suite.paths.forEach((glob, g) => {
    const compiled = compileGlob(glob.replace(/^!/, ""));
    if (!compiled.ok) out.push([["paths", g], compiled.issues[0].message]);
  });
  const scorerIds = /* @__PURE__ */ new Set();
  if (suite.scorers.length === 0 && !suite.case_scorers?.length)
    out.push([["scorers"], "a suite needs at least one scorer (or case_scorers that its cases define)"]);
  (suite.case_scorers ?? []).forEach((id, k) => {
    if (scorerIds.has(id)) out.push([["case_scorers", k], `duplicate case scorer id "${id}"`]);
    scorerIds.add(id);
  });
  suite.scorers.forEach((scorer, k) => {
    if (scorerIds.has(scorer.id))
      out.push([["scorers", k, "id"], `duplicate scorer id "${scorer.id}" in suite "${suite.id}"`]);
    scorerIds.add(scorer.id);
    if (scorer.type === "regex") {
      try {
        new RegExp(scorer.pattern, scorer.flags);
      } catch (error) {
        out.push([["scorers", k, "pattern"], `invalid regular expression: ${error.message}`]);
      }
    }
    if (scorer.type === "llm-judge")
      for (const [path, message] of judgeScaleIssues(scorer)) out.push([["scorers", k, ...path], message]);
  });
  const judges = suite.scorers.filter((sc) => sc.type === "llm-judge").map((sc) => sc.id);
  suite.rules.forEach((rule, r) => {
    if (!rule?.ref) return;
    const { ref } = rule;
    if (ref.kind === "scorer" && !scorerIds.has(ref.scorer))
      out.push([
        ["rules", r, "metric"],
        `no scorer "${ref.scorer}" in suite "${suite.id}"${didYouMean(ref.scorer, [...scorerIds])}; scorers: ${[...scorerIds].join(", ")}`
      ]);
    if (ref.kind === "judge_agreement" && !judges.includes(ref.scorer))
      out.push([
        ["rules", r, "metric"],
        `${rule.metric} needs an llm-judge scorer "${ref.scorer}" in suite "${suite.id}"${didYouMean(ref.scorer, judges)}; llm-judge scorers: ${judges.join(", ") || "none"}`
      ]);
    if (rule.per_slice && suite.slices.length === 0)
      out.push([["rules", r, "per_slice"], `per_slice needs the suite to name its slices (e.g. slices: [language])`]);
  });
  return out;
}
function judgeScaleIssues(scorer) {
  const out = [];
  if (scorer.id === "output")
    out.push([
      ["id"],
      'an llm-judge scorer cannot be called "output": human.output holds the rated output in the dataset'
    ]);
  if (Array.isArray(scorer.scale)) {
    const [low, high] = scorer.scale;
    if (!(low < high)) out.push([["scale"], `a judge scale is [low, high] with low < high; got [${low}, ${high}]`]);
    else if (high - low > 20)
      out.push([["scale"], `a judge scale has at most 21 points; [${low}, ${high}] has ${high - low + 1}`]);
    else if (scorer.threshold !== void 0 && !(scorer.threshold >= low && scorer.threshold <= high))
      out.push([["threshold"], `threshold ${scorer.threshold} is outside the scale [${low}, ${high}]`]);
  } else if (scorer.threshold !== void 0) {
    out.push([
      ["threshold"],
      'a pass-fail judge passes on "pass"; threshold applies only to a rating scale like [1, 5]'
    ]);
  }
  return out;
}
var Limits = external_exports.strictObject({
  cases: external_exports.number().int().positive().default(1e4).describe("Most cases a suite's dataset may hold"),
  case_bytes: external_exports.number().int().positive().default(1e5).describe("Most bytes one dataset case may take, as JSON"),
  prompt_bytes: external_exports.number().int().positive().default(2e5).describe("Most bytes a suite's prompt file may take"),
  calls: external_exports.number().int().positive().default(2e4).describe("Most model calls one run may plan: cases \xD7 repeats, plus llm-judge calls")
});
var GateConfig = external_exports.strictObject({
  version: external_exports.literal(1).describe("Gate config format version"),
  providers: external_exports.record(Id, ProviderConfig).describe('Named model providers; suites use "default" unless they name another'),
  suites: external_exports.array(SuiteConfig).min(1),
  overrides: external_exports.strictObject({
    label: external_exports.string().min(1).default("evalgate/override"),
    min_permission: external_exports.enum(["read", "triage", "write", "maintain", "admin"]).default("maintain")
  }).default({ label: "evalgate/override", min_permission: "maintain" }),
  baseline: external_exports.strictObject({
    branch: external_exports.string().optional(),
    artifact: external_exports.string().min(1).default("evalgate-results"),
    /** Only runs of this workflow file provide the baseline (docs/github-action.md, "The baseline"). */
    workflow: external_exports.string().min(1).optional()
  }).default({ artifact: "evalgate-results" }),
  limits: Limits.default(Limits.parse({})).describe(
    "Caps on what one run loads and calls, so data cannot buy unbounded model calls; a pull request is held to the base branch's"
  ),
  /** Optional, so a config without it keeps its hash. */
  report: external_exports.strictObject({
    chart: external_exports.enum(["mermaid", "text", "off"]).default("mermaid").describe("Per-slice chart in the PR comment and job summary: Mermaid, a text forest plot, or none")
  }).optional()
}).superRefine((config, ctx) => {
  for (const [path, message] of gateIssues(config)) ctx.addIssue({ code: "custom", path, message });
});
function gateIssues(config) {
  const out = [];
  const providers = Object.keys(config.providers);
  const missing = (name, what) => `no provider named "${name}"${what}${didYouMean(name, providers)}; defined: ${providers.join(", ")}`;
  const suiteIds = /* @__PURE__ */ new Set();
  config.suites.forEach((suite, s) => {
    if (suiteIds.has(suite.id)) out.push([["suites", s, "id"], `duplicate suite id "${suite.id}"`]);
    suiteIds.add(suite.id);
    if (!config.providers[suite.provider]) out.push([["suites", s, "provider"], missing(suite.provider, "")]);
    suite.scorers.forEach((scorer, k) => {
      if (scorer.type !== "llm-judge" && scorer.type !== "llm-judge-pairwise") return;
      const names = Array.isArray(scorer.provider) ? scorer.provider : [scorer.provider];
      names.forEach((name, i) => {
        if (!providers.includes(name))
          out.push([
            ["suites", s, "scorers", k, "provider", ...Array.isArray(scorer.provider) ? [i] : []],
            missing(name, " to judge with")
          ]);
      });
    });
  });
  return out;
}

export {
  compileGlob,
  matchesGlobs,
  ScorerConfig,
  RuleConfig,
  GateConfig
};
