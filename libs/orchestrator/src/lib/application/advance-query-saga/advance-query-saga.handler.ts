import { Injectable } from '@nestjs/common';
import type { Envelope } from '@sagewire/contracts';
import type { DeliveryContext } from '@sagewire/messaging';
import { ServiceRuntime } from '@sagewire/service-kit';
import { sagaInputFromEnvelope } from '../../domain/query-saga/query-saga.inputs';
import { QuerySagaRunner } from './query-saga-runner';

/** A reply event moves its saga once: the inbox row, the state and the commands commit together. */
@Injectable()
export class AdvanceQuerySagaHandler {
  constructor(
    private readonly runtime: ServiceRuntime,
    private readonly runner: QuerySagaRunner,
  ) {}

  async handle(envelope: Envelope, delivery: DeliveryContext): Promise<void> {
    const input = sagaInputFromEnvelope(envelope);
    if (!input) return;
    const queryId = (envelope.data as { queryId: string }).queryId;
    await this.runtime.handleOnce(envelope, delivery, (manager) =>
      this.runner.advance(manager, queryId, input, { eventId: envelope.id, ...(envelope.traceparent ? { traceparent: envelope.traceparent } : {}) }),
    );
  }
}
