import { LocalEmbeddingModel } from '../../../domain/embedding/local-embedding';
import { CachingEmbeddingModel, embedWithStats } from './caching-embedding-model';
import { LruCache } from './lru-cache';

describe('CachingEmbeddingModel without a store (LRU only)', () => {
  it('serves repeats from memory, keeps order, and keeps the inner id and size', async () => {
    const inner = new LocalEmbeddingModel(32);
    const calls: number[] = [];
    const spy = { id: inner.id, dimensions: inner.dimensions, embed: (texts: readonly string[]) => { calls.push(texts.length); return inner.embed(texts); } };
    const model = new CachingEmbeddingModel(spy, undefined, 2);
    expect([model.id, model.dimensions]).toEqual([inner.id, 32]);
    const first = await model.embedWithStats(['a b', 'c d']);
    const second = await model.embedWithStats(['c d', 'a b', 'e f']);
    expect(calls).toEqual([2, 1]);
    expect(second.cachedCount).toBe(2);
    expect(second.vectors.slice(0, 2)).toEqual([first.vectors[1], first.vectors[0]]);
    expect(await embedWithStats(inner, ['x'])).toMatchObject({ cachedCount: 0 });
  });

  it('evicts the least recently used entry', () => {
    const lru = new LruCache<string, number>(2);
    lru.set('a', 1);
    lru.set('b', 2);
    lru.get('a');
    lru.set('c', 3);
    expect([lru.get('a'), lru.get('b'), lru.get('c'), lru.size]).toEqual([1, undefined, 3, 2]);
  });
});
