import { randomUUID } from 'node:crypto';
import { Client } from '@opensearch-project/opensearch';
import { chunkIndexNames, chunkTemplateBody, vectorMapping } from './chunk-index-layout';
import { ensureChunkIndex } from './chunk-index-manager';
import { OpenSearchSearchBackend } from './opensearch-search-backend';

const node = process.env['OPENSEARCH_URL'];
if (!node) throw new Error('OPENSEARCH_URL is not set: start a node with `npm run opensearch:start` (or run `npm test`, which starts one).');

describe('chunk index set-up on OpenSearch', () => {
  const client = new Client({ node });
  const prefix = `sagewire-mgr-${randomUUID().slice(0, 8)}`;
  const names = chunkIndexNames(prefix, 4);
  const oldIndex = `${prefix}-chunks-m0-d4`;

  beforeAll(async () => {
    // A deployment on an older mapping version, holding one chunk, behind the alias.
    const template = chunkTemplateBody() as { settings: object; mappings: { properties: object } };
    const properties = { ...template.mappings.properties, ...(vectorMapping(4) as { properties: object }).properties };
    await client.indices.create({ index: oldIndex, body: { settings: template.settings, mappings: { properties }, aliases: { [names.alias]: {} } } as never });
    await client.index({ index: oldIndex, id: 'tnt_a/doc:v1:0', body: { tenant_id: 'tnt_a', document_id: 'doc', version: 1, chunk_id: 'doc:v1:0', title: 'T', acl_tags: [], duplicate_key: 'x', text: 'old chunk', vector: [1, 0, 0, 0] }, refresh: true });
  });

  afterAll(async () => {
    await new OpenSearchSearchBackend({ node: node!, indexPrefix: prefix, dimensions: 4 }).destroy();
    await client.close();
  });

  it('moves the alias to the current mapping version, chunks and vectors copied, the old index kept', async () => {
    await ensureChunkIndex(client, names, 4);
    const aliases = await client.indices.getAlias({ name: names.alias });
    expect(Object.keys(aliases.body as object)).toEqual([names.index]);
    const copied = await client.get({ index: names.index, id: 'tnt_a/doc:v1:0' });
    expect((copied.body as { _source: { text: string; vector: number[] } })._source).toMatchObject({ text: 'old chunk', vector: [1, 0, 0, 0] });
    expect((await client.indices.exists({ index: oldIndex })).body).toBe(true);
    // Set up again (another replica starting): nothing changes.
    await ensureChunkIndex(client, names, 4);
    expect(Object.keys((await client.indices.getAlias({ name: names.alias })).body as object)).toEqual([names.index]);
  });

  it('refuses to put vectors of another length behind the alias, saying what to do', async () => {
    await expect(ensureChunkIndex(client, chunkIndexNames(prefix, 8), 8)).rejects.toMatchObject({
      code: 'RETRIEVAL.INDEX_DIMENSIONS_MISMATCH',
      message: expect.stringContaining('RETRIEVAL_OPENSEARCH_INDEX_PREFIX'),
    });
  });
});
