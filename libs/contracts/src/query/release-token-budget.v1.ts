import { z } from 'zod';
import { defineContract } from '../define-contract';
import { idSchema } from '../primitives.v1';
import { queryRefShape } from './shared.v1';

/** Compensation of `ReserveTokenBudget`: gives the whole hold back because no answer was generated. */
export const releaseTokenBudgetV1 = defineContract({
  kind: 'command',
  domain: 'query',
  name: 'ReleaseTokenBudget',
  version: 1,
  subject: 'conversationId',
  description: 'Give back a token hold that the query will not use (blocked input, failed generation, failed saga).',
  schema: z.object({
    ...queryRefShape,
    reservationId: idSchema,
    reason: z.enum(['input_blocked', 'generation_failed', 'escalated', 'query_failed']),
  }),
});

/** Payload of `ReleaseTokenBudget` v1. */
export type ReleaseTokenBudgetV1 = z.infer<typeof releaseTokenBudgetV1.schema>;
