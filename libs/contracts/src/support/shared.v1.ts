import { z } from 'zod';
import { idSchema, positiveIntSchema } from '../primitives.v1';

/**
 * Every ticket event names its ticket (the platform's id, as the agent API shows it) and its
 * conversation (the Kafka key), and the escalated query when the ticket came from one.
 */
export const ticketRefShape = {
  ticketId: idSchema,
  conversationId: idSchema,
  /** The query whose escalation opened the ticket. */
  queryId: idSchema.optional(),
};

/**
 * The event's place in its ticket's history: 1 for the claim, one more for each reply, the
 * resolution last. Each event type has its own topic, so a consumer that must show them in
 * order (the customer's stream) restores the order by this number.
 */
export const ticketSequenceSchema = positiveIntSchema;

/** The agent's user id (the access token's subject): never shown to customers. */
export const agentIdSchema = z.string().min(1).max(200);
