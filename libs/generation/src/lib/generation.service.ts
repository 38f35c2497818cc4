import { Module, type DynamicModule } from '@nestjs/common';
import { invokeModelV1 } from '@sagewire/contracts/query/invoke-model.v1';
import { routeQueryV1 } from '@sagewire/contracts/query/route-query.v1';
import { AppError } from '@sagewire/errors';
import { ACCESS_TOKEN_SECRET, AccessTokenGuard, CONFIG_INVALID, Metrics, ServiceRuntime, type ServiceDefinition } from '@sagewire/service-kit';
import { ModelResilience } from './application/answer/model-resilience';
import { DailyBudgetGuard } from './application/cost/daily-budget.guard';
import { ModelPricing } from './application/cost/model-pricing';
import { InvokeModelHandler } from './application/invoke-model/invoke-model.handler';
import { ResponseCache } from './application/invoke-model/response-cache';
import { TenantPolicies } from './application/policy/tenant-policies';
import { ModelClassifier } from './application/route-query/model-classifier';
import { RouteQueryHandler } from './application/route-query/route-query.handler';
import { generationConfigFrom, type GenerationConfig } from './generation.config';
import { orderToolBox } from './infrastructure/orders/order-tool-box.factory';
import { GenerationModelCalls1764400000000 } from './infrastructure/postgres/model-calls.migration';
import { ModelProviderRegistry } from './infrastructure/providers/model-provider.registry';
import { resilienceEvents } from './infrastructure/providers/resilience-events';
import { GENERATION_EVENTS, GenerationConsumer } from './interface/events/generation.consumer';
import { CostsController } from './interface/http/costs.controller';

@Module({})
export class GenerationModule {}

/**
 * The generation service: routes questions (`RouteQuery`) by tenant policy and answers them
 * with a model (`InvokeModel`), streaming the chunks. It owns its cost ledger
 * (`generation.model_calls`) besides its inbox and outbox.
 */
export const generationService: ServiceDefinition = {
  name: 'generation',
  schema: 'generation',
  migrations: [GenerationModelCalls1764400000000],
  consumers: [{ transportId: GENERATION_EVENTS, groupId: 'generation', contracts: [routeQueryV1, invokeModelV1] }],
  module: (runtime, env): DynamicModule => {
    const config = generationConfigFrom(env);
    const policies = new TenantPolicies(config);
    const pricing = new ModelPricing(config.GENERATION_PRICES);
    return {
      module: GenerationModule,
      controllers: [GenerationConsumer, CostsController],
      providers: [
        { provide: ServiceRuntime, useValue: runtime },
        { provide: ACCESS_TOKEN_SECRET, useValue: runtime.jwtSecret },
        AccessTokenGuard,
        { provide: TenantPolicies, useValue: policies },
        { provide: ModelPricing, useValue: pricing },
        { provide: ResponseCache, useValue: responseCache(config) },
        {
          provide: ModelResilience,
          inject: [Metrics],
          useFactory: (metrics: Metrics) => new ModelResilience(resilienceSettings(config), resilienceEvents(runtime, metrics)),
        },
        {
          provide: ModelProviderRegistry,
          inject: [Metrics, ModelResilience],
          useFactory: (metrics: Metrics, resilience: ModelResilience) => checkedRegistry(runtime, policies, pricing, new ModelProviderRegistry(config, {
            policies, resilience,
            tools: orderToolBox(config, runtime, metrics),
            budget: new DailyBudgetGuard(runtime.dataSource, policies, pricing),
          })),
        },
        {
          provide: ModelClassifier,
          inject: [ModelProviderRegistry, ModelResilience],
          useFactory: (registry: ModelProviderRegistry, resilience: ModelResilience) => new ModelClassifier((model) => registry.chatFor(model), resilience),
        },
        RouteQueryHandler,
        InvokeModelHandler,
      ],
    };
  },
};

/**
 * Every model a policy names must have a provider (a typo would otherwise fail each query at
 * run time), and should have a price (else its calls are recorded at $0).
 */
function checkedRegistry(runtime: ServiceRuntime, policies: TenantPolicies, pricing: ModelPricing, registry: ModelProviderRegistry): ModelProviderRegistry {
  for (const model of policies.models()) {
    if (registry.resolve(model) === undefined) {
      throw new AppError(CONFIG_INVALID, `invalid configuration: no provider serves model ${model} (GENERATION_MODEL_* or GENERATION_TENANT_POLICIES); use a Bedrock model id, openai/<name> or local-extractive`, { retriable: false });
    }
    if (!pricing.knows(model)) runtime.logger.warn('no price for a configured model: its calls will be recorded at $0; add it to GENERATION_PRICES', { model });
  }
  return registry;
}

function responseCache(config: GenerationConfig): ResponseCache {
  return new ResponseCache({ ttlMs: config.GENERATION_RESPONSE_CACHE_TTL_MS, maxEntries: config.GENERATION_RESPONSE_CACHE_MAX_ENTRIES });
}

function resilienceSettings(c: GenerationConfig) {
  return {
    attempts: c.GENERATION_RETRY_ATTEMPTS,
    initialDelayMs: c.GENERATION_RETRY_INITIAL_DELAY_MS,
    maxDelayMs: c.GENERATION_RETRY_MAX_DELAY_MS,
    modelNotReadyWaitMs: c.GENERATION_MODEL_NOT_READY_WAIT_MS,
    breakerFailures: c.GENERATION_BREAKER_FAILURES,
    breakerHalfOpenAfterMs: c.GENERATION_BREAKER_HALF_OPEN_AFTER_MS,
    timeouts: { firstTokenMs: c.GENERATION_FIRST_TOKEN_TIMEOUT_MS, idleMs: c.GENERATION_IDLE_TIMEOUT_MS, totalMs: c.GENERATION_CALL_TIMEOUT_MS },
  };
}
