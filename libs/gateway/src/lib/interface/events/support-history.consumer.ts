import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { Envelope } from '@sagewire/contracts';
import { agentRepliedV1, type AgentRepliedV1 } from '@sagewire/contracts/support/agent-replied.v1';
import { ticketClaimedV1, type TicketClaimedV1 } from '@sagewire/contracts/support/ticket-claimed.v1';
import { ticketResolvedV1, type TicketResolvedV1 } from '@sagewire/contracts/support/ticket-resolved.v1';
import { OnEvent, type DeliveryContext } from '@sagewire/messaging';
import { RecordSupportProgressHandler } from '../../application/support-events/record-support-progress.handler';
import { GATEWAY_EVENTS } from './transports';

/** The escalation service's ticket events that change the stored conversation. */
@Controller()
export class SupportHistoryConsumer {
  constructor(private readonly record: RecordSupportProgressHandler) {}

  @OnEvent(ticketClaimedV1, GATEWAY_EVENTS)
  onTicketClaimed(@Payload() envelope: Envelope<TicketClaimedV1>, @Ctx() delivery: DeliveryContext): Promise<void> {
    return this.record.ticketClaimed(envelope, delivery);
  }

  @OnEvent(agentRepliedV1, GATEWAY_EVENTS)
  onAgentReplied(@Payload() envelope: Envelope<AgentRepliedV1>, @Ctx() delivery: DeliveryContext): Promise<void> {
    return this.record.agentReplied(envelope, delivery);
  }

  @OnEvent(ticketResolvedV1, GATEWAY_EVENTS)
  onTicketResolved(@Payload() envelope: Envelope<TicketResolvedV1>, @Ctx() delivery: DeliveryContext): Promise<void> {
    return this.record.ticketResolved(envelope, delivery);
  }
}
