import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { UserQuerySubmittedV1 } from '@sagewire/contracts/query/user-query-submitted.v1';
import { userQuerySubmittedV1 } from '@sagewire/contracts/query/user-query-submitted.v1';
import { Metrics, ServiceRuntime, type Principal } from '@sagewire/service-kit';
import { mayAccessConversation } from '../../domain/auth/conversation-access';
import { findConversation } from '../../infrastructure/postgres/conversation.repository';
import { insertTurn } from '../../infrastructure/postgres/turn.repository';
import { conversationNotFound } from '../conversations/conversations.handler';

export interface Submission {
  readonly queryId: string;
  readonly conversationId: string;
  readonly turn: number;
  /** What the client declared (message, else conversation): the watcher's canned-reply language. */
  readonly language?: string;
}

/**
 * Stores the customer's message and publishes `UserQuerySubmitted` through the outbox in the
 * same transaction: an accepted request is never lost, and a failed one leaves nothing behind.
 * The conversation row is locked while the turn is numbered, so concurrent messages get
 * consecutive turns.
 */
@Injectable()
export class SubmitQueryHandler {
  constructor(
    private readonly runtime: ServiceRuntime,
    private readonly metrics: Metrics,
  ) {}

  async submit(principal: Principal, conversationId: string, input: { text: string; language?: string }, channel: UserQuerySubmittedV1['channel']): Promise<Submission> {
    const queryId = randomUUID();
    const submission = await this.runtime.transaction(async (manager) => {
      const conversation = await findConversation(manager, principal.tenantId, conversationId, true);
      if (!conversation || !mayAccessConversation(principal, conversation.userId, 'write')) throw conversationNotFound(conversationId);
      const language = input.language ?? conversation.language ?? undefined;
      const stored = await insertTurn(manager, {
        queryId, tenantId: principal.tenantId, conversationId, userId: conversation.userId, channel, text: input.text,
        ...(input.language ? { language: input.language } : {}),
      });
      await this.runtime.publish(manager, [{
        contract: userQuerySubmittedV1,
        context: { source: this.runtime.source, tenantId: principal.tenantId, correlationId: queryId, subject: conversationId },
        data: {
          queryId, conversationId, userId: conversation.userId, channel, text: input.text, turn: stored.turn, submittedAt: stored.createdAt.toISOString(),
          ...(language ? { language } : {}),
          // The asker's tier, for the escalation rules; only a customer's own token carries one.
          ...(principal.tier ? { customerTier: principal.tier } : {}),
        },
      }]);
      return { queryId, conversationId, turn: stored.turn, ...(language ? { language } : {}) };
    });
    this.metrics.counter('sagewire_gateway_queries_submitted_total', 'Customer questions accepted by the gateway', ['service', 'channel']).inc({ service: 'gateway', channel });
    return submission;
  }
}
