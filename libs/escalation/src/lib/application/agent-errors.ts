import { AppError } from '@sagewire/errors';
import { TicketRefusal, type Refused } from '../domain/tickets/ticket-lifecycle';

/** The agent API's error codes; the HTTP layer maps each to a status (interface/http). */
export const AgentApiErrorCode = {
  INVALID_REQUEST: 'ESCALATION.INVALID_REQUEST',
  UNAUTHENTICATED: 'ESCALATION.UNAUTHENTICATED',
  FORBIDDEN: 'ESCALATION.FORBIDDEN',
  TICKET_NOT_FOUND: 'ESCALATION.TICKET_NOT_FOUND',
  ...TicketRefusal,
  INTERNAL: 'ESCALATION.INTERNAL',
} as const;

/** A request the caller can fix: never retriable, and the message says what to do. */
export function agentApiError(code: string, message: string): AppError {
  return new AppError(code, message, { retriable: false });
}

/** Same answer for "no such ticket" and "another tenant's": existence is not leaked across tenants. */
export const ticketNotFound = (ticketId: string): AppError =>
  agentApiError(AgentApiErrorCode.TICKET_NOT_FOUND, `no ticket ${ticketId} in your tenant's queue`);

export const refusal = (decision: Refused): AppError => agentApiError(decision.code, decision.message);
