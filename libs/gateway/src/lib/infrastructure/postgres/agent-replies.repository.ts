import type { EntityManager } from 'typeorm';

export interface AgentReplyRecord {
  readonly replyId: string;
  readonly conversationId: string;
  readonly ticketId: string;
  readonly queryId?: string;
  readonly text: string;
  readonly language?: string;
  readonly sentAt: Date;
}

/**
 * Stores an agent's reply in its conversation, if that conversation is this tenant's and still
 * kept (otherwise nothing: the reply has nowhere to go). A reply id is stored once.
 */
export async function insertAgentReply(manager: EntityManager, tenantId: string, reply: AgentReplyRecord): Promise<void> {
  await manager.query(
    `INSERT INTO gateway.agent_replies (tenant_id, reply_id, conversation_id, ticket_id, query_id, text, language, sent_at)
     SELECT $1, $2, conversation_id, $4, $5, $6, $7, $8 FROM gateway.conversations WHERE tenant_id = $1 AND conversation_id = $3
     ON CONFLICT (tenant_id, reply_id) DO NOTHING`,
    [tenantId, reply.replyId, reply.conversationId, reply.ticketId, reply.queryId ?? null, reply.text, reply.language ?? null, reply.sentAt],
  );
}

interface RawReply {
  reply_id: string;
  ticket_id: string;
  query_id: string | null;
  text: string;
  language: string | null;
  sent_at: Date;
}

/** The conversation's agent replies, oldest first. */
export async function listAgentReplies(manager: EntityManager, tenantId: string, conversationId: string): Promise<AgentReplyRecord[]> {
  const rows = await manager.query<RawReply[]>(
    `SELECT reply_id, ticket_id, query_id, text, language, sent_at FROM gateway.agent_replies
     WHERE tenant_id = $1 AND conversation_id = $2 ORDER BY sent_at, reply_id`,
    [tenantId, conversationId],
  );
  return rows.map((row) => ({
    replyId: row.reply_id, conversationId, ticketId: row.ticket_id, text: row.text, sentAt: row.sent_at,
    ...(row.query_id === null ? {} : { queryId: row.query_id }), ...(row.language === null ? {} : { language: row.language }),
  }));
}
