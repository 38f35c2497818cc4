import { foldWithOrigin, originalSpan } from './folded-text';

describe('foldWithOrigin', () => {
  it('keeps ASCII offsets as they are', () => {
    const folded = foldWithOrigin('Hello WORLD');
    expect(folded.folded).toBe('hello world');
    expect(originalSpan(folded, 6, 11)).toEqual({ start: 6, end: 11 });
  });

  it('maps folded spans back where folding changed the length', () => {
    const text = 'Die Straße, café';
    const folded = foldWithOrigin(text);
    expect(folded.folded).toBe('die strasse, cafe');
    const street = originalSpan(folded, 4, 11);
    expect(text.slice(street.start, street.end)).toBe('Straße');
    const cafe = originalSpan(folded, 13, 17);
    expect(text.slice(cafe.start, cafe.end)).toBe('café');
  });

  it('keeps a decomposed accent with its letter', () => {
    const text = 'cafe\u0301 ok';
    const folded = foldWithOrigin(text);
    expect(folded.folded).toBe('cafe ok');
    expect(originalSpan(folded, 0, 4)).toEqual({ start: 0, end: 5 });
  });
});
