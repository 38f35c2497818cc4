import type { SearchHit, SearchQuery } from '../index/indexed-chunk';
import { RetrievalCache } from './retrieval-cache';

const query: SearchQuery = { tenantId: 'tnt_a', queryText: 'Where is my  REFUND?', topK: 5, aclTags: ['b', 'a'] };
const hits: SearchHit[] = [{ chunk: { chunkId: 'c1', tenantId: 'tnt_a', documentId: 'd1', documentVersion: 1, title: 'Refunds', aclTags: ['a'], text: 'x' }, score: 0.03 }];

describe('RetrievalCache', () => {
  it('serves a repeated question, however it is spaced or cased, until the knowledge base changes', () => {
    const cache = new RetrievalCache({ maxEntries: 10, ttlMs: 60_000 });
    cache.set(RetrievalCache.keyOf(query, 3), hits);
    expect(cache.get(RetrievalCache.keyOf({ ...query, queryText: 'where is my refund?', aclTags: ['a', 'b'] }, 3))).toBe(hits);
    expect(cache.get(RetrievalCache.keyOf(query, 4))).toBeUndefined();
    expect(cache.get(RetrievalCache.keyOf({ ...query, tenantId: 'tnt_b' }, 3))).toBeUndefined();
    expect(cache.get(RetrievalCache.keyOf({ ...query, aclTags: ['a'] }, 3))).toBeUndefined();
    expect([cache.hits, cache.misses]).toEqual([1, 3]);
  });

  it('forgets entries after their time to live and the least recently used first', () => {
    let now = 0;
    const cache = new RetrievalCache({ maxEntries: 2, ttlMs: 1_000, now: () => now });
    cache.set('a', hits);
    cache.set('b', hits);
    cache.get('a');
    cache.set('c', hits);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([hits, undefined, hits]);
    now = 1_000;
    expect(cache.get('a')).toBeUndefined();
  });

  it('keeps nothing when sized 0', () => {
    const cache = new RetrievalCache({ maxEntries: 0, ttlMs: 1_000 });
    cache.set('a', hits);
    expect(cache.size).toBe(0);
  });
});
