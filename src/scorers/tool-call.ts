import { z } from 'zod';
import type { ValidateFunction } from 'ajv';
import { ScorerBase } from '../config/scorer-base.js';
import type { Result } from '../core/result.js';
import { canonicalJson } from '../core/hash.js';
import type { EvalCase } from '../dataset/case.js';
import { templateContext } from '../dataset/template-context.js';
import { lookupPath } from '../prompt/template.js';
import { graded } from './reference.js';
import type { Scorer } from './scorer.js';

const ExpectedCall = z.strictObject({
  name: z.string().min(1),
  /** The arguments the call must have (exactly, or at least these with `arguments: subset`). */
  arguments: z.record(z.string(), z.unknown()).optional(),
  /** A JSON Schema the arguments must match, instead of fixed values. */
  schema: z.record(z.string(), z.unknown()).optional(),
});
type ExpectedCall = z.output<typeof ExpectedCall>;

export const ToolCallScorer = z.strictObject({
  ...ScorerBase,
  type: z.literal('tool-call'),
  /** The calls a case expects: inline, or the name of a case field holding them (default the case's `expected`). */
  calls: z.union([z.array(ExpectedCall), z.string().min(1)]).default('expected'),
  /** `exact`: a call's arguments equal the expected ones; `subset`: they include them. */
  arguments: z.enum(['exact', 'subset']).default('exact'),
  /** `any`: calls may come in any order; `strict`: in the expected order. */
  order: z.enum(['any', 'strict']).default('any'),
  /** Tools the model must never call: any such call fails the case. */
  forbidden: z.array(z.string().min(1)).default([]),
  /** The F1 a case needs to pass; default 1 (every expected call made, nothing extra). */
  threshold: z.number().min(0).max(1).default(1),
});
type ToolCallConfig = z.output<typeof ToolCallScorer>;

interface Call {
  name: string;
  arguments: unknown;
}

/** A call as providers record it: `{ name, arguments }`, or OpenAI's `{ function: { name, arguments: "<json>" } }`. */
export function normalizeCall(raw: unknown): Call | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const r = raw as Record<string, unknown>;
  const f = (r.function && typeof r.function === 'object' ? r.function : r) as Record<string, unknown>;
  if (typeof f.name !== 'string') return undefined;
  let args = f.arguments ?? {};
  if (typeof args === 'string') {
    try {
      args = JSON.parse(args);
    } catch {
      // unparseable arguments stay a string, which matches no expected arguments
    }
  }
  return { name: f.name, arguments: args };
}

function includes(actual: unknown, expected: unknown): boolean {
  if (expected && typeof expected === 'object' && !Array.isArray(expected)) {
    if (!actual || typeof actual !== 'object' || Array.isArray(actual)) return false;
    return Object.entries(expected).every(([k, v]) => includes((actual as Record<string, unknown>)[k], v));
  }
  return canonicalJson(actual) === canonicalJson(expected);
}

/**
 * Matches the output's tool calls with the expected ones: value = F1 over calls (a call counts
 * when its name and arguments match), `stats` = [matched, extra, missing] for the suite's
 * tools.precision / recall / f1. Without tool calls in the dataset the case is an input error.
 */
