import { z } from 'zod';
import { defineContract } from '../define-contract';
import { countSchema, positiveIntSchema } from '../primitives.v1';
import { chunkingStrategySchema, documentVersionRefShape } from './shared.v1';

/** Asks the ingestion service to split a parsed version into retrievable chunks. */
export const chunkDocumentV1 = defineContract({
  kind: 'command',
  domain: 'ingestion',
  name: 'ChunkDocument',
  version: 1,
  subject: 'documentId',
  description: 'Split a parsed document version into chunks with the given strategy and sizes.',
  schema: z.object({
    ...documentVersionRefShape,
    strategy: chunkingStrategySchema,
    maxChunkTokens: positiveIntSchema,
    overlapTokens: countSchema,
  }),
});

/** Payload of `ChunkDocument` v1. */
export type ChunkDocumentV1 = z.infer<typeof chunkDocumentV1.schema>;
