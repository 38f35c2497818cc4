import { z } from 'zod';
import { defineContract } from '../define-contract';
import { documentVersionRefShape, ingestionStepSchema } from './shared.v1';

/** Compensation of a failed ingestion: delete the partial chunks of the version that failed. */
export const rollBackDocumentVersionV1 = defineContract({
  kind: 'command',
  domain: 'ingestion',
  name: 'RollBackDocumentVersion',
  version: 1,
  subject: 'documentId',
  description: 'Delete whatever a failed ingestion left of a document version; the active version is untouched.',
  schema: z.object({
    ...documentVersionRefShape,
    failedStep: ingestionStepSchema,
  }),
});

/** Payload of `RollBackDocumentVersion` v1. */
export type RollBackDocumentVersionV1 = z.infer<typeof rollBackDocumentVersionV1.schema>;
