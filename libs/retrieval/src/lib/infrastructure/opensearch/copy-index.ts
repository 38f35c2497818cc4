import type { Client } from '@opensearch-project/opensearch';

const PAGE = 500;

/**
 * Copies every chunk (vectors included) from one index into another, keeping ids, then
 * refreshes the target. Scroll and bulk only: `_reindex` lives in the `reindex` module, which a
 * minimal node may lack. Returns how many chunks were copied.
 */
export async function copyIndex(client: Client, from: string, to: string): Promise<number> {
  let copied = 0;
  let scrollId: string | undefined;
  try {
    let response = await client.search({ index: from, scroll: '2m', body: { query: { match_all: {} }, size: PAGE, sort: ['_doc'] } });
    for (;;) {
      const body = response.body as { _scroll_id?: string; hits: { hits: { _id: string; _source: Record<string, unknown> }[] } };
      scrollId = body._scroll_id;
      const hits = body.hits.hits;
      if (hits.length === 0) break;
      const result = await client.bulk({ body: hits.flatMap((hit) => [{ index: { _index: to, _id: hit._id } }, hit._source]) });
      if ((result.body as { errors: boolean }).errors) throw new Error(`copying ${from} into ${to} failed for some chunks`);
      copied += hits.length;
      if (!scrollId) break;
      response = await client.scroll({ body: { scroll_id: scrollId, scroll: '2m' } });
    }
  } finally {
    if (scrollId) await client.clearScroll({ body: { scroll_id: scrollId } }).catch(() => undefined);
  }
  await client.indices.refresh({ index: to });
  return copied;
}
