import { z } from 'zod';

/**
 * The gate YAML, defined once. Types are inferred from it, the JSON Schema
 * (`evalgate schema`) is generated from it, and the loader validates with it.
 */

const Id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, { error: 'expected an id of letters, digits, "_" or "-"' });

const MARGIN_HINT = 'expected a fraction or a percentage like 5% (relative to the baseline) or 2pp (percentage points)';

/** `0.02` (metric units), `5%` (relative to the baseline value) or `2pp` (percentage points, i.e. 0.02). */
export const Margin = z
  .union([z.number(), z.string()], { error: MARGIN_HINT })
  .transform((raw, ctx) => {
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

export const ProviderConfig = z.discriminatedUnion('type', [ReplayProvider]);
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
  flags: z.string().regex(/^[dgimsuvy]*$/, { error: 'expected JavaScript RegExp flags such as "i" or "ms"' }).default(''),
  negate: z.boolean().default(false),
});

export const JsonScorer = z.strictObject({
  ...ScorerBase,
  type: z.literal('json'),
  /** A JSON Schema, inline or as a path to a .json file; absent means "any valid JSON". */
  schema: z.union([z.record(z.string(), z.unknown()), z.string()]).optional(),
});

export const ScorerConfig = z.discriminatedUnion('type', [EqualsScorer, ContainsScorer, RegexScorer, JsonScorer]);
export type ScorerConfig = z.output<typeof ScorerConfig>;

export const Outcome = z.enum(['pass', 'warn', 'fail']);

export const RuleConfig = z.strictObject({
  /** `<scorer>.pass_rate`, `<scorer>.mean`, `critical_failures`, `latency.p50|p90|p95|p99|mean`, `cost.total|mean`, `tokens.total|mean`, `errors.rate|count`. */
  metric: z.string().min(1),
  min: z.number().optional(),
  max: z.number().optional(),
  max_drop: Margin.optional(),
  max_increase: Margin.optional(),
  per_slice: z.boolean().default(false),
  /** Slices with fewer paired cases are reported, not gated. */
  min_n: z.number().int().positive().default(20),
  confidence: z.number().gt(0.5).lt(1).default(0.95),
  correction: z.enum(['holm', 'bh', 'none']).default('holm'),
  on_inconclusive: Outcome.default('warn'),
  on_no_baseline: Outcome.default('warn'),
  aggregate: z.enum(['mean', 'pass@k', 'pass^k', 'majority']).default('mean'),
});
export type RuleConfig = z.output<typeof RuleConfig>;

export const TierConfig = z.strictObject({
  sample: SampleSize.optional(),
  seed: z.union([z.string(), z.number()]).default('evalgate'),
});

export const SuiteConfig = z.strictObject({
  id: Id,
  description: z.string().optional(),
  /** Globs of repository paths whose change triggers this suite. */
  paths: z.array(z.string().min(1)).default([]),
  prompt: z.string(),
  dataset: z.string(),
  provider: z.string().default('default'),
  tiers: z.record(Id, TierConfig.nullable().transform((t) => t ?? TierConfig.parse({}))).default({ smoke: { seed: 'evalgate' }, full: { seed: 'evalgate' } }),
  repeats: z.number().int().positive().max(100).default(1),
  slices: z.array(z.string().min(1)).default([]),
  scorers: z.array(ScorerConfig).min(1),
  rules: z.array(RuleConfig).default([]),
});
export type SuiteConfig = z.output<typeof SuiteConfig>;

export const GateConfig = z.strictObject({
  version: z.literal(1),
  providers: z.record(Id, ProviderConfig),
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
});
export type GateConfig = z.output<typeof GateConfig>;
