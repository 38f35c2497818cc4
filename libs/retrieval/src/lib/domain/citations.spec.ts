import { citationSchema, passageSchema } from '@sagewire/contracts/query/shared.v1';
import { toCitations, toPassages } from './citations';
import type { IndexedChunk, SearchHit } from './index/indexed-chunk';

const hit = (chunkId: string, score: number, overrides: Partial<IndexedChunk> = {}): SearchHit => ({
  chunk: {
    chunkId,
    tenantId: 'acme',
    documentId: 'refunds',
    documentVersion: 2,
    title: 'Refund policy',
    aclTags: [],
    text: `text of ${chunkId}`,
    ...overrides,
  },
  score,
});

const HITS = [
  hit('r1', 0.03, { section: 'Billing > Refunds', uri: 'https://help.acme.test/refunds', language: 'en' }),
  hit('p1', 0.02, { documentId: 'password', title: 'Password reset', documentVersion: 1 }),
  hit('r2', 0.015, { section: 'Billing > Refunds', uri: 'https://help.acme.test/refunds' }),
  hit('r3', 0.01, { section: 'Billing > Exceptions' }),
];

describe('toPassages', () => {
  it('maps every hit, in order, to a valid passage', () => {
    const passages = toPassages(HITS);
    expect(passages.map((passage) => passage.chunkId)).toEqual(['r1', 'p1', 'r2', 'r3']);
    expect(passages[0]).toEqual({
      chunkId: 'r1', documentId: 'refunds', documentVersion: 2, text: 'text of r1', score: 0.03, section: 'Billing > Refunds', language: 'en',
    });
    expect(passages[1]).not.toHaveProperty('section');
    for (const passage of passages) expect(passageSchema.parse(passage)).toEqual(passage);
  });
});

describe('toCitations', () => {
  it('cites each document section once, in hit order', () => {
    const citations = toCitations(HITS);
    expect(citations).toEqual([
      { documentId: 'refunds', documentVersion: 2, title: 'Refund policy', section: 'Billing > Refunds', uri: 'https://help.acme.test/refunds' },
      { documentId: 'password', documentVersion: 1, title: 'Password reset' },
      { documentId: 'refunds', documentVersion: 2, title: 'Refund policy', section: 'Billing > Exceptions' },
    ]);
    for (const citation of citations) expect(citationSchema.parse(citation)).toEqual(citation);
  });

  it('returns nothing for no hits', () => {
    expect(toCitations([])).toEqual([]);
    expect(toPassages([])).toEqual([]);
  });
});

describe('parent-chunk expansion', () => {
  const child = (chunkId: string, parentText: string | undefined, score: number) => ({
    chunk: { chunkId, tenantId: 't', documentId: 'd', documentVersion: 1, title: 'T', aclTags: [], text: `child ${chunkId}`, ...(parentText === undefined ? {} : { parentText }) },
    score,
  });

  it('hands the model each parent once, in place of its best-ranked child', () => {
    const passages = toPassages([child('c1', 'Parent A.', 0.9), child('c2', 'Parent B.', 0.8), child('c3', 'Parent A.', 0.7), child('c4', undefined, 0.6)]);
    expect(passages.map((p) => [p.chunkId, p.text])).toEqual([['c1', 'Parent A.'], ['c2', 'Parent B.'], ['c4', 'child c4']]);
  });
});