export async function toolCallScorer(config: ToolCallConfig): Promise<Result<Scorer>> {
  // as in json.ts: ajv is CommonJS, and the bundle's split chunk has only its default export
  const { Ajv } = (await import('ajv')).default;
  const ajv = new Ajv({ allErrors: false, strict: false });
  const compiled = new Map<string, ValidateFunction>();
  const schemaOf = (schema: Record<string, unknown>) => {
    const key = canonicalJson(schema);
    let validate = compiled.get(key);
    if (!validate) compiled.set(key, (validate = ajv.compile(schema)));
    return validate;
  };
  const matches = (actual: Call, expected: ExpectedCall) => {
    if (actual.name !== expected.name) return false;
    if (expected.schema && !schemaOf(expected.schema)(actual.arguments)) return false;
    if (expected.arguments === undefined) return true;
    return config.arguments === 'subset'
      ? includes(actual.arguments, expected.arguments)
      : canonicalJson(actual.arguments) === canonicalJson(expected.arguments);
  };
  const expectedOf = (c: EvalCase): ExpectedCall[] => {
    if (Array.isArray(config.calls)) return config.calls;
    const value = lookupPath(templateContext(c), config.calls);
    const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
    return list.flatMap((v) => {
      const parsed = ExpectedCall.safeParse(typeof v === 'string' ? { name: v } : v);
      return parsed.success ? [parsed.data] : [];
    });
  };
  return {
    ok: true,
    value: {
      id: config.id,
      type: config.type,
      critical: config.critical,
      score({ case: c, toolCalls }) {
        const actual = (toolCalls ?? []).map(normalizeCall).filter((x): x is Call => x !== undefined);
        const expected = expectedOf(c);
        const pairs =
          config.order === 'strict' ? strictPairs(actual, expected, matches) : anyPairs(actual, expected, matches);
        const tp = pairs.length;
        const extra = actual.filter((_, i) => !pairs.some(([a]) => a === i));
        const missing = expected.filter((_, j) => !pairs.some(([, e]) => e === j));
        const forbidden = actual.filter((a) => config.forbidden.includes(a.name));
        const f1 = actual.length + expected.length === 0 ? 1 : (2 * tp) / (actual.length + expected.length);
        const wrong = missing.filter((m) => extra.some((x) => x.name === m.name)).map((m) => m.name);
        const detail = [
          wrong.length ? `wrong arguments: ${wrong.join(', ')}` : '',
          missing.length ? `missing: ${missing.map((m) => m.name).join(', ')}` : '',
          extra.length ? `extra: ${extra.map((x) => x.name).join(', ')}` : '',
          forbidden.length ? `forbidden: ${forbidden.map((x) => x.name).join(', ')}` : '',
        ]
          .filter(Boolean)
          .join('; ');
        const record = graded(f1, config.threshold, { stats: [tp, extra.length, missing.length] });
        return {
          ...record,
          pass: record.pass === true && forbidden.length === 0,
          ...(detail ? { detail } : {}),
        };
      },
    },
  };
}

type Matches = (a: Call, e: ExpectedCall) => boolean;

/** Order-free: a maximum bipartite matching (Kuhn's augmenting paths), so no greedy choice loses a match. */
function anyPairs(actual: readonly Call[], expected: readonly ExpectedCall[], matches: Matches): [number, number][] {
  const owner = new Array<number>(expected.length).fill(-1);
  const augment = (a: number, seen: boolean[]): boolean => {
    for (let e = 0; e < expected.length; e++) {
      if (seen[e] || !matches(actual[a]!, expected[e]!)) continue;
      seen[e] = true;
      if (owner[e] === -1 || augment(owner[e]!, seen)) {
        owner[e] = a;
        return true;
      }
    }
    return false;
  };
  for (let a = 0; a < actual.length; a++) augment(a, new Array<boolean>(expected.length).fill(false));
  return owner.flatMap((a, e) => (a === -1 ? [] : [[a, e] as [number, number]]));
}

/** In order: the longest common subsequence of matching calls. */
function strictPairs(actual: readonly Call[], expected: readonly ExpectedCall[], matches: Matches): [number, number][] {
  const [n, m] = [actual.length, expected.length];
  const table = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      table[i]![j] = matches(actual[i]!, expected[j]!)
        ? table[i + 1]![j + 1]! + 1
        : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
  const pairs: [number, number][] = [];
  for (let i = 0, j = 0; i < n && j < m;) {
    if (matches(actual[i]!, expected[j]!) && table[i]![j] === table[i + 1]![j + 1]! + 1) pairs.push([i++, j++]);
    else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}
