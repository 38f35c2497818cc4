import type { EntityManager } from 'typeorm';

export interface ConversationRow {
  readonly conversationId: string;
  readonly tenantId: string;
  readonly userId: string;
  readonly language: string | null;
  readonly title: string | null;
  readonly createdAt: Date;
  readonly retentionUntil: Date;
}

interface RawConversation {
  conversation_id: string;
  tenant_id: string;
  user_id: string;
  language: string | null;
  title: string | null;
  created_at: Date;
  retention_until: Date;
}

const COLUMNS = 'conversation_id, tenant_id, user_id, language, title, created_at, retention_until';

const toConversation = (row: RawConversation): ConversationRow => ({
  conversationId: row.conversation_id,
  tenantId: row.tenant_id,
  userId: row.user_id,
  language: row.language,
  title: row.title,
  createdAt: row.created_at,
  retentionUntil: row.retention_until,
});

export async function insertConversation(
  manager: EntityManager,
  input: { conversationId: string; tenantId: string; userId: string; language?: string; title?: string; retentionDays: number },
): Promise<ConversationRow> {
  const rows = await manager.query<RawConversation[]>(
    `INSERT INTO gateway.conversations (conversation_id, tenant_id, user_id, language, title, retention_until)
     VALUES ($1, $2, $3, $4, $5, now() + make_interval(days => $6)) RETURNING ${COLUMNS}`,
    [input.conversationId, input.tenantId, input.userId, input.language ?? null, input.title ?? null, input.retentionDays],
  );
  return toConversation(rows[0]!);
}

/**
 * The tenant's conversation, unless its retention ended (then it is gone for the API). With
 * `lock`, the row stays locked until the transaction ends: turns are numbered under it.
 */
export async function findConversation(manager: EntityManager, tenantId: string, conversationId: string, lock = false): Promise<ConversationRow | undefined> {
  const rows = await manager.query<RawConversation[]>(
    `SELECT ${COLUMNS} FROM gateway.conversations
     WHERE tenant_id = $1 AND conversation_id = $2 AND retention_until > now()${lock ? ' FOR UPDATE' : ''}`,
    [tenantId, conversationId],
  );
  return rows[0] ? toConversation(rows[0]) : undefined;
}
