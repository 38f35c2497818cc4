import { z } from 'zod';
import { defineContract } from '../define-contract';
import { idSchema } from '../primitives.v1';
import { documentVersionRefShape } from './shared.v1';

/** Asks the ingestion service to embed every chunk of a version, reusing cached vectors. */
export const embedChunksV1 = defineContract({
  kind: 'command',
  domain: 'ingestion',
  name: 'EmbedChunks',
  version: 1,
  subject: 'documentId',
  description: 'Compute embedding vectors for the chunks of a document version with the given model.',
  schema: z.object({
    ...documentVersionRefShape,
    model: idSchema,
  }),
});

/** Payload of `EmbedChunks` v1. */
export type EmbedChunksV1 = z.infer<typeof embedChunksV1.schema>;
