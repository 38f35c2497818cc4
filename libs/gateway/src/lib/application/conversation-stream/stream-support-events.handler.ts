import { Injectable } from '@nestjs/common';
import type { Envelope } from '@sagewire/contracts';
import type { AgentRepliedV1 } from '@sagewire/contracts/support/agent-replied.v1';
import type { TicketClaimedV1 } from '@sagewire/contracts/support/ticket-claimed.v1';
import type { TicketResolvedV1 } from '@sagewire/contracts/support/ticket-resolved.v1';
import { ServiceRuntime } from '@sagewire/service-kit';
import { isConversationId } from '../../domain/conversation/conversation-id';
import { recordTicketState } from '../../infrastructure/postgres/support-ticket.repository';
import { ConversationHub } from './conversation-hub';

/**
 * Pushes ticket events to this replica's open conversation streams (per-instance group: every
 * replica sees every event). The durable group keeps the history; a redelivery here is dropped
 * by the hub's per-ticket order.
 */
@Injectable()
export class StreamSupportEventsHandler {
  constructor(
    private readonly runtime: ServiceRuntime,
    private readonly hub: ConversationHub,
  ) {}

  ticketClaimed(envelope: Envelope<TicketClaimedV1>): void {
    const { ticketId, conversationId, sequence } = envelope.data;
    this.hub.deliver(envelope.tenantid, { kind: 'ticket-claimed', ticketId, conversationId, sequence });
  }

  agentReplied(envelope: Envelope<AgentRepliedV1>): void {
    const { ticketId, conversationId, sequence, replyId, text, language, sentAt } = envelope.data;
    this.hub.deliver(envelope.tenantid, { kind: 'agent-replied', ticketId, conversationId, sequence, replyId, text, sentAt, ...(language ? { language } : {}) });
  }

  /**
   * The resolution is stored here too, before the stream asks for a rating: the durable group
   * may not have got to it yet, and the rating the customer sends right after `csat_requested`
   * must find the ticket resolved. The write is idempotent, so both groups may make it.
   */
  async ticketResolved(envelope: Envelope<TicketResolvedV1>): Promise<void> {
    const { ticketId, conversationId, sequence, resolvedAt } = envelope.data;
    if (isConversationId(conversationId)) {
      await this.runtime.transaction((m) => recordTicketState(m, envelope.tenantid, { ticketId, conversationId, status: 'resolved', resolvedAt: new Date(resolvedAt) }));
    }
    this.hub.deliver(envelope.tenantid, { kind: 'ticket-resolved', ticketId, conversationId, sequence });
  }
}
