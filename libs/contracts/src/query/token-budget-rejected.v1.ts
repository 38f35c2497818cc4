import { z } from 'zod';
import { defineContract } from '../define-contract';
import { countSchema, timestampSchema } from '../primitives.v1';
import { queryRefShape } from './shared.v1';

/** Reply to `ReserveTokenBudget` when the budget is spent: the query ends as `limit_reached`. */
export const tokenBudgetRejectedV1 = defineContract({
  kind: 'event',
  domain: 'query',
  name: 'TokenBudgetRejected',
  version: 1,
  subject: 'conversationId',
  description: 'The quota refused to hold tokens for a query because a limit is reached; no model is called.',
  schema: z.object({
    ...queryRefShape,
    reason: z.enum(['user_daily_limit', 'tenant_daily_limit', 'tenant_monthly_limit', 'rate_limit', 'tenant_suspended']),
    limit: countSchema,
    used: countSchema,
    /** When the exhausted window starts again, if it is a time window. */
    resetsAt: timestampSchema.optional(),
  }),
});

/** Payload of `TokenBudgetRejected` v1. */
export type TokenBudgetRejectedV1 = z.infer<typeof tokenBudgetRejectedV1.schema>;
