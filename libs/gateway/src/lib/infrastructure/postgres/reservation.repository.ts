import type { EntityManager } from 'typeorm';
import type { BudgetUsage, HoldStatus, RejectionReason } from '../../domain/budget/budget-policy';

export interface ReservationRow {
  readonly reservationId: string;
  readonly userId: string;
  readonly windowDay: string;
  readonly status: HoldStatus;
  readonly reservedTokens: number;
  readonly expiresAt: Date;
  readonly rejectReason: RejectionReason | null;
  readonly limitTokens: number | null;
  readonly usedTokens: number | null;
}

interface RawReservation {
  reservation_id: string;
  user_id: string;
  window_day: string;
  status: HoldStatus;
  reserved_tokens: number;
  expires_at: Date;
  reject_reason: RejectionReason | null;
  limit_tokens: string | null;
  used_tokens: string | null;
}

// window_day as text: node-postgres would turn a date into a local-time Date.
const COLUMNS = 'reservation_id, user_id, window_day::text AS window_day, status, reserved_tokens, expires_at, reject_reason, limit_tokens, used_tokens';

const toReservation = (row: RawReservation): ReservationRow => ({
  reservationId: row.reservation_id,
  userId: row.user_id,
  windowDay: row.window_day,
  status: row.status,
  reservedTokens: row.reserved_tokens,
  expiresAt: row.expires_at,
  rejectReason: row.reject_reason,
  limitTokens: row.limit_tokens === null ? null : Number(row.limit_tokens),
  usedTokens: row.used_tokens === null ? null : Number(row.used_tokens),
});

/** Serialises budget decisions of one tenant until the transaction ends, so limits cannot be overshot. */
export async function lockTenantBudget(manager: EntityManager, tenantId: string): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('gateway.token_budget:' || $1))`, [tenantId]);
}

export async function findReservationByQuery(manager: EntityManager, tenantId: string, queryId: string): Promise<ReservationRow | undefined> {
  const rows = await manager.query<RawReservation[]>(`SELECT ${COLUMNS} FROM gateway.token_reservations WHERE tenant_id = $1 AND query_id = $2`, [tenantId, queryId]);
  return rows[0] ? toReservation(rows[0]) : undefined;
}

/** Locks the hold until the transaction ends: a concurrent release and commit settle one after the other. */
export async function lockReservation(manager: EntityManager, tenantId: string, reservationId: string): Promise<ReservationRow | undefined> {
  const rows = await manager.query<RawReservation[]>(
    `SELECT ${COLUMNS} FROM gateway.token_reservations WHERE tenant_id = $1 AND reservation_id = $2 FOR UPDATE`,
    [tenantId, reservationId],
  );
  return rows[0] ? toReservation(rows[0]) : undefined;
}

/** Tokens counted in a window: committed usage plus live holds. */
export async function windowUsage(manager: EntityManager, tenantId: string, windowDay: string, userId: string, now: Date): Promise<BudgetUsage> {
  const rows = await manager.query<{ tenant_used: string; user_used: string }[]>(
    `WITH counted AS (
       SELECT user_id, CASE WHEN status = 'committed' THEN committed_tokens
                            WHEN status = 'held' AND expires_at > $4 THEN reserved_tokens ELSE 0 END AS tokens
       FROM gateway.token_reservations WHERE tenant_id = $1 AND window_day = $2::date)
     SELECT COALESCE(SUM(tokens), 0) AS tenant_used, COALESCE(SUM(tokens) FILTER (WHERE user_id = $3), 0) AS user_used FROM counted`,
    [tenantId, windowDay, userId, now],
  );
  return { tenantUsed: Number(rows[0]!.tenant_used), userUsed: Number(rows[0]!.user_used) };
}

export interface NewReservation {
  readonly reservationId: string;
  readonly tenantId: string;
  readonly queryId: string;
  readonly conversationId: string;
  readonly userId: string;
  readonly windowDay: string;
  readonly status: 'held' | 'rejected';
  readonly reservedTokens: number;
  readonly expiresAt: Date;
  readonly rejection?: { readonly reason: RejectionReason; readonly limit: number; readonly used: number };
}

export async function insertReservation(manager: EntityManager, r: NewReservation): Promise<void> {
  await manager.query(
    `INSERT INTO gateway.token_reservations
       (reservation_id, tenant_id, query_id, conversation_id, user_id, window_day, status, reserved_tokens, expires_at, reject_reason, limit_tokens, used_tokens)
     VALUES ($1, $2, $3, $4, $5, $6::date, $7, $8, $9, $10, $11, $12)`,
    [r.reservationId, r.tenantId, r.queryId, r.conversationId, r.userId, r.windowDay, r.status, r.reservedTokens, r.expiresAt,
      r.rejection?.reason ?? null, r.rejection?.limit ?? null, r.rejection?.used ?? null],
  );
}

export async function markReleased(manager: EntityManager, tenantId: string, reservationId: string): Promise<void> {
  await manager.query(
    `UPDATE gateway.token_reservations SET status = 'released', settled_at = now() WHERE tenant_id = $1 AND reservation_id = $2 AND status = 'held'`,
    [tenantId, reservationId],
  );
}

export async function markCommitted(manager: EntityManager, tenantId: string, reservationId: string, tokens: number, costUsd: number): Promise<void> {
  await manager.query(
    `UPDATE gateway.token_reservations SET status = 'committed', committed_tokens = $3, cost_usd = $4, settled_at = now()
     WHERE tenant_id = $1 AND reservation_id = $2 AND status IN ('held', 'released')`,
    [tenantId, reservationId, tokens, costUsd],
  );
}
