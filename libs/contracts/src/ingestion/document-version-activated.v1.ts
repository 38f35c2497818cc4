import { z } from 'zod';
import { defineContract } from '../define-contract';
import { positiveIntSchema } from '../primitives.v1';
import { documentVersionRefShape } from './shared.v1';

/** Reply to `ActivateDocumentVersion`: the successful end of an ingestion saga. */
export const documentVersionActivatedV1 = defineContract({
  kind: 'event',
  domain: 'ingestion',
  name: 'DocumentVersionActivated',
  version: 1,
  subject: 'documentId',
  description: 'A document version became the searchable one; the previous version, if any, is retired.',
  schema: z.object({
    ...documentVersionRefShape,
    previousVersion: positiveIntSchema.optional(),
  }),
});

/** Payload of `DocumentVersionActivated` v1. */
export type DocumentVersionActivatedV1 = z.infer<typeof documentVersionActivatedV1.schema>;
