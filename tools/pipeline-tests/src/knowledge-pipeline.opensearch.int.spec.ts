import { randomUUID } from 'node:crypto';
import { Client } from '@opensearch-project/opensearch';
import { OpenSearchSearchBackend } from '@sagewire/retrieval';
import { describeKnowledgePipeline } from './support/pipeline-suite';

/** Started by `npm test` (tools/infra/opensearch) unless it points elsewhere. */
const node = process.env['OPENSEARCH_URL'];
if (!node) throw new Error('OPENSEARCH_URL is not set: start a node with `npm run opensearch:start` (or run `npm test`, which starts one).');

const prefix = `sagewire-pipeline-${randomUUID().slice(0, 8)}`;
const client = new Client({ node });

describeKnowledgePipeline('OpenSearch', () => ({
  env: () => ({ RETRIEVAL_BACKEND: 'opensearch', OPENSEARCH_URL: node, RETRIEVAL_OPENSEARCH_INDEX_PREFIX: prefix }),
  async countIndexed(tenantId, documentId, version) {
    const filter: object[] = [{ term: { tenant_id: tenantId } }, { term: { document_id: documentId } }];
    if (version !== undefined) filter.push({ term: { version } });
    // Refreshed first: an unrefreshed write is invisible to searchers but still stored.
    await client.indices.refresh({ index: `${prefix}-chunks` });
    const response = await client.count({ index: `${prefix}-chunks`, body: { query: { bool: { filter } } } });
    return (response.body as { count: number }).count;
  },
  async dispose() {
    await new OpenSearchSearchBackend({ node, indexPrefix: prefix, dimensions: 256 }).destroy();
    await client.close();
  },
}));
