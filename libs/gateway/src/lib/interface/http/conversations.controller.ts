import { Body, Controller, Get, HttpCode, Param, Post, Req, UseFilters, UseGuards } from '@nestjs/common';
import { ConversationsHandler, type AgentMessage, type ConversationSummary, type HistoryMessage } from '../../application/conversations/conversations.handler';
import { Access, GatewayAuthGuard, type GatewayRequest } from './auth/gateway-auth.guard';
import { GatewayExceptionFilter } from './errors/gateway-exception.filter';
import { createConversationBody, uuidSchema } from './schemas/request-schemas';
import { parseInput } from './validation/parse-input';

@Controller('v1/conversations')
@UseFilters(GatewayExceptionFilter)
@UseGuards(GatewayAuthGuard)
export class ConversationsController {
  constructor(private readonly conversations: ConversationsHandler) {}

  @Post()
  @HttpCode(201)
  @Access({ roles: ['customer', 'admin'] })
  create(@Req() request: GatewayRequest, @Body() body: unknown): Promise<ConversationSummary> {
    return this.conversations.start(request.principal!, parseInput(createConversationBody, body ?? {}, 'body'));
  }

  @Get(':id')
  @Access({ roles: ['customer', 'admin', 'agent'] })
  read(@Req() request: GatewayRequest, @Param('id') id: string): Promise<ConversationSummary & { messages: (HistoryMessage | AgentMessage)[] }> {
    return this.conversations.read(request.principal!, parseInput(uuidSchema, id, 'path.id'));
  }
}
