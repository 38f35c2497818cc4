import { z } from 'zod';
import { defineContract } from '../define-contract';
import { countSchema, idSchema, usdSchema } from '../primitives.v1';
import { queryRefShape } from './shared.v1';

/** Reply to `CommitTokenUsage`: the query's cost is booked. */
export const tokenUsageCommittedV1 = defineContract({
  kind: 'event',
  domain: 'query',
  name: 'TokenUsageCommitted',
  version: 1,
  subject: 'conversationId',
  description: "The quota charged a query's actual token usage and returned the unused part of its hold.",
  schema: z.object({
    ...queryRefShape,
    reservationId: idSchema,
    committedTokens: countSchema,
    /** Unused part of the hold given back; 0 if usage exceeded the estimate. */
    releasedTokens: countSchema,
    costUsd: usdSchema,
    remainingTokens: countSchema,
  }),
});

/** Payload of `TokenUsageCommitted` v1. */
export type TokenUsageCommittedV1 = z.infer<typeof tokenUsageCommittedV1.schema>;
