import { describeError } from '@sagewire/errors';
import { LocalEmbeddingModel } from '../embedding/local-embedding';
import { EmbeddedHybridIndex } from './embedded-hybrid-index';
import type { IndexedChunk, SearchQuery } from './indexed-chunk';

const model = new LocalEmbeddingModel();
const embed = (text: string): number[] => model.embedSync([text])[0]!;

/** A chunk of document `documentId` v1 for tenant `acme`, embedded with the local model. */
function chunk(chunkId: string, text: string, overrides: Partial<IndexedChunk> = {}): IndexedChunk {
  const documentId = chunkId.split('#')[0]!;
  return { chunkId, tenantId: 'acme', documentId, documentVersion: 1, title: 'Help', aclTags: [], text, vector: embed(text), ...overrides };
}

const KB: IndexedChunk[] = [
  chunk('refunds#0', 'Refunds go back to the original card within 5 business days.', { section: 'Billing > Refunds' }),
  chunk('password#0', 'To reset your password, click Forgot password on the sign-in page.'),
  chunk('shipping#0', 'We ship to over 40 countries. Express shipping arrives the next business day.'),
  chunk('invoices#0', 'Download invoices as PDF from the Billing page of your account settings.'),
  chunk('contrasena#0', 'Para restablecer tu contraseña, abre Ajustes y pulsa Olvidé mi contraseña.', { language: 'es' }),
];

function indexWith(chunks: IndexedChunk[]): EmbeddedHybridIndex {
  const index = new EmbeddedHybridIndex();
  index.upsert(chunks);
  for (const { tenantId, documentId, documentVersion } of chunks) index.setActiveVersion(tenantId, documentId, documentVersion);
  return index;
}

const ask = (index: EmbeddedHybridIndex, queryText: string, extra: Partial<SearchQuery> = {}): string[] =>
  index.search({ tenantId: 'acme', queryText, queryVector: embed(queryText), topK: 5, ...extra }).map((hit) => hit.chunk.chunkId);

