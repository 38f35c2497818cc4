import type { EntityManager } from 'typeorm';
import type { Citation } from '../../domain/conversation/assistant-message';
import type { QueryOutcome } from '../../domain/conversation/canned-replies';

/**
 * One statement per saga event, each writing its own columns of the query's turn, so they
 * commute: events of different topics arrive in any order. Every statement filters by tenant
 * (a foreign tenant's event changes nothing); an event for a query this gateway never took
 * matches no row and changes nothing.
 */
const WHERE = 'WHERE tenant_id = $1 AND query_id = $2';

export async function recordInputScreened(manager: EntityManager, tenantId: string, queryId: string, redactedText: string, detectedLanguage: string | undefined): Promise<void> {
  // The raw question is replaced: personal data must not stay in the conversation store.
  await manager.query(
    `UPDATE gateway.turns SET customer_text = $3, customer_redacted = true, detected_language = COALESCE($4, detected_language) ${WHERE}`,
    [tenantId, queryId, redactedText, detectedLanguage ?? null],
  );
}

export async function recordScreenedAnswer(manager: EntityManager, tenantId: string, queryId: string, screenedText: string): Promise<void> {
  await manager.query(`UPDATE gateway.turns SET screened_answer = $3, answered_at = COALESCE(answered_at, now()) ${WHERE}`, [tenantId, queryId, screenedText]);
}

/** The citations of the latest model attempt win (a fallback model answers after a failed one). */
export async function recordCitations(manager: EntityManager, tenantId: string, queryId: string, citations: readonly Citation[], attempt: number): Promise<void> {
  await manager.query(
    `UPDATE gateway.turns SET citations = $3::jsonb, citations_attempt = $4 ${WHERE} AND (citations_attempt IS NULL OR citations_attempt <= $4)`,
    [tenantId, queryId, JSON.stringify(citations), attempt],
  );
}

export async function recordRetraction(manager: EntityManager, tenantId: string, queryId: string, reason: string, replacementText: string | undefined): Promise<void> {
  await manager.query(
    `UPDATE gateway.turns SET retracted = true, retraction_reason = $3, replacement_text = $4, answered_at = COALESCE(answered_at, now()) ${WHERE}`,
    [tenantId, queryId, reason, replacementText ?? null],
  );
}

export async function recordTicket(manager: EntityManager, tenantId: string, queryId: string, ticketId: string): Promise<void> {
  await manager.query(`UPDATE gateway.turns SET ticket_id = $3 ${WHERE}`, [tenantId, queryId, ticketId]);
}

export interface TurnEnd {
  readonly outcome: QueryOutcome;
  readonly cannedText: string | undefined;
  readonly ticketId?: string;
  readonly failure?: { readonly code: string; readonly message: string };
}

export async function recordQueryEnd(manager: EntityManager, tenantId: string, queryId: string, end: TurnEnd): Promise<void> {
  await manager.query(
    `UPDATE gateway.turns SET outcome = $3, canned_text = $4, ticket_id = COALESCE($5, ticket_id),
       failure_code = $6, failure_message = $7, completed_at = COALESCE(completed_at, now()) ${WHERE}`,
    [tenantId, queryId, end.outcome, end.cannedText ?? null, end.ticketId ?? null, end.failure?.code ?? null, end.failure?.message ?? null],
  );
}
