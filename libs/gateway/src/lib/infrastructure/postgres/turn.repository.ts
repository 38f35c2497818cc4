import type { EntityManager } from 'typeorm';
import type { AssistantRecord, Citation } from '../../domain/conversation/assistant-message';
import type { QueryOutcome } from '../../domain/conversation/canned-replies';

export interface NewTurn {
  readonly queryId: string;
  readonly tenantId: string;
  readonly conversationId: string;
  readonly userId: string;
  readonly channel: string;
  readonly text: string;
  readonly language?: string;
}

export interface TurnRow extends AssistantRecord {
  readonly queryId: string;
  readonly turn: number;
  readonly customerText: string;
  readonly createdAt: Date;
  readonly assistantAt: Date | null;
}

/** Numbers the turn (1-based) under the caller's lock on the conversation row, then stores it. */
export async function insertTurn(manager: EntityManager, turn: NewTurn): Promise<{ turn: number; createdAt: Date }> {
  const rows = await manager.query<{ turn: number; created_at: Date }[]>(
    `INSERT INTO gateway.turns (query_id, tenant_id, conversation_id, turn, user_id, channel, customer_text, language)
     SELECT $1, $2, $3, COALESCE(MAX(turn), 0) + 1, $4, $5, $6, $7 FROM gateway.turns WHERE conversation_id = $3
     RETURNING turn, created_at`,
    [turn.queryId, turn.tenantId, turn.conversationId, turn.userId, turn.channel, turn.text, turn.language ?? null],
  );
  return { turn: rows[0]!.turn, createdAt: rows[0]!.created_at };
}

interface RawTurn {
  query_id: string;
  turn: number;
  customer_text: string;
  created_at: Date;
  screened_answer: string | null;
  citations: Citation[] | null;
  retracted: boolean;
  replacement_text: string | null;
  canned_text: string | null;
  outcome: QueryOutcome | null;
  answered_at: Date | null;
  completed_at: Date | null;
}

export async function listTurns(manager: EntityManager, tenantId: string, conversationId: string): Promise<TurnRow[]> {
  const rows = await manager.query<RawTurn[]>(
    `SELECT query_id, turn, customer_text, created_at, screened_answer, citations, retracted, replacement_text, canned_text, outcome, answered_at, completed_at
     FROM gateway.turns WHERE tenant_id = $1 AND conversation_id = $2 ORDER BY turn`,
    [tenantId, conversationId],
  );
  return rows.map((row) => ({
    queryId: row.query_id,
    turn: row.turn,
    customerText: row.customer_text,
    createdAt: row.created_at,
    screenedAnswer: row.screened_answer,
    citations: row.citations,
    retracted: row.retracted,
    replacementText: row.replacement_text,
    cannedText: row.canned_text,
    outcome: row.outcome,
    assistantAt: row.answered_at ?? row.completed_at,
  }));
}

/** The languages that choose a canned reply: detected, declared on the message, the conversation's. */
export async function findTurnLanguages(manager: EntityManager, tenantId: string, queryId: string): Promise<readonly (string | null)[] | undefined> {
  const rows = await manager.query<{ detected_language: string | null; language: string | null; conversation_language: string | null }[]>(
    `SELECT t.detected_language, t.language, c.language AS conversation_language
     FROM gateway.turns t JOIN gateway.conversations c ON c.conversation_id = t.conversation_id
     WHERE t.tenant_id = $1 AND t.query_id = $2`,
    [tenantId, queryId],
  );
  const row = rows[0];
  return row ? [row.detected_language, row.language, row.conversation_language] : undefined;
}
