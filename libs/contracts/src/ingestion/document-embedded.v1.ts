import { z } from 'zod';
import { defineContract } from '../define-contract';
import { countSchema, idSchema, positiveIntSchema } from '../primitives.v1';
import { documentVersionRefShape } from './shared.v1';

/** Reply to `EmbedChunks`. */
export const documentEmbeddedV1 = defineContract({
  kind: 'event',
  domain: 'ingestion',
  name: 'DocumentEmbedded',
  version: 1,
  subject: 'documentId',
  description: 'Every chunk of a document version has an embedding vector.',
  schema: z.object({
    ...documentVersionRefShape,
    model: idSchema,
    dimensions: positiveIntSchema,
    chunkCount: countSchema,
    /** Chunks whose vector came from the embedding cache (same text, same model). */
    cachedCount: countSchema,
  }),
});

/** Payload of `DocumentEmbedded` v1. */
export type DocumentEmbeddedV1 = z.infer<typeof documentEmbeddedV1.schema>;
