import { createTicketV1, type CreateTicketV1 } from '@sagewire/contracts/query/create-ticket.v1';
import type { EscalationDecidedV1 } from '@sagewire/contracts/query/escalation-decided.v1';
import type { TicketCreatedV1 } from '@sagewire/contracts/query/ticket-created.v1';
import type { TicketCreationFailedV1 } from '@sagewire/contracts/query/ticket-creation-failed.v1';
import { settle, unwind } from '../compensations';
import type { QuerySagaContext } from '../query-saga.config';
import { sagaMessage, type QuerySagaMessage } from '../query-saga.messages';
import type { StartedQuerySagaState } from '../query-saga.state';
import { answerLanguage, queryRef } from '../query-ref';
import { handoffSummary } from './handoff-summary';
import { ticketInFlight } from './in-flight';
import { completed, failed } from './terminal';

/** Opens a ticket with the handoff package: redacted question, screened draft, citations, transcript. */
export function createTicket(s: StartedQuerySagaState, decided: Pick<EscalationDecidedV1, 'reason' | 'priority' | 'rationale'>, ctx: QuerySagaContext): QuerySagaMessage {
  // `escalate` with reason `none` breaks the contract's promise; name the failure, if any, instead.
  const reason: CreateTicketV1['reason'] = decided.reason === 'none' ? (s.failure ?? 'low_confidence') : decided.reason;
  const question = s.question ?? '';
  return sagaMessage(createTicketV1, {
    ...queryRef(s),
    userId: s.query.userId,
    system: ctx.config.ticketSystem,
    reason,
    priority: decided.priority,
    handoff: {
      summary: handoffSummary(reason, decided.rationale, question),
      question,
      draftAnswer: s.answer?.text,
      citations: s.answer?.citations ?? s.knowledge?.citations ?? [],
      language: answerLanguage(s, ctx.config.defaultLanguage),
      transcript: [...(ctx.history ?? []).map((turn) => ({ ...turn })), ...(question === '' ? [] : [{ role: 'customer' as const, text: question }])],
      ...(s.orders ? { orders: s.orders.map((order) => ({ ...order })) } : {}),
    },
    attempt: 1,
  });
}

/** A human owns the conversation: settle the budget (generation may have used tokens) and end. */
export function onTicketCreated(s: StartedQuerySagaState, created: TicketCreatedV1, ctx: QuerySagaContext): QuerySagaMessage[] {
  const outcome = s.inputVerdict === 'block' ? 'blocked' : 'escalated';
  return [...settle(s), completed(s, outcome, ctx, created.ticketId)];
}

/**
 * Retry the same system while it has attempts left and the error may pass, then fall back to
 * the internal agent queue (which needs no third party); when even that fails, the query fails.
 */
export function onTicketFailed(
  s: StartedQuerySagaState,
  failure: Pick<TicketCreationFailedV1, 'retriable' | 'attempt' | 'errorCode' | 'message'>,
  ctx: QuerySagaContext,
): QuerySagaMessage[] {
  const current = ticketInFlight(s);
  if (failure.retriable && failure.attempt < ctx.config.maxTicketAttempts) {
    return [sagaMessage(createTicketV1, { ...current, attempt: current.attempt + 1 })];
  }
  if (current.system !== 'internal') return [sagaMessage(createTicketV1, { ...current, system: 'internal', attempt: 1 })];
  return [...unwind(s, 'query_failed'), failed(s, 'escalate', failure.errorCode, failure.message)];
}
