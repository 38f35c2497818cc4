import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import type { Envelope } from '@sagewire/contracts';
import { agentRepliedV1, type AgentRepliedV1 } from '@sagewire/contracts/support/agent-replied.v1';
import { ticketClaimedV1, type TicketClaimedV1 } from '@sagewire/contracts/support/ticket-claimed.v1';
import { ticketResolvedV1, type TicketResolvedV1 } from '@sagewire/contracts/support/ticket-resolved.v1';
import { OnEvent } from '@sagewire/messaging';
import { StreamSupportEventsHandler } from '../../application/conversation-stream/stream-support-events.handler';
import { GATEWAY_STREAM } from './transports';

/** Fans the ticket events out to this replica's open conversation streams. */
@Controller()
export class SupportStreamConsumer {
  constructor(private readonly stream: StreamSupportEventsHandler) {}

  @OnEvent(ticketClaimedV1, GATEWAY_STREAM)
  onTicketClaimed(@Payload() envelope: Envelope<TicketClaimedV1>): Promise<void> {
    this.stream.ticketClaimed(envelope);
    return Promise.resolve();
  }

  @OnEvent(agentRepliedV1, GATEWAY_STREAM)
  onAgentReplied(@Payload() envelope: Envelope<AgentRepliedV1>): Promise<void> {
    this.stream.agentReplied(envelope);
    return Promise.resolve();
  }

  @OnEvent(ticketResolvedV1, GATEWAY_STREAM)
  onTicketResolved(@Payload() envelope: Envelope<TicketResolvedV1>): Promise<void> {
    return this.stream.ticketResolved(envelope);
  }
}
