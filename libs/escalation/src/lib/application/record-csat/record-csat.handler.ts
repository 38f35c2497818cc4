import { Injectable } from '@nestjs/common';
import type { Envelope } from '@sagewire/contracts';
import type { CsatSubmittedV1 } from '@sagewire/contracts/support/csat-submitted.v1';
import type { DeliveryContext } from '@sagewire/messaging';
import { ServiceRuntime } from '@sagewire/service-kit';
import { recordCsat } from '../../infrastructure/postgres/ticket-csat.repository';

/**
 * Keeps the customer's rating with the ticket it rates, for the queue and its analytics. The
 * gateway lets a customer rate each resolved ticket once; the first rating stored wins here too.
 */
@Injectable()
export class RecordCsatHandler {
  constructor(private readonly runtime: ServiceRuntime) {}

  async handle(envelope: Envelope<CsatSubmittedV1>, delivery: DeliveryContext): Promise<void> {
    const { conversationId, ticketId, score } = envelope.data;
    const outcome = await this.runtime.handleOnce(envelope, delivery, (manager) => recordCsat(manager, envelope.tenantid, envelope.data));
    // Never the comment: it is the customer's own words.
    if (!outcome.duplicate && outcome.result === undefined) {
      this.runtime.logger.info('csat not stored: no unrated resolved ticket matches', { conversationId, ticketId, score });
    }
  }
}
