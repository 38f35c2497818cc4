import type { CreateTicketV1 } from '@sagewire/contracts/query/create-ticket.v1';
import type { TicketStatus } from '../../domain/tickets/ticket-lifecycle';

/** A ticket of the agent queue as stored, with everything the agent API shows. */
export interface QueueTicket {
  readonly ticketId: string;
  readonly queryId: string;
  readonly conversationId: string;
  readonly userId: string;
  readonly system: CreateTicketV1['system'];
  readonly status: TicketStatus;
  readonly priority: CreateTicketV1['priority'];
  readonly reason: CreateTicketV1['reason'];
  readonly handoff: CreateTicketV1['handoff'];
  readonly externalId: string | null;
  readonly externalUrl: string | null;
  readonly claimedBy: string | null;
  readonly claimedAt: Date | null;
  readonly resolvedAt: Date | null;
  readonly resolution: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  /** How many ticket events were published so far (claim, replies, resolution). */
  readonly eventSequence: number;
  readonly csat: { readonly score: number; readonly comment: string | null; readonly submittedAt: Date } | null;
}

/** The columns `toQueueTicket` reads, for every SELECT and RETURNING. */
export const QUEUE_TICKET_COLUMNS = `ticket_id, query_id, conversation_id, user_id, system, status, priority, reason, handoff,
  external_id, external_url, claimed_by, claimed_at, resolved_at, resolution, created_at, updated_at, event_sequence,
  csat_score, csat_comment, csat_submitted_at`;

export interface QueueTicketRow {
  ticket_id: string;
  query_id: string;
  conversation_id: string;
  user_id: string;
  system: string;
  status: string;
  priority: string;
  reason: string;
  handoff: CreateTicketV1['handoff'];
  external_id: string | null;
  external_url: string | null;
  claimed_by: string | null;
  claimed_at: Date | null;
  resolved_at: Date | null;
  resolution: string | null;
  created_at: Date;
  updated_at: Date;
  event_sequence: number;
  csat_score: number | null;
  csat_comment: string | null;
  csat_submitted_at: Date | null;
}

/** The columns hold only what the contracts and the status check allow, so the casts state invariants. */
export function toQueueTicket(row: QueueTicketRow): QueueTicket {
  return {
    ticketId: row.ticket_id, queryId: row.query_id, conversationId: row.conversation_id, userId: row.user_id,
    system: row.system as QueueTicket['system'], status: row.status as TicketStatus,
    priority: row.priority as QueueTicket['priority'], reason: row.reason as QueueTicket['reason'], handoff: row.handoff,
    externalId: row.external_id, externalUrl: row.external_url, claimedBy: row.claimed_by, claimedAt: row.claimed_at,
    resolvedAt: row.resolved_at, resolution: row.resolution, createdAt: row.created_at, updatedAt: row.updated_at,
    eventSequence: row.event_sequence,
    csat: row.csat_score === null || row.csat_submitted_at === null ? null : { score: row.csat_score, comment: row.csat_comment, submittedAt: row.csat_submitted_at },
  };
}
