import { Body, Controller, Get, HttpCode, Param, Post, Query, Req, UseFilters, UseGuards } from '@nestjs/common';
import { AccessTokenGuard, RequireRoles, type AuthenticatedRequest } from '@sagewire/service-kit';
import { ClaimTicketHandler } from '../../application/claim-ticket/claim-ticket.handler';
import { ListTicketsHandler, type QueueListing } from '../../application/list-tickets/list-tickets.handler';
import { ReplyToTicketHandler } from '../../application/reply-to-ticket/reply-to-ticket.handler';
import { ResolveTicketHandler } from '../../application/resolve-ticket/resolve-ticket.handler';
import type { ReplyView, TicketView } from '../../application/ticket-view.mapper';
import { AgentApiExceptionFilter } from './agent-api-exception.filter';
import { listTicketsQuery, parseInput, replyBody, resolveBody, ticketIdSchema } from './agent-tickets.schemas';

/**
 * The agent queue over HTTP, for agents and admins of the caller's own tenant (the token's
 * tenant, never a parameter). The acting agent is the token's subject. See docs/agent-api.md.
 */
@Controller('v1/agent/tickets')
@UseFilters(AgentApiExceptionFilter)
@UseGuards(AccessTokenGuard)
@RequireRoles('agent', 'admin')
export class AgentTicketsController {
  constructor(
    private readonly tickets: ListTicketsHandler,
    private readonly claimTicket: ClaimTicketHandler,
    private readonly replyToTicket: ReplyToTicketHandler,
    private readonly resolveTicket: ResolveTicketHandler,
  ) {}

  /** `GET /v1/agent/tickets?status=open|claimed|resolved&limit=&after=`: urgent first, then oldest first. */
  @Get()
  list(@Req() request: AuthenticatedRequest, @Query() query: unknown): Promise<QueueListing> {
    return this.tickets.list(request.principal!, parseInput(listTicketsQuery, query, 'query'));
  }

  @Get(':id')
  read(@Req() request: AuthenticatedRequest, @Param('id') id: string): Promise<TicketView & { replies: ReplyView[] }> {
    return this.tickets.read(request.principal!, parseInput(ticketIdSchema, id, 'path.id'));
  }

  @Post(':id/claim')
  @HttpCode(200)
  claim(@Req() request: AuthenticatedRequest, @Param('id') id: string): Promise<TicketView> {
    return this.claimTicket.claim(request.principal!, parseInput(ticketIdSchema, id, 'path.id'));
  }

  @Post(':id/replies')
  @HttpCode(201)
  reply(@Req() request: AuthenticatedRequest, @Param('id') id: string, @Body() body: unknown): Promise<ReplyView> {
    const ticketId = parseInput(ticketIdSchema, id, 'path.id');
    return this.replyToTicket.reply(request.principal!, ticketId, parseInput(replyBody, body ?? {}, 'body'));
  }

  @Post(':id/resolve')
  @HttpCode(200)
  resolve(@Req() request: AuthenticatedRequest, @Param('id') id: string, @Body() body: unknown): Promise<TicketView> {
    const ticketId = parseInput(ticketIdSchema, id, 'path.id');
    return this.resolveTicket.resolve(request.principal!, ticketId, parseInput(resolveBody, body ?? {}, 'body'));
  }
}
