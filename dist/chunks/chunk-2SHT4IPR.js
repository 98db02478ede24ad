import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  loadCalibrationSet,
  needsBundledSet
} from "./chunk-RZIIYWFY.js";
import {
  providersOf,
  renderMessages
} from "./chunk-FMZSDQ53.js";
import {
  batchPrice,
  costUsd,
  priceFor
} from "./chunk-GJ43RANW.js";
import {
  formatUsd
} from "./chunk-DDNPVRFT.js";
import {
  templateContext
} from "./chunk-U3WIKXHJ.js";

// src/runner/budget.ts
function budgetFor(budget, tier, usdFlag) {
  const own = budget?.tiers?.[tier];
  const usd = usdFlag ?? own?.usd ?? budget?.usd ?? null;
  const calls = own?.calls ?? budget?.calls ?? null;
  if (usd === null && calls === null) return null;
  return {
    usd,
    calls,
    usdFrom: usdFlag !== void 0 ? "--budget-usd" : own?.usd !== void 0 ? `budget.tiers.${tier}.usd` : "budget.usd",
    callsFrom: own?.calls !== void 0 ? `budget.tiers.${tier}.calls` : "budget.calls"
  };
}
function estimateTokens(messages) {
  return messages.reduce((n, m) => n + Math.ceil(m.content.length / 4) + 4, 0);
}
var DEFAULT_OUTPUT_TOKENS = 256;
var JUDGE_OVERHEAD_TOKENS = 200;
var EstimateTally = class {
  usd = 0;
  calls = 0;
  cached = 0;
  unpriced = 0;
  add(call) {
    if (call.cached) {
      this.cached++;
      return;
    }
    this.calls++;
    const cost = costUsd({ prompt: call.promptTokens, completion: call.outputTokens }, call.price);
    if (cost === null) this.unpriced++;
    else this.usd += cost;
  }
  result(adaptiveCases) {
    return {
      usd: this.calls > 0 && this.unpriced === this.calls ? null : round(this.usd),
      calls: this.calls,
      cached: this.cached,
      unpriced: this.unpriced,
      adaptive_cases: adaptiveCases
    };
  }
};
var round = (usd) => Math.round(usd * 1e10) / 1e10;
function overBudget(estimate, limit) {
  const what = `estimated ${estimate.usd === null ? "cost unknown" : formatUsd(estimate.usd)} for ${estimate.calls} model calls (${estimate.cached} more cached${estimate.adaptive_cases ? `, an adaptive tier counted at its max: ${estimate.adaptive_cases} extra cases` : ""})`;
  if (limit.usd !== null && estimate.usd !== null && estimate.usd > limit.usd)
    return `${what} is over the budget of ${formatUsd(limit.usd)} (${limit.usdFrom})`;
  if (limit.calls !== null && estimate.calls > limit.calls)
    return `${what} is over the budget of ${limit.calls} calls (${limit.callsFrom})`;
  return void 0;
}
var BudgetMeter = class {
  constructor(limit, control, graceMs = 1e4) {
    this.limit = limit;
    this.control = control;
    this.graceMs = graceMs;
  }
  limit;
  control;
  graceMs;
  usd = 0;
  calls = 0;
  cached = 0;
  /** Before a model call that is not served from the cache: false (and the run stopped) when the budget is spent. */
  admit() {
    const { limit } = this;
    if (limit?.calls != null && this.calls + 1 > limit.calls) {
      this.stop(`${this.calls} model calls made, the budget of ${limit.calls} calls (${limit.callsFrom})`);
      return false;
    }
    if (limit?.usd != null && this.usd >= limit.usd) {
      this.stop(`${formatUsd(this.usd)} spent, the budget of ${formatUsd(limit.usd)} (${limit.usdFrom})`);
      return false;
    }
    this.calls++;
    return true;
  }
  /** What an admitted call cost (null: no usage or no price). */
  spend(usd) {
    if (usd !== null) this.usd += usd;
  }
  /** Calls answered by a batch, admitted together (they were estimated and checked before submission). */
  spendBatch(calls, usd) {
    this.calls += calls;
    this.usd += usd;
  }
  hit() {
    this.cached++;
  }
  actual() {
    return { usd: round(this.usd), calls: this.calls, cached: this.cached };
  }
  stop(what) {
    this.control.stop(`budget reached: ${what}`, "budget", this.graceMs);
  }
};

// src/pipeline/estimate-run.ts
async function estimateRun(loaded, suites, cached) {
  const tally = new EstimateTally();
  let adaptiveCases = 0;
  for (const suite of suites) {
    const provider = loaded.config.providers[suite.config.provider];
    const price = configuredPrice(provider, true);
    const output = outputTokens(provider);
    const judges = suite.config.scorers.flatMap(
      (s) => s.type === "llm-judge" || s.type === "llm-judge-pairwise" ? providersOf(s.provider).flatMap((name) => {
        const judge = loaded.config.providers[name];
        const call = { price: configuredPrice(judge), output: outputTokens(judge) };
        return s.type === "llm-judge-pairwise" ? [call, call] : [call];
      }) : []
    );
    for (const s of suite.config.scorers)
      if (s.type === "llm-judge" && needsBundledSet(s, suite.config.rules, suite.cases))
        for (const { c, input } of loadCalibrationSet(s.preset, s.id).cases)
          for (const name of providersOf(s.provider)) {
            const judge = loaded.config.providers[name];
            tally.add({
              promptTokens: estimateTokens([{ content: `${input}
${String(c.human?.output ?? "")}` }]) + JUDGE_OVERHEAD_TOKENS,
              outputTokens: outputTokens(judge),
              price: configuredPrice(judge),
              cached: false
            });
          }
    adaptiveCases += suite.extension.length;
    for (const c of [...suite.cases, ...suite.extension]) {
      const messages = renderMessages(suite.prompt, templateContext(c));
      const promptTokens = estimateTokens(messages);
      for (let repeat = 0; repeat < suite.repeats; repeat++) {
        const hit = cached !== void 0 && await cached(suite.config.provider, {
          suite: suite.config.id,
          caseId: c.id,
          repeat,
          messages,
          vars: c.vars
        });
        tally.add({ promptTokens, outputTokens: output, price, cached: hit });
        for (const judge of judges)
          tally.add({
            promptTokens: promptTokens + output + JUDGE_OVERHEAD_TOKENS,
            outputTokens: judge.output,
            price: judge.price,
            cached: false
          });
      }
    }
  }
  return tally.result(adaptiveCases);
}
function configuredPrice(provider, suiteCall = false) {
  const price = ("price" in provider ? provider.price : void 0) ?? priceFor(provider.model);
  return price && suiteCall && provider.type === "openai" && provider.batch ? batchPrice(price) : price;
}
function outputTokens(provider) {
  if (provider.type === "openai") return provider.max_completion_tokens ?? provider.max_tokens ?? DEFAULT_OUTPUT_TOKENS;
  if (provider.type === "anthropic" || provider.type === "gemini") return provider.max_tokens ?? DEFAULT_OUTPUT_TOKENS;
  return DEFAULT_OUTPUT_TOKENS;
}

export {
  budgetFor,
  overBudget,
  BudgetMeter,
  estimateRun
};
