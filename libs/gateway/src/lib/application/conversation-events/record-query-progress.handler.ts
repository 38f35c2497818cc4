import { Injectable } from '@nestjs/common';
import type { Envelope } from '@sagewire/contracts';
import type { AnswerRetractedV1 } from '@sagewire/contracts/query/answer-retracted.v1';
import type { InputScreenedV1 } from '@sagewire/contracts/query/input-screened.v1';
import type { ModelInvokedV1 } from '@sagewire/contracts/query/model-invoked.v1';
import type { OutputScreenedV1 } from '@sagewire/contracts/query/output-screened.v1';
import type { QueryCompletedV1 } from '@sagewire/contracts/query/query-completed.v1';
import type { QueryFailedV1 } from '@sagewire/contracts/query/query-failed.v1';
import type { TicketCreatedV1 } from '@sagewire/contracts/query/ticket-created.v1';
import type { DeliveryContext } from '@sagewire/messaging';
import { ServiceRuntime } from '@sagewire/service-kit';
import type { EntityManager } from 'typeorm';
import { cannedReply, replyLanguage, type QueryOutcome } from '../../domain/conversation/canned-replies';
import { findTurnLanguages } from '../../infrastructure/postgres/turn.repository';
import {
  recordCitations, recordInputScreened, recordQueryEnd, recordRetraction, recordScreenedAnswer, recordTicket, type TurnEnd,
} from '../../infrastructure/postgres/turn-events.repository';

/**
 * Keeps the conversation history current from the query saga's events, each handled once
 * (inbox). Every write touches only its own columns, so the order in which events of
 * different topics arrive does not matter; what to show is decided when the history is read.
 */
@Injectable()
export class RecordQueryProgressHandler {
  constructor(private readonly runtime: ServiceRuntime) {}

  async inputScreened(envelope: Envelope<InputScreenedV1>, delivery: DeliveryContext): Promise<void> {
    const { queryId, redactedText, detectedLanguage } = envelope.data;
    await this.once(envelope, delivery, (m) => recordInputScreened(m, envelope.tenantid, queryId, redactedText, detectedLanguage));
  }

  /** Only the whole answer is stored; sentences are for live streams, and a block is followed by a retraction. */
  async outputScreened(envelope: Envelope<OutputScreenedV1>, delivery: DeliveryContext): Promise<void> {
    const { queryId, sentenceIndex, verdict, screenedText } = envelope.data;
    if (sentenceIndex !== undefined || verdict === 'block') return;
    await this.once(envelope, delivery, (m) => recordScreenedAnswer(m, envelope.tenantid, queryId, screenedText));
  }

  async modelInvoked(envelope: Envelope<ModelInvokedV1>, delivery: DeliveryContext): Promise<void> {
    const { queryId, citations, attempt } = envelope.data;
    await this.once(envelope, delivery, (m) => recordCitations(m, envelope.tenantid, queryId, citations, attempt));
  }

  async answerRetracted(envelope: Envelope<AnswerRetractedV1>, delivery: DeliveryContext): Promise<void> {
    const { queryId, reason, replacementText } = envelope.data;
    await this.once(envelope, delivery, (m) => recordRetraction(m, envelope.tenantid, queryId, reason, replacementText));
  }

  async ticketCreated(envelope: Envelope<TicketCreatedV1>, delivery: DeliveryContext): Promise<void> {
    const { queryId, ticketId } = envelope.data;
    await this.once(envelope, delivery, (m) => recordTicket(m, envelope.tenantid, queryId, ticketId));
  }

  async queryCompleted(envelope: Envelope<QueryCompletedV1>, delivery: DeliveryContext): Promise<void> {
    const { queryId, outcome, ticketId } = envelope.data;
    await this.once(envelope, delivery, (m) => this.end(m, envelope.tenantid, queryId, outcome, ticketId ? { ticketId } : {}));
  }

  async queryFailed(envelope: Envelope<QueryFailedV1>, delivery: DeliveryContext): Promise<void> {
    const { queryId, reason } = envelope.data;
    await this.once(envelope, delivery, (m) => this.end(m, envelope.tenantid, queryId, 'failed', { failure: reason }));
  }

  /** The canned reply is stored for every outcome but `answered`; it shows only if no answer does. */
  private async end(manager: EntityManager, tenantId: string, queryId: string, outcome: QueryOutcome, extra: Partial<TurnEnd>): Promise<void> {
    const languages = await findTurnLanguages(manager, tenantId, queryId);
    if (!languages) return;
    await recordQueryEnd(manager, tenantId, queryId, { outcome, cannedText: cannedReply(outcome, replyLanguage(...languages)), ...extra });
  }

  private async once(envelope: Envelope, delivery: DeliveryContext, effect: (manager: EntityManager) => Promise<void>): Promise<void> {
    await this.runtime.handleOnce(envelope, delivery, effect);
  }
}
