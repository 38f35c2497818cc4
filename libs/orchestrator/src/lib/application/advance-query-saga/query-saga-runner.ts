import { Inject, Injectable } from '@nestjs/common';
import type { EnvelopeContext } from '@sagewire/contracts';
import { Metrics, ServiceRuntime, type PendingMessage } from '@sagewire/service-kit';
import type { EntityManager } from 'typeorm';
import type { QuerySagaConfig } from '../../domain/query-saga/query-saga.config';
import type { QuerySagaInput } from '../../domain/query-saga/query-saga.inputs';
import { initialState, type StartedQuerySagaState } from '../../domain/query-saga/query-saga.state';
import { react } from '../../domain/query-saga/query.saga';
import { loadSagaForUpdate, saveSaga } from '../../infrastructure/postgres/query-saga.repository';

export const QUERY_SAGA_CONFIG = Symbol('query-saga-config');

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
    private readonly metrics: Metrics,
  ) {}

  async advance(manager: EntityManager, queryId: string, input: QuerySagaInput, cause: SagaCause): Promise<void> {
    const state = (await loadSagaForUpdate(manager, queryId)) ?? initialState();
    const reaction = react(state, input, { now: new Date(), config: this.config });
    // A reply for a saga this orchestrator never started (or already forgot) changes nothing.
    if (reaction.state.status === 'new') return;
    const next = reaction.state as StartedQuerySagaState;
    await saveSaga(manager, next, reaction.terminal ? undefined : reaction.deadline);
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
