import { z } from 'zod';
import { defineContract } from '../define-contract';
import { languageTagSchema, positiveIntSchema } from '../primitives.v1';
import { queryRefShape } from './shared.v1';

/** Asks the retrieval service for the passages that can answer a question, within the tenant. */
export const retrieveDocumentsV1 = defineContract({
  kind: 'command',
  domain: 'query',
  name: 'RetrieveDocuments',
  version: 1,
  subject: 'conversationId',
  description: "Search the tenant's knowledge base (hybrid BM25 + vectors) for passages relevant to a question.",
  schema: z.object({
    ...queryRefShape,
    /** The redacted question. */
    text: z.string().min(1),
    language: languageTagSchema,
    topK: positiveIntSchema.max(100),
    /** Only documents carrying at least one of these tags may be returned. */
    aclTags: z.array(z.string().min(1)),
  }),
});

/** Payload of `RetrieveDocuments` v1. */
export type RetrieveDocumentsV1 = z.infer<typeof retrieveDocumentsV1.schema>;
