import { Injectable } from '@nestjs/common';
import type { Envelope } from '@sagewire/contracts';
import type { AgentRepliedV1 } from '@sagewire/contracts/support/agent-replied.v1';
import type { TicketClaimedV1 } from '@sagewire/contracts/support/ticket-claimed.v1';
import type { TicketResolvedV1 } from '@sagewire/contracts/support/ticket-resolved.v1';
import type { DeliveryContext } from '@sagewire/messaging';
import { ServiceRuntime } from '@sagewire/service-kit';
import type { EntityManager } from 'typeorm';
import { isConversationId } from '../../domain/conversation/conversation-id';
import { insertAgentReply } from '../../infrastructure/postgres/agent-replies.repository';
import { recordTicketState } from '../../infrastructure/postgres/support-ticket.repository';

/**
 * Keeps the conversation current from the agents' side of an escalation, each event handled
 * once (inbox): a reply becomes part of the history, a ticket's state decides when the
 * customer may rate it. Events about a conversation this gateway does not hold change nothing.
 */
@Injectable()
export class RecordSupportProgressHandler {
  constructor(private readonly runtime: ServiceRuntime) {}

  async agentReplied(envelope: Envelope<AgentRepliedV1>, delivery: DeliveryContext): Promise<void> {
    const { replyId, conversationId, ticketId, queryId, text, language, sentAt } = envelope.data;
    await this.once(envelope, delivery, conversationId, (m) => insertAgentReply(m, envelope.tenantid, {
      replyId, conversationId, ticketId, text, sentAt: new Date(sentAt), ...(queryId ? { queryId } : {}), ...(language ? { language } : {}),
    }));
  }

  async ticketClaimed(envelope: Envelope<TicketClaimedV1>, delivery: DeliveryContext): Promise<void> {
    const { ticketId, conversationId } = envelope.data;
    await this.once(envelope, delivery, conversationId, (m) => recordTicketState(m, envelope.tenantid, { ticketId, conversationId, status: 'claimed' }));
  }

  async ticketResolved(envelope: Envelope<TicketResolvedV1>, delivery: DeliveryContext): Promise<void> {
    const { ticketId, conversationId, resolvedAt } = envelope.data;
    await this.once(envelope, delivery, conversationId, (m) =>
      recordTicketState(m, envelope.tenantid, { ticketId, conversationId, status: 'resolved', resolvedAt: new Date(resolvedAt) }));
  }

  private async once(envelope: Envelope, delivery: DeliveryContext, conversationId: string, effect: (manager: EntityManager) => Promise<void>): Promise<void> {
    if (!isConversationId(conversationId)) return;
    await this.runtime.handleOnce(envelope, delivery, effect);
  }
}
