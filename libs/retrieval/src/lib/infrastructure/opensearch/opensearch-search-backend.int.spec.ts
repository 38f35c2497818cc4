import { randomUUID } from 'node:crypto';
import { describeSearchBackendBehaviour } from '../../../test/search-backend-behaviour';
import { OpenSearchSearchBackend } from './opensearch-search-backend';

/** Started by `npm test` (tools/infra/opensearch) unless it points elsewhere. */
const node = process.env['OPENSEARCH_URL'];
if (!node) throw new Error('OPENSEARCH_URL is not set: start a node with `npm run opensearch:start` (or run `npm test`, which starts one).');

const prefix = `sagewire-test-${randomUUID().slice(0, 8)}`;

describeSearchBackendBehaviour(
  'OpenSearch',
  async () => new OpenSearchSearchBackend({ node, indexPrefix: prefix, dimensions: 384 }),
  async (backend) => {
    await (backend as OpenSearchSearchBackend).destroy();
    await backend.close();
  },
);
