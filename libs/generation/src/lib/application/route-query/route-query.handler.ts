import { Injectable } from '@nestjs/common';
import { causedBy, type Envelope } from '@sagewire/contracts';
import { queryRoutedV1 } from '@sagewire/contracts/query/query-routed.v1';
import type { RouteQueryV1 } from '@sagewire/contracts/query/route-query.v1';
import type { DeliveryContext } from '@sagewire/messaging';
import { ServiceRuntime } from '@sagewire/service-kit';
import { chooseModels } from '../../domain/policy/tenant-policy';
import { routeQuery } from '../../domain/routing/route-query';
import { tenantSpendOn } from '../../infrastructure/postgres/model-calls.repository';
import { TenantPolicies } from '../policy/tenant-policies';

/**
 * Classifies a screened question by rules, picks its answer language, and names the model
 * and fallback chain from the tenant's policy, budget-aware: a tenant low on today's budget
 * gets the cheap model (SPEC GN-08). Escalations name no model: no model will run.
 */
@Injectable()
export class RouteQueryHandler {
  constructor(
    private readonly runtime: ServiceRuntime,
    private readonly policies: TenantPolicies,
  ) {}

  async handle(envelope: Envelope<RouteQueryV1>, delivery: DeliveryContext): Promise<void> {
    const { queryId, conversationId, text, language } = envelope.data;
    const route = routeQuery(text, language);
    const policy = this.policies.of(envelope.tenantid);
    const spent = policy.dailyBudgetUsd === undefined ? 0 : (await tenantSpendOn(this.runtime.dataSource, envelope.tenantid, new Date().toISOString().slice(0, 10))).costUsd;
    const choice = route.complexity === 'escalate' ? undefined : chooseModels(policy, route.complexity, spent);
    if (choice?.downgradedFor) this.runtime.logger.info('model downgraded for budget', { queryId, model: choice.model, reason: choice.downgradedFor });
    await this.runtime.handleOnce(envelope, delivery, async (manager) => {
      await this.runtime.publish(manager, [{
        contract: queryRoutedV1,
        context: causedBy(envelope, this.runtime.source),
        data: {
          queryId, conversationId, complexity: route.complexity, language: route.language, method: route.method,
          ...(choice ? { model: choice.model } : {}),
          ...(choice?.fallbacks ? { fallbackModels: [...choice.fallbacks] } : {}),
        },
      }]);
    });
  }
}
