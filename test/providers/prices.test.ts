import { describe, expect, test } from 'vitest';
import { costUsd, missingPriceNote, priceFor } from '../../src/providers/prices.js';

describe('built-in price table', () => {
  test('prices OpenAI, Anthropic and Gemini models, and their dated snapshots', () => {
    expect(priceFor('gpt-4o-mini-2024-07-18')).toEqual({ input: 0.15, output: 0.6, cached_input: 0.075 });
    expect(priceFor('claude-sonnet-4-5-20250929')).toEqual({ input: 3, output: 15, cached_input: 0.3 });
    expect(priceFor('claude-haiku-4-5')).toMatchObject({ input: 1, output: 5 });
    expect(priceFor('gemini-2.5-flash')).toMatchObject({ input: 0.3, output: 2.5 });
    expect(priceFor('gemini-2.0-flash-001')).toMatchObject({ input: 0.1, output: 0.4 });
    expect(priceFor('gemini-2.5-flash-lite')).toMatchObject({ input: 0.1, output: 0.4 });
  });

  test('a different model that merely starts with a listed name is not priced as it', () => {
    expect(priceFor('gpt-4o-audio-preview')).toBeUndefined();
    expect(priceFor('claude-opus-4-9')).toBeUndefined();
    expect(priceFor('gemini-2.5-flash-image')).toBeUndefined();
    expect(priceFor('my-finetune')).toBeUndefined();
  });

  test('cache reads cost the cached-input price and Anthropic cache writes 1.25 × input', () => {
    const price = { input: 3, output: 15, cached_input: 0.3 };
    expect(costUsd({ prompt: 1000, completion: 100 }, price)).toBeCloseTo((1000 * 3 + 100 * 15) / 1e6, 12);
    expect(costUsd({ prompt: 1000, completion: 100, cached: 800 }, price)).toBeCloseTo(
      (200 * 3 + 800 * 0.3 + 100 * 15) / 1e6,
      12,
    );
    expect(costUsd({ prompt: 1000, completion: 0, cacheWrite: 1000 }, price)).toBeCloseTo((1000 * 3.75) / 1e6, 12);
    // no cached price: cached tokens cost the input price
    expect(costUsd({ prompt: 10, completion: 0, cached: 10 }, { input: 2, output: 4 })).toBeCloseTo(20 / 1e6, 12);
    expect(costUsd(undefined, price)).toBeNull();
    expect(costUsd({ prompt: 1, completion: 1 }, undefined)).toBeNull();
  });

  test('answers with tokens but no cost give a warning naming the model and the fix; priced answers none', () => {
    const tokens = { prompt: 1, completion: 1, total: 2 };
    const note = missingPriceNote({ provider: 'default', model: 'my-finetune' }, [
      { tokens, cost_usd: null, error: null },
      { tokens, cost_usd: null, error: null },
      { tokens: null, cost_usd: null, error: { kind: 'infrastructure' } },
    ]);
    expect(note).toContain('no price for model "my-finetune" (provider "default"): 2 answers');
    expect(note).toContain('set price: { input, output }');
    expect(note!.length).toBeLessThanOrEqual(300);
    expect(missingPriceNote({ provider: 'p', model: 'm' }, [{ tokens, cost_usd: 0.01, error: null }])).toBeUndefined();
    expect(
      missingPriceNote({ provider: 'p', model: 'command' }, [{ tokens: null, cost_usd: null, error: null }]),
    ).toBeUndefined();
  });
});
