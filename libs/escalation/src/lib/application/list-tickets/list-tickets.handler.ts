import { Injectable } from '@nestjs/common';
import { ServiceRuntime, type Principal } from '@sagewire/service-kit';
import { findQueueTicket, listQueue, type QueuePage } from '../../infrastructure/postgres/agent-queue.repository';
import { listReplies } from '../../infrastructure/postgres/ticket-replies.repository';
import { agentApiError, AgentApiErrorCode, ticketNotFound } from '../agent-errors';
import { replyView, ticketView, type ReplyView, type TicketView } from '../ticket-view.mapper';

export interface QueueListing {
  readonly tickets: TicketView[];
  /** Pass as `after` for the next page; absent on the last page. */
  readonly nextAfter?: string;
}

/**
 * The agent queue of the caller's tenant, and one ticket with its replies. Reads run in a
 * transaction of their own: in the embedded mode's shared PGlite session only a transaction
 * keeps a parameterised query's messages together.
 */
@Injectable()
export class ListTicketsHandler {
  constructor(private readonly runtime: ServiceRuntime) {}

  async list(principal: Principal, page: QueuePage): Promise<QueueListing> {
    const tickets = await this.runtime.dataSource.transaction(async (manager) => {
      if (page.after !== undefined && !(await findQueueTicket(manager, principal.tenantId, page.after))) {
        throw agentApiError(AgentApiErrorCode.INVALID_REQUEST, `query.after: no ticket ${page.after} in your tenant's queue; pass the id of the last ticket of the previous page`);
      }
      return listQueue(manager, principal.tenantId, page);
    });
    const last = tickets[tickets.length - 1];
    return { tickets: tickets.map(ticketView), ...(last && tickets.length === page.limit ? { nextAfter: last.ticketId } : {}) };
  }

  async read(principal: Principal, ticketId: string): Promise<TicketView & { replies: ReplyView[] }> {
    const found = await this.runtime.dataSource.transaction(async (manager) => {
      const ticket = await findQueueTicket(manager, principal.tenantId, ticketId);
      return ticket && { ticket, replies: await listReplies(manager, principal.tenantId, ticketId) };
    });
    if (!found) throw ticketNotFound(ticketId);
    return { ...ticketView(found.ticket), replies: found.replies.map(replyView) };
  }
}
