import { z } from 'zod';
import { defineContract } from '../define-contract';
import { errorCodeSchema, errorMessageSchema, positiveIntSchema } from '../primitives.v1';
import { queryRefShape } from './shared.v1';

/** Reply to `RetrieveDocuments` when the search failed; the saga degrades or escalates. */
export const documentRetrievalFailedV1 = defineContract({
  kind: 'event',
  domain: 'query',
  name: 'DocumentRetrievalFailed',
  version: 1,
  subject: 'conversationId',
  description: 'The retrieval service could not search the knowledge base for a query.',
  schema: z.object({
    ...queryRefShape,
    errorCode: errorCodeSchema,
    message: errorMessageSchema,
    retriable: z.boolean(),
    attempt: positiveIntSchema,
  }),
});

/** Payload of `DocumentRetrievalFailed` v1. */
export type DocumentRetrievalFailedV1 = z.infer<typeof documentRetrievalFailedV1.schema>;
