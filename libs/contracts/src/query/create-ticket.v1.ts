import { z } from 'zod';
import { defineContract } from '../define-contract';
import { idSchema, languageTagSchema, positiveIntSchema } from '../primitives.v1';
import { citationSchema, orderSummarySchema, escalationPrioritySchema, escalationReasonSchema, queryRefShape, ticketSystemSchema } from './shared.v1';

/**
 * Asks the escalation service to open a ticket with the handoff package. The query id is the
 * ticket's idempotency key: a redelivered command never opens a second ticket.
 */
export const createTicketV1 = defineContract({
  kind: 'command',
  domain: 'query',
  name: 'CreateTicket',
  version: 1,
  subject: 'conversationId',
  description: 'Open a ticket for a human agent with everything needed to take over the conversation.',
  schema: z.object({
    ...queryRefShape,
    userId: idSchema,
    system: ticketSystemSchema,
    reason: escalationReasonSchema.exclude(['none']),
    priority: escalationPrioritySchema,
    handoff: z.object({
      summary: z.string().min(1).max(2000),
      /** The redacted question. */
      question: z.string(),
      draftAnswer: z.string().optional(),
      citations: z.array(citationSchema),
      language: languageTagSchema,
      /**
       * The conversation so far, oldest first, ending with this question: every turn already
       * screened (personal data redacted). Cut to the orchestrator's history budget, which
       * always keeps the first turn. Optional and additive: older producers send none.
       */
      transcript: z.array(z.object({ role: z.enum(['customer', 'assistant']), text: z.string() })).max(500).optional(),
      /** The customer's orders the AI looked up while answering (optional, additive). */
      orders: z.array(orderSummarySchema).max(10).optional(),
    }),
    attempt: positiveIntSchema,
  }),
});

/** Payload of `CreateTicket` v1. */
export type CreateTicketV1 = z.infer<typeof createTicketV1.schema>;
