import type { EntityManager } from 'typeorm';

type Sql = Pick<EntityManager, 'query'>;

/** An agent's message to the customer, as stored with its ticket. */
export interface StoredReply {
  readonly replyId: string;
  readonly agentId: string;
  readonly text: string;
  readonly language: string | null;
  /** The ticket event number its `AgentReplied` carries. */
  readonly sequence: number;
  readonly sentAt: Date;
}

export interface NewReply {
  readonly tenantId: string;
  readonly ticketId: string;
  readonly replyId: string;
  readonly agentId: string;
  readonly text: string;
  readonly language: string;
}

interface ReplyRow {
  reply_id: string;
  agent_id: string;
  text: string;
  language: string | null;
  sequence: number;
  created_at: Date;
}

const toReply = (row: ReplyRow): StoredReply => ({
  replyId: row.reply_id, agentId: row.agent_id, text: row.text, language: row.language, sequence: row.sequence, sentAt: row.created_at,
});

/**
 * Stores a reply under the caller's lock on the ticket, taking the ticket's next event number
 * (and touching `updated_at`) in the same statement.
 */
export async function insertReply(manager: EntityManager, reply: NewReply): Promise<StoredReply> {
  const rows = await manager.query<ReplyRow[]>(
    `WITH ticket AS (
       UPDATE escalation.tickets SET event_sequence = event_sequence + 1, updated_at = now()
       WHERE tenant_id = $1 AND ticket_id = $2 RETURNING event_sequence)
     INSERT INTO escalation.ticket_replies (reply_id, ticket_id, tenant_id, agent_id, text, language, sequence)
     SELECT $3, $2, $1, $4, $5, $6, event_sequence FROM ticket
     RETURNING reply_id, agent_id, text, language, sequence, created_at`,
    [reply.tenantId, reply.ticketId, reply.replyId, reply.agentId, reply.text, reply.language],
  );
  return toReply(rows[0]!);
}

/** A ticket's replies, oldest first. */
export async function listReplies(sql: Sql, tenantId: string, ticketId: string): Promise<StoredReply[]> {
  const rows = await sql.query<ReplyRow[]>(
    `SELECT reply_id, agent_id, text, language, sequence, created_at FROM escalation.ticket_replies
     WHERE tenant_id = $1 AND ticket_id = $2 ORDER BY sequence`,
    [tenantId, ticketId],
  );
  return rows.map(toReply);
}
