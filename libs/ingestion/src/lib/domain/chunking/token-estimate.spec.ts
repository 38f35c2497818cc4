import { estimateTokens, tokenSpans } from './token-estimate';

describe('estimateTokens', () => {
  it('counts words and punctuation marks', () => {
    expect(estimateTokens("Don't panic: it's 3.5 GB!")).toBe(9); // Don't | panic | : | it's | 3 | . | 5 | GB | !
  });

  it('counts each CJK character, and accented words as one', () => {
    expect(estimateTokens('密码重置')).toBe(4);
    expect(estimateTokens('contraseña über')).toBe(2);
    expect(estimateTokens('iPhone手机')).toBe(3);
  });

  it('counts nothing in whitespace', () => {
    expect(estimateTokens(' \n\t ')).toBe(0);
  });

  it('returns spans that cover each token exactly', () => {
    const text = 'Reset it, now.';
    expect(tokenSpans(text).map((span) => text.slice(span.start, span.end))).toEqual(['Reset', 'it', ',', 'now', '.']);
  });
});
