import { z } from 'zod';
import { defineContract } from '../define-contract';
import { countSchema, idSchema } from '../primitives.v1';
import { documentVersionRefShape, indexBackendSchema } from './shared.v1';

/** Reply to `IndexChunks`. */
export const documentIndexedV1 = defineContract({
  kind: 'event',
  domain: 'ingestion',
  name: 'DocumentIndexed',
  version: 1,
  subject: 'documentId',
  description: 'The chunks of a document version are in the search index, waiting for activation.',
  schema: z.object({
    ...documentVersionRefShape,
    backend: indexBackendSchema,
    indexName: idSchema,
    chunkCount: countSchema,
  }),
});

/** Payload of `DocumentIndexed` v1. */
export type DocumentIndexedV1 = z.infer<typeof documentIndexedV1.schema>;
