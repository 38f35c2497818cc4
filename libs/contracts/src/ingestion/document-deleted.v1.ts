import { z } from 'zod';
import { defineContract } from '../define-contract';
import { countSchema, idSchema, positiveIntSchema } from '../primitives.v1';

/** Reply to `DeleteDocument`; deleting an already deleted document reports zero chunks. */
export const documentDeletedV1 = defineContract({
  kind: 'event',
  domain: 'ingestion',
  name: 'DocumentDeleted',
  version: 1,
  subject: 'documentId',
  description: 'A document and all its versions were removed from the knowledge base and the search index.',
  schema: z.object({
    documentId: idSchema,
    deletedVersions: z.array(positiveIntSchema),
    deletedChunkCount: countSchema,
    requestedBy: idSchema,
  }),
});

/** Payload of `DocumentDeleted` v1. */
export type DocumentDeletedV1 = z.infer<typeof documentDeletedV1.schema>;
