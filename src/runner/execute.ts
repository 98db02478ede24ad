import type { EvalCase } from '../dataset/case.js';
import { templateContext } from '../dataset/case.js';
import { renderMessages, type PromptTemplate } from '../prompt/messages.js';
import { ProviderError } from '../providers/provider.js';
import type { CaseRecord, ScoreRecord } from '../results/run-schema.js';
import type { Scorer } from '../scorers/scorer.js';
import type { Caller, RunControl } from './caller.js';

export interface SuitePlan {
  suite: string;
  cases: EvalCase[];
  repeats: number;
  prompt: PromptTemplate;
  caller: Caller;
  scorers: Scorer[];
  /** Scorers that apply to one case only (its `assert:` list in the dataset), by case id. */
  caseScorers?: ReadonlyMap<string, Scorer[]>;
  /** The baseline's output per `id\0repeat`, for scorers that compare with it (llm-judge-pairwise). */
  baselineOutputs?: ReadonlyMap<string, string>;
}

export interface ExecuteOptions {
  control: RunControl;
  onRecord?: (record: CaseRecord) => void;
}

export interface SuiteExecution {
  /** Every finished case × repeat, in dataset order; calls abandoned when the run stopped are absent. */
  records: CaseRecord[];
  /** Why the run stopped early (circuit breaker), or null. */
  stopped: string | null;
}

export const baselineKey = (id: string, repeat: number) => `${id}\u0000${repeat}`;

/**
 * Calls the provider for every case × repeat and scores what came back. More cases are
 * in progress than calls in flight, so that a case waiting out a Retry-After never holds
 * a slot a ready case could use; the caller's limiter bounds the calls themselves.
 */
export async function executeSuite(plan: SuitePlan, options: ExecuteOptions): Promise<SuiteExecution> {
  const total = plan.cases.length * plan.repeats;
  const results = new Array<CaseRecord | undefined>(total);
  const window = Math.min(total, Math.max(32, plan.caller.limiter.max * 4));
  let next = 0;
  const worker = async () => {
    while (next < total && options.control.stopped === null) {
      const index = next++;
      const record = await runCase(
        plan,
        plan.cases[Math.floor(index / plan.repeats)]!,
        index % plan.repeats,
        options.control,
      );
      if (!record) continue;
      results[index] = record;
      options.onRecord?.(record);
    }
  };
  await Promise.all(Array.from({ length: window }, worker));
  return { records: results.filter((r): r is CaseRecord => r !== undefined), stopped: options.control.stopped };
}

async function runCase(
  plan: SuitePlan,
  c: EvalCase,
  repeat: number,
  control: RunControl,
): Promise<CaseRecord | undefined> {
  const base = {
    suite: plan.suite,
    id: c.id,
    repeat,
    line: c.line,
    tags: c.tags,
    severity: c.severity,
    fingerprint: c.fingerprint,
    ...(c.expected !== undefined ? { expected: c.expected } : {}),
  };
  const messages = renderMessages(plan.prompt, templateContext(c));
  const outcome = await plan.caller.call({ suite: plan.suite, caseId: c.id, repeat, messages, vars: c.vars });
  if (!outcome.ok) {
    if (outcome.aborted) return undefined;
    return {
      ...base,
      output: null,
      scores: {},
      latency_ms: null,
      tokens: null,
      cost_usd: null,
      error: { kind: 'infrastructure', message: outcome.message },
    };
  }
  const { response } = outcome;
  const record: CaseRecord = {
    ...base,
    output: response.output,
    ...(response.toolCalls ? { tool_calls: response.toolCalls } : {}),
    scores: {},
    latency_ms: outcome.batched ? null : Math.round(outcome.latencyMs * 10) / 10,
    tokens: response.tokens ?? null,
    cost_usd: outcome.costUsd,
    ...(outcome.cached ? { cached: true } : {}),
    error: null,
  };
  let judgeCost: number | null = null;
  const scorers = [...plan.scorers, ...(plan.caseScorers?.get(c.id) ?? [])];
  for (const scorer of scorers) {
    let score: ScoreRecord | undefined;
    if (scorer.grade) {
      try {
        score = await scorer.grade({
          case: c,
          output: response.output,
          toolCalls: response.toolCalls,
          suite: plan.suite,
          repeat,
          messages,
          baselineOutput: plan.baselineOutputs?.get(baselineKey(c.id, repeat)),
          signal: control.signal,
        });
      } catch (error) {
        if (control.stopped !== null) return undefined;
        if (!(error instanceof ProviderError)) throw error;
        // the judge, not the answer, failed: only this scorer has no score; the others still count
        record.scorer_errors = { ...record.scorer_errors, [scorer.id]: error.message };
        continue;
      }
      if (score?.cost_usd !== undefined) judgeCost = (judgeCost ?? 0) + score.cost_usd;
    } else {
      score = scorer.score({ case: c, output: response.output, toolCalls: response.toolCalls });
    }
    if (score) record.scores[scorer.id] = score;
  }
  if (scorers.some((s) => s.grade)) record.judge_cost_usd = judgeCost;
  return record;
}
