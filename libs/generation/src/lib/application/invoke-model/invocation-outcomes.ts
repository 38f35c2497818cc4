import { causedBy, type Envelope } from '@sagewire/contracts';
import type { InvokeModelV1 } from '@sagewire/contracts/query/invoke-model.v1';
import { modelInvocationFailedV1 } from '@sagewire/contracts/query/model-invocation-failed.v1';
import { modelInvokedV1, type ModelInvokedV1 } from '@sagewire/contracts/query/model-invoked.v1';
import { describeError } from '@sagewire/errors';
import type { DeliveryContext } from '@sagewire/messaging';
import type { Metrics, PendingMessage, ServiceRuntime } from '@sagewire/service-kit';
import type { Counter } from 'prom-client';
import type { EntityManager } from 'typeorm';
import { recordModelCall } from '../../infrastructure/postgres/model-calls.repository';
import type { ModelPricing } from '../cost/model-pricing';
import type { ProviderRun } from './run-provider';

/** A back-end as the contracts name it. */
export type ProviderName = ModelInvokedV1['provider'];

/** Why a call gave no answer, and which back-end was asked (none for an unknown model). */
export interface InvocationFailure {
  readonly error: unknown;
  readonly provider?: ProviderName;
  /** Chunks of this call already on the bus: the saga withdraws them rather than stream over them. */
  readonly chunksPublished?: number;
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
  private readonly spend: Counter;
  private readonly unpriced = new Set<string>();

  constructor(private readonly runtime: ServiceRuntime, metrics: Metrics, private readonly pricing: ModelPricing) {
    this.invocations = metrics.counter('sagewire_model_invocations_total', 'Model calls answered, by model and outcome', ['service', 'model', 'outcome']);
    this.spend = metrics.counter('sagewire_model_cost_usd_total', 'Model spend in US dollars at the configured prices, by model', ['service', 'model']);
  }

  async invoked(envelope: Envelope<InvokeModelV1>, delivery: DeliveryContext, provider: ProviderName, run: ProviderRun): Promise<void> {
    const { queryId, conversationId, model, attempt } = envelope.data;
    const { result } = run;
    const cached = run.source !== 'model';
    // A cached or joined answer ran no model for this query: it used and costs nothing.
    const usage = cached ? { inputTokens: 0, outputTokens: 0 } : {
      inputTokens: result.inputTokens, outputTokens: result.outputTokens,
      ...(result.cacheReadTokens === undefined ? {} : { cacheReadTokens: result.cacheReadTokens }),
      ...(result.cacheWriteTokens === undefined ? {} : { cacheWriteTokens: result.cacheWriteTokens }),
    };
    const priced = this.pricing.cost(model, usage);
    if (!priced.priced && !this.unpriced.has(model)) {
      this.unpriced.add(model);
      this.runtime.logger.warn('no price for model: its calls are recorded at $0; add it to GENERATION_PRICES', { model });
    }
    const data: ModelInvokedV1 = {
      queryId, conversationId, model, provider, attempt, ...usage,
      costUsd: priced.costUsd,
      latencyMs: run.latencyMs,
      ...(run.firstTokenMs === undefined ? {} : { firstTokenMs: run.firstTokenMs }),
      answerText: result.text,
      citations: result.citations,
      ...(result.confidence === undefined ? {} : { confidence: result.confidence }),
      finishReason: result.finishReason,
      ...(cached ? { cached: true } : {}),
      ...(result.toolCalls ? { toolCalls: result.toolCalls } : {}),
      ...(result.orders && result.orders.length > 0 ? { orders: result.orders.slice(0, 10) } : {}),
    };
    const record = {
      tenantId: envelope.tenantid, queryId, conversationId, model, attempt, provider,
      inputTokens: usage.inputTokens, outputTokens: usage.outputTokens,
      cacheReadTokens: usage.cacheReadTokens ?? 0, cacheWriteTokens: usage.cacheWriteTokens ?? 0,
      costUsd: priced.costUsd, cached, at: new Date(),
    };
    const written = await this.reply(envelope, delivery, 'success', { contract: modelInvokedV1, data, context: causedBy(envelope, this.runtime.source) }, (manager) => recordModelCall(manager, record));
    if (written) this.spend.inc({ service: this.runtime.service, model }, priced.costUsd);
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
        ...(failure.chunksPublished ? { chunksPublished: failure.chunksPublished } : {}),
      },
    });
  }

  /** Writes the reply (and `also`, in the same transaction); true when it was not a duplicate. */
  private async reply(envelope: Envelope<InvokeModelV1>, delivery: DeliveryContext, outcome: 'success' | 'failure', message: PendingMessage, also?: (manager: EntityManager) => Promise<void>): Promise<boolean> {
    const written = await this.runtime.handleOnce(envelope, delivery, async (manager) => {
      await also?.(manager);
      await this.runtime.publish(manager, [message]);
    });
    if (!written.duplicate) this.invocations.inc({ service: this.runtime.service, model: envelope.data.model, outcome });
    return !written.duplicate;
  }
}
