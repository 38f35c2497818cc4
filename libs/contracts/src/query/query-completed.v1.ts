import { z } from 'zod';
import { defineContract } from '../define-contract';
import { countSchema, durationMsSchema, idSchema, usdSchema } from '../primitives.v1';
import { queryRefShape } from './shared.v1';

/** Terminal event of a query saga that reached an outcome (`QueryFailed` is the other one). */
export const queryCompletedV1 = defineContract({
  kind: 'event',
  domain: 'query',
  name: 'QueryCompleted',
  version: 1,
  subject: 'conversationId',
  description: 'A query reached its outcome (answered, escalated, blocked or limit reached), with its totals.',
  schema: z.object({
    ...queryRefShape,
    outcome: z.enum(['answered', 'escalated', 'blocked', 'limit_reached']),
    totals: z.object({
      inputTokens: countSchema,
      outputTokens: countSchema,
      cacheReadTokens: countSchema.optional(),
      cacheWriteTokens: countSchema.optional(),
      costUsd: usdSchema,
      /** From `UserQuerySubmitted` to this event. */
      latencyMs: durationMsSchema,
      modelInvocations: countSchema,
    }),
    /** Set when the outcome is `escalated`. */
    ticketId: idSchema.optional(),
  }),
});

/** Payload of `QueryCompleted` v1. */
export type QueryCompletedV1 = z.infer<typeof queryCompletedV1.schema>;