describe('EmbeddedHybridIndex', () => {
  it('ranks the obviously relevant chunk first, with both ranks reported', () => {
    const index = indexWith(KB);
    const queryText = 'How do I reset my password?';
    const [top] = index.search({ tenantId: 'acme', queryText, queryVector: embed(queryText), topK: 3 });
    expect(top!.chunk.chunkId).toBe('password#0');
    expect(top).toMatchObject({ bm25Rank: 1, vectorRank: 1 });
    expect(top!.vectorSimilarity).toBeGreaterThan(0.4);
    expect(top!.chunk).not.toHaveProperty('vector');
    expect(ask(index, 'refund to my card')[0]).toBe('refunds#0');
  });

  it('matches the section heading too, and works without a query vector', () => {
    const index = indexWith([chunk('a#0', 'It takes five days.', { section: 'Refunds' }), chunk('b#0', 'Orders ship daily.')]);
    expect(index.search({ tenantId: 'acme', queryText: 'refunds', topK: 5 }).map((hit) => hit.chunk.chunkId)).toEqual(['a#0']);
  });

  it('finds the Spanish chunk for a Spanish query, accents or not', () => {
    const index = indexWith(KB);
    expect(ask(index, '¿Cómo restablezco mi contraseña?')[0]).toBe('contrasena#0');
    expect(ask(index, 'olvide contrasena')[0]).toBe('contrasena#0');
  });

  it('returns nothing when nothing is relevant', () => {
    expect(ask(indexWith(KB), 'How do I bake a chocolate cake?')).toEqual([]);
  });

  it('never shows one tenant another tenant’s chunk, even for an exact match', () => {
    const secret = chunk('secret#0', 'Globex merger codename Falcon closes on Friday.', { tenantId: 'globex' });
    const index = indexWith([...KB, secret]);
    expect(index.search({ tenantId: 'acme', queryText: secret.text, queryVector: secret.vector!, topK: 10 })).toEqual([]);
    expect(index.search({ tenantId: 'nobody', queryText: secret.text, topK: 10 })).toEqual([]);
    expect(index.search({ tenantId: 'globex', queryText: secret.text, topK: 10 }).map((hit) => hit.chunk.chunkId)).toEqual(['secret#0']);
  });

  it('keeps tenants apart even when they reuse chunk ids', () => {
    const index = indexWith([chunk('doc#0', 'Acme refund policy'), chunk('doc#0', 'Globex refund policy', { tenantId: 'globex' })]);
    expect(index.search({ tenantId: 'globex', queryText: 'refund', topK: 5 })[0]!.chunk.text).toBe('Globex refund policy');
    expect(index.search({ tenantId: 'acme', queryText: 'refund', topK: 5 })[0]!.chunk.text).toBe('Acme refund policy');
  });

  it('filters by ACL tags before ranking', () => {
    const index = indexWith([
      chunk('public#0', 'Refund policy for everyone.', { aclTags: ['public'] }),
      chunk('agents#0', 'Refund override steps for agents only.', { aclTags: ['agents'] }),
    ]);
    expect(ask(index, 'refund', { aclTags: ['public'] })).toEqual(['public#0']);
    expect(ask(index, 'refund override agents', { aclTags: ['public', 'premium'] })).toEqual(['public#0']);
    expect(ask(index, 'refund', { aclTags: ['agents'] })).toEqual(['agents#0']);
    expect(ask(index, 'refund override').sort()).toEqual(['agents#0', 'public#0']);
  });

  it('searches only the active version and switches versions atomically', () => {
    const index = new EmbeddedHybridIndex();
    index.upsert([chunk('policy#v1', 'Refunds take 14 days.', { documentId: 'policy' })]);
    expect(ask(index, 'refunds')).toEqual([]); // indexed, not yet active
    expect(index.setActiveVersion('acme', 'policy', 1)).toEqual({ previousVersion: undefined, activeChunks: 1 });

    index.upsert([chunk('policy#v2', 'Refunds take 5 days now.', { documentId: 'policy', documentVersion: 2 })]);
    expect(ask(index, 'refunds')).toEqual(['policy#v1']); // v2 staged while v1 serves
    expect(index.setActiveVersion('acme', 'policy', 2)).toEqual({ previousVersion: 1, activeChunks: 1 });
    expect(ask(index, 'refunds')).toEqual(['policy#v2']);

    expect(index.removeDocumentVersion('acme', 'policy', 1)).toBe(1);
    expect(ask(index, 'refunds')).toEqual(['policy#v2']);
    expect(index.removeDocumentVersion('acme', 'policy', 2)).toBe(1);
    expect(ask(index, 'refunds')).toEqual([]);
  });

  it('makes an upserted chunk of the active version searchable at once and replaces by chunk id', () => {
    const index = indexWith([chunk('faq#0', 'Old answer about refunds.')]);
    index.upsert([chunk('faq#0', 'New answer about returns.')]);
    expect(ask(index, 'refunds')).toEqual([]);
    expect(ask(index, 'returns')).toEqual(['faq#0']);
  });

  it('removes every version of a removed document', () => {
    const index = indexWith([...KB, chunk('refunds#1', 'Refund exceptions for annual plans.', { documentId: 'refunds' })]);
    index.upsert([chunk('refunds#v2', 'Refunds v2 text.', { documentId: 'refunds', documentVersion: 2 })]);
    expect(index.removeDocument('acme', 'refunds')).toBe(3);
    expect(ask(index, 'refund refunds')).toEqual([]);
    expect(ask(index, 'password')).toEqual(['password#0']);
  });

  it('removes near-duplicate passages, keeping the best ranked', () => {
    const index = indexWith([
      chunk('a#0', 'Refunds take 5 business days.', { title: 'Refunds' }),
      chunk('b#0', 'refunds take 5 business days!', { title: 'FAQ' }),
      chunk('c#0', 'Refunds for annual plans are pro-rated.'),
    ]);
    const ids = ask(index, 'refunds business days');
    expect(ids).toEqual(['a#0', 'c#0']);
  });

  it('applies topK and minScore to fused scores', () => {
    const index = indexWith(KB);
    expect(ask(index, 'billing password shipping refunds', { topK: 2 })).toHaveLength(2);
    const [best] = index.search({ tenantId: 'acme', queryText: 'password', topK: 5 });
    expect(best!.score).toBeCloseTo(1 / 61, 12); // lexical only: rank 1 in one list
    expect(index.search({ tenantId: 'acme', queryText: 'password', topK: 5, minScore: best!.score })).toHaveLength(1);
    expect(index.search({ tenantId: 'acme', queryText: 'password', topK: 5, minScore: best!.score + 1e-9 })).toEqual([]);
  });

  it('rejects invalid chunks as a whole batch, and vectors of another size', () => {
    const index = new EmbeddedHybridIndex();
    const attempt = (action: () => unknown): string => {
      try {
        action();
        return 'no error';
      } catch (error) {
        return describeError(error).code;
      }
    };
    expect(attempt(() => index.upsert([chunk('ok#0', 'fine'), chunk('bad#0', 'x', { documentVersion: 0 })]))).toBe('RETRIEVAL.INVALID_CHUNK');
    index.setActiveVersion('acme', 'ok', 1);
    expect(ask(index, 'fine')).toEqual([]); // nothing of the failed batch was stored
    index.upsert([chunk('ok#0', 'fine')]);
    expect(attempt(() => index.upsert([chunk('short#0', 'x', { vector: [1, 0] })]))).toBe('RETRIEVAL.VECTOR_DIMENSION_MISMATCH');
    const wrongSize = (): unknown => index.search({ tenantId: 'acme', queryText: 'fine', queryVector: [1], topK: 1 });
    expect(attempt(wrongSize)).toBe('RETRIEVAL.VECTOR_DIMENSION_MISMATCH');
    expect(attempt(() => index.search({ tenantId: 'acme', queryText: 'fine', topK: 0 }))).toBe('RETRIEVAL.INVALID_QUERY');
  });

  it('finds the same nearest vectors through the sketch shortlist as by scoring every vector', async () => {
    const model = new LocalEmbeddingModel();
    const words = 'refund parcel card order return shipping warranty jacket size exchange invoice payment delivery courier label store credit gift voucher'.split(' ');
    let seed = 11;
    const pick = (): string => words[(seed = (seed * 16807) % 2147483647) % words.length]!;
    const texts = Array.from({ length: 3_000 }, (_, i) => `${pick()} ${pick()} ${pick()} ${pick()} item ${i}`);
    const vectors = await model.embed(texts);
    const load = (index: EmbeddedHybridIndex): void => {
      index.upsert(texts.map((text, i) => chunk(`d${i}#0`, text, { vector: vectors[i]!, documentId: `d${i}` })));
      texts.forEach((_, i) => index.setActiveVersion('acme', `d${i}`, 1));
    };
    const exact = new EmbeddedHybridIndex({ vectorShortlist: 0, minVectorSimilarity: -1 });
    const sketched = new EmbeddedHybridIndex({ vectorShortlist: 300, minVectorSimilarity: -1 });
    load(exact);
    load(sketched);
    let overlap = 0;
    for (const question of ['refund to my card', 'courier delivery label', 'gift voucher store credit', 'jacket size exchange', 'invoice payment']) {
      const [queryVector] = await model.embed([question]);
      const query: SearchQuery = { tenantId: 'acme', queryText: question, queryVector: queryVector!, topK: 10, mode: 'vector' };
      const expected = new Set(exact.search(query).map((hit) => hit.chunk.chunkId));
      overlap += sketched.search(query).filter((hit) => expected.has(hit.chunk.chunkId)).length;
    }
    // Ties in similarity make a few differences legitimate; a broken first pass would share almost none.
    expect(overlap / 50).toBeGreaterThanOrEqual(0.9);
  });
});
