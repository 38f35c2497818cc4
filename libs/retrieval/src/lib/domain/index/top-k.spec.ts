import { selectTop } from './top-k';

describe('selectTop', () => {
  it('returns the best items, best first, equal scores by id', () => {
    const items = [5, 1, 9, 3, 9, 7, 2].map((score, i) => ({ id: `c${i}`, score }));
    expect(selectTop(items, 3)).toEqual([
      { id: 'c2', score: 9 },
      { id: 'c4', score: 9 },
      { id: 'c5', score: 7 },
    ]);
  });

  it('agrees with a full sort on many items', () => {
    const items = Array.from({ length: 500 }, (_, i) => ({ id: `id${i}`, score: (i * 7919) % 101 }));
    const sorted = [...items].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
    expect(selectTop(items, 25)).toEqual(sorted.slice(0, 25));
  });

  it('handles limits of zero and beyond the input', () => {
    expect(selectTop([{ id: 'a', score: 1 }], 0)).toEqual([]);
    expect(selectTop([{ id: 'a', score: 1 }], 10)).toEqual([{ id: 'a', score: 1 }]);
  });
});
