import { z } from 'zod';
import { defineContract } from '../define-contract';
import { idSchema, positiveIntSchema } from '../primitives.v1';
import { queryRefShape } from './shared.v1';

/** Asks the gateway's quota to hold tokens for a query before any model is called. */
export const reserveTokenBudgetV1 = defineContract({
  kind: 'command',
  domain: 'query',
  name: 'ReserveTokenBudget',
  version: 1,
  subject: 'conversationId',
  description: "Hold an estimated number of tokens of the tenant's and user's budget for one query.",
  schema: z.object({
    ...queryRefShape,
    userId: idSchema,
    estimatedTokens: positiveIntSchema,
  }),
});

/** Payload of `ReserveTokenBudget` v1. */
export type ReserveTokenBudgetV1 = z.infer<typeof reserveTokenBudgetV1.schema>;
