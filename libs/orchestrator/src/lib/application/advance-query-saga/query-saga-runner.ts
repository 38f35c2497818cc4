import { Inject, Injectable } from '@nestjs/common';
import type { EnvelopeContext } from '@sagewire/contracts';
import { Metrics, ServiceRuntime, type PendingMessage } from '@sagewire/service-kit';
import type { EntityManager } from 'typeorm';
import type { QuerySagaConfig } from '../../domain/query-saga/query-saga.config';
import type { QuerySagaInput } from '../../domain/query-saga/query-saga.inputs';
import { initialState, type StartedQuerySagaState } from '../../domain/query-saga/query-saga.state';
import { react } from '../../domain/query-saga/query.saga';
import { truncateHistory } from '../../domain/conversation/conversation-history';
import { loadTurns, recordExchange } from '../../infrastructure/postgres/conversation-turns.repository';
import { loadSagaForUpdate, saveSaga } from '../../infrastructure/postgres/query-saga.repository';

export const QUERY_SAGA_CONFIG = Symbol('query-saga-config');
export const HISTORY_TOKEN_BUDGET = Symbol('history-token-budget');

/** The event or timer that moved the saga, for the envelopes of what it sends. */
export interface SagaCause {
  readonly eventId?: string;
  readonly traceparent?: string;
}

/**
 * Applies one input to one saga inside the caller's transaction: lock the row, let the pure
 * decider react, store the new state and deadline, and put the messages in the outbox. State
 * and messages commit together, so a crash leaves either both or neither.
 */
@Injectable()
export class QuerySagaRunner {
  constructor(
    private readonly runtime: ServiceRuntime,
    @Inject(QUERY_SAGA_CONFIG) private readonly config: QuerySagaConfig,
    @Inject(HISTORY_TOKEN_BUDGET) private readonly historyBudget: number,
    private readonly metrics: Metrics,
  ) {}

  async advance(manager: EntityManager, queryId: string, input: QuerySagaInput, cause: SagaCause): Promise<void> {
    const state = (await loadSagaForUpdate(manager, queryId)) ?? initialState();
    // The conversation so far, for the model: only read once the saga knows its conversation.
    const history = state.status === 'new' ? [] : truncateHistory(await loadTurns(manager, state.query.tenantId, state.query.conversationId), this.historyBudget);
    const reaction = react(state, input, { now: new Date(), config: this.config, history });
    // A reply for a saga this orchestrator never started (or already forgot) changes nothing.
    if (reaction.state.status === 'new') return;
    const next = reaction.state as StartedQuerySagaState;
    await saveSaga(manager, next, reaction.terminal ? undefined : reaction.deadline);
    if (next.status === 'completed' && next.question !== undefined) {
      await recordExchange(manager, next.query, [
        { role: 'customer', text: next.question },
        ...(next.answer ? [{ role: 'assistant' as const, text: next.answer.text }] : []),
      ]);
    }
    const context = this.contextFor(next, cause);
    await this.runtime.publish(manager, reaction.messages.map((message): PendingMessage => ({ contract: message.contract, data: message.data, context })));
    if (reaction.terminal && state.status !== 'completed' && state.status !== 'failed') {
      this.metrics.counter('sagewire_query_sagas_finished_total', 'Query sagas that reached a terminal state', ['service', 'status']).inc({ service: 'orchestrator', status: next.status });
    }
  }

  private contextFor(state: StartedQuerySagaState, cause: SagaCause): EnvelopeContext {
    return {
      source: this.runtime.source,
      tenantId: state.query.tenantId,
      // The query id is the saga's correlation id; the conversation id keys (and orders) it.
      correlationId: state.query.queryId,
      subject: state.query.conversationId,
      ...(cause.eventId === undefined ? {} : { causationId: cause.eventId }),
      ...(cause.traceparent === undefined ? {} : { traceparent: cause.traceparent }),
    };
  }
}
