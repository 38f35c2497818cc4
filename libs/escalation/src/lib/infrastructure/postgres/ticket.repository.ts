import type { CreateTicketV1 } from '@sagewire/contracts/query/create-ticket.v1';
import type { EntityManager } from 'typeorm';

export interface StoredTicket {
  readonly ticketId: string;
  readonly created: boolean;
}

/** Inserts the ticket unless this tenant's query already has one; returns the ticket either way. */
export async function insertTicketOnce(manager: EntityManager, tenantId: string, ticketId: string, command: CreateTicketV1): Promise<StoredTicket> {
  const inserted = await manager.query<{ ticket_id: string }[]>(
    `INSERT INTO escalation.tickets (ticket_id, tenant_id, query_id, conversation_id, user_id, system, priority, reason, handoff)
     VALUES ($1, $2, $3, $4, $5, 'internal', $6, $7, $8)
     ON CONFLICT (tenant_id, query_id) DO NOTHING RETURNING ticket_id`,
    [ticketId, tenantId, command.queryId, command.conversationId, command.userId, command.priority, command.reason, JSON.stringify(command.handoff)],
  );
  if (inserted[0]) return { ticketId: inserted[0].ticket_id, created: true };
  const existing = await manager.query<{ ticket_id: string }[]>(
    'SELECT ticket_id FROM escalation.tickets WHERE tenant_id = $1 AND query_id = $2',
    [tenantId, command.queryId],
  );
  return { ticketId: existing[0]!.ticket_id, created: false };
}
