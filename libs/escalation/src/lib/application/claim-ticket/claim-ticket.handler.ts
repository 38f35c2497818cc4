import { Injectable } from '@nestjs/common';
import { ticketClaimedV1 } from '@sagewire/contracts/support/ticket-claimed.v1';
import { ServiceRuntime, type Principal } from '@sagewire/service-kit';
import { decideClaim } from '../../domain/tickets/ticket-lifecycle';
import { markClaimed } from '../../infrastructure/postgres/agent-queue.repository';
import { refusal } from '../agent-errors';
import { ownershipOf, ticketEventContext, withLockedTicket } from '../locked-ticket';
import { ticketView, type TicketView } from '../ticket-view.mapper';

/**
 * An agent takes an open ticket: the claim and its `TicketClaimed` commit together. Claiming
 * one's own ticket again answers with it unchanged (a retried request publishes nothing).
 */
@Injectable()
export class ClaimTicketHandler {
  constructor(private readonly runtime: ServiceRuntime) {}

  claim(principal: Principal, ticketId: string): Promise<TicketView> {
    const agentId = principal.subject;
    return withLockedTicket(this.runtime, principal.tenantId, ticketId, async (manager, ticket) => {
      const decision = decideClaim(ownershipOf(ticket), agentId);
      if (decision.kind === 'refused') throw refusal(decision);
      if (decision.kind === 'unchanged') return ticketView(ticket);
      const claimed = await markClaimed(manager, principal.tenantId, ticketId, agentId);
      await this.runtime.publish(manager, [{
        contract: ticketClaimedV1,
        context: ticketEventContext(this.runtime, principal.tenantId, claimed),
        data: {
          ticketId, conversationId: claimed.conversationId, queryId: claimed.queryId, agentId,
          claimedAt: claimed.claimedAt!.toISOString(), sequence: claimed.eventSequence,
        },
      }]);
      return ticketView(claimed);
    });
  }
}
