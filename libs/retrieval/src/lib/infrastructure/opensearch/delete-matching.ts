import type { Client } from '@opensearch-project/opensearch';
import { AppError } from '@sagewire/errors';
import { OPENSEARCH_REJECTED_CODE } from './opensearch-errors';

/** Ids fetched and deleted per round trip. */
const PAGE = 1_000;

/**
 * Deletes every chunk a query matches, by id, in pages (search then bulk delete), without a
 * refresh: `_delete_by_query` lives in the `reindex` module, which a minimal node may lack,
 * and this needs nothing but search and bulk. Only refreshed chunks are seen, so a writer's
 * unrefreshed new version is never deleted, and the caller's refresh shows every change at once.
 * Returns how many chunks went.
 */
export async function deleteMatching(client: Client, index: string, query: Record<string, unknown>): Promise<number> {
  let deleted = 0;
  let scrollId: string | undefined;
  try {
    let response = await client.search({ index, scroll: '1m', body: { query, size: PAGE, _source: false, sort: ['_doc'] } });
    for (;;) {
      const body = response.body as { _scroll_id?: string; hits: { hits: { _id: string; _index: string }[] } };
      scrollId = body._scroll_id;
      const hits = body.hits.hits;
      if (hits.length === 0) break;
      const result = await client.bulk({ body: hits.map((hit) => ({ delete: { _index: hit._index, _id: hit._id } })) });
      const items = (result.body as { items: { delete?: { status: number } }[] }).items;
      const failed = items.find((item) => item.delete && item.delete.status >= 300 && item.delete.status !== 404);
      if (failed) throw new AppError(OPENSEARCH_REJECTED_CODE, `OpenSearch refused to delete a chunk (HTTP ${failed.delete!.status}).`, { retriable: failed.delete!.status >= 500 || failed.delete!.status === 429 });
      deleted += items.filter((item) => item.delete?.status === 200).length;
      if (hits.length < PAGE || !scrollId) break;
      response = await client.scroll({ body: { scroll_id: scrollId, scroll: '1m' } });
    }
  } finally {
    if (scrollId) await client.clearScroll({ body: { scroll_id: scrollId } }).catch(() => undefined);
  }
  return deleted;
}
