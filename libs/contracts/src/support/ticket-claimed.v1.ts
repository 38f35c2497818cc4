import { z } from 'zod';
import { defineContract } from '../define-contract';
import { timestampSchema } from '../primitives.v1';
import { agentIdSchema, ticketRefShape, ticketSequenceSchema } from './shared.v1';

/** A human agent took a ticket from the queue: from now on only that agent replies and resolves. */
export const ticketClaimedV1 = defineContract({
  kind: 'event',
  domain: 'support',
  name: 'TicketClaimed',
  version: 1,
  subject: 'conversationId',
  description: 'A human agent claimed an escalation ticket from the agent queue and now owns the conversation.',
  schema: z.object({
    ...ticketRefShape,
    agentId: agentIdSchema,
    claimedAt: timestampSchema,
    sequence: ticketSequenceSchema,
  }),
});

/** Payload of `TicketClaimed` v1. */
export type TicketClaimedV1 = z.infer<typeof ticketClaimedV1.schema>;
