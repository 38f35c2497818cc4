import type { EntityManager } from 'typeorm';
import type { QuerySagaDeadline, QuerySagaState, StartedQuerySagaState } from '../../domain/query-saga/query-saga.state';

/** Loads a saga's state and locks its row for the rest of the transaction (undefined: not started). */
export async function loadSagaForUpdate(manager: EntityManager, queryId: string): Promise<QuerySagaState | undefined> {
  const rows = await manager.query<{ state: QuerySagaState }[]>('SELECT state FROM orchestrator.query_sagas WHERE query_id = $1 FOR UPDATE', [queryId]);
  return rows[0]?.state;
}

/** Stores the state the decider returned and the deadline to arm (none once terminal). */
export async function saveSaga(manager: EntityManager, state: StartedQuerySagaState, deadline: QuerySagaDeadline | undefined): Promise<void> {
  await manager.query(
    `INSERT INTO orchestrator.query_sagas (query_id, tenant_id, conversation_id, status, state, deadline_at, deadline)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (query_id) DO UPDATE SET status = EXCLUDED.status, state = EXCLUDED.state, deadline_at = EXCLUDED.deadline_at,
       deadline = EXCLUDED.deadline, version = orchestrator.query_sagas.version + 1, updated_at = now()`,
    [state.query.queryId, state.query.tenantId, state.query.conversationId, state.status, JSON.stringify(state), deadline?.dueAt ?? null, deadline ? JSON.stringify(deadline) : null],
  );
}

/** Query ids whose deadline passed, locked and skipped by other pollers (replicas share the work). */
export async function lockExpiredSagas(manager: EntityManager, now: Date, limit: number): Promise<{ queryId: string; deadline: QuerySagaDeadline }[]> {
  const rows = await manager.query<{ query_id: string; deadline: QuerySagaDeadline }[]>(
    `SELECT query_id, deadline FROM orchestrator.query_sagas WHERE deadline_at <= $1
     ORDER BY deadline_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
    [now.toISOString(), limit],
  );
  return rows.map((row) => ({ queryId: row.query_id, deadline: row.deadline }));
}
