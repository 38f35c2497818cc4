import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { agentRepliedV1 } from '@sagewire/contracts/support/agent-replied.v1';
import { ServiceRuntime, type Principal } from '@sagewire/service-kit';
import { decideReply } from '../../domain/tickets/ticket-lifecycle';
import { insertReply } from '../../infrastructure/postgres/ticket-replies.repository';
import { refusal } from '../agent-errors';
import { ownershipOf, ticketEventContext, withLockedTicket } from '../locked-ticket';
import { replyView, type ReplyView } from '../ticket-view.mapper';

export interface AgentReply {
  readonly text: string;
  /** Defaults to the conversation's language from the handoff package. */
  readonly language?: string;
}

/**
 * The claiming agent answers the customer. The reply and its `AgentReplied` commit together,
 * so the customer's conversation gets every stored reply, and no reply that was not stored.
 */
@Injectable()
export class ReplyToTicketHandler {
  constructor(private readonly runtime: ServiceRuntime) {}

  reply(principal: Principal, ticketId: string, input: AgentReply): Promise<ReplyView> {
    const agentId = principal.subject;
    return withLockedTicket(this.runtime, principal.tenantId, ticketId, async (manager, ticket) => {
      const decision = decideReply(ownershipOf(ticket), agentId);
      if (decision.kind === 'refused') throw refusal(decision);
      const reply = await insertReply(manager, {
        tenantId: principal.tenantId, ticketId, replyId: randomUUID(), agentId, text: input.text, language: input.language ?? ticket.handoff.language,
      });
      await this.runtime.publish(manager, [{
        contract: agentRepliedV1,
        context: ticketEventContext(this.runtime, principal.tenantId, ticket),
        data: {
          ticketId, conversationId: ticket.conversationId, queryId: ticket.queryId, replyId: reply.replyId, agentId,
          text: reply.text, ...(reply.language ? { language: reply.language } : {}), sentAt: reply.sentAt.toISOString(), sequence: reply.sequence,
        },
      }]);
      return replyView(reply);
    });
  }
}
