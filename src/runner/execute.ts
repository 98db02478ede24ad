import type { EvalCase } from '../dataset/case.js';
import { templateContext } from '../dataset/case.js';
import { renderMessages, type PromptTemplate } from '../prompt/messages.js';
import { ProviderError } from '../providers/provider.js';
import type { CaseRecord, ScoreRecord } from '../results/run-schema.js';
import type { Scorer } from '../scorers/scorer.js';
import type { Caller, RunControl } from './caller.js';
import { createInterner } from '../core/intern.js';

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
  // a pass/fail score repeats across cases: one shared copy each, not one per record (README "Large runs")
  const share = createInterner();
  const worker = async () => {
    while (next < total && options.control.stopped === null) {
      const index = next++;
      const record = await runCase(
        plan,
        plan.cases[Math.floor(index / plan.repeats)]!,
        index % plan.repeats,
        options.control,
        share,
      );
      if (!record) continue;
      results[index] = record;
      options.onRecord?.(record);
    }
  };
  await Promise.all(Array.from({ length: window }, worker));
  return { records: results.filter((r): r is CaseRecord => r !== undefined), stopped: options.control.stopped };
}

/**
 * A record's identifying fields, in run.json's order; the caller adds the rest in order. Built by
 * assignment, not by spreading a base object into a literal: V8 (Node 20) gives every object made
 * by `{ ...base, more }` a hidden class of its own, about 0.5 KB per record of a large run.
 */
function recordOf(suite: string, c: EvalCase, repeat: number): CaseRecord {
  const record = { suite, id: c.id, repeat, line: c.line, tags: c.tags, severity: c.severity } as CaseRecord;
  record.fingerprint = c.fingerprint;
  if (c.expected !== undefined) record.expected = c.expected;
  if (c.contamination) record.contamination = c.contamination;
  return record;
}

async function runCase(
  plan: SuitePlan,
  c: EvalCase,
  repeat: number,
  control: RunControl,
  share: <T>(value: T) => T,
): Promise<CaseRecord | undefined> {
  const messages = renderMessages(plan.prompt, templateContext(c));
  const outcome = await plan.caller.call({ suite: plan.suite, caseId: c.id, repeat, messages, vars: c.vars });
  if (!outcome.ok) {
    if (outcome.aborted) return undefined;
    const failed = recordOf(plan.suite, c, repeat);
    failed.output = null;
    failed.scores = {};
    failed.latency_ms = null;
    failed.tokens = null;
    failed.cost_usd = null;
    failed.error = { kind: 'infrastructure', message: outcome.message };
    return failed;
  }
  const { response } = outcome;
  const record = recordOf(plan.suite, c, repeat);
  record.output = response.output;
  if (response.toolCalls) record.tool_calls = response.toolCalls;
  record.scores = {};
  record.latency_ms = outcome.batched ? null : Math.round(outcome.latencyMs * 10) / 10;
  record.tokens = share(response.tokens ?? null);
  record.cost_usd = outcome.costUsd;
  if (outcome.cached) record.cached = true;
  record.error = null;
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
    if (score) record.scores[scorer.id] = share(score);
  }
  if (scorers.some((s) => s.grade)) record.judge_cost_usd = judgeCost;
  record.scores = share(record.scores);
  return record;
}
