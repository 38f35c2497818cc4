import { z } from 'zod';
import { defineContract } from '../define-contract';
import { documentVersionRefShape } from './shared.v1';

/** Asks the ingestion service to make an indexed version the one retrieval searches. */
export const activateDocumentVersionV1 = defineContract({
  kind: 'command',
  domain: 'ingestion',
  name: 'ActivateDocumentVersion',
  version: 1,
  subject: 'documentId',
  description: 'Switch retrieval to an indexed document version, atomically replacing the previous one.',
  schema: z.object({
    ...documentVersionRefShape,
  }),
});

/** Payload of `ActivateDocumentVersion` v1. */
export type ActivateDocumentVersionV1 = z.infer<typeof activateDocumentVersionV1.schema>;
