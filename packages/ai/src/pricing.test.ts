import { describe, expect, it } from 'vitest';

import { costMicros, findModelPrice, priceTable } from './pricing.ts';

describe('costMicros', () => {
  const usage = { promptTokens: 1_000, completionTokens: 500 };

  it('prices tokens per million in micro-dollars, rounding up', () => {
    // 1000 * 0.15 + 500 * 0.6 = 450 micro-dollars
    expect(costMicros({ model: 'gpt-4o-mini', usage })).toBe(450);
    expect(
      costMicros({ model: 'gpt-4o-mini', usage: { promptTokens: 1, completionTokens: 0 } }),
    ).toBe(1);
  });

  it('recognises router prefixes and dated model names', () => {
    expect(findModelPrice(priceTable(), 'openai/gpt-4o-mini')).toEqual(
      findModelPrice(priceTable(), 'gpt-4o-mini-2024-07-18'),
    );
    expect(costMicros({ model: 'openai/gpt-4o-mini-2024-07-18', usage })).toBe(450);
  });

  it('prices images per image', () => {
    expect(costMicros({ model: 'gpt-image-1', usage, images: 1 })).toBe(42_000);
  });

  it('costs 0 for a model it does not know, and takes overrides', () => {
    expect(costMicros({ model: 'llama3.2', usage })).toBe(0);
    const table = priceTable({ 'llama3.2': { inputPerMillion: 1_000_000 } });
    expect(costMicros({ model: 'llama3.2', usage, table })).toBe(1_000);
  });
});
