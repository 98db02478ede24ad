import type { EvalCase } from '../dataset/case.js';
import { templateContext } from '../dataset/case.js';
import { renderMessages, type PromptTemplate } from '../prompt/messages.js';
import { ProviderError, type Provider } from '../providers/provider.js';
import type { CaseRecord } from '../run/run-schema.js';
import type { Scorer } from '../scorers/scorer.js';
import { mapPool } from './pool.js';

export interface SuitePlan {
  suite: string;
  cases: EvalCase[];
  repeats: number;
  prompt: PromptTemplate;
  provider: Provider;
  scorers: Scorer[];
}

export interface ExecuteOptions {
  concurrency?: number;
  onRecord?: (record: CaseRecord) => void;
}

/** Calls the provider for every case × repeat and scores what came back. */
export async function executeSuite(plan: SuitePlan, options: ExecuteOptions = {}): Promise<CaseRecord[]> {
  const jobs = plan.cases.flatMap((c) => Array.from({ length: plan.repeats }, (_, repeat) => ({ c, repeat })));
  return mapPool(jobs, options.concurrency ?? plan.provider.concurrency, async ({ c, repeat }) => {
    const record = await runCase(plan, c, repeat);
    options.onRecord?.(record);
    return record;
  });
}

async function runCase(plan: SuitePlan, c: EvalCase, repeat: number): Promise<CaseRecord> {
  const base = { suite: plan.suite, id: c.id, repeat, line: c.line, tags: c.tags, severity: c.severity, fingerprint: c.fingerprint };
  const messages = renderMessages(plan.prompt, templateContext(c));
  const started = performance.now();
  try {
    const response = await plan.provider.call({ suite: plan.suite, caseId: c.id, repeat, messages });
    const latency = response.latencyMs ?? performance.now() - started;
    const scores = Object.fromEntries(plan.scorers.map((s) => [s.id, s.score({ case: c, output: response.output, toolCalls: response.toolCalls })]));
    return {
      ...base,
      output: response.output,
      ...(response.toolCalls ? { tool_calls: response.toolCalls } : {}),
      scores,
      latency_ms: Math.round(latency * 10) / 10,
      tokens: response.tokens ?? null,
      cost_usd: response.costUsd ?? null,
      error: null,
    };
  } catch (error) {
    if (!(error instanceof ProviderError)) throw error;
    return { ...base, output: null, scores: {}, latency_ms: null, tokens: null, cost_usd: null, error: { kind: 'infrastructure', message: error.message } };
  }
}
