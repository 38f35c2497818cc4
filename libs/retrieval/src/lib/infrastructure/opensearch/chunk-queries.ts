import type { SearchQuery } from '../../domain/index/indexed-chunk';
import { LEXICAL_FIELDS } from './chunk-index-layout';

type Clause = Record<string, unknown>;

/**
 * The ranking phase reads no `_source`: ids, scores and the duplicate key (from doc values)
 * are all fusion needs. Only the few chunks that make the cut are fetched afterwards.
 */
const RANKING_FIELDS = {
  _source: false,
  docvalue_fields: ['duplicate_key'],
  // No hit count: counting every match (to 10,000 by default) disables Lucene's skipping of
  // blocks that cannot reach the top k, the biggest cost of a BM25 query over a large tenant.
  track_total_hits: false,
};

/** What a hit's chunk needs from `_source`; the vector stays in the index (1.5 KB+ per chunk). */
export const HIT_SOURCE = { excludes: ['vector', 'text_*'] };

/**
 * The restrictions every query carries, built from typed values only: the tenant always, the
 * ACL tags and metadata filters when given. They sit in a filter context (no scoring) inside
 * the query itself, so no chunk of another tenant is ever a candidate, and a caller's filter
 * can only add conditions, never replace the tenant's.
 */
export function restrictions(query: SearchQuery): Clause[] {
  const clauses: Clause[] = [{ term: { tenant_id: query.tenantId } }];
  if (query.aclTags && query.aclTags.length > 0) clauses.push({ terms: { acl_tags: [...query.aclTags] } });
  if (query.filter?.documentIds) clauses.push({ terms: { document_id: [...query.filter.documentIds] } });
  if (query.filter?.languages) clauses.push({ terms: { language: [...query.filter.languages] } });
  return clauses;
}

/** BM25 over titles, sections and text (plain and stemmed in the chunk's language). */
export function lexicalQuery(query: SearchQuery, size: number): Clause {
  return {
    size,
    ...RANKING_FIELDS,
    query: {
      bool: {
        filter: restrictions(query),
        must: [{ multi_match: { query: query.queryText, fields: [...LEXICAL_FIELDS], type: 'most_fields' } }],
      },
    },
  };
}

/** Approximate nearest neighbours with the restrictions applied inside the HNSW search (Lucene filtering). */
export function vectorQuery(query: SearchQuery, queryVector: readonly number[], size: number): Clause {
  return {
    size,
    ...RANKING_FIELDS,
    query: { knn: { vector: { vector: [...queryVector], k: size, filter: { bool: { filter: restrictions(query) } } } } },
  };
}

/** Lucene's cosinesimil score is (1 + cos) / 2; similarity floors are stated as cosines. */
export function cosineFromScore(score: number): number {
  return 2 * score - 1;
}
