import { toStorableJson } from './storable-json';

describe('toStorableJson', () => {
  it('is the JSON value of the payload', () => {
    expect(toStorableJson({ at: new Date('2025-06-12T09:14:03.657Z'), gone: undefined, list: [1, 'a'] })).toEqual({ at: '2025-06-12T09:14:03.657Z', list: [1, 'a'] });
    expect(toStorableJson(undefined)).toBeNull();
  });

  it('replaces what jsonb rejects (U+0000, unpaired surrogates) and keeps paired ones', () => {
    expect(toStorableJson({ 'k\u0000': 'a\u0000b', lone: 'x\uD800y\uDC00', pair: '\uD83D\uDE00' })).toEqual({
      'k\uFFFD': 'a\uFFFDb', lone: 'x\uFFFDy\uFFFD', pair: '\uD83D\uDE00',
    });
  });
});
