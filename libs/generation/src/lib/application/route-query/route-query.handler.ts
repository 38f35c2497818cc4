import { Injectable } from '@nestjs/common';
import { causedBy, type Envelope } from '@sagewire/contracts';
import { queryRoutedV1, type QueryRoutedV1 } from '@sagewire/contracts/query/query-routed.v1';
import type { RouteQueryV1 } from '@sagewire/contracts/query/route-query.v1';
import type { DeliveryContext } from '@sagewire/messaging';
import { ServiceRuntime } from '@sagewire/service-kit';
import type { EntityManager } from 'typeorm';
import { chooseModels, type TenantPolicy } from '../../domain/policy/tenant-policy';
import { routeQuery, type Route } from '../../domain/routing/route-query';
import { recordModelCall, tenantSpendOn } from '../../infrastructure/postgres/model-calls.repository';
import { ModelPricing } from '../cost/model-pricing';
import { TenantPolicies } from '../policy/tenant-policies';
import { ModelClassifier, type ClassifierOutcome } from './model-classifier';

/** The classifier's call is recorded under attempt 0 of the query, beside the answer's attempts. */
const CLASSIFIER_ATTEMPT = 0;

type Routing = Pick<QueryRoutedV1, 'complexity' | 'method' | 'language'>;

/**
 * Classifies a screened question, picks its answer language, and names the model and
 * fallback chain from the tenant's policy, budget-aware: a tenant low on today's budget gets
 * the cheap model (SPEC GN-08). Rules first; when the tenant has a classifier model, it
 * refines what the rules did not escalate, and an unclassifiable question counts as complex
 * (GN-03). Escalations name no model: no model will run.
 */
@Injectable()
export class RouteQueryHandler {
  constructor(
    private readonly runtime: ServiceRuntime,
    private readonly policies: TenantPolicies,
    private readonly classifier: ModelClassifier,
    private readonly pricing: ModelPricing,
  ) {}

  async handle(envelope: Envelope<RouteQueryV1>, delivery: DeliveryContext): Promise<void> {
    const { queryId, conversationId, text, language } = envelope.data;
    const policy = this.policies.of(envelope.tenantid);
    const rules = routeQuery(text, language);
    const { routing, classified } = await this.refine(rules, policy, text, queryId);
    const spent = policy.dailyBudgetUsd === undefined ? 0 : (await tenantSpendOn(this.runtime.dataSource, envelope.tenantid, today())).costUsd;
    const choice = routing.complexity === 'escalate' ? undefined : chooseModels(policy, routing.complexity, spent);
    if (choice?.downgradedFor) this.runtime.logger.info('model downgraded for budget', { queryId, model: choice.model, reason: choice.downgradedFor });
    await this.runtime.handleOnce(envelope, delivery, async (manager) => {
      if (classified?.usage && policy.models.classifier) await this.recordClassifierCall(manager, envelope, policy.models.classifier, classified);
      await this.runtime.publish(manager, [{
        contract: queryRoutedV1,
        context: causedBy(envelope, this.runtime.source),
        data: {
          queryId, conversationId, ...routing,
          ...(choice ? { model: choice.model } : {}),
          ...(choice?.fallbacks ? { fallbackModels: [...choice.fallbacks] } : {}),
        },
      }]);
    });
  }

  private async refine(rules: Route, policy: TenantPolicy, text: string, queryId: string): Promise<{ routing: Routing; classified?: ClassifierOutcome }> {
    const model = policy.models.classifier;
    if (model === undefined || rules.complexity === 'escalate') return { routing: rules };
    const classified = await this.classifier.classify(model, text);
    if (classified.complexity !== undefined) return { routing: { complexity: classified.complexity, method: 'classifier', language: rules.language }, classified };
    this.runtime.logger.info('question routed as complex: no classification', { queryId, model, reason: classified.problem });
    return { routing: { complexity: 'complex', method: 'default', language: rules.language }, classified };
  }

  private async recordClassifierCall(manager: EntityManager, envelope: Envelope<RouteQueryV1>, model: string, outcome: ClassifierOutcome): Promise<void> {
    const usage = outcome.usage!;
    await recordModelCall(manager, {
      tenantId: envelope.tenantid, queryId: envelope.data.queryId, conversationId: envelope.data.conversationId,
      model, attempt: CLASSIFIER_ATTEMPT, provider: model.startsWith('openai/') ? 'openai_compatible' : 'bedrock',
      inputTokens: usage.inputTokens, outputTokens: usage.outputTokens,
      cacheReadTokens: usage.cacheReadTokens ?? 0, cacheWriteTokens: usage.cacheWriteTokens ?? 0,
      costUsd: this.pricing.cost(model, usage).costUsd, cached: false, at: new Date(),
    });
  }
}

function today(): string {
  return new Date().toISOString().slice(0, 10);
}
