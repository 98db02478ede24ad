import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);

// src/providers/prices.ts
var PRICES_CHECKED = "2026-12-03";
var PRICES = {
  // OpenAI
  "gpt-5": { input: 1.25, output: 10, cached_input: 0.125 },
  "gpt-5-mini": { input: 0.25, output: 2, cached_input: 0.025 },
  "gpt-5-nano": { input: 0.05, output: 0.4, cached_input: 5e-3 },
  "gpt-4.1": { input: 2, output: 8, cached_input: 0.5 },
  "gpt-4.1-mini": { input: 0.4, output: 1.6, cached_input: 0.1 },
  "gpt-4.1-nano": { input: 0.1, output: 0.4, cached_input: 0.025 },
  "gpt-4o": { input: 2.5, output: 10, cached_input: 1.25 },
  "gpt-4o-mini": { input: 0.15, output: 0.6, cached_input: 0.075 },
  "gpt-4-turbo": { input: 10, output: 30 },
  "gpt-3.5-turbo": { input: 0.5, output: 1.5 },
  o1: { input: 15, output: 60, cached_input: 7.5 },
  o3: { input: 2, output: 8, cached_input: 0.5 },
  "o3-mini": { input: 1.1, output: 4.4, cached_input: 0.55 },
  "o4-mini": { input: 1.1, output: 4.4, cached_input: 0.275 },
  "text-embedding-3-small": { input: 0.02, output: 0 },
  "text-embedding-3-large": { input: 0.13, output: 0 },
  "text-embedding-ada-002": { input: 0.1, output: 0 },
  // Anthropic (cache writes cost 1.25 × input; see costUsd)
  "claude-opus-5": { input: 5, output: 25, cached_input: 0.5 },
  "claude-opus-4-8": { input: 5, output: 25, cached_input: 0.5 },
  "claude-opus-4-7": { input: 5, output: 25, cached_input: 0.5 },
  "claude-opus-4-6": { input: 5, output: 25, cached_input: 0.5 },
  "claude-opus-4-5": { input: 5, output: 25, cached_input: 0.5 },
  "claude-opus-4-1": { input: 15, output: 75, cached_input: 1.5 },
  "claude-opus-4": { input: 15, output: 75, cached_input: 1.5 },
  "claude-sonnet-4-6": { input: 3, output: 15, cached_input: 0.3 },
  "claude-sonnet-4-5": { input: 3, output: 15, cached_input: 0.3 },
  "claude-sonnet-4": { input: 3, output: 15, cached_input: 0.3 },
  "claude-3-7-sonnet": { input: 3, output: 15, cached_input: 0.3 },
  "claude-haiku-4-5": { input: 1, output: 5, cached_input: 0.1 },
  "claude-3-5-haiku": { input: 0.8, output: 4, cached_input: 0.08 },
  "claude-3-haiku": { input: 0.25, output: 1.25, cached_input: 0.03 },
  // Gemini
  "gemini-3.1-pro-preview": { input: 2, output: 12, cached_input: 0.2 },
  "gemini-3-pro-preview": { input: 2, output: 12, cached_input: 0.2 },
  "gemini-3-flash-preview": { input: 0.5, output: 3, cached_input: 0.05 },
  "gemini-2.5-pro": { input: 1.25, output: 10, cached_input: 0.125 },
  "gemini-2.5-flash": { input: 0.3, output: 2.5, cached_input: 0.03 },
  "gemini-2.5-flash-lite": { input: 0.1, output: 0.4, cached_input: 0.01 },
  "gemini-2.0-flash": { input: 0.1, output: 0.4, cached_input: 0.025 }
};
var SNAPSHOT = /^-(\d{4}-\d{2}-\d{2}|\d{8}|\d{3}|latest|preview(-\d{2}-\d{2}(-\d{4})?)?|exp(-\d{4})?)$/;
function priceFor(model, table = PRICES) {
  if (table[model]) return table[model];
  let best;
  for (const name of Object.keys(table)) {
    if (model.startsWith(name) && SNAPSHOT.test(model.slice(name.length)) && (!best || name.length > best.length))
      best = name;
  }
  return best ? table[best] : void 0;
}
function batchPrice(price) {
  return {
    input: price.input / 2,
    output: price.output / 2,
    ...price.cached_input !== void 0 ? { cached_input: price.cached_input / 2 } : {}
  };
}
function costUsd(tokens, price) {
  if (!tokens || !price) return null;
  const cached = tokens.cached ?? 0;
  const written = tokens.cacheWrite ?? 0;
  const fresh = tokens.prompt - cached - written;
  return (fresh * price.input + cached * (price.cached_input ?? price.input) + written * price.input * 1.25 + tokens.completion * price.output) / 1e6;
}
function missingPriceNote(suite, records) {
  const unpriced = records.filter((r) => !r.error && r.tokens !== null && r.cost_usd === null).length;
  if (!unpriced) return void 0;
  return `no price for model "${suite.model}" (provider "${suite.provider}"): ${unpriced} answer${unpriced === 1 ? "" : "s"} with token usage have no cost, so cost.* rules see nothing; the built-in table (checked ${PRICES_CHECKED}) lacks it: set price: { input, output } (USD per 1M tokens) on the provider.`;
}

export {
  priceFor,
  batchPrice,
  costUsd,
  missingPriceNote
};
