import { z } from 'zod';
import { defineContract } from '../define-contract';
import { idSchema } from '../primitives.v1';
import { documentVersionRefShape, indexBackendSchema } from './shared.v1';

/** Asks the ingestion service to write a version's chunks and vectors to the search index. */
export const indexChunksV1 = defineContract({
  kind: 'command',
  domain: 'ingestion',
  name: 'IndexChunks',
  version: 1,
  subject: 'documentId',
  description: 'Index the embedded chunks of a document version (not yet searchable until activation).',
  schema: z.object({
    ...documentVersionRefShape,
    backend: indexBackendSchema,
    indexName: idSchema,
  }),
});

/** Payload of `IndexChunks` v1. */
export type IndexChunksV1 = z.infer<typeof indexChunksV1.schema>;
