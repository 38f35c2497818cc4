import { Injectable } from '@nestjs/common';
import type { Envelope } from '@sagewire/contracts';
import type { AgentRepliedV1 } from '@sagewire/contracts/support/agent-replied.v1';
import type { DeliveryContext } from '@sagewire/messaging';
import { ServiceRuntime } from '@sagewire/service-kit';
import { recordExchange } from '../../infrastructure/postgres/conversation-turns.repository';

/**
 * Records a human agent's reply as a turn of the conversation, so a follow-up question the
 * customer asks the assistant afterwards is answered knowing what the agent said. Stored as
 * an `assistant` turn (the model's history knows two roles), keyed by the reply so a
 * redelivery adds nothing.
 */
@Injectable()
export class RecordAgentReplyHandler {
  constructor(private readonly runtime: ServiceRuntime) {}

  async handle(envelope: Envelope<AgentRepliedV1>, delivery: DeliveryContext): Promise<void> {
    const { conversationId, replyId, text } = envelope.data;
    await this.runtime.handleOnce(envelope, delivery, (manager) =>
      recordExchange(manager, { tenantId: envelope.tenantid, conversationId, queryId: `agent-reply:${replyId}` }, [{ role: 'assistant', text }]),
    );
  }
}
