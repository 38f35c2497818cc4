import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { Envelope } from '@sagewire/contracts';
import { answerRetractedV1, type AnswerRetractedV1 } from '@sagewire/contracts/query/answer-retracted.v1';
import { escalationDecidedV1, type EscalationDecidedV1 } from '@sagewire/contracts/query/escalation-decided.v1';
import { inputScreenedV1, type InputScreenedV1 } from '@sagewire/contracts/query/input-screened.v1';
import { modelInvokedV1, type ModelInvokedV1 } from '@sagewire/contracts/query/model-invoked.v1';
import { outputScreenedV1, type OutputScreenedV1 } from '@sagewire/contracts/query/output-screened.v1';
import { queryCompletedV1, type QueryCompletedV1 } from '@sagewire/contracts/query/query-completed.v1';
import { queryFailedV1, type QueryFailedV1 } from '@sagewire/contracts/query/query-failed.v1';
import { ticketCreatedV1, type TicketCreatedV1 } from '@sagewire/contracts/query/ticket-created.v1';
import { OnEvent } from '@sagewire/messaging';
import { QueryHub } from '../../application/queries/query-hub';
import type { SagaInput } from '../../domain/stream/stream-event';
import { GATEWAY_STREAM } from './transports';

/**
 * Fans the query saga's events out to this replica's open client streams. It never touches
 * the database: the durable group (`gateway`) keeps the history; a redelivery here is
 * de-duplicated by each stream's state.
 */
@Controller()
export class QueryStreamConsumer {
  constructor(private readonly hub: QueryHub) {}

  @OnEvent(inputScreenedV1, GATEWAY_STREAM)
  onInputScreened(@Payload() e: Envelope<InputScreenedV1>): Promise<void> {
    return this.deliver(e, { kind: 'input-screened', ...(e.data.detectedLanguage ? { detectedLanguage: e.data.detectedLanguage } : {}) });
  }

  @OnEvent(outputScreenedV1, GATEWAY_STREAM)
  onOutputScreened(@Payload() e: Envelope<OutputScreenedV1>): Promise<void> {
    const { sentenceIndex, verdict, screenedText } = e.data;
    return this.deliver(e, sentenceIndex === undefined ? { kind: 'answer-screened', verdict, screenedText } : { kind: 'sentence-screened', sentenceIndex, verdict, screenedText });
  }

  @OnEvent(modelInvokedV1, GATEWAY_STREAM)
  onModelInvoked(@Payload() e: Envelope<ModelInvokedV1>): Promise<void> {
    return this.deliver(e, { kind: 'model-invoked', citations: e.data.citations });
  }

  @OnEvent(escalationDecidedV1, GATEWAY_STREAM)
  onEscalationDecided(@Payload() e: Envelope<EscalationDecidedV1>): Promise<void> {
    return this.deliver(e, { kind: 'escalation-decided', escalate: e.data.escalate, reason: e.data.reason });
  }

  @OnEvent(answerRetractedV1, GATEWAY_STREAM)
  onAnswerRetracted(@Payload() e: Envelope<AnswerRetractedV1>): Promise<void> {
    return this.deliver(e, { kind: 'answer-retracted', reason: e.data.reason, ...(e.data.replacementText ? { replacementText: e.data.replacementText } : {}) });
  }

  @OnEvent(ticketCreatedV1, GATEWAY_STREAM)
  onTicketCreated(@Payload() e: Envelope<TicketCreatedV1>): Promise<void> {
    return this.deliver(e, { kind: 'ticket-created', ticketId: e.data.ticketId });
  }

  @OnEvent(queryCompletedV1, GATEWAY_STREAM)
  onQueryCompleted(@Payload() e: Envelope<QueryCompletedV1>): Promise<void> {
    const { outcome, ticketId, totals } = e.data;
    return this.deliver(e, { kind: 'query-completed', outcome, inputTokens: totals.inputTokens, outputTokens: totals.outputTokens, ...(ticketId ? { ticketId } : {}) });
  }

  @OnEvent(queryFailedV1, GATEWAY_STREAM)
  onQueryFailed(@Payload() e: Envelope<QueryFailedV1>): Promise<void> {
    return this.deliver(e, { kind: 'query-failed', code: e.data.reason.code, message: e.data.reason.message });
  }

  private deliver(envelope: Envelope<{ queryId: string }>, input: SagaInput): Promise<void> {
    this.hub.deliver(envelope.tenantid, envelope.data.queryId, input);
    return Promise.resolve();
  }
}
