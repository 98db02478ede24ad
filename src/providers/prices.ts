import type { Price } from './provider.js';

/**
 * USD per million tokens (input, output) for common OpenAI models, from
 * https://openai.com/api/pricing (standard tier, checked 2025). A config's `price` wins;
 * a model not listed here and not priced in the config has no cost (null), never a guess.
 */
export const PRICES: Readonly<Record<string, Price>> = {
  'gpt-5': { input: 1.25, output: 10 },
  'gpt-5-mini': { input: 0.25, output: 2 },
  'gpt-5-nano': { input: 0.05, output: 0.4 },
  'gpt-4.1': { input: 2, output: 8 },
  'gpt-4.1-mini': { input: 0.4, output: 1.6 },
  'gpt-4.1-nano': { input: 0.1, output: 0.4 },
  'gpt-4o': { input: 2.5, output: 10 },
  'gpt-4o-mini': { input: 0.15, output: 0.6 },
  'gpt-4-turbo': { input: 10, output: 30 },
  'gpt-3.5-turbo': { input: 0.5, output: 1.5 },
  o1: { input: 15, output: 60 },
  o3: { input: 2, output: 8 },
  'o3-mini': { input: 1.1, output: 4.4 },
  'o4-mini': { input: 1.1, output: 4.4 },
  'text-embedding-3-small': { input: 0.02, output: 0 },
  'text-embedding-3-large': { input: 0.13, output: 0 },
  'text-embedding-ada-002': { input: 0.1, output: 0 },
};

/** The price of `model`: exact name, else the longest listed name it starts with (`gpt-4o-mini-2024-07-18` → `gpt-4o-mini`). */
export function priceFor(model: string, table: Readonly<Record<string, Price>> = PRICES): Price | undefined {
  if (table[model]) return table[model];
  let best: string | undefined;
  for (const name of Object.keys(table)) {
    if (model.startsWith(`${name}-`) && (!best || name.length > best.length)) best = name;
  }
  return best ? table[best] : undefined;
}

export function costUsd(
  tokens: { prompt: number; completion: number } | undefined,
  price: Price | undefined,
): number | null {
  if (!tokens || !price) return null;
  return (tokens.prompt * price.input + tokens.completion * price.output) / 1e6;
}
