import { z } from 'zod';
import { defineContract } from '../define-contract';
import { errorCodeSchema, errorMessageSchema, positiveIntSchema } from '../primitives.v1';
import { documentVersionRefShape, ingestionStepSchema } from './shared.v1';

/** Reply to any ingestion step that failed; non-retriable failures lead to a rollback. */
export const documentIngestionFailedV1 = defineContract({
  kind: 'event',
  domain: 'ingestion',
  name: 'DocumentIngestionFailed',
  version: 1,
  subject: 'documentId',
  description: 'A step of ingesting a document version failed; the previous version stays active.',
  schema: z.object({
    ...documentVersionRefShape,
    failedStep: ingestionStepSchema,
    errorCode: errorCodeSchema,
    message: errorMessageSchema,
    retriable: z.boolean(),
    attempt: positiveIntSchema,
  }),
});

/** Payload of `DocumentIngestionFailed` v1. */
export type DocumentIngestionFailedV1 = z.infer<typeof documentIngestionFailedV1.schema>;
