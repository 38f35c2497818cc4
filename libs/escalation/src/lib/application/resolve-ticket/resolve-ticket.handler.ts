import { Injectable } from '@nestjs/common';
import { ticketResolvedV1 } from '@sagewire/contracts/support/ticket-resolved.v1';
import { ServiceRuntime, type Principal } from '@sagewire/service-kit';
import { decideResolve } from '../../domain/tickets/ticket-lifecycle';
import { markResolved } from '../../infrastructure/postgres/agent-queue.repository';
import { refusal } from '../agent-errors';
import { ownershipOf, ticketEventContext, withLockedTicket } from '../locked-ticket';
import { ticketView, type TicketView } from '../ticket-view.mapper';

/**
 * The claiming agent closes the ticket for good; `TicketResolved` tells the customer's stream,
 * which then asks for a rating. Resolving again answers with the ticket unchanged.
 */
@Injectable()
export class ResolveTicketHandler {
  constructor(private readonly runtime: ServiceRuntime) {}

  resolve(principal: Principal, ticketId: string, input: { resolution?: string }): Promise<TicketView> {
    const agentId = principal.subject;
    return withLockedTicket(this.runtime, principal.tenantId, ticketId, async (manager, ticket) => {
      const decision = decideResolve(ownershipOf(ticket), agentId);
      if (decision.kind === 'refused') throw refusal(decision);
      if (decision.kind === 'unchanged') return ticketView(ticket);
      const resolved = await markResolved(manager, principal.tenantId, ticketId, input.resolution);
      await this.runtime.publish(manager, [{
        contract: ticketResolvedV1,
        context: ticketEventContext(this.runtime, principal.tenantId, resolved),
        data: {
          ticketId, conversationId: resolved.conversationId, queryId: resolved.queryId, agentId,
          ...(input.resolution ? { resolution: input.resolution } : {}), resolvedAt: resolved.resolvedAt!.toISOString(), sequence: resolved.eventSequence,
        },
      }]);
      return ticketView(resolved);
    });
  }
}
