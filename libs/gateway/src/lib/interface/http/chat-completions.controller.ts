import { Body, Controller, Headers, HttpCode, Inject, Post, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Response } from 'express';
import { ConversationsHandler } from '../../application/conversations/conversations.handler';
import { GatewayErrorCode, gatewayError } from '../../application/gateway-errors';
import { watchResult } from '../../application/queries/pending-result';
import { QueryHub } from '../../application/queries/query-hub';
import { SubmitQueryHandler, type Submission } from '../../application/queries/submit-query.handler';
import { chatCompletion, chatCompletionChunk, type CompletionIdentity } from '../../domain/openai/chat-completion';
import { OpenAiStreamTranslator } from '../../domain/openai/stream-translation';
import { GATEWAY_CONFIG, type GatewayConfig } from '../../gateway.config';
import { Access, GatewayAuthGuard, type GatewayRequest } from './auth/gateway-auth.guard';
import { QueryRateLimitGuard } from './auth/rate-limit.guard';
import { OpenAiExceptionFilter, openAiError } from './errors/gateway-exception.filter';
import { questionOf } from './openai-question';
import { chatCompletionBody, uuidSchema } from './schemas/request-schemas';
import { OpenRequests } from './sse/open-requests';
import { SseChannel } from './sse/sse-channel';
import { parseInput } from './validation/parse-input';

const CONVERSATION_HEADER = 'X-Sagewire-Conversation-Id';

/**
 * OpenAI-compatible chat: existing SDKs point their base URL here. The last user message is
 * the question; earlier messages are ignored because the conversation history lives here
 * (send X-Sagewire-Conversation-Id to continue one; the response carries it).
 */
@Controller('v1/chat')
@UseFilters(OpenAiExceptionFilter)
@UseGuards(GatewayAuthGuard, QueryRateLimitGuard)
export class ChatCompletionsController {
  constructor(
    private readonly conversations: ConversationsHandler,
    private readonly submitQuery: SubmitQueryHandler,
    private readonly hub: QueryHub,
    private readonly openRequests: OpenRequests,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  @Post('completions')
  @HttpCode(200)
  @Access({ roles: ['customer', 'admin'] })
  async complete(@Req() request: GatewayRequest, @Res() response: Response, @Headers('x-sagewire-conversation-id') header: string | undefined, @Body() body: unknown): Promise<void> {
    const input = parseInput(chatCompletionBody, body, 'body');
    const text = questionOf(input.messages);
    const principal = request.principal!;
    const conversationId = header === undefined
      ? (await this.conversations.start(principal, input.user ? { userId: input.user } : {})).id
      : parseInput(uuidSchema, header, `header.${CONVERSATION_HEADER}`);
    const submission = await this.submitQuery.submit(principal, conversationId, { text }, 'openai_compatible');
    const identity: CompletionIdentity = { queryId: submission.queryId, model: input.model, created: new Date() };
    response.setHeader(CONVERSATION_HEADER, conversationId);
    if (input.stream) this.stream(response, principal.tenantId, submission, identity);
    else await this.answer(response, principal.tenantId, submission, identity);
  }

  private stream(response: Response, tenantId: string, submission: Submission, identity: CompletionIdentity): void {
    const channel = new SseChannel(response, this.config.GATEWAY_SSE_HEARTBEAT_MS);
    channel.data(chatCompletionChunk(identity, { role: 'assistant', content: '' }));
    const translator = new OpenAiStreamTranslator();
    const stop = this.hub.watch(tenantId, submission.queryId, submission.language, (event, state) => {
      for (const step of translator.translate(event, state)) {
        if (step.kind === 'content') channel.data(chatCompletionChunk(identity, { content: step.text }));
        else if (step.kind === 'error') channel.data(openAiError({ status: 502, code: step.code, message: step.message }));
        else {
          channel.data(chatCompletionChunk(identity, {}, 'stop'));
          channel.data('[DONE]');
          channel.end();
        }
      }
    });
    channel.onClose(stop);
    channel.onClose(this.openRequests.track(() => {
      channel.data(openAiError({ status: 503, code: 'GATEWAY.SHUTTING_DOWN', message: 'the gateway is restarting; the answer will appear in the conversation history' }));
      channel.data('[DONE]');
      channel.end();
    }));
  }

  private async answer(response: Response, tenantId: string, submission: Submission, identity: CompletionIdentity): Promise<void> {
    const pending = watchResult(this.hub, tenantId, submission.queryId, submission.language, this.config.GATEWAY_ANSWER_TIMEOUT_MS);
    response.on('close', pending.cancel);
    const untrack = this.openRequests.track(pending.cancel);
    const result = await pending.result;
    untrack();
    if (response.writableEnded || response.destroyed) return;
    if (!result) {
      const seconds = Math.round(this.config.GATEWAY_ANSWER_TIMEOUT_MS / 1000);
      throw gatewayError(GatewayErrorCode.ANSWER_TIMEOUT, `the answer was not ready within ${seconds} s; it will appear in GET /v1/conversations/${submission.conversationId}`);
    }
    if (result.failure) throw gatewayError(GatewayErrorCode.QUERY_FAILED, `${result.failure.code}: ${result.failure.message}`);
    response.status(200).json(chatCompletion(identity, result));
  }
}
