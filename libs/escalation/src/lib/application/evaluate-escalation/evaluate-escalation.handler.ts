import { Inject, Injectable } from '@nestjs/common';
import { causedBy, type Envelope } from '@sagewire/contracts';
import { escalationDecidedV1 } from '@sagewire/contracts/query/escalation-decided.v1';
import type { EvaluateEscalationV1 } from '@sagewire/contracts/query/evaluate-escalation.v1';
import type { DeliveryContext } from '@sagewire/messaging';
import { ServiceRuntime } from '@sagewire/service-kit';
import { evaluateEscalation } from '../../domain/rules/evaluate-escalation';
import { ESCALATION_POLICIES } from '../../escalation.config';
import type { TenantEscalationPolicies } from '../policy/tenant-policies';

/**
 * Answers the saga's question "does a human take over?" with the domain rules and the
 * tenant's policy. The decision is a pure function of the command and the configuration, so
 * a redelivery would decide the same; the inbox still keeps it to one `EscalationDecided` per command.
 */
@Injectable()
export class EvaluateEscalationHandler {
  constructor(
    private readonly runtime: ServiceRuntime,
    @Inject(ESCALATION_POLICIES) private readonly policies: TenantEscalationPolicies,
  ) {}

  async handle(envelope: Envelope<EvaluateEscalationV1>, delivery: DeliveryContext): Promise<void> {
    const command = envelope.data;
    const decision = evaluateEscalation(command, this.policies.of(envelope.tenantid));
    await this.runtime.handleOnce(envelope, delivery, async (manager) => {
      await this.runtime.publish(manager, [{
        contract: escalationDecidedV1,
        context: causedBy(envelope, this.runtime.source),
        data: { queryId: command.queryId, conversationId: command.conversationId, ...decision },
      }]);
    });
  }
}
