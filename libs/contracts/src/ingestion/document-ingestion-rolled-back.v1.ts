import { z } from 'zod';
import { defineContract } from '../define-contract';
import { countSchema, positiveIntSchema } from '../primitives.v1';
import { documentVersionRefShape } from './shared.v1';

/** Reply to `RollBackDocumentVersion`: the failed ingestion saga's terminal event. */
export const documentIngestionRolledBackV1 = defineContract({
  kind: 'event',
  domain: 'ingestion',
  name: 'DocumentIngestionRolledBack',
  version: 1,
  subject: 'documentId',
  description: 'The partial chunks of a failed document version were deleted.',
  schema: z.object({
    ...documentVersionRefShape,
    deletedChunkCount: countSchema,
    /** The version retrieval still searches; absent if the document has none. */
    activeVersion: positiveIntSchema.optional(),
  }),
});

/** Payload of `DocumentIngestionRolledBack` v1. */
export type DocumentIngestionRolledBackV1 = z.infer<typeof documentIngestionRolledBackV1.schema>;
