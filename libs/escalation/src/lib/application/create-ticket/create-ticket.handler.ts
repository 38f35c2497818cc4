import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { causedBy, type Envelope } from '@sagewire/contracts';
import type { CreateTicketV1 } from '@sagewire/contracts/query/create-ticket.v1';
import { ticketCreatedV1 } from '@sagewire/contracts/query/ticket-created.v1';
import { ticketCreationFailedV1 } from '@sagewire/contracts/query/ticket-creation-failed.v1';
import { AppError } from '@sagewire/errors';
import type { DeliveryContext } from '@sagewire/messaging';
import { ServiceRuntime } from '@sagewire/service-kit';
import { TICKET_SYSTEM_NOT_CONFIGURED, type ExternalTicketSystems, type OpenedTicket } from '../../domain/ticketing/ticketing.port';
import { findTicket, insertTicketOnce, type TicketPlacement } from '../../infrastructure/postgres/ticket.repository';
import { newTicketOf } from './new-ticket.mapper';

/** Injection token of the configured {@link ExternalTicketSystems}. */
export const EXTERNAL_TICKET_SYSTEMS = Symbol('external-ticket-systems');

/**
 * Opens the query's ticket and answers `TicketCreated`, or `TicketCreationFailed` for the saga
 * to retry and then fall back to the internal queue. Every ticket gets a row in the internal
 * queue's table, so agents see it wherever it lives. A query never gets a second ticket: the
 * row is unique per query, a redelivered command is dropped by the inbox, and an external
 * system finds the ticket it already opened by the query id. The external call happens
 * before, never inside, the transaction that records the ticket.
 */
@Injectable()
export class CreateTicketHandler {
  constructor(
    private readonly runtime: ServiceRuntime,
    @Inject(EXTERNAL_TICKET_SYSTEMS) private readonly external: ExternalTicketSystems,
  ) {}

  async handle(envelope: Envelope<CreateTicketV1>, delivery: DeliveryContext): Promise<void> {
    const command = envelope.data;
    if (command.system === 'internal') return this.record(envelope, delivery, { system: 'internal' });
    const system = this.external[command.system];
    if (system === undefined) {
      return this.fail(envelope, delivery, new AppError(TICKET_SYSTEM_NOT_CONFIGURED, `no ${command.system} connection is configured for this tenant`));
    }
    // The query has its ticket already (a redelivery, or a retry after a lost reply): answer with it, no second call.
    const existing = await findTicket(this.runtime.dataSource, envelope.tenantid, command.queryId);
    if (existing) return this.record(envelope, delivery, existing);
    let opened: OpenedTicket;
    try {
      opened = await system.open(newTicketOf(envelope));
    } catch (error) {
      // Anything but an AppError is a bug: the consumer retries it and dead-letters it.
      if (!(error instanceof AppError)) throw error;
      this.runtime.logger.warn('ticket not opened', { system: command.system, queryId: command.queryId, attempt: command.attempt, code: error.code, retriable: error.retriable, message: error.message });
      return this.fail(envelope, delivery, error);
    }
    return this.record(envelope, delivery, { system: command.system, ...opened });
  }

  private async record(envelope: Envelope<CreateTicketV1>, delivery: DeliveryContext, placement: TicketPlacement): Promise<void> {
    const command = envelope.data;
    await this.runtime.handleOnce(envelope, delivery, async (manager) => {
      const ticket = await insertTicketOnce(manager, envelope.tenantid, randomUUID(), command, placement);
      await this.runtime.publish(manager, [{
        contract: ticketCreatedV1,
        context: causedBy(envelope, this.runtime.source),
        data: {
          queryId: command.queryId, conversationId: command.conversationId, priority: command.priority, system: ticket.system,
          // The customer and the agents know an external ticket by its number there.
          ...(ticket.system === 'internal' ? { ticketId: ticket.ticketId } : { ticketId: ticket.externalId, externalId: ticket.externalId }),
        },
      }]);
    });
  }

  private async fail(envelope: Envelope<CreateTicketV1>, delivery: DeliveryContext, error: AppError): Promise<void> {
    const command = envelope.data;
    await this.runtime.handleOnce(envelope, delivery, async (manager) => {
      await this.runtime.publish(manager, [{
        contract: ticketCreationFailedV1,
        context: causedBy(envelope, this.runtime.source),
        data: {
          queryId: command.queryId, conversationId: command.conversationId, system: command.system,
          errorCode: error.code, message: error.message, retriable: error.retriable, attempt: command.attempt,
        },
      }]);
    });
  }
}
