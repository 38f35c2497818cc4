import { approximateTokens, truncateToTokens } from './tokens';

describe('approximateTokens', () => {
  it('counts about four characters per token for Latin text, rounding up', () => {
    expect(approximateTokens('')).toBe(0);
    expect(approximateTokens('abcd')).toBe(1);
    expect(approximateTokens('Where is my order?')).toBe(5);
  });

  it('counts each CJK character as a token', () => {
    expect(approximateTokens('我的订单')).toBe(4);
    expect(approximateTokens('订单 ok')).toBe(3);
  });
});

describe('truncateToTokens', () => {
  it('returns text that fits unchanged', () => {
    expect(truncateToTokens('short text', 10)).toBe('short text');
  });

  it('cuts after a whole word so the result fits', () => {
    const cut = truncateToTokens('one two three four five six seven eight', 4);
    expect(cut).toBe('one two three');
    expect(approximateTokens(cut)).toBeLessThanOrEqual(4);
  });
});
