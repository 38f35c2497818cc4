import { Body, Controller, Inject, Param, Post, Query, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Response } from 'express';
import { watchResult } from '../../application/queries/pending-result';
import { QueryHub } from '../../application/queries/query-hub';
import { SubmitQueryHandler, type Submission } from '../../application/queries/submit-query.handler';
import { GATEWAY_CONFIG, type GatewayConfig } from '../../gateway.config';
import { Access, GatewayAuthGuard, type GatewayRequest } from './auth/gateway-auth.guard';
import { QueryRateLimitGuard } from './auth/rate-limit.guard';
import { GatewayExceptionFilter } from './errors/gateway-exception.filter';
import { postMessageBody, streamQuery, uuidSchema } from './schemas/request-schemas';
import { OpenRequests } from './sse/open-requests';
import { SseChannel } from './sse/sse-channel';
import { parseInput } from './validation/parse-input';

const SHUTTING_DOWN = { code: 'GATEWAY.SHUTTING_DOWN', message: 'the gateway is restarting; the answer will appear in the conversation history' };

/**
 * A customer's message starts a query. The answer comes back as a server-sent-events stream
 * (`Accept: text/event-stream` or `?stream=true`) or, otherwise, as one JSON body once the
 * query ends (202 "pending" after the timeout: the answer then shows in the history).
 */
@Controller('v1/conversations')
@UseFilters(GatewayExceptionFilter)
@UseGuards(GatewayAuthGuard, QueryRateLimitGuard)
export class MessagesController {
  constructor(
    private readonly submitQuery: SubmitQueryHandler,
    private readonly hub: QueryHub,
    private readonly openRequests: OpenRequests,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  @Post(':id/messages')
  @Access({ roles: ['customer', 'admin'] })
  async post(@Req() request: GatewayRequest, @Res() response: Response, @Param('id') id: string, @Query() query: unknown, @Body() body: unknown): Promise<void> {
    const conversationId = parseInput(uuidSchema, id, 'path.id');
    const input = parseInput(postMessageBody, body, 'body');
    const streaming = parseInput(streamQuery, query, 'query').stream === 'true' || (request.headers.accept ?? '').includes('text/event-stream');
    const principal = request.principal!;
    const submission = await this.submitQuery.submit(principal, conversationId, input, 'api');
    if (streaming) this.stream(response, principal.tenantId, submission);
    else await this.answer(response, principal.tenantId, submission);
  }

  /** The hub buffers what arrived between the commit and this call, so nothing is missed. */
  private stream(response: Response, tenantId: string, submission: Submission): void {
    const channel = new SseChannel(response, this.config.GATEWAY_SSE_HEARTBEAT_MS);
    channel.event('accepted', { queryId: submission.queryId });
    const stop = this.hub.watch(tenantId, submission.queryId, submission.language, (event) => {
      channel.event(event.event, event.data);
      if (event.event === 'done') channel.end();
    });
    channel.onClose(stop);
    channel.onClose(this.openRequests.track(() => {
      channel.event('error', SHUTTING_DOWN);
      channel.end();
    }));
  }

  private async answer(response: Response, tenantId: string, submission: Submission): Promise<void> {
    const pending = watchResult(this.hub, tenantId, submission.queryId, submission.language, this.config.GATEWAY_ANSWER_TIMEOUT_MS);
    response.on('close', pending.cancel);
    const untrack = this.openRequests.track(pending.cancel);
    const result = await pending.result;
    untrack();
    if (response.writableEnded || response.destroyed) return;
    if (!result) {
      response.status(202).json({ queryId: submission.queryId, status: 'pending' });
      return;
    }
    const { usage: _usage, ...body } = result;
    response.status(200).json(body);
  }
}
