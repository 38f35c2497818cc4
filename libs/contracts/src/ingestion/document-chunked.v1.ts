import { z } from 'zod';
import { defineContract } from '../define-contract';
import { countSchema } from '../primitives.v1';
import { chunkingStrategySchema, documentVersionRefShape } from './shared.v1';

/** Reply to `ChunkDocument`. */
export const documentChunkedV1 = defineContract({
  kind: 'event',
  domain: 'ingestion',
  name: 'DocumentChunked',
  version: 1,
  subject: 'documentId',
  description: 'A document version was split into chunks.',
  schema: z.object({
    ...documentVersionRefShape,
    chunkCount: countSchema,
    strategy: chunkingStrategySchema,
  }),
});

/** Payload of `DocumentChunked` v1. */
export type DocumentChunkedV1 = z.infer<typeof documentChunkedV1.schema>;
