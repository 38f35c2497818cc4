import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ServiceRuntime, type Principal } from '@sagewire/service-kit';
import { actingUser, mayAccessConversation } from '../../domain/auth/conversation-access';
import { assistantMessage, type AssistantMessage } from '../../domain/conversation/assistant-message';
import { GATEWAY_CONFIG, type GatewayConfig } from '../../gateway.config';
import { findConversation, insertConversation, type ConversationRow } from '../../infrastructure/postgres/conversation.repository';
import { readInTransaction } from '../../infrastructure/postgres/read-transaction';
import { listTurns } from '../../infrastructure/postgres/turn.repository';
import { GatewayErrorCode, gatewayError } from '../gateway-errors';

export interface ConversationSummary {
  readonly id: string;
  readonly userId: string;
  readonly createdAt: string;
  readonly retentionUntil: string;
}

export interface HistoryMessage extends Partial<Omit<AssistantMessage, 'text'>> {
  readonly role: 'customer' | 'assistant';
  readonly text: string;
  readonly queryId: string;
  readonly createdAt: string;
}

const summary = (row: ConversationRow): ConversationSummary => ({
  id: row.conversationId,
  userId: row.userId,
  createdAt: row.createdAt.toISOString(),
  retentionUntil: row.retentionUntil.toISOString(),
});

/** Same answer for "no such conversation" and "not yours": existence is not leaked across users or tenants. */
export const conversationNotFound = (id: string): Error => gatewayError(GatewayErrorCode.NOT_FOUND, `no conversation ${id} that you may access`);

@Injectable()
export class ConversationsHandler {
  constructor(
    private readonly runtime: ServiceRuntime,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  async start(principal: Principal, input: { userId?: string; language?: string; title?: string }): Promise<ConversationSummary> {
    const acting = actingUser(principal, input.userId);
    if (!acting.ok) throw gatewayError(GatewayErrorCode.FORBIDDEN, acting.message);
    const row = await this.runtime.transaction((manager) =>
      insertConversation(manager, {
        conversationId: randomUUID(),
        tenantId: principal.tenantId,
        userId: acting.userId,
        retentionDays: this.config.GATEWAY_RETENTION_DAYS,
        ...(input.language ? { language: input.language } : {}),
        ...(input.title ? { title: input.title } : {}),
      }),
    );
    return summary(row);
  }

  async read(principal: Principal, conversationId: string): Promise<ConversationSummary & { messages: HistoryMessage[] }> {
    const { row, turns } = await readInTransaction(this.runtime.dataSource, async (manager) => {
      const found = await findConversation(manager, principal.tenantId, conversationId);
      return { row: found, turns: found ? await listTurns(manager, principal.tenantId, conversationId) : [] };
    });
    if (!row || !mayAccessConversation(principal, row.userId, 'read')) throw conversationNotFound(conversationId);
    const messages: HistoryMessage[] = [];
    for (const turn of turns) {
      messages.push({ role: 'customer', text: turn.customerText, queryId: turn.queryId, createdAt: turn.createdAt.toISOString() });
      const assistant = assistantMessage(turn);
      if (assistant) messages.push({ role: 'assistant', ...assistant, queryId: turn.queryId, createdAt: (turn.assistantAt ?? turn.createdAt).toISOString() });
    }
    return { ...summary(row), messages };
  }
}
