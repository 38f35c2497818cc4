import { z } from 'zod';
import { defineContract } from '../define-contract';
import { idSchema, usdSchema } from '../primitives.v1';
import { queryRefShape, tokenUsageSchema } from './shared.v1';

/** Settles a hold with what the model calls actually used; the rest goes back to the budget. */
export const commitTokenUsageV1 = defineContract({
  kind: 'command',
  domain: 'query',
  name: 'CommitTokenUsage',
  version: 1,
  subject: 'conversationId',
  description: 'Charge the tokens a query actually used against its hold and return the unused part.',
  schema: z.object({
    ...queryRefShape,
    reservationId: idSchema,
    usage: tokenUsageSchema,
    costUsd: usdSchema,
  }),
});

/** Payload of `CommitTokenUsage` v1. */
export type CommitTokenUsageV1 = z.infer<typeof commitTokenUsageV1.schema>;
