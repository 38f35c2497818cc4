import { Controller } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { Envelope } from '@sagewire/contracts';
import { agentRepliedV1, type AgentRepliedV1 } from '@sagewire/contracts/support/agent-replied.v1';
import { OnEvent, type DeliveryContext } from '@sagewire/messaging';
import { RecordAgentReplyHandler } from '../../application/record-agent-reply/record-agent-reply.handler';

/** Binds the handoff events the orchestrator keeps for history to its `orchestrator-support` group. */
export const ORCHESTRATOR_SUPPORT_EVENTS = Symbol('orchestrator-support-events');

@Controller()
export class SupportConsumer {
  constructor(private readonly recordAgentReply: RecordAgentReplyHandler) {}

  @OnEvent(agentRepliedV1, ORCHESTRATOR_SUPPORT_EVENTS)
  onAgentReplied(@Payload() envelope: Envelope<AgentRepliedV1>, @Ctx() delivery: DeliveryContext): Promise<void> {
    return this.recordAgentReply.handle(envelope, delivery);
  }
}
