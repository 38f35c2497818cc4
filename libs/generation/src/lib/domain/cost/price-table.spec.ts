import { DEFAULT_PRICE_TABLE, addUsage, costOf, priceFor } from './price-table';

describe('price table', () => {
  it('matches Bedrock ids and cross-region profiles by the longest prefix', () => {
    expect(priceFor(DEFAULT_PRICE_TABLE, 'anthropic.claude-3-5-sonnet-20240620-v1:0')?.inputPerMTok).toBe(3);
    expect(priceFor(DEFAULT_PRICE_TABLE, 'us.anthropic.claude-3-haiku-20240307-v1:0')?.outputPerMTok).toBe(1.25);
    // claude-3-5-haiku must not take claude-3-haiku's price because of a shared prefix.
    expect(priceFor(DEFAULT_PRICE_TABLE, 'anthropic.claude-3-5-haiku-20241022-v1:0')?.inputPerMTok).toBe(0.8);
    expect(priceFor(DEFAULT_PRICE_TABLE, 'local-extractive')?.inputPerMTok).toBe(0);
    expect(priceFor(DEFAULT_PRICE_TABLE, 'mistral.unknown')).toBeUndefined();
  });

  it('prices input, output and both kinds of cache tokens separately', () => {
    const sonnet = priceFor(DEFAULT_PRICE_TABLE, 'anthropic.claude-3-5-sonnet-20240620-v1:0')!;
    // 1,200 × $3 + 300 × $15 + 2,000 × $0.30 + 1,000 × $3.75, per million tokens.
    expect(costOf({ inputTokens: 1200, outputTokens: 300, cacheReadTokens: 2000, cacheWriteTokens: 1000 }, sonnet)).toBe(0.01245);
    expect(costOf({ inputTokens: 500, outputTokens: 200 }, sonnet)).toBe(0.0045);
  });

  it('charges cache tokens at the input price when the table has no cache price', () => {
    expect(costOf({ inputTokens: 100, outputTokens: 0, cacheReadTokens: 100 }, { inputPerMTok: 1, outputPerMTok: 2 })).toBe(0.0002);
  });

  it('adds the usage of several calls, keeping cache counts only when reported', () => {
    expect(addUsage({ inputTokens: 1, outputTokens: 2 }, { inputTokens: 3, outputTokens: 4 })).toEqual({ inputTokens: 4, outputTokens: 6 });
    expect(addUsage({ inputTokens: 1, outputTokens: 2, cacheReadTokens: 5 }, { inputTokens: 3, outputTokens: 4 })).toEqual({ inputTokens: 4, outputTokens: 6, cacheReadTokens: 5 });
  });
});
