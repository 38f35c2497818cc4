import type { EntityManager } from 'typeorm';

/**
 * A ticket's state as the escalation service's events told it. The writes commute (claim and
 * resolution may arrive in either order, and more than once): resolved stays resolved.
 */
export async function recordTicketState(
  manager: EntityManager, tenantId: string, ticket: { ticketId: string; conversationId: string; status: 'claimed' | 'resolved'; resolvedAt?: Date },
): Promise<void> {
  await manager.query(
    `INSERT INTO gateway.support_tickets (tenant_id, ticket_id, conversation_id, status, resolved_at)
     SELECT $1, $2, conversation_id, $4, $5 FROM gateway.conversations WHERE tenant_id = $1 AND conversation_id = $3
     ON CONFLICT (tenant_id, ticket_id) DO UPDATE SET
       status = CASE WHEN gateway.support_tickets.status = 'resolved' THEN 'resolved' ELSE EXCLUDED.status END,
       resolved_at = COALESCE(gateway.support_tickets.resolved_at, EXCLUDED.resolved_at)`,
    [tenantId, ticket.ticketId, ticket.conversationId, ticket.status, ticket.resolvedAt ?? null],
  );
}

export interface ResolvedTicket {
  readonly ticketId: string;
  readonly rated: boolean;
}

/** The conversation's latest resolved ticket, locked until the transaction ends (one rating each). */
export async function lockLatestResolvedTicket(manager: EntityManager, tenantId: string, conversationId: string): Promise<ResolvedTicket | undefined> {
  const rows = await manager.query<{ ticket_id: string; csat_score: number | null }[]>(
    `SELECT ticket_id, csat_score FROM gateway.support_tickets
     WHERE tenant_id = $1 AND conversation_id = $2 AND status = 'resolved'
     ORDER BY resolved_at DESC, ticket_id DESC LIMIT 1 FOR UPDATE`,
    [tenantId, conversationId],
  );
  return rows[0] ? { ticketId: rows[0].ticket_id, rated: rows[0].csat_score !== null } : undefined;
}

export async function recordTicketCsat(manager: EntityManager, tenantId: string, ticketId: string, score: number, submittedAt: Date): Promise<void> {
  await manager.query(
    'UPDATE gateway.support_tickets SET csat_score = $3, csat_submitted_at = $4 WHERE tenant_id = $1 AND ticket_id = $2',
    [tenantId, ticketId, score, submittedAt],
  );
}
