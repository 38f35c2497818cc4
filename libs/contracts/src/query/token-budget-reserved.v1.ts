import { z } from 'zod';
import { defineContract } from '../define-contract';
import { countSchema, idSchema, timestampSchema } from '../primitives.v1';
import { queryRefShape } from './shared.v1';

/** Reply to `ReserveTokenBudget`: the tokens are held until committed, released or expired. */
export const tokenBudgetReservedV1 = defineContract({
  kind: 'event',
  domain: 'query',
  name: 'TokenBudgetReserved',
  version: 1,
  subject: 'conversationId',
  description: 'The quota held tokens for a query; the hold lapses at expiresAt if the saga never commits or releases it.',
  schema: z.object({
    ...queryRefShape,
    reservationId: idSchema,
    reservedTokens: countSchema,
    /** Budget left in the current window after this hold. */
    remainingTokens: countSchema,
    expiresAt: timestampSchema,
  }),
});

/** Payload of `TokenBudgetReserved` v1. */
export type TokenBudgetReservedV1 = z.infer<typeof tokenBudgetReservedV1.schema>;
