import { Controller, Get, Query, Req, UseGuards } from '@nestjs/common';
import { AccessTokenGuard, RequireRoles, type AuthenticatedRequest } from '@sagewire/service-kit';
import { ReadConversationHandler, type ConversationAudit } from '../../application/read-conversation/read-conversation.handler';
import { VerifyChainHandler } from '../../application/verify-chain/verify-chain.handler';
import type { ChainVerification } from '../../domain/hash-chain';
import { conversationAuditQuerySchema, parseQuery } from './audit-query.schema';

/** The audit trail, for auditors of the caller's own tenant (the token's tenant, never a parameter). */
@Controller('v1/audit')
@UseGuards(AccessTokenGuard)
@RequireRoles('auditor')
export class AuditController {
  constructor(
    private readonly readConversation: ReadConversationHandler,
    private readonly verifyChain: VerifyChainHandler,
  ) {}

  /** `GET /v1/audit?conversationId=&limit=&after=`: one conversation's events in append order. */
  @Get()
  conversation(@Query() query: unknown, @Req() request: AuthenticatedRequest): Promise<ConversationAudit> {
    const { conversationId, limit, after } = parseQuery(conversationAuditQuerySchema, query);
    return this.readConversation.handle({ tenantId: request.principal!.tenantId, conversationId, limit, after });
  }

  /** `GET /v1/audit/verify`: the tenant's whole chain, from its first record to its head. */
  @Get('verify')
  verify(@Req() request: AuthenticatedRequest): Promise<ChainVerification> {
    return this.verifyChain.handle(request.principal!.tenantId);
  }
}
