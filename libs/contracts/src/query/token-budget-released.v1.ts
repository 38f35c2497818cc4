import { z } from 'zod';
import { defineContract } from '../define-contract';
import { countSchema, idSchema } from '../primitives.v1';
import { queryRefShape } from './shared.v1';

/** Reply to `ReleaseTokenBudget`; releasing twice releases nothing the second time. */
export const tokenBudgetReleasedV1 = defineContract({
  kind: 'event',
  domain: 'query',
  name: 'TokenBudgetReleased',
  version: 1,
  subject: 'conversationId',
  description: 'The quota gave a token hold back to the budget.',
  schema: z.object({
    ...queryRefShape,
    reservationId: idSchema,
    /** 0 when the hold was already released, committed or expired. */
    releasedTokens: countSchema,
  }),
});

/** Payload of `TokenBudgetReleased` v1. */
export type TokenBudgetReleasedV1 = z.infer<typeof tokenBudgetReleasedV1.schema>;
