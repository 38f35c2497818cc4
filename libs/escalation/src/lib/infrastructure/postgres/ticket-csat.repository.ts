import type { CsatSubmittedV1 } from '@sagewire/contracts/support/csat-submitted.v1';
import type { EntityManager } from 'typeorm';

/**
 * Stores a rating on the ticket it names or, when it names none, on the conversation's latest
 * resolved ticket. A ticket keeps its first rating: a second one (a replay, or a client that
 * rated twice) changes nothing. Returns the rated ticket's id, or undefined when nothing matched.
 */
export async function recordCsat(manager: EntityManager, tenantId: string, csat: CsatSubmittedV1): Promise<string | undefined> {
  const rows = await manager.query<{ ticket_id: string }[]>(
    `WITH target AS (
       SELECT ticket_id FROM escalation.tickets
       WHERE tenant_id = $1 AND conversation_id = $2 AND status = 'resolved' AND ($3::text IS NULL OR ticket_id::text = $3)
       ORDER BY resolved_at DESC LIMIT 1),
     rated AS (
       UPDATE escalation.tickets t SET csat_score = $4, csat_comment = $5, csat_submitted_at = $6, updated_at = now()
       FROM target WHERE t.ticket_id = target.ticket_id AND t.csat_score IS NULL RETURNING t.ticket_id)
     SELECT ticket_id FROM rated`,
    [tenantId, csat.conversationId, csat.ticketId ?? null, csat.score, csat.comment ?? null, csat.submittedAt],
  );
  return rows[0]?.ticket_id;
}
