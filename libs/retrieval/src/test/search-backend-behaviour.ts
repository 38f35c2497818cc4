import { LocalEmbeddingModel } from '../lib/domain/embedding/local-embedding';
import type { IndexedChunk, SearchQuery } from '../lib/domain/index/indexed-chunk';
import type { DocumentVersionChunks, SearchBackend } from '../lib/domain/search/search-backend.port';

const model = new LocalEmbeddingModel();

export interface ChunkSpec {
  text: string;
  section?: string;
  language?: string;
  aclTags?: string[];
  parentText?: string;
}

/** One document version with embedded chunks, as the retrieval service would index it. */
export async function versionOf(tenantId: string, documentId: string, version: number, title: string, specs: ChunkSpec[]): Promise<DocumentVersionChunks> {
  const vectors = await model.embed(specs.map((spec) => [title, spec.section ?? '', spec.text].join('\n')));
  const chunks = specs.map((spec, index): IndexedChunk => ({
    chunkId: `${documentId}:v${version}:${index}`, tenantId, documentId, documentVersion: version, chunkIndex: index, title,
    aclTags: spec.aclTags ?? ['public'], text: spec.text, vector: vectors[index]!,
    ...(spec.section === undefined ? {} : { section: spec.section }),
    ...(spec.language === undefined ? {} : { language: spec.language }),
    ...(spec.parentText === undefined ? {} : { parentText: spec.parentText }),
  }));
  return { tenantId, documentId, version, chunks };
}

/** A query as the retrieval service sends it: text and its vector by the same model. */
export async function queryOf(tenantId: string, queryText: string, extra: Partial<SearchQuery> = {}): Promise<SearchQuery> {
  const [queryVector] = await model.embed([queryText]);
  return { tenantId, queryText, topK: 5, queryVector: queryVector!, ...extra };
}

/**
 * The rules every {@link SearchBackend} must keep, run against each implementation (the
 * embedded index in a unit spec, OpenSearch in an integration spec). `create` gives a fresh,
 * empty backend; `tenant` makes tenant ids unique to the run.
 */
