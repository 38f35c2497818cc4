import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { Envelope } from '@sagewire/contracts';
import { answerRetractedV1, type AnswerRetractedV1 } from '@sagewire/contracts/query/answer-retracted.v1';
import { inputScreenedV1, type InputScreenedV1 } from '@sagewire/contracts/query/input-screened.v1';
import { modelInvokedV1, type ModelInvokedV1 } from '@sagewire/contracts/query/model-invoked.v1';
import { outputScreenedV1, type OutputScreenedV1 } from '@sagewire/contracts/query/output-screened.v1';
import { queryCompletedV1, type QueryCompletedV1 } from '@sagewire/contracts/query/query-completed.v1';
import { queryFailedV1, type QueryFailedV1 } from '@sagewire/contracts/query/query-failed.v1';
import { ticketCreatedV1, type TicketCreatedV1 } from '@sagewire/contracts/query/ticket-created.v1';
import { OnEvent, type DeliveryContext } from '@sagewire/messaging';
import { RecordQueryProgressHandler } from '../../application/conversation-events/record-query-progress.handler';
import { GATEWAY_EVENTS } from './transports';

/** The query saga's events that change the stored conversation. */
@Controller()
export class ConversationHistoryConsumer {
  constructor(private readonly record: RecordQueryProgressHandler) {}

  @OnEvent(inputScreenedV1, GATEWAY_EVENTS)
  onInputScreened(@Payload() envelope: Envelope<InputScreenedV1>, @Ctx() delivery: DeliveryContext): Promise<void> {
    return this.record.inputScreened(envelope, delivery);
  }

  @OnEvent(outputScreenedV1, GATEWAY_EVENTS)
  onOutputScreened(@Payload() envelope: Envelope<OutputScreenedV1>, @Ctx() delivery: DeliveryContext): Promise<void> {
    return this.record.outputScreened(envelope, delivery);
  }

  @OnEvent(modelInvokedV1, GATEWAY_EVENTS)
  onModelInvoked(@Payload() envelope: Envelope<ModelInvokedV1>, @Ctx() delivery: DeliveryContext): Promise<void> {
    return this.record.modelInvoked(envelope, delivery);
  }

  @OnEvent(answerRetractedV1, GATEWAY_EVENTS)
  onAnswerRetracted(@Payload() envelope: Envelope<AnswerRetractedV1>, @Ctx() delivery: DeliveryContext): Promise<void> {
    return this.record.answerRetracted(envelope, delivery);
  }

  @OnEvent(ticketCreatedV1, GATEWAY_EVENTS)
  onTicketCreated(@Payload() envelope: Envelope<TicketCreatedV1>, @Ctx() delivery: DeliveryContext): Promise<void> {
    return this.record.ticketCreated(envelope, delivery);
  }

  @OnEvent(queryCompletedV1, GATEWAY_EVENTS)
  onQueryCompleted(@Payload() envelope: Envelope<QueryCompletedV1>, @Ctx() delivery: DeliveryContext): Promise<void> {
    return this.record.queryCompleted(envelope, delivery);
  }

  @OnEvent(queryFailedV1, GATEWAY_EVENTS)
  onQueryFailed(@Payload() envelope: Envelope<QueryFailedV1>, @Ctx() delivery: DeliveryContext): Promise<void> {
    return this.record.queryFailed(envelope, delivery);
  }
}
