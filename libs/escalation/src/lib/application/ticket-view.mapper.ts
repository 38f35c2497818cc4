import { sentimentTrend } from '../domain/handoff/sentiment-trend';
import type { StoredReply } from '../infrastructure/postgres/ticket-replies.repository';
import type { QueueTicket } from '../infrastructure/postgres/queue-ticket.row';

/** A ticket as the agent API shows it: its state, and the handoff package to take over with. */
export interface TicketView {
  readonly id: string;
  readonly status: QueueTicket['status'];
  readonly priority: QueueTicket['priority'];
  readonly reason: QueueTicket['reason'];
  readonly system: QueueTicket['system'];
  readonly externalId?: string;
  readonly externalUrl?: string;
  readonly conversationId: string;
  readonly queryId: string;
  readonly customerId: string;
  readonly claimedBy?: string;
  readonly claimedAt?: string;
  readonly resolvedAt?: string;
  readonly resolution?: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly handoff: {
    readonly summary: string;
    readonly question: string;
    /** The AI's screened answer: a suggested reply for the agent to send, edit or discard. */
    readonly draftAnswer?: string;
    /** The knowledge-base articles the AI answered from. */
    readonly citations: QueueTicket['handoff']['citations'];
    readonly transcript: NonNullable<QueueTicket['handoff']['transcript']>;
    /** The customer's sentiment per turn of the transcript, oldest first (-1..1). */
    readonly sentimentTrend: number[];
    /** The customer's orders the AI looked up while answering. */
    readonly orders: NonNullable<QueueTicket['handoff']['orders']>;
    readonly language: string;
  };
  readonly csat?: { readonly score: number; readonly comment?: string; readonly submittedAt: string };
}

export interface ReplyView {
  readonly id: string;
  readonly agentId: string;
  readonly text: string;
  readonly language?: string;
  readonly sentAt: string;
}

const optional = <K extends string, V>(key: K, value: V | null | undefined): Partial<Record<K, V>> =>
  (value === null || value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;

export function ticketView(ticket: QueueTicket): TicketView {
  const { handoff } = ticket;
  return {
    id: ticket.ticketId, status: ticket.status, priority: ticket.priority, reason: ticket.reason, system: ticket.system,
    ...optional('externalId', ticket.externalId), ...optional('externalUrl', ticket.externalUrl),
    conversationId: ticket.conversationId, queryId: ticket.queryId, customerId: ticket.userId,
    ...optional('claimedBy', ticket.claimedBy), ...optional('claimedAt', ticket.claimedAt?.toISOString()),
    ...optional('resolvedAt', ticket.resolvedAt?.toISOString()), ...optional('resolution', ticket.resolution),
    createdAt: ticket.createdAt.toISOString(), updatedAt: ticket.updatedAt.toISOString(),
    handoff: {
      summary: handoff.summary, question: handoff.question, ...optional('draftAnswer', handoff.draftAnswer),
      citations: handoff.citations, transcript: handoff.transcript ?? [], sentimentTrend: sentimentTrend(handoff.transcript ?? []), orders: handoff.orders ?? [], language: handoff.language,
    },
    ...(ticket.csat === null ? {} : {
      csat: { score: ticket.csat.score, ...optional('comment', ticket.csat.comment), submittedAt: ticket.csat.submittedAt.toISOString() },
    }),
  };
}

export function replyView(reply: StoredReply): ReplyView {
  return { id: reply.replyId, agentId: reply.agentId, text: reply.text, ...optional('language', reply.language), sentAt: reply.sentAt.toISOString() };
}
