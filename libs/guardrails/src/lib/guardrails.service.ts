import { Module, type DynamicModule } from '@nestjs/common';
import { answerChunkGeneratedV1 } from '@sagewire/contracts/query/answer-chunk-generated.v1';
import { modelInvokedV1 } from '@sagewire/contracts/query/model-invoked.v1';
import { screenInputV1 } from '@sagewire/contracts/query/screen-input.v1';
import { screenOutputV1 } from '@sagewire/contracts/query/screen-output.v1';
import { screenPassagesV1 } from '@sagewire/contracts/query/screen-passages.v1';
import { Metrics, ServiceRuntime, type ServiceDefinition } from '@sagewire/service-kit';
import { GuardrailPolicies } from './application/policy/guardrail-policies';
import { AnswerStreams } from './application/screen-answer-stream/answer-streams';
import { ScreenAnswerStreamHandler } from './application/screen-answer-stream/screen-answer-stream.handler';
import { ScreenInputHandler } from './application/screen-input/screen-input.handler';
import { ScreenOutputHandler } from './application/screen-output/screen-output.handler';
import { ScreenPassagesHandler } from './application/screen-passages/screen-passages.handler';
import { VerdictMetrics } from './application/verdict-metrics';
import { secondOpinionStage } from './infrastructure/bedrock-guardrail/second-opinion.factory';
import { SecondOpinionStage } from './application/second-opinion/second-opinion.stage';
import { guardrailsConfigFrom } from './guardrails.config';
import { GUARDRAILS_STREAM, GuardrailsStreamConsumer } from './interface/events/guardrails-stream.consumer';
import { GUARDRAILS_EVENTS, GuardrailsConsumer } from './interface/events/guardrails.consumer';

@Module({})
export class GuardrailsModule {}

/**
 * The guardrails service: screens questions, retrieved passages and answers for the saga (`guardrails` group,
 * inbox and outbox), and screens streamed answers sentence by sentence for the client
 * (`guardrails-stream` group, in memory). The stream group is shared by replicas, not per
 * instance: every chunk of a conversation has the same key, so one replica reads the whole
 * stream of an answer.
 */
export const guardrailsService: ServiceDefinition = {
  name: 'guardrails',
  schema: 'guardrails',
  migrations: [],
  consumers: [
    { transportId: GUARDRAILS_EVENTS, groupId: 'guardrails', contracts: [screenInputV1, screenPassagesV1, screenOutputV1] },
    // Ephemeral: a late start misses nothing that matters, ModelInvoked re-screens the whole answer.
    { transportId: GUARDRAILS_STREAM, groupId: 'guardrails-stream', contracts: [answerChunkGeneratedV1, modelInvokedV1], fromBeginning: false },
  ],
  module: (runtime, env): DynamicModule => {
    const config = guardrailsConfigFrom(env);
    return {
      module: GuardrailsModule,
      controllers: [GuardrailsConsumer, GuardrailsStreamConsumer],
      providers: [
        { provide: ServiceRuntime, useValue: runtime },
        // Per-tenant policies, validated and compiled here, at start (see GuardrailPolicies).
        { provide: GuardrailPolicies, useValue: new GuardrailPolicies(config) },
        { provide: SecondOpinionStage, inject: [Metrics], useFactory: (metrics: Metrics) => secondOpinionStage(config, runtime, metrics) },
        { provide: AnswerStreams, useValue: new AnswerStreams() },
        VerdictMetrics,
        ScreenInputHandler,
        ScreenOutputHandler,
        ScreenPassagesHandler,
        ScreenAnswerStreamHandler,
      ],
    };
  },
};
