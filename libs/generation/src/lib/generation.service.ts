import { Module, type DynamicModule } from '@nestjs/common';
import { invokeModelV1 } from '@sagewire/contracts/query/invoke-model.v1';
import { routeQueryV1 } from '@sagewire/contracts/query/route-query.v1';
import { ServiceRuntime, type ServiceDefinition } from '@sagewire/service-kit';
import { InvokeModelHandler } from './application/invoke-model/invoke-model.handler';
import { RouteQueryHandler } from './application/route-query/route-query.handler';
import { generationConfigFrom } from './generation.config';
import { ModelProviderRegistry } from './infrastructure/providers/model-provider.registry';
import { GENERATION_EVENTS, GenerationConsumer } from './interface/events/generation.consumer';

@Module({})
export class GenerationModule {}

/**
 * The generation service: routes questions (`RouteQuery`) and answers them with a model
 * (`InvokeModel`), streaming the chunks. It owns no tables beyond its inbox and outbox.
 */
export const generationService: ServiceDefinition = {
  name: 'generation',
  schema: 'generation',
  migrations: [],
  consumers: [{ transportId: GENERATION_EVENTS, groupId: 'generation', contracts: [routeQueryV1, invokeModelV1] }],
  module: (runtime, env): DynamicModule => ({
    module: GenerationModule,
    controllers: [GenerationConsumer],
    providers: [
      { provide: ServiceRuntime, useValue: runtime },
      { provide: ModelProviderRegistry, useValue: new ModelProviderRegistry(generationConfigFrom(env)) },
      RouteQueryHandler,
      InvokeModelHandler,
    ],
  }),
};
