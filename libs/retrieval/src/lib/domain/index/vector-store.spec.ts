import { VectorStore } from './vector-store';

const unit = (...values: number[]): Float32Array => Float32Array.from(values);
const sketch = (bits: number): Int32Array => Int32Array.of(bits);

describe('VectorStore', () => {
  it('keeps rows dense through removals, scoring what remains and handing back what was taken', () => {
    const store = new VectorStore(2, 1);
    store.add('a', unit(1, 0), sketch(0b01));
    store.add('b', unit(0, 1), sketch(0b10));
    store.add('c', unit(0.6, 0.8), sketch(0b11));
    expect(store.take('a')).toEqual({ unit: unit(1, 0), sketch: sketch(0b01) });
    expect(store.take('a')).toBeUndefined();
    expect(store.size).toBe(2);
    const scored = store.scan({ query: unit(0, 1), shortlist: 10, minSimilarity: 0 });
    expect(scored.map((s) => [s.id, Math.round(s.score * 10) / 10]).sort()).toEqual([['b', 1], ['c', 0.8]]);
    // Re-adding an id overwrites its row.
    store.add('b', unit(1, 0), sketch(0b01));
    expect(store.scan({ query: unit(0, 1), shortlist: 10, minSimilarity: 0.5 }).map((s) => s.id)).toEqual(['c']);
  });

  it('grows past its first capacity and honours the accept filter', () => {
    const store = new VectorStore(2, 1);
    for (let i = 0; i < 200; i++) store.add(`v${i}`, unit(1, 0), sketch(i));
    expect(store.size).toBe(200);
    const scored = store.scan({ query: unit(1, 0), shortlist: 10, minSimilarity: 0.9, querySketch: sketch(0), accept: (id) => id.endsWith('7') });
    expect(scored.every((s) => s.id.endsWith('7'))).toBe(true);
    expect(scored.length).toBeGreaterThanOrEqual(10);
  });
});
