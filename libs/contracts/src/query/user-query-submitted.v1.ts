import { z } from 'zod';
import { defineContract } from '../define-contract';
import { idSchema, languageTagSchema, positiveIntSchema, timestampSchema } from '../primitives.v1';
import { channelSchema, customerTierSchema, queryRefShape } from './shared.v1';

/** The gateway accepted a customer's question: the first event of a query saga. */
export const userQuerySubmittedV1 = defineContract({
  kind: 'event',
  domain: 'query',
  name: 'UserQuerySubmitted',
  version: 1,
  subject: 'conversationId',
  description: 'A customer asked a question in a conversation and the gateway accepted it; the query saga starts.',
  schema: z.object({
    ...queryRefShape,
    userId: idSchema,
    channel: channelSchema,
    text: z.string().min(1).max(8000),
    /** What the client declared (widget setting, Accept-Language); detection may override it. */
    language: languageTagSchema.optional(),
    /** 1-based turn within the conversation, for the max-turns escalation rule. */
    turn: positiveIntSchema,
    submittedAt: timestampSchema,
    /** The asking customer's tier, from their access token; absent when the caller stated none (API keys, older tokens). Additive. */
    customerTier: customerTierSchema.optional(),
  }),
});

/** Payload of `UserQuerySubmitted` v1. */
export type UserQuerySubmittedV1 = z.infer<typeof userQuerySubmittedV1.schema>;
