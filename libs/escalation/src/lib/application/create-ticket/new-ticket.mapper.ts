import type { Envelope } from '@sagewire/contracts';
import type { CreateTicketV1 } from '@sagewire/contracts/query/create-ticket.v1';
import type { NewTicket } from '../../domain/ticketing/ticketing.port';

/** The handoff package of a `CreateTicket`, as a ticket system takes it. */
export function newTicketOf(envelope: Envelope<CreateTicketV1>): NewTicket {
  const { data } = envelope;
  return {
    tenantId: envelope.tenantid, queryId: data.queryId, conversationId: data.conversationId, userId: data.userId,
    reason: data.reason, priority: data.priority, summary: data.handoff.summary, question: data.handoff.question,
    ...(data.handoff.draftAnswer === undefined ? {} : { draftAnswer: data.handoff.draftAnswer }),
    citations: data.handoff.citations, language: data.handoff.language, transcript: data.handoff.transcript ?? [], orders: data.handoff.orders ?? [],
  };
}
