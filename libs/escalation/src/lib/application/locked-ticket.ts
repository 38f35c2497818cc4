import type { ServiceRuntime } from '@sagewire/service-kit';
import type { EntityManager } from 'typeorm';
import type { TicketOwnership } from '../domain/tickets/ticket-lifecycle';
import { findQueueTicket } from '../infrastructure/postgres/agent-queue.repository';
import type { QueueTicket } from '../infrastructure/postgres/queue-ticket.row';
import { ticketNotFound } from './agent-errors';

/**
 * Runs `work` in a transaction holding the tenant's ticket locked, so two agents acting on one
 * ticket take turns and each decides on the state the other left. What `work` publishes
 * commits with its change (outbox); what it throws rolls both back.
 */
export function withLockedTicket<T>(runtime: ServiceRuntime, tenantId: string, ticketId: string, work: (manager: EntityManager, ticket: QueueTicket) => Promise<T>): Promise<T> {
  return runtime.transaction(async (manager) => {
    const ticket = await findQueueTicket(manager, tenantId, ticketId, true);
    if (!ticket) throw ticketNotFound(ticketId);
    return work(manager, ticket);
  });
}

/** The envelope context of a ticket event: keyed by conversation, correlated by ticket. */
export function ticketEventContext(runtime: ServiceRuntime, tenantId: string, ticket: QueueTicket): { source: string; tenantId: string; correlationId: string; subject: string } {
  return { source: runtime.source, tenantId, correlationId: ticket.ticketId, subject: ticket.conversationId };
}

/** What the lifecycle rules decide on. */
export function ownershipOf(ticket: QueueTicket): TicketOwnership {
  return ticket.claimedBy === null ? { status: ticket.status } : { status: ticket.status, claimedBy: ticket.claimedBy };
}
