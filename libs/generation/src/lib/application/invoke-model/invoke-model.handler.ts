import { Injectable } from '@nestjs/common';
import type { Envelope } from '@sagewire/contracts';
import type { InvokeModelV1 } from '@sagewire/contracts/query/invoke-model.v1';
import { AppError } from '@sagewire/errors';
import type { DeliveryContext } from '@sagewire/messaging';
import { Metrics, ServiceRuntime } from '@sagewire/service-kit';
import { AnswerChunkPublisher } from '../../infrastructure/messaging/answer-chunk.publisher';
import { alreadyHandled } from '../../infrastructure/postgres/inbox.repository';
import { ModelProviderRegistry } from '../../infrastructure/providers/model-provider.registry';
import { ModelPricing } from '../cost/model-pricing';
import { InvocationOutcomes } from './invocation-outcomes';
import { ResponseCache } from './response-cache';
import { ChunkDeliveryError, generationRequest, runProvider, type ProviderRun } from './run-provider';

export const UNKNOWN_MODEL = 'GENERATION.UNKNOWN_MODEL';

/**
 * Answers one `InvokeModel`: streams the chunks straight to the bus while the model writes,
 * then reports `ModelInvoked` or `ModelInvocationFailed` through the outbox. Generation runs
 * outside any transaction (in the embedded mode every service shares one database session,
 * and a long transaction would stall them all); only the short reply write is one.
 * A redelivery after a crash mid-stream generates again from the start with the same chunk
 * sequences, which downstream de-duplication absorbs; a redelivery after the reply is skipped.
 * First turns with a knowledge-base version go through the response cache.
 */
@Injectable()
export class InvokeModelHandler {
  private readonly outcomes: InvocationOutcomes;

  constructor(
    private readonly runtime: ServiceRuntime,
    private readonly providers: ModelProviderRegistry,
    private readonly cache: ResponseCache,
    pricing: ModelPricing,
    metrics: Metrics,
  ) {
    this.outcomes = new InvocationOutcomes(runtime, metrics, pricing);
  }

  async handle(envelope: Envelope<InvokeModelV1>, delivery: DeliveryContext): Promise<void> {
    if (await alreadyHandled(this.runtime.dataSource, delivery.groupId, envelope.id)) return;
    const command = envelope.data;
    const resolved = this.providers.resolve(command.model);
    if (!resolved) {
      const error = new AppError(UNKNOWN_MODEL, `no provider serves model ${command.model}`, { retriable: false });
      return this.outcomes.failed(envelope, delivery, { error });
    }
    const request = generationRequest(envelope.tenantid, command);
    const key = cacheKeyOf(envelope.tenantid, command);
    const chunks = new AnswerChunkPublisher(this.runtime, envelope);
    let run: ProviderRun;
    try {
      run = await runProvider((sink) => this.cache.answer(key, (inner) => resolved.provider.generate(request, inner), sink), command, chunks);
    } catch (error) {
      // A provider's error is the saga's to handle (retry, next model, escalate): report it.
      if (!(error instanceof ChunkDeliveryError)) return this.outcomes.failed(envelope, delivery, { error, provider: resolved.name, chunksPublished: chunks.published });
      // The bus refused a chunk: that is ours, so retry the whole invocation.
      throw error.cause;
    }
    await this.outcomes.invoked(envelope, delivery, resolved.name, run);
  }
}

/** Only a first turn is the same question everywhere: a follow-up depends on its history. */
function cacheKeyOf(tenantId: string, command: InvokeModelV1): string | undefined {
  if (command.knowledgeBaseVersion === undefined || (command.history?.length ?? 0) > 0) return undefined;
  return ResponseCache.keyOf({ tenantId, knowledgeBaseVersion: command.knowledgeBaseVersion, language: command.language, question: command.question });
}
