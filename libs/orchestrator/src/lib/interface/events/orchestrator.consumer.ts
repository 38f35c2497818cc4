import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { Envelope } from '@sagewire/contracts';
import { OnEvents, type DeliveryContext } from '@sagewire/messaging';
import { AdvanceQuerySagaHandler } from '../../application/advance-query-saga/advance-query-saga.handler';
import { QUERY_SAGA_INPUT_CONTRACTS } from '../../domain/query-saga/query-saga.inputs';

/** Binds the orchestrator's handlers to its consumer group (see orchestrator.service.ts). */
export const ORCHESTRATOR_EVENTS = Symbol('orchestrator-events');

/** Every reply of the query saga goes to the saga it belongs to. */
@Controller()
export class OrchestratorConsumer {
  constructor(private readonly advance: AdvanceQuerySagaHandler) {}

  @OnEvents(QUERY_SAGA_INPUT_CONTRACTS, ORCHESTRATOR_EVENTS)
  onSagaEvent(@Payload() envelope: Envelope, @Ctx() delivery: DeliveryContext): Promise<void> {
    return this.advance.handle(envelope, delivery);
  }
}
