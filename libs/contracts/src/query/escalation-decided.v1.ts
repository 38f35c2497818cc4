import { z } from 'zod';
import { defineContract } from '../define-contract';
import { escalationPrioritySchema, escalationReasonSchema, queryRefShape } from './shared.v1';

/** Reply to `EvaluateEscalation`: `escalate` false always comes with reason `none`. */
export const escalationDecidedV1 = defineContract({
  kind: 'event',
  domain: 'query',
  name: 'EscalationDecided',
  version: 1,
  subject: 'conversationId',
  description: 'The escalation service decided whether a human agent takes over a query, why, and how urgently.',
  schema: z.object({
    ...queryRefShape,
    escalate: z.boolean(),
    reason: escalationReasonSchema,
    priority: escalationPrioritySchema,
    /** One line for the agent queue, e.g. which rule fired. */
    rationale: z.string().max(500).optional(),
  }),
});

/** Payload of `EscalationDecided` v1. */
export type EscalationDecidedV1 = z.infer<typeof escalationDecidedV1.schema>;
