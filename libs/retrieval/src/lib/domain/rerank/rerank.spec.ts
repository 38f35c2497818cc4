import type { SearchHit } from '../index/indexed-chunk';
import { LexicalCoverageReranker } from './lexical-coverage-reranker';
import { rerankHits } from './rerank-hits';
import type { Reranker } from './reranker.port';

const hit = (id: string, text: string, score: number): SearchHit => ({
  chunk: { chunkId: id, tenantId: 't', documentId: id, documentVersion: 1, title: 'T', aclTags: [], text }, score,
});

describe('re-ranking', () => {
  it('lexical coverage prefers the passage holding all the question, words in order', async () => {
    const scores = await new LexicalCoverageReranker().score('reset my account password', [
      'Password rules: at least twelve characters.',
      'To reset your account password, open Settings.',
      'Account deletion is permanent.',
    ]);
    expect(scores[1]).toBeGreaterThan(scores[0]!);
    expect(scores[1]).toBeGreaterThan(scores[2]!);
  });

  it('re-orders by the re-ranker, keeps the fused scores and the first order on ties, then cuts to topK', async () => {
    const reranker: Reranker = { id: 'fixed', score: () => Promise.resolve([0.1, 0.9, 0.1, 0.5]) };
    const hits = [hit('a', 'a', 0.04), hit('b', 'b', 0.03), hit('c', 'c', 0.02), hit('d', 'd', 0.01)];
    const reranked = await rerankHits(reranker, 'q', hits, 3);
    expect(reranked.map((h) => [h.chunk.chunkId, h.score])).toEqual([['b', 0.03], ['d', 0.01], ['a', 0.04]]);
  });
});
