import { Injectable } from '@nestjs/common';
import { csatSubmittedV1 } from '@sagewire/contracts/support/csat-submitted.v1';
import { ServiceRuntime, type Principal } from '@sagewire/service-kit';
import { mayAccessConversation } from '../../domain/auth/conversation-access';
import { findConversation } from '../../infrastructure/postgres/conversation.repository';
import { lockLatestResolvedTicket, recordTicketCsat } from '../../infrastructure/postgres/support-ticket.repository';
import { conversationNotFound } from '../conversations/conversations.handler';
import { GatewayErrorCode, gatewayError } from '../gateway-errors';

export interface CsatInput {
  readonly score: number;
  readonly comment?: string;
}

export interface SubmittedCsat {
  readonly conversationId: string;
  readonly ticketId: string;
  readonly score: number;
  readonly submittedAt: string;
}

/**
 * The customer rates the help of the conversation's latest resolved ticket, once per ticket.
 * The rating and its `CsatSubmitted` commit together; the ticket row stays locked meanwhile,
 * so two ratings sent at once cannot both count.
 */
@Injectable()
export class SubmitCsatHandler {
  constructor(private readonly runtime: ServiceRuntime) {}

  submit(principal: Principal, conversationId: string, input: CsatInput): Promise<SubmittedCsat> {
    return this.runtime.transaction(async (manager) => {
      const conversation = await findConversation(manager, principal.tenantId, conversationId);
      if (!conversation || !mayAccessConversation(principal, conversation.userId, 'write')) throw conversationNotFound(conversationId);
      const ticket = await lockLatestResolvedTicket(manager, principal.tenantId, conversationId);
      if (!ticket) throw gatewayError(GatewayErrorCode.CONFLICT, 'nothing to rate yet: a rating is asked for once an agent has resolved this conversation\'s ticket (the stream says csat_requested)');
      if (ticket.rated) throw gatewayError(GatewayErrorCode.CONFLICT, `ticket ${ticket.ticketId} is already rated; each resolved ticket takes one rating`);
      const submittedAt = new Date();
      await recordTicketCsat(manager, principal.tenantId, ticket.ticketId, input.score, submittedAt);
      await this.runtime.publish(manager, [{
        contract: csatSubmittedV1,
        context: { source: this.runtime.source, tenantId: principal.tenantId, correlationId: ticket.ticketId, subject: conversationId },
        data: {
          conversationId, ticketId: ticket.ticketId, userId: conversation.userId, score: input.score,
          ...(input.comment ? { comment: input.comment } : {}), submittedAt: submittedAt.toISOString(),
        },
      }]);
      return { conversationId, ticketId: ticket.ticketId, score: input.score, submittedAt: submittedAt.toISOString() };
    });
  }
}
