import { Module, type DynamicModule } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { ServiceRuntime, parseConfig, type ServiceDefinition } from '@sagewire/service-kit';
import { Authenticator } from './application/auth/authenticator';
import { IssueAccessTokenHandler } from './application/auth/issue-access-token.handler';
import { ReserveTokenBudgetHandler } from './application/budget/reserve-token-budget.handler';
import { SettleTokenBudgetHandler } from './application/budget/settle-token-budget.handler';
import { RecordQueryProgressHandler } from './application/conversation-events/record-query-progress.handler';
import { ConversationHub } from './application/conversation-stream/conversation-hub';
import { StreamSupportEventsHandler } from './application/conversation-stream/stream-support-events.handler';
import { ConversationsHandler } from './application/conversations/conversations.handler';
import { SubmitCsatHandler } from './application/csat/submit-csat.handler';
import { DeleteDocumentHandler } from './application/documents/delete-document.handler';
import { ReadDocumentsHandler } from './application/documents/read-documents.handler';
import { TrackDocumentStatusHandler } from './application/documents/track-document-status.handler';
import { UploadDocumentHandler } from './application/documents/upload-document.handler';
import { QueryHub } from './application/queries/query-hub';
import { QueryHubSweeper } from './application/queries/query-hub.lifecycle';
import { SubmitQueryHandler } from './application/queries/submit-query.handler';
import { RecordSupportProgressHandler } from './application/support-events/record-support-progress.handler';
import { ApiKeysHandler } from './application/tenants/api-keys.handler';
import { CreateTenantHandler } from './application/tenants/create-tenant.handler';
import { TokenBuckets } from './domain/rate-limit/token-bucket';
import { GATEWAY_CONFIG, gatewayConfigSchema } from './gateway.config';
import { gatewayConsumers } from './gateway.consumers';
import { GatewayConversations1764100000001 } from './infrastructure/postgres/conversations.migration';
import { GatewayDocumentVersions1764100000004 } from './infrastructure/postgres/document-versions.migration';
import { GatewayDocuments1764100000003 } from './infrastructure/postgres/documents.migration';
import { GatewaySupport1764100000005 } from './infrastructure/postgres/support.migration';
import { GatewayTenants1764100000000 } from './infrastructure/postgres/tenants.migration';
import { GatewayTokenBudget1764100000002 } from './infrastructure/postgres/token-budget.migration';
import { ConversationHistoryConsumer } from './interface/events/conversation-history.consumer';
import { DocumentStatusConsumer } from './interface/events/document-status.consumer';
import { QueryStreamConsumer } from './interface/events/query-stream.consumer';
import { SupportHistoryConsumer } from './interface/events/support-history.consumer';
import { SupportStreamConsumer } from './interface/events/support-stream.consumer';
import { TokenBudgetConsumer } from './interface/events/token-budget.consumer';
import { AuthController } from './interface/http/auth.controller';
import { GatewayAuthGuard } from './interface/http/auth/gateway-auth.guard';
import { QUERY_RATE_LIMIT, QueryRateLimitGuard } from './interface/http/auth/rate-limit.guard';
import { ChatCompletionsController } from './interface/http/chat-completions.controller';
import { ConversationEventsController } from './interface/http/conversation-events.controller';
import { ConversationsController } from './interface/http/conversations.controller';
import { CsatController } from './interface/http/csat.controller';
import { DocumentsController } from './interface/http/documents.controller';
import { GatewayExceptionFilter, OpenAiExceptionFilter } from './interface/http/errors/gateway-exception.filter';
import { MessagesController } from './interface/http/messages.controller';
import { HttpSetup } from './interface/http/openapi/http-setup';
import { OpenRequests } from './interface/http/sse/open-requests';
import { TenantsController } from './interface/http/tenants.controller';

@Module({})
export class GatewayModule {}

/**
 * The gateway: HTTP API (REST, SSE, OpenAI-compatible), tenants and API keys, the token
 * budget, conversation history and streams (agents' replies included), CSAT, and document
 * uploads. Talks to the rest only through events.
 */
export const gatewayService: ServiceDefinition = {
  name: 'gateway',
  schema: 'gateway',
  migrations: [GatewayTenants1764100000000, GatewayConversations1764100000001, GatewayTokenBudget1764100000002, GatewayDocuments1764100000003, GatewayDocumentVersions1764100000004, GatewaySupport1764100000005],
  consumers: gatewayConsumers,
  module: (runtime, env): DynamicModule => {
    const config = parseConfig(gatewayConfigSchema, env);
    return {
      module: GatewayModule,
      // Uploads are held in memory up to the limit (one byte over makes multer answer 413).
      imports: [MulterModule.register({ limits: { fileSize: config.GATEWAY_MAX_DOCUMENT_BYTES, files: 1 } })],
      controllers: [
        TenantsController, AuthController, ConversationsController, MessagesController, ChatCompletionsController, DocumentsController,
        ConversationEventsController, CsatController,
        TokenBudgetConsumer, ConversationHistoryConsumer, DocumentStatusConsumer, QueryStreamConsumer, SupportHistoryConsumer, SupportStreamConsumer,
      ],
      providers: [
        { provide: ServiceRuntime, useValue: runtime },
        { provide: GATEWAY_CONFIG, useValue: config },
        { provide: QUERY_RATE_LIMIT, useValue: new TokenBuckets(config.GATEWAY_RATE_LIMIT_PER_MINUTE) },
        { provide: QueryHub, useValue: new QueryHub({ bufferMs: config.GATEWAY_STREAM_BUFFER_MS }) },
        { provide: ConversationHub, useValue: new ConversationHub({ orderGraceMs: config.GATEWAY_TICKET_ORDER_GRACE_MS }) },
        QueryHubSweeper, HttpSetup, OpenRequests, GatewayExceptionFilter, OpenAiExceptionFilter, GatewayAuthGuard, QueryRateLimitGuard, Authenticator,
        CreateTenantHandler, ApiKeysHandler, IssueAccessTokenHandler, ConversationsHandler, SubmitQueryHandler,
        ReserveTokenBudgetHandler, SettleTokenBudgetHandler, RecordQueryProgressHandler,
        UploadDocumentHandler, ReadDocumentsHandler, TrackDocumentStatusHandler, DeleteDocumentHandler,
        RecordSupportProgressHandler, StreamSupportEventsHandler, SubmitCsatHandler,
      ],
    };
  },
};
