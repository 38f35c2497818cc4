import { causedBy, type Envelope } from '@sagewire/contracts';
import type { InvokeModelV1 } from '@sagewire/contracts/query/invoke-model.v1';
import { modelInvocationFailedV1 } from '@sagewire/contracts/query/model-invocation-failed.v1';
import { modelInvokedV1, type ModelInvokedV1 } from '@sagewire/contracts/query/model-invoked.v1';
import { describeError } from '@sagewire/errors';
import type { DeliveryContext } from '@sagewire/messaging';
import type { Metrics, PendingMessage, ServiceRuntime } from '@sagewire/service-kit';
import type { Counter } from 'prom-client';
import type { ProviderRun } from './run-provider';

/** A back-end as the contracts name it. */
export type ProviderName = ModelInvokedV1['provider'];

/** Why a call gave no answer, and which back-end was asked (none for an unknown model). */
export interface InvocationFailure {
  readonly error: unknown;
  readonly provider?: ProviderName;
}

/** The contract's bound on failure messages. */
const MAX_MESSAGE_CHARS = 2000;

/**
 * Writes the reply to an `InvokeModel` through the inbox and outbox in one short transaction:
 * a duplicate delivery that got this far publishes nothing, and the metric counts only
 * replies actually written.
 */
export class InvocationOutcomes {
  private readonly invocations: Counter;

  constructor(private readonly runtime: ServiceRuntime, metrics: Metrics) {
    this.invocations = metrics.counter('sagewire_model_invocations_total', 'Model calls answered, by model and outcome', ['service', 'model', 'outcome']);
  }

  async invoked(envelope: Envelope<InvokeModelV1>, delivery: DeliveryContext, provider: ProviderName, run: ProviderRun): Promise<void> {
    const { queryId, conversationId, model, attempt } = envelope.data;
    const { result } = run;
    const data: ModelInvokedV1 = {
      queryId, conversationId, model, provider, attempt,
      inputTokens: result.inputTokens,
      outputTokens: result.outputTokens,
      // Only the local answerer exists yet, and it costs nothing; priced providers add their rates.
      costUsd: 0,
      latencyMs: run.latencyMs,
      ...(run.firstTokenMs === undefined ? {} : { firstTokenMs: run.firstTokenMs }),
      answerText: result.text,
      citations: result.citations,
      ...(result.confidence === undefined ? {} : { confidence: result.confidence }),
      finishReason: result.finishReason,
    };
    await this.reply(envelope, delivery, 'success', { contract: modelInvokedV1, data, context: causedBy(envelope, this.runtime.source) });
  }

  async failed(envelope: Envelope<InvokeModelV1>, delivery: DeliveryContext, failure: InvocationFailure): Promise<void> {
    const { queryId, conversationId, model, attempt } = envelope.data;
    const { code, retriable, message } = describeError(failure.error);
    this.runtime.logger.warn('model invocation failed', { queryId, model, errorCode: code, retriable, error: message });
    await this.reply(envelope, delivery, 'failure', {
      contract: modelInvocationFailedV1,
      context: causedBy(envelope, this.runtime.source),
      data: {
        queryId, conversationId, model, attempt, retriable,
        ...(failure.provider === undefined ? {} : { provider: failure.provider }),
        errorCode: code,
        message: message.slice(0, MAX_MESSAGE_CHARS),
      },
    });
  }

  private async reply(envelope: Envelope<InvokeModelV1>, delivery: DeliveryContext, outcome: 'success' | 'failure', message: PendingMessage): Promise<void> {
    const written = await this.runtime.handleOnce(envelope, delivery, (manager) => this.runtime.publish(manager, [message]));
    if (!written.duplicate) this.invocations.inc({ service: this.runtime.service, model: envelope.data.model, outcome });
  }
}