export function describeSearchBackendBehaviour(label: string, create: () => Promise<SearchBackend>, dispose: (backend: SearchBackend) => Promise<void>): void {
  describe(`${label} search backend`, () => {
    let backend: SearchBackend;
    const run = Math.random().toString(36).slice(2, 8);
    const tenantA = `tnt_a_${run}`;
    const tenantB = `tnt_b_${run}`;

    beforeAll(async () => {
      backend = await create();
      await backend.start();
      await backend.replaceDocuments([
        await versionOf(tenantA, 'doc_refunds', 1, 'Returns and refunds', [
          { section: 'Returns', text: 'You can return any unworn item within 30 days of delivery.', language: 'en' },
          { section: 'Returns > Refunds', text: 'The refund reaches your card within 5 business days after the parcel arrives.', language: 'en', parentText: 'Refunds. The refund reaches your card within 5 business days after the parcel arrives. Store credit is instant.' },
        ]),
        await versionOf(tenantA, 'doc_staff', 1, 'Staff handbook', [
          { section: 'Discounts', text: 'Employees receive a 40 percent staff discount on refunds of damaged stock.', aclTags: ['staff'], language: 'en' },
        ]),
        await versionOf(tenantA, 'doc_envios', 1, 'Envíos', [
          { section: 'Plazos', text: 'Los pedidos nacionales llegan en 48 horas laborables.', language: 'es' },
        ]),
        await versionOf(tenantB, 'doc_secret', 1, 'Returns and refunds', [
          { section: 'Refunds', text: 'The refund reaches your card within 2 hours: tenant B secret policy.', language: 'en' },
        ]),
      ]);
    });

    afterAll(async () => {
      if (backend) await dispose(backend);
    });

    it('finds the passage that answers, with what a citation needs', async () => {
      const hits = await backend.search(await queryOf(tenantA, 'How long does my refund take to reach my card?'));
      expect(hits[0]?.chunk).toMatchObject({ documentId: 'doc_refunds', documentVersion: 1, section: 'Returns > Refunds', title: 'Returns and refunds', chunkIndex: 1 });
      expect(hits[0]?.chunk.parentText).toContain('Store credit is instant');
      expect(hits[0]?.chunk).not.toHaveProperty('vector');
    });

    it("never returns another tenant's chunks, whatever the query or filter", async () => {
      const query = await queryOf(tenantA, 'refund card 2 hours tenant B secret policy', { topK: 20 });
      const asked = [query, { ...query, filter: { documentIds: ['doc_secret'] } }, { ...query, aclTags: ['public', 'staff'] }, { ...query, mode: 'vector' as const }];
      for (const q of asked) {
        const hits = await backend.search(q);
        expect(hits.map((hit) => hit.chunk.tenantId).filter((id) => id !== tenantA)).toEqual([]);
      }
      expect(await backend.search({ ...query, filter: { documentIds: ['doc_secret'] } })).toEqual([]);
      expect(await backend.search({ ...query, tenantId: `tnt_nobody_${run}` })).toEqual([]);
    });

    it('applies ACL tags and metadata filters inside the search', async () => {
      const query = await queryOf(tenantA, 'staff discount on refunds', { topK: 10 });
      expect((await backend.search({ ...query, aclTags: ['public'] })).map((h) => h.chunk.documentId)).not.toContain('doc_staff');
      expect((await backend.search({ ...query, aclTags: ['staff'] })).map((h) => h.chunk.documentId)).toEqual(['doc_staff']);
      const spanish = await backend.search({ ...(await queryOf(tenantA, 'pedidos 48 horas refund')), filter: { languages: ['es'] } });
      expect(spanish.map((h) => h.chunk.documentId)).toEqual(['doc_envios']);
      const onlyRefunds = await backend.search({ ...query, filter: { documentIds: ['doc_refunds'] } });
      expect(new Set(onlyRefunds.map((h) => h.chunk.documentId))).toEqual(new Set(['doc_refunds']));
    });

    it('runs BM25 alone, vectors alone, or both fused', async () => {
      const query = await queryOf(tenantA, 'unworn item return', { aclTags: ['public'] });
      const bm25 = await backend.search({ ...query, mode: 'bm25' });
      expect(bm25[0]?.chunk.section).toBe('Returns');
      expect(bm25.every((h) => h.bm25Rank !== undefined && h.vectorRank === undefined)).toBe(true);
      const vector = await backend.search({ ...query, mode: 'vector' });
      expect(vector[0]?.chunk.section).toBe('Returns');
      expect(vector.every((h) => h.vectorRank !== undefined && h.bm25Rank === undefined)).toBe(true);
      const hybrid = await backend.search(query);
      expect(hybrid[0]).toMatchObject({ bm25Rank: 1, vectorRank: 1 });
    });

    it('serves the new version once a document is replaced, and only it', async () => {
      const tenant = `tnt_v_${run}`;
      await backend.replaceDocuments([await versionOf(tenant, 'doc_ship', 1, 'Shipping', [{ text: 'Standard shipping takes 7 days.' }])]);
      await backend.replaceDocuments([await versionOf(tenant, 'doc_ship', 2, 'Shipping', [{ text: 'Standard shipping takes 3 days.' }, { text: 'Express shipping takes 1 day.' }])]);
      const hits = await backend.search(await queryOf(tenant, 'how many days does standard shipping take', { topK: 10 }));
      expect(hits.map((h) => h.chunk.text)).toEqual(expect.arrayContaining(['Standard shipping takes 3 days.']));
      expect(hits.every((h) => h.chunk.documentVersion === 2)).toBe(true);
    });

    it('never shows neither version while a document is being replaced', async () => {
      const tenant = `tnt_swap_${run}`;
      await backend.replaceDocuments([await versionOf(tenant, 'doc_swap', 1, 'Opening hours', [{ text: 'The shop opens at 9 on weekdays.' }])]);
      const query = await queryOf(tenant, 'when does the shop open on weekdays');
      let replacing = true;
      const replacements = (async () => {
        for (let version = 2; version <= 6; version++) {
          await backend.replaceDocuments([await versionOf(tenant, 'doc_swap', version, 'Opening hours', [{ text: `The shop opens at ${version + 7} on weekdays.` }])]);
        }
        replacing = false;
      })();
      const empties: number[] = [];
      let searches = 0;
      while (replacing) {
        const hits = await backend.search(query);
        searches++;
        if (hits.length === 0) empties.push(searches);
      }
      await replacements;
      expect(empties).toEqual([]);
      expect((await backend.search(query)).map((h) => h.chunk.documentVersion)).toEqual([6]);
    });

    it('removes a document, or a version that is not searched, leaving the rest', async () => {
      const tenant = `tnt_rm_${run}`;
      await backend.replaceDocuments([
        await versionOf(tenant, 'doc_keep', 1, 'Warranty', [{ text: 'Every jacket has a two year warranty.' }]),
        await versionOf(tenant, 'doc_gone', 1, 'Warranty extension', [{ text: 'The warranty extension adds a third year.' }]),
      ]);
      expect(await backend.removeDocument(tenant, 'doc_gone')).toBe(1);
      expect(await backend.removeDocumentVersion(tenant, 'doc_keep', 7)).toBe(0);
      const hits = await backend.search(await queryOf(tenant, 'warranty extension third year', { topK: 10 }));
      expect(hits.map((h) => h.chunk.documentId)).toEqual(['doc_keep']);
      expect(await backend.removeDocumentVersion(tenant, 'doc_keep', 1)).toBe(1);
      expect(await backend.search(await queryOf(tenant, 'warranty'))).toEqual([]);
    });

    it('keeps one copy of a passage that two documents share', async () => {
      const tenant = `tnt_dup_${run}`;
      const text = 'Gift cards never expire and can be used online.';
      await backend.replaceDocuments([
        await versionOf(tenant, 'doc_one', 1, 'Gift cards', [{ text }]),
        await versionOf(tenant, 'doc_two', 1, 'Gift cards FAQ', [{ text: `${text.toUpperCase()}` }]),
      ]);
      const hits = await backend.search(await queryOf(tenant, 'do gift cards expire'));
      expect(hits).toHaveLength(1);
    });

    it('rejects a query it cannot run with a clear error', async () => {
      await expect(backend.search({ ...(await queryOf(tenantA, 'refund')), topK: 0 })).rejects.toMatchObject({ code: 'RETRIEVAL.INVALID_QUERY' });
    });
  });
}
