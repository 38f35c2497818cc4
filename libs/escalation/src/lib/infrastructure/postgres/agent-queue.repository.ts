import type { EntityManager } from 'typeorm';
import type { TicketStatus } from '../../domain/tickets/ticket-lifecycle';
import { QUEUE_TICKET_COLUMNS, toQueueTicket, type QueueTicket, type QueueTicketRow } from './queue-ticket.row';

/** Anything that runs SQL: a transaction's manager. */
type Sql = Pick<EntityManager, 'query'>;

/** Every statement filters by tenant: another tenant's ticket id matches nothing. */
const TICKET = 'tenant_id = $1 AND ticket_id = $2';

export interface QueuePage {
  readonly status: TicketStatus;
  readonly limit: number;
  /** The last ticket of the previous page; the next page starts after it in queue order. */
  readonly after?: string;
}

/** The tenant's tickets in one status, in queue order: priority (urgent first), then oldest first. */
export async function listQueue(sql: Sql, tenantId: string, page: QueuePage): Promise<QueueTicket[]> {
  const rows = await sql.query<QueueTicketRow[]>(
    `SELECT ${QUEUE_TICKET_COLUMNS} FROM escalation.tickets
     WHERE tenant_id = $1 AND status = $2
       AND ($3::uuid IS NULL OR (priority_rank, created_at, ticket_id) >
         (SELECT priority_rank, created_at, ticket_id FROM escalation.tickets WHERE tenant_id = $1 AND ticket_id = $3::uuid))
     ORDER BY priority_rank, created_at, ticket_id LIMIT $4`,
    [tenantId, page.status, page.after ?? null, page.limit],
  );
  return rows.map(toQueueTicket);
}

/** The tenant's ticket; with `lock`, held until the transaction ends, so agents' actions on it take turns. */
export async function findQueueTicket(sql: Sql, tenantId: string, ticketId: string, lock = false): Promise<QueueTicket | undefined> {
  const rows = await sql.query<QueueTicketRow[]>(`SELECT ${QUEUE_TICKET_COLUMNS} FROM escalation.tickets WHERE ${TICKET}${lock ? ' FOR UPDATE' : ''}`, [tenantId, ticketId]);
  return rows[0] ? toQueueTicket(rows[0]) : undefined;
}

/** Each change takes the ticket's next event number: the event it publishes carries it. */
export async function markClaimed(manager: EntityManager, tenantId: string, ticketId: string, agentId: string): Promise<QueueTicket> {
  return updateTicket(manager, `status = 'claimed', claimed_by = $3, claimed_at = now()`, [tenantId, ticketId, agentId]);
}

export async function markResolved(manager: EntityManager, tenantId: string, ticketId: string, resolution: string | undefined): Promise<QueueTicket> {
  return updateTicket(manager, `status = 'resolved', resolved_at = now(), resolution = $3`, [tenantId, ticketId, resolution ?? null]);
}

async function updateTicket(manager: EntityManager, set: string, params: unknown[]): Promise<QueueTicket> {
  // In a CTE, so the driver answers with the rows alone (a bare UPDATE answers [rows, count]).
  const rows = await manager.query<QueueTicketRow[]>(
    `WITH changed AS (UPDATE escalation.tickets SET ${set}, event_sequence = event_sequence + 1, updated_at = now()
       WHERE ${TICKET} RETURNING ${QUEUE_TICKET_COLUMNS})
     SELECT * FROM changed`,
    params,
  );
  return toQueueTicket(rows[0]!);
}
