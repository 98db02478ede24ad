import type { Price } from './provider.js';
/**
 * USD per million tokens (input, output) for common OpenAI models, from
 * https://openai.com/api/pricing (standard tier, checked 2025). A config's `price` wins;
 * a model not listed here and not priced in the config has no cost (null), never a guess.
 */
export declare const PRICES: Readonly<Record<string, Price>>;
/** The price of `model`: exact name, else the longest listed name it starts with (`gpt-4o-mini-2024-07-18` → `gpt-4o-mini`). */
export declare function priceFor(model: string, table?: Readonly<Record<string, Price>>): Price | undefined;
export declare function costUsd(tokens: {
    prompt: number;
    completion: number;
} | undefined, price: Price | undefined): number | null;
