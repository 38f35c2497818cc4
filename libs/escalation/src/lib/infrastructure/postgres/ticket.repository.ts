import type { CreateTicketV1 } from '@sagewire/contracts/query/create-ticket.v1';
import type { EntityManager } from 'typeorm';
import type { ExternalTicketSystemName, OpenedTicket } from '../../domain/ticketing/ticketing.port';

/** Where a ticket lives: the internal queue, or an external system with the ticket's id there. */
export type TicketPlacement = { readonly system: 'internal' } | ({ readonly system: ExternalTicketSystemName } & OpenedTicket);

/** A query's ticket row: the platform's own id, and where the ticket lives. */
export type StoredTicket = TicketPlacement & {
  readonly ticketId: string;
  /** False when the query already had its ticket (this call inserted nothing). */
  readonly created: boolean;
};

/** Anything that runs SQL: a transaction's manager, or the data source for a read outside one. */
type Sql = Pick<EntityManager, 'query'>;

interface TicketRow {
  ticket_id: string;
  system: string;
  external_id: string | null;
  external_url: string | null;
}

/**
 * Inserts the ticket unless this tenant's query already has one; returns the query's ticket
 * either way, so a redelivery answers with the ticket that exists, wherever it lives.
 */
export async function insertTicketOnce(manager: EntityManager, tenantId: string, ticketId: string, command: CreateTicketV1, placement: TicketPlacement): Promise<StoredTicket> {
  const external = placement.system === 'internal' ? undefined : placement;
  const inserted = await manager.query<TicketRow[]>(
    `INSERT INTO escalation.tickets (ticket_id, tenant_id, query_id, conversation_id, user_id, system, priority, reason, handoff, external_id, external_url)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     ON CONFLICT (tenant_id, query_id) DO NOTHING RETURNING ticket_id, system, external_id, external_url`,
    [ticketId, tenantId, command.queryId, command.conversationId, command.userId, placement.system, command.priority, command.reason,
      JSON.stringify(command.handoff), external?.externalId ?? null, external?.url ?? null],
  );
  if (inserted[0]) return storedTicket(inserted[0], true);
  return (await findTicket(manager, tenantId, command.queryId))!;
}

/** The query's ticket, if it has one. */
export async function findTicket(sql: Sql, tenantId: string, queryId: string): Promise<StoredTicket | undefined> {
  const rows = await sql.query<TicketRow[]>(
    'SELECT ticket_id, system, external_id, external_url FROM escalation.tickets WHERE tenant_id = $1 AND query_id = $2',
    [tenantId, queryId],
  );
  return rows[0] ? storedTicket(rows[0], false) : undefined;
}

function storedTicket(row: TicketRow, created: boolean): StoredTicket {
  if (row.system === 'internal' || row.external_id === null) return { ticketId: row.ticket_id, system: 'internal', created };
  return {
    ticketId: row.ticket_id, system: row.system as ExternalTicketSystemName, externalId: row.external_id, created,
    ...(row.external_url === null ? {} : { url: row.external_url }),
  };
}
