import { Injectable } from '@nestjs/common';
import type { Envelope } from '@sagewire/contracts';
import type { InvokeModelV1 } from '@sagewire/contracts/query/invoke-model.v1';
import { AppError } from '@sagewire/errors';
import type { DeliveryContext } from '@sagewire/messaging';
import { Metrics, ServiceRuntime } from '@sagewire/service-kit';
import { AnswerChunkPublisher } from '../../infrastructure/messaging/answer-chunk.publisher';
import { alreadyHandled } from '../../infrastructure/postgres/inbox.repository';
import { ModelProviderRegistry } from '../../infrastructure/providers/model-provider.registry';
import { InvocationOutcomes } from './invocation-outcomes';
import { ChunkDeliveryError, runProvider, type ProviderRun } from './run-provider';

export const UNKNOWN_MODEL = 'GENERATION.UNKNOWN_MODEL';

/**
 * Answers one `InvokeModel`: streams the chunks straight to the bus while the model writes,
 * then reports `ModelInvoked` or `ModelInvocationFailed` through the outbox. Generation runs
 * outside any transaction (in the embedded mode every service shares one database session,
 * and a long transaction would stall them all); only the short reply write is one.
 * A redelivery after a crash mid-stream generates again from the start with the same chunk
 * sequences, which downstream de-duplication absorbs; a redelivery after the reply is skipped.
 */
@Injectable()
export class InvokeModelHandler {
  private readonly outcomes: InvocationOutcomes;

  constructor(
    private readonly runtime: ServiceRuntime,
    private readonly providers: ModelProviderRegistry,
    metrics: Metrics,
  ) {
    this.outcomes = new InvocationOutcomes(runtime, metrics);
  }

  async handle(envelope: Envelope<InvokeModelV1>, delivery: DeliveryContext): Promise<void> {
    if (await alreadyHandled(this.runtime.dataSource, delivery.groupId, envelope.id)) return;
    const command = envelope.data;
    const resolved = this.providers.resolve(command.model);
    if (!resolved) {
      const error = new AppError(UNKNOWN_MODEL, `no provider serves model ${command.model}`, { retriable: false });
      return this.outcomes.failed(envelope, delivery, { error });
    }
    let run: ProviderRun;
    try {
      run = await runProvider(resolved.provider, command, new AnswerChunkPublisher(this.runtime, envelope));
    } catch (error) {
      // A provider's error is the saga's to handle (retry, next model, escalate): report it.
      if (!(error instanceof ChunkDeliveryError)) return this.outcomes.failed(envelope, delivery, { error, provider: resolved.name });
      // The bus refused a chunk: that is ours, so retry the whole invocation (it is deterministic).
      throw error.cause;
    }
    await this.outcomes.invoked(envelope, delivery, resolved.name, run);
  }
}
