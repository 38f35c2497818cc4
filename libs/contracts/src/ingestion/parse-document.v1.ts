import { z } from 'zod';
import { defineContract } from '../define-contract';
import { documentVersionRefShape } from './shared.v1';

/** Asks the ingestion service to extract text and structure from a registered version. */
export const parseDocumentV1 = defineContract({
  kind: 'command',
  domain: 'ingestion',
  name: 'ParseDocument',
  version: 1,
  subject: 'documentId',
  description: 'Extract the text, sections and language of a registered document version.',
  schema: z.object({
    ...documentVersionRefShape,
  }),
});

/** Payload of `ParseDocument` v1. */
export type ParseDocumentV1 = z.infer<typeof parseDocumentV1.schema>;
