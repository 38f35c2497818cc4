import { Controller, Get, Inject, Param, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Response } from 'express';
import { ConversationHub } from '../../application/conversation-stream/conversation-hub';
import { ConversationsHandler } from '../../application/conversations/conversations.handler';
import { GATEWAY_CONFIG, type GatewayConfig } from '../../gateway.config';
import { Access, GatewayAuthGuard, type GatewayRequest } from './auth/gateway-auth.guard';
import { GatewayExceptionFilter } from './errors/gateway-exception.filter';
import { uuidSchema } from './schemas/request-schemas';
import { OpenRequests } from './sse/open-requests';
import { SseChannel } from './sse/sse-channel';
import { parseInput } from './validation/parse-input';

/**
 * The conversation's live stream (SSE) for what happens outside a question's own stream: a human
 * agent took over, replied, resolved the ticket, and the request for a rating. It carries what
 * happens while it is open; the history endpoint has what happened before.
 */
@Controller('v1/conversations')
@UseFilters(GatewayExceptionFilter)
@UseGuards(GatewayAuthGuard)
export class ConversationEventsController {
  constructor(
    private readonly conversations: ConversationsHandler,
    private readonly hub: ConversationHub,
    private readonly openRequests: OpenRequests,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  @Get(':id/events')
  @Access({ roles: ['customer', 'admin', 'agent'] })
  async events(@Req() request: GatewayRequest, @Res() response: Response, @Param('id') id: string): Promise<void> {
    const conversationId = parseInput(uuidSchema, id, 'path.id');
    const principal = request.principal!;
    await this.conversations.accessible(principal, conversationId, 'read');
    const channel = new SseChannel(response, this.config.GATEWAY_SSE_HEARTBEAT_MS);
    // Watching starts before `ready` is sent: anything published after the client saw `ready` reaches it.
    channel.onClose(this.hub.watch(principal.tenantId, conversationId, (event) => channel.event(event.event, event.data)));
    channel.onClose(this.openRequests.track(() => channel.end()));
    channel.event('ready', { conversationId });
  }
}
