import { z } from 'zod';
import { defineContract } from '../define-contract';
import { idSchema, languageTagSchema, positiveIntSchema, sha256HexSchema } from '../primitives.v1';
import { queryRefShape } from './shared.v1';

/**
 * Analytics event: a screened answer was stored in the response cache. The key is a hash of
 * the normalized question and knowledge-base version, so no question text leaves the service.
 */
export const responseCachedV1 = defineContract({
  kind: 'event',
  domain: 'query',
  name: 'ResponseCached',
  version: 1,
  subject: 'conversationId',
  description: 'An answer that passed screening was cached so the same question can be answered without a model call.',
  schema: z.object({
    ...queryRefShape,
    cacheKeySha256: sha256HexSchema,
    model: idSchema,
    knowledgeBaseVersion: idSchema,
    language: languageTagSchema,
    ttlSeconds: positiveIntSchema,
  }),
});

/** Payload of `ResponseCached` v1. */
export type ResponseCachedV1 = z.infer<typeof responseCachedV1.schema>;
