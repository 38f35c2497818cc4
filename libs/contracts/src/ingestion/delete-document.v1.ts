import { z } from 'zod';
import { defineContract } from '../define-contract';
import { idSchema } from '../primitives.v1';

/** Asks the ingestion service to remove a document and every version of it from retrieval. */
export const deleteDocumentV1 = defineContract({
  kind: 'command',
  domain: 'ingestion',
  name: 'DeleteDocument',
  version: 1,
  subject: 'documentId',
  description: 'Delete a document: all its versions, chunks and vectors.',
  schema: z.object({
    documentId: idSchema,
    requestedBy: idSchema,
  }),
});

/** Payload of `DeleteDocument` v1. */
export type DeleteDocumentV1 = z.infer<typeof deleteDocumentV1.schema>;
