import type { SearchHit } from '@sagewire/retrieval';
import { documentRanking } from './document-ranking';

const hit = (documentId: string, chunkIndex: number, score: number): SearchHit => ({
  score,
  chunk: { chunkId: `${documentId}:v1:${chunkIndex}`, tenantId: 't', documentId, documentVersion: 1, title: '', aclTags: [], text: '' },
});

describe('documentRanking', () => {
  it('ranks a document by its best chunk and lists it once', () => {
    expect(documentRanking([hit('a', 0, 0.9), hit('b', 0, 0.8), hit('a', 1, 0.7), hit('c', 2, 0.95)])).toEqual([
      { id: 'a', score: 0.9 },
      { id: 'b', score: 0.8 },
      { id: 'c', score: 0.95 },
    ]);
  });
});
