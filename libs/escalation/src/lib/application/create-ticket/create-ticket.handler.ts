import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { causedBy, type Envelope } from '@sagewire/contracts';
import type { CreateTicketV1 } from '@sagewire/contracts/query/create-ticket.v1';
import { ticketCreatedV1 } from '@sagewire/contracts/query/ticket-created.v1';
import { ticketCreationFailedV1 } from '@sagewire/contracts/query/ticket-creation-failed.v1';
import type { DeliveryContext } from '@sagewire/messaging';
import { ServiceRuntime } from '@sagewire/service-kit';
import { insertTicketOnce } from '../../infrastructure/postgres/ticket.repository';

/**
 * Opens the ticket in the internal agent queue. A redelivered or retried command for the same
 * query answers with the ticket that already exists: never a second ticket. External systems
 * (Zendesk) have no adapter yet, so such commands fail non-retriably and the saga falls back
 * to the internal queue.
 */
@Injectable()
export class CreateTicketHandler {
  constructor(private readonly runtime: ServiceRuntime) {}

  async handle(envelope: Envelope<CreateTicketV1>, delivery: DeliveryContext): Promise<void> {
    const command = envelope.data;
    const context = causedBy(envelope, this.runtime.source);
    await this.runtime.handleOnce(envelope, delivery, async (manager) => {
      if (command.system !== 'internal') {
        await this.runtime.publish(manager, [{
          contract: ticketCreationFailedV1,
          context,
          data: {
            queryId: command.queryId,
            conversationId: command.conversationId,
            system: command.system,
            errorCode: 'ESCALATION.TICKET_SYSTEM_NOT_CONFIGURED',
            message: `no ${command.system} connection is configured for this tenant`,
            retriable: false,
            attempt: command.attempt,
          },
        }]);
        return;
      }
      const ticket = await insertTicketOnce(manager, envelope.tenantid, randomUUID(), command);
      await this.runtime.publish(manager, [{
        contract: ticketCreatedV1,
        context,
        data: { queryId: command.queryId, conversationId: command.conversationId, ticketId: ticket.ticketId, system: 'internal', priority: command.priority },
      }]);
    });
  }
}
