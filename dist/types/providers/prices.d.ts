import type { Price } from './provider.js';
/** When the table was last checked against the vendors' pricing pages; docs/providers.md says how to override it. */
export declare const PRICES_CHECKED = "2026-12-03";
/**
 * USD per million tokens (input, output, and cached input where the vendor prices it apart),
 * standard tier, prompts ≤ 200K tokens, from the vendors' pricing pages as of PRICES_CHECKED:
 * developers.openai.com/api/docs/pricing, platform.claude.com/docs/en/about-claude/pricing
 * ("cache hits"), ai.google.dev/gemini-api/docs/pricing ("context caching"). A config's
 * `price` wins; a model not listed here and not priced in the config has no cost (null) and
 * a warning in the report, never a guess.
 */
export declare const PRICES: Readonly<Record<string, Price>>;
/** The price of `model`: exact name, else the listed name it is a snapshot of (`gpt-4o-mini-2024-07-18` → `gpt-4o-mini`). */
export declare function priceFor(model: string, table?: Readonly<Record<string, Price>>): Price | undefined;
/** The Batch API's price: half the standard one, input and output (developers.openai.com/api/docs/guides/batch). */
export declare function batchPrice(price: Price): Price;
/**
 * USD for one call. `cached` of the prompt tokens were read from the provider's prompt cache
 * and cost `cached_input` (when the price names one); `cacheWrite` of them were written to it,
 * which Anthropic bills at 1.25 × input (5-minute cache; docs/providers.md).
 */
export declare function costUsd(tokens: {
    prompt: number;
    completion: number;
    cached?: number;
    cacheWrite?: number;
} | undefined, price: Price | undefined): number | null;
/**
 * The report's warning when a suite's answers reported tokens but no cost could be put on
 * them: the model is in neither the built-in table nor the provider's `price`. Undefined
 * when every answer with tokens has a cost.
 */
export declare function missingPriceNote(suite: {
    provider: string;
    model: string;
}, records: readonly {
    tokens: unknown;
    cost_usd: number | null;
    error: unknown;
}[]): string | undefined;
