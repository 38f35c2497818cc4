import { MAX_AGENT_REPLY_CHARS } from '@sagewire/contracts/support/agent-replied.v1';
import { MAX_RESOLUTION_CHARS } from '@sagewire/contracts/support/ticket-resolved.v1';
import { z } from 'zod';
import { agentApiError, AgentApiErrorCode } from '../../application/agent-errors';
import { TICKET_STATUSES } from '../../domain/tickets/ticket-lifecycle';

export const DEFAULT_QUEUE_PAGE_SIZE = 50;
export const MAX_QUEUE_PAGE_SIZE = 200;

export const ticketIdSchema = z.uuid({ error: 'must be a ticket id (a UUID)' });

/** `GET /v1/agent/tickets` query parameters (strings on the wire, coerced here). */
export const listTicketsQuery = z.object({
  status: z.enum(TICKET_STATUSES, { error: `must be one of: ${TICKET_STATUSES.join(', ')}` }).default('open'),
  limit: z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').max(MAX_QUEUE_PAGE_SIZE, `must be at most ${MAX_QUEUE_PAGE_SIZE}`).default(DEFAULT_QUEUE_PAGE_SIZE),
  after: ticketIdSchema.optional(),
});

export const replyBody = z.strictObject({
  text: z.string().trim().min(1, 'must not be empty').max(MAX_AGENT_REPLY_CHARS, `must be at most ${MAX_AGENT_REPLY_CHARS} characters`),
  /** The contracts' BCP 47 pattern. */
  language: z.string().regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'must be a BCP 47 language tag such as "en" or "es-MX"').optional(),
});

export const resolveBody = z.strictObject({
  resolution: z.string().trim().min(1, 'must not be empty (omit it instead)').max(MAX_RESOLUTION_CHARS, `must be at most ${MAX_RESOLUTION_CHARS} characters`).optional(),
});

/** Validates one part of a request and names each wrong field, e.g. `body.text: must not be empty`. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, where: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${[where, ...issue.path.map(String)].join('.')}: ${issue.message}`);
  throw agentApiError(AgentApiErrorCode.INVALID_REQUEST, problems.join('; '));
}
