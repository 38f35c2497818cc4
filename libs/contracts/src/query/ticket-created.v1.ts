import { z } from 'zod';
import { defineContract } from '../define-contract';
import { idSchema } from '../primitives.v1';
import { escalationPrioritySchema, queryRefShape, ticketSystemSchema } from './shared.v1';

/** Reply to `CreateTicket`: a human agent now owns the conversation. */
export const ticketCreatedV1 = defineContract({
  kind: 'event',
  domain: 'query',
  name: 'TicketCreated',
  version: 1,
  subject: 'conversationId',
  description: 'A ticket was opened for a query, in Zendesk or in the internal agent queue.',
  schema: z.object({
    ...queryRefShape,
    ticketId: idSchema,
    system: ticketSystemSchema,
    /** The ticket's id in the external system (Zendesk), absent for the internal queue. */
    externalId: idSchema.optional(),
    priority: escalationPrioritySchema,
  }),
});

/** Payload of `TicketCreated` v1. */
export type TicketCreatedV1 = z.infer<typeof ticketCreatedV1.schema>;
