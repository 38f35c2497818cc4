#!/usr/bin/env node
// Smoke test for an OpenSearch node (the local one from start.sh, or any $OPENSEARCH_URL):
// proves the parts Sagewire relies on are there, not just that the port answers.
//   - analysis-common: english and cjk analyzers in a mapping; spanish/french/german via _analyze
//   - k-NN: a knn_vector field (HNSW, Lucene engine, cosine) and a knn query with a filter inside
//     the knn clause (Lucene efficient filtering)
//   - BM25: a match query that only hits through English stemming
// Creates one throwaway index, deletes it by name, prints OK. Exit 1 with a message otherwise.
// Plain Node 20 (global fetch), no dependencies.
import { randomBytes } from 'node:crypto';

const base = (process.argv[2] || process.env.OPENSEARCH_URL || 'http://127.0.0.1:19200').replace(/\/+$/, '');
const index = `sagewire-smoke-${process.pid}-${randomBytes(4).toString('hex')}`;

async function call(method, path, body) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  const json = text ? JSON.parse(text) : {};
  if (!res.ok) throw new Error(`${method} ${path} -> HTTP ${res.status}: ${text.slice(0, 500)}`);
  return json;
}

function check(condition, message, detail) {
  if (!condition) throw new Error(`${message}${detail === undefined ? '' : `: ${JSON.stringify(detail)}`}`);
}

const ids = (result) => result.hits.hits.map((h) => h._id);

const docs = [
  { id: 'en-fox', body: 'The quick foxes were running through the forests', cjk: '東京大学で勉強します', lang: 'en', embedding: [1, 0, 0, 0] },
  { id: 'en-cat', body: 'A cat sleeps on the warm windowsill', cjk: '京都の古いお寺', lang: 'en', embedding: [0, 1, 0, 0] },
  { id: 'es-zorro', body: 'El zorro corre por el bosque', cjk: '大阪の食べ物', lang: 'es', embedding: [0.99, 0.1, 0, 0] },
];

async function run() {
  const root = await call('GET', '/');
  const plugins = await call('GET', '/_cat/plugins?format=json');
  check(plugins.some((p) => p.component === 'opensearch-knn'), 'the k-NN plugin is not installed', plugins);

  await call('PUT', `/${index}`, {
    settings: { index: { knn: true, number_of_shards: 1, number_of_replicas: 0 } },
    mappings: {
      properties: {
        body: { type: 'text', analyzer: 'english' },
        cjk: { type: 'text', analyzer: 'cjk' },
        lang: { type: 'keyword' },
        embedding: {
          type: 'knn_vector',
          dimension: 4,
          method: { name: 'hnsw', engine: 'lucene', space_type: 'cosinesimil' },
        },
      },
    },
  });

  const bulk = docs.flatMap(({ id, ...doc }) => [JSON.stringify({ index: { _index: index, _id: id } }), JSON.stringify(doc)]);
  const res = await fetch(`${base}/_bulk?refresh=true`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-ndjson' },
    body: `${bulk.join('\n')}\n`,
    signal: AbortSignal.timeout(30_000),
  });
  const bulkResult = await res.json();
  check(res.ok && bulkResult.errors === false, 'bulk indexing failed', bulkResult);

  // "fox run" only matches "foxes ... running" through the english stemmer.
  const bm25 = await call('POST', `/${index}/_search`, { query: { match: { body: 'fox run' } } });
  check(ids(bm25).join() === 'en-fox', 'BM25 match (english analyzer) should find only en-fox', ids(bm25));

  // cjk bigrams: "東京" is a bigram of "東京大学で勉強します".
  const cjk = await call('POST', `/${index}/_search`, { query: { match: { cjk: '東京' } } });
  check(ids(cjk).join() === 'en-fox', 'match on the cjk field should find only en-fox', ids(cjk));

  // Unfiltered, es-zorro is the second nearest to [1,0,0,0]; the filter inside the knn clause
  // must drop it during the search, leaving the two English docs, nearest first.
  const knn = await call('POST', `/${index}/_search`, {
    size: 3,
    query: { knn: { embedding: { vector: [1, 0, 0, 0], k: 3, filter: { term: { lang: 'en' } } } } },
  });
  check(ids(knn).join() === 'en-fox,en-cat', 'filtered k-NN should return en-fox, en-cat', ids(knn));
  const unfiltered = await call('POST', `/${index}/_search`, {
    size: 2,
    query: { knn: { embedding: { vector: [1, 0, 0, 0], k: 2 } } },
  });
  check(ids(unfiltered).join() === 'en-fox,es-zorro', 'unfiltered k-NN should return en-fox, es-zorro', ids(unfiltered));

  const stems = { spanish: ['canciones', 'cancion'], french: ['chevaux', 'cheval'], german: ['Häuser', 'haus'] };
  for (const [analyzer, [word, stem]] of Object.entries(stems)) {
    const { tokens } = await call('POST', '/_analyze', { analyzer, text: word });
    check(tokens.map((t) => t.token).join() === stem, `${analyzer} analyzer: "${word}" should stem to "${stem}"`, tokens);
  }
  return root.version.number;
}

try {
  const version = await run();
  process.stdout.write(`smoke: OK (${base}, OpenSearch ${version}: english/cjk/spanish/french/german analyzers, BM25, filtered Lucene k-NN)\n`);
} catch (err) {
  const reason = err.cause ? `${err.message} (${err.cause.code || err.cause.message})` : err.message;
  process.stderr.write(`smoke: FAILED against ${base}: ${reason}\n`);
  process.exitCode = 1;
} finally {
  await fetch(`${base}/${index}`, { method: 'DELETE', signal: AbortSignal.timeout(10_000) }).catch(() => {});
}
