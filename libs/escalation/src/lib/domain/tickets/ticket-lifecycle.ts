/**
 * The life of a ticket in the agent queue: open → claimed → resolved. Resolved is final. Only
 * the agent who claimed a ticket replies on it and resolves it, so a customer never hears from
 * two agents at once. Decisions are values; the application turns refusals into 409s.
 */
export const TICKET_STATUSES = ['open', 'claimed', 'resolved'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** What the rules need to know about a ticket. */
export interface TicketOwnership {
  readonly status: TicketStatus;
  /** The claiming agent; absent while the ticket is open. */
  readonly claimedBy?: string;
}

/** Why an agent may not act on a ticket; codes cross the HTTP boundary as strings. */
export const TicketRefusal = {
  CLAIMED_BY_ANOTHER: 'ESCALATION.TICKET_CLAIMED_BY_ANOTHER',
  NOT_CLAIMED: 'ESCALATION.TICKET_NOT_CLAIMED',
  RESOLVED: 'ESCALATION.TICKET_RESOLVED',
} as const;
export type TicketRefusalCode = (typeof TicketRefusal)[keyof typeof TicketRefusal];

export interface Refused {
  readonly kind: 'refused';
  readonly code: TicketRefusalCode;
  readonly message: string;
}

/** `unchanged`: the agent asked for what is already so (a retried claim or resolve): no new event. */
export type TicketDecision = { readonly kind: 'apply' } | { readonly kind: 'unchanged' } | Refused;

const refused = (code: TicketRefusalCode, message: string): Refused => ({ kind: 'refused', code, message });
const resolvedAlready = refused(TicketRefusal.RESOLVED, 'the ticket is resolved, and resolved tickets are final; a new question from the customer opens a new ticket');
const anotherAgent = refused(TicketRefusal.CLAIMED_BY_ANOTHER, 'another agent has claimed this ticket; pick another one from the queue');
const claimFirst = refused(TicketRefusal.NOT_CLAIMED, 'claim the ticket first (POST /v1/agent/tickets/{id}/claim)');

export function decideClaim(ticket: TicketOwnership, agentId: string): TicketDecision {
  if (ticket.status === 'resolved') return resolvedAlready;
  if (ticket.status === 'open') return { kind: 'apply' };
  return ticket.claimedBy === agentId ? { kind: 'unchanged' } : anotherAgent;
}

export function decideReply(ticket: TicketOwnership, agentId: string): TicketDecision {
  if (ticket.status === 'resolved') return resolvedAlready;
  if (ticket.status === 'open') return claimFirst;
  return ticket.claimedBy === agentId ? { kind: 'apply' } : anotherAgent;
}

/** Resolving again is answered as done for the agent who resolved it, so a retry after a timeout is safe. */
export function decideResolve(ticket: TicketOwnership, agentId: string): TicketDecision {
  if (ticket.status === 'open') return claimFirst;
  if (ticket.claimedBy !== agentId) return ticket.status === 'resolved' ? resolvedAlready : anotherAgent;
  return ticket.status === 'resolved' ? { kind: 'unchanged' } : { kind: 'apply' };
}
