import type { LoadedConfig, LoadedSuite } from '../config/load.js';
import type { ProviderConfig } from '../config/schema.js';
import { templateContext, type EvalCase } from '../dataset/case.js';
import { renderMessages, type PromptTemplate } from '../prompt/messages.js';
import { loadCalibrationSet } from '../dataset/calibration-set.js';
import { needsBundledSet } from './judge-calibration.js';
import { providersOf } from '../scorers/llm-judge-call.js';
import { batchPrice, priceFor } from '../providers/prices.js';
import type { Price, ProviderRequest } from '../providers/provider.js';
import {
  DEFAULT_OUTPUT_TOKENS,
  EstimateTally,
  JUDGE_OVERHEAD_TOKENS,
  estimateTokens,
  type Estimate,
} from '../runner/budget.js';

/** One suite of a run, as the estimate needs it. */
export interface SuiteToEstimate {
  config: Pick<LoadedSuite, 'id' | 'provider' | 'scorers' | 'rules'>;
  prompt: PromptTemplate;
  /** The cases the tier runs. */
  cases: readonly EvalCase[];
  /** The cases an adaptive tier may add, counted as if it grew to its max (the worst case). */
  extension: readonly EvalCase[];
  repeats: number;
}

/** Whether the response cache answers a request of a provider; absent (`plan`): nothing is counted as cached. */
export type CacheProbe = (provider: string, request: ProviderRequest) => Promise<boolean>;

/**
 * The run's cost before the first call (README "Budgets"): each case × repeat rendered and its
 * prompt's tokens estimated, the provider's `max_tokens` as its answer (else a default), at the
 * price table's (or the config's) price — half for `batch: true` — and each judge call as the
 * case's prompt and answer plus a rubric. Cached answers cost nothing; judge calls are counted
 * uncached. An estimate: the tokens are not counted by the model's tokenizer.
 */
export async function estimateRun(
  loaded: LoadedConfig,
  suites: readonly SuiteToEstimate[],
  cached?: CacheProbe,
): Promise<Estimate> {
  const tally = new EstimateTally();
  let adaptiveCases = 0;
  for (const suite of suites) {
    const provider = loaded.config.providers[suite.config.provider]!;
    const price = configuredPrice(provider, true);
    const output = outputTokens(provider);
    const judges = suite.config.scorers.flatMap((s) =>
      s.type === 'llm-judge' || s.type === 'llm-judge-pairwise'
        ? providersOf(s.provider).flatMap((name) => {
            const judge = loaded.config.providers[name]!;
            const call = { price: configuredPrice(judge), output: outputTokens(judge) };
            return s.type === 'llm-judge-pairwise' ? [call, call] : [call];
          })
        : [],
    );
    // a preset judge measured on its bundled calibration set rates each of its cases once
    for (const s of suite.config.scorers)
      if (s.type === 'llm-judge' && needsBundledSet(s, suite.config.rules, suite.cases))
        for (const { c, input } of loadCalibrationSet(s.preset!, s.id).cases)
          for (const name of providersOf(s.provider)) {
            const judge = loaded.config.providers[name]!;
            tally.add({
              promptTokens:
                estimateTokens([{ content: `${input}\n${String(c.human?.output ?? '')}` }]) + JUDGE_OVERHEAD_TOKENS,
              outputTokens: outputTokens(judge),
              price: configuredPrice(judge),
              cached: false,
            });
          }
    adaptiveCases += suite.extension.length;
    for (const c of [...suite.cases, ...suite.extension]) {
      const messages = renderMessages(suite.prompt, templateContext(c));
      const promptTokens = estimateTokens(messages);
      for (let repeat = 0; repeat < suite.repeats; repeat++) {
        const hit =
          cached !== undefined &&
          (await cached(suite.config.provider, {
            suite: suite.config.id,
            caseId: c.id,
            repeat,
            messages,
            vars: c.vars,
          }));
        tally.add({ promptTokens, outputTokens: output, price, cached: hit });
        for (const judge of judges)
          tally.add({
            promptTokens: promptTokens + output + JUDGE_OVERHEAD_TOKENS,
            outputTokens: judge.output,
            price: judge.price,
            cached: false,
          });
      }
    }
  }
  return tally.result(adaptiveCases);
}

/** The price a provider's calls are billed at: its `price`, else the built-in table's; half of it for a suite's calls through the Batch API (judges call live). */
export function configuredPrice(provider: ProviderConfig, suiteCall = false): Price | undefined {
  const price = ('price' in provider ? provider.price : undefined) ?? priceFor(provider.model);
  return price && suiteCall && provider.type === 'openai' && provider.batch ? batchPrice(price) : price;
}

/** The answer's tokens the estimate assumes: the provider's cap on them, else DEFAULT_OUTPUT_TOKENS. */
function outputTokens(provider: ProviderConfig): number {
  if (provider.type === 'openai') return provider.max_completion_tokens ?? provider.max_tokens ?? DEFAULT_OUTPUT_TOKENS;
  if (provider.type === 'anthropic' || provider.type === 'gemini') return provider.max_tokens ?? DEFAULT_OUTPUT_TOKENS;
  return DEFAULT_OUTPUT_TOKENS;
}
