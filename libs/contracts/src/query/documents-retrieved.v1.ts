import { z } from 'zod';
import { defineContract } from '../define-contract';
import { citationSchema, passageSchema } from './shared.v1';

/** Reply of the retrieval service to `RetrieveDocuments`: the passages the answer may use. */
export const documentsRetrievedV1 = defineContract({
  kind: 'event',
  domain: 'query',
  name: 'DocumentsRetrieved',
  version: 1,
  subject: 'conversationId',
  description: 'The retrieval service found the passages (with scores and citations) for a query, at a given knowledge-base version.',
  schema: z.object({
    queryId: z.string().min(1),
    conversationId: z.string().min(1),
    passages: z.array(passageSchema),
    citations: z.array(citationSchema),
    knowledgeBaseVersion: z.string().min(1),
    latencyMs: z.number().nonnegative(),
  }),
});

export type DocumentsRetrievedV1 = z.infer<typeof documentsRetrievedV1.schema>;
