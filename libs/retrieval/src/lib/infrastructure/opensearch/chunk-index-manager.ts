import type { Client } from '@opensearch-project/opensearch';
import { AppError } from '@sagewire/errors';
import { chunkTemplateBody, CHUNK_MAPPING_VERSION, vectorMapping, type ChunkIndexNames } from './chunk-index-layout';
import { copyIndex } from './copy-index';
import { reasonOf, toOpenSearchError } from './opensearch-errors';

/** The alias points at an index whose vectors have another length: only re-embedding can fix that. */
export const INDEX_DIMENSIONS_MISMATCH_CODE = 'RETRIEVAL.INDEX_DIMENSIONS_MISMATCH';

/**
 * Creates and migrates the chunk index: the template, the versioned index for this mapping and
 * vector length, and the alias every query goes through. Idempotent and safe for replicas
 * starting together (a lost creation race is not an error).
 */
export async function ensureChunkIndex(client: Client, names: ChunkIndexNames, dimensions: number): Promise<void> {
  try {
    await client.indices.putIndexTemplate({ name: names.template, body: { index_patterns: [names.pattern], template: chunkTemplateBody(), priority: 100 } });
    const current = await aliasTarget(client, names.alias);
    if (current === names.index) return;
    if (current !== undefined) await assertSameDimensions(client, current, names, dimensions);
    await createIndex(client, names.index, dimensions);
    if (current === undefined) {
      await client.indices.updateAliases({ body: { actions: [{ add: { index: names.index, alias: names.alias } }] } });
      return;
    }
    await migrate(client, current, names);
  } catch (error) {
    throw toOpenSearchError('index set-up', error);
  }
}

async function aliasTarget(client: Client, alias: string): Promise<string | undefined> {
  const exists = await client.indices.existsAlias({ name: alias });
  if (!exists.body) return undefined;
  const response = await client.indices.getAlias({ name: alias });
  return Object.keys(response.body as Record<string, unknown>)[0];
}

async function createIndex(client: Client, index: string, dimensions: number): Promise<void> {
  try {
    await client.indices.create({ index, body: { mappings: vectorMapping(dimensions) } });
  } catch (error) {
    // Another replica created it first: the same layout, so nothing to do.
    if (reasonOf((error as { meta?: { body?: unknown } }).meta?.body)?.includes('already exists')) return;
    throw error;
  }
}

/** Vectors of different models cannot be mixed, so a change of length cannot be migrated. */
async function assertSameDimensions(client: Client, from: string, names: ChunkIndexNames, dimensions: number): Promise<void> {
  const mapping = await client.indices.getMapping({ index: from });
  const properties = (mapping.body as Record<string, { mappings?: { properties?: { vector?: { dimension?: number } } } }>)[from]?.mappings?.properties;
  const oldDimensions = properties?.vector?.dimension;
  if (oldDimensions === undefined || oldDimensions === dimensions) return;
  throw new AppError(
    INDEX_DIMENSIONS_MISMATCH_CODE,
    `The alias ${names.alias} points at ${from}, whose vectors have ${oldDimensions} dimensions, but the embedding model makes ${dimensions}. ` +
      'Vectors of different models cannot be mixed: re-ingest the documents under a new RETRIEVAL_OPENSEARCH_INDEX_PREFIX, or configure the old model.',
    { retriable: false, details: { from, to: names.index, oldDimensions, dimensions, mappingVersion: CHUNK_MAPPING_VERSION } },
  );
}

/**
 * Copies an older mapping version's chunks into the new index, then moves the alias in one
 * atomic action. The old index stays for the operator to delete once satisfied.
 */
async function migrate(client: Client, from: string, names: ChunkIndexNames): Promise<void> {
  await copyIndex(client, from, names.index);
  await client.indices.updateAliases({
    body: { actions: [{ remove: { index: from, alias: names.alias } }, { add: { index: names.index, alias: names.alias } }] },
  });
}
