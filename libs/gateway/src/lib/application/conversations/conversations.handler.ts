import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ServiceRuntime, type Principal } from '@sagewire/service-kit';
import { actingUser, mayAccessConversation } from '../../domain/auth/conversation-access';
import { assistantMessage, type AssistantMessage } from '../../domain/conversation/assistant-message';
import { mergeByTime } from '../../domain/conversation/merge-messages';
import { GATEWAY_CONFIG, type GatewayConfig } from '../../gateway.config';
import { listAgentReplies, type AgentReplyRecord } from '../../infrastructure/postgres/agent-replies.repository';
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

/** A human agent's reply after an escalation; the agent is not named to the customer. */
export interface AgentMessage {
  readonly role: 'agent';
  readonly text: string;
  readonly replyId: string;
  readonly ticketId: string;
  /** The escalated query the ticket came from. */
  readonly queryId?: string;
  readonly language?: string;
  readonly createdAt: string;
}

const agentMessage = (reply: AgentReplyRecord): AgentMessage => ({
  role: 'agent', text: reply.text, replyId: reply.replyId, ticketId: reply.ticketId,
  ...(reply.queryId ? { queryId: reply.queryId } : {}), ...(reply.language ? { language: reply.language } : {}), createdAt: reply.sentAt.toISOString(),
});

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

  /** The conversation, if the caller may `access` it; 404 otherwise (existence is not leaked). */
  async accessible(principal: Principal, conversationId: string, access: 'read' | 'write'): Promise<ConversationRow> {
    const row = await readInTransaction(this.runtime.dataSource, (manager) => findConversation(manager, principal.tenantId, conversationId));
    if (!row || !mayAccessConversation(principal, row.userId, access)) throw conversationNotFound(conversationId);
    return row;
  }

  async read(principal: Principal, conversationId: string): Promise<ConversationSummary & { messages: (HistoryMessage | AgentMessage)[] }> {
    const { row, turns, replies } = await readInTransaction(this.runtime.dataSource, async (manager) => {
      const found = await findConversation(manager, principal.tenantId, conversationId);
      if (!found) return { row: found, turns: [], replies: [] };
      return { row: found, turns: await listTurns(manager, principal.tenantId, conversationId), replies: await listAgentReplies(manager, principal.tenantId, conversationId) };
    });
    if (!row || !mayAccessConversation(principal, row.userId, 'read')) throw conversationNotFound(conversationId);
    const messages: HistoryMessage[] = [];
    for (const turn of turns) {
      messages.push({ role: 'customer', text: turn.customerText, queryId: turn.queryId, createdAt: turn.createdAt.toISOString() });
      const assistant = assistantMessage(turn);
      if (assistant) messages.push({ role: 'assistant', ...assistant, queryId: turn.queryId, createdAt: (turn.assistantAt ?? turn.createdAt).toISOString() });
    }
    return { ...summary(row), messages: mergeByTime(messages, replies.map(agentMessage)) };
  }
}
