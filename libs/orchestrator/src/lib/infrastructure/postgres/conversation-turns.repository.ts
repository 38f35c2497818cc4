import type { EntityManager } from 'typeorm';
import type { ConversationTurn } from '../../domain/query-saga/query-saga.config';

/** Earlier turns of a conversation, oldest first (a question before its answer). */
export async function loadTurns(manager: EntityManager, tenantId: string, conversationId: string): Promise<ConversationTurn[]> {
  return manager.query<ConversationTurn[]>(
    `SELECT role, text FROM orchestrator.conversation_turns WHERE tenant_id = $1 AND conversation_id = $2
     ORDER BY created_at, CASE role WHEN 'customer' THEN 0 ELSE 1 END`,
    [tenantId, conversationId],
  );
}

/** Records a finished exchange once (a replayed completion changes nothing). */
export async function recordExchange(manager: EntityManager, ref: { tenantId: string; conversationId: string; queryId: string }, turns: readonly ConversationTurn[]): Promise<void> {
  for (const turn of turns) {
    await manager.query(
      `INSERT INTO orchestrator.conversation_turns (tenant_id, conversation_id, query_id, role, text) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT DO NOTHING`,
      [ref.tenantId, ref.conversationId, ref.queryId, turn.role, turn.text],
    );
  }
}
