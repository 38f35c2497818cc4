import { z } from 'zod';
import { defineContract } from '../define-contract';
import { errorCodeSchema, errorMessageSchema, positiveIntSchema } from '../primitives.v1';
import { queryRefShape, ticketSystemSchema } from './shared.v1';

/** Reply to `CreateTicket` on failure: the saga retries, then falls back to the internal queue. */
export const ticketCreationFailedV1 = defineContract({
  kind: 'event',
  domain: 'query',
  name: 'TicketCreationFailed',
  version: 1,
  subject: 'conversationId',
  description: 'A ticket could not be opened in the requested system.',
  schema: z.object({
    ...queryRefShape,
    system: ticketSystemSchema,
    errorCode: errorCodeSchema,
    message: errorMessageSchema,
    retriable: z.boolean(),
    attempt: positiveIntSchema,
  }),
});

/** Payload of `TicketCreationFailed` v1. */
export type TicketCreationFailedV1 = z.infer<typeof ticketCreationFailedV1.schema>;
