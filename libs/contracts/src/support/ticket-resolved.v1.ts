import { z } from 'zod';
import { defineContract } from '../define-contract';
import { timestampSchema } from '../primitives.v1';
import { agentIdSchema, ticketRefShape, ticketSequenceSchema } from './shared.v1';

/** The longest resolution note, in characters: one or two sentences for the queue and analytics. */
export const MAX_RESOLUTION_CHARS = 500;

/** The claiming agent closed the ticket; it is final, and the customer is asked for a rating. */
export const ticketResolvedV1 = defineContract({
  kind: 'event',
  domain: 'support',
  name: 'TicketResolved',
  version: 1,
  subject: 'conversationId',
  description: 'A human agent resolved an escalation ticket; no more replies follow on it, and the customer may rate the help (CSAT).',
  schema: z.object({
    ...ticketRefShape,
    agentId: agentIdSchema,
    /** The agent's note on the outcome, for the queue and analytics (not shown to the customer). */
    resolution: z.string().min(1).max(MAX_RESOLUTION_CHARS).optional(),
    resolvedAt: timestampSchema,
    sequence: ticketSequenceSchema,
  }),
});

/** Payload of `TicketResolved` v1. */
export type TicketResolvedV1 = z.infer<typeof ticketResolvedV1.schema>;
