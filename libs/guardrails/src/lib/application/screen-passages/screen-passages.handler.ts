import { performance } from 'node:perf_hooks';
import { Injectable } from '@nestjs/common';
import { causedBy, type Envelope } from '@sagewire/contracts';
import { passagesScreenedV1 } from '@sagewire/contracts/query/passages-screened.v1';
import type { ScreenPassagesV1 } from '@sagewire/contracts/query/screen-passages.v1';
import type { DeliveryContext } from '@sagewire/messaging';
import { ServiceRuntime } from '@sagewire/service-kit';
import { screenPassages } from '../../domain/passages/screen-passages';
import { elapsedMs } from '../elapsed-ms';
import { VerdictMetrics } from '../verdict-metrics';

/**
 * Screens the retrieved passages before any model reads them and answers with those it may
 * read. Every tenant gets this screen: a knowledge base is written by many hands, and a
 * planted instruction reaches the model with the platform's authority if it gets through.
 */
@Injectable()
export class ScreenPassagesHandler {
  constructor(
    private readonly runtime: ServiceRuntime,
    private readonly metrics: VerdictMetrics,
  ) {}

  async handle(envelope: Envelope<ScreenPassagesV1>, delivery: DeliveryContext): Promise<void> {
    const { queryId, conversationId, passages } = envelope.data;
    const started = performance.now();
    const screening = screenPassages(passages);
    const latencyMs = elapsedMs(started);
    if (screening.withdrawnChunkIds.length > 0) {
      // Chunk ids only: the text is the tenant's document, which operators can read in the knowledge base.
      this.runtime.logger.warn('retrieved passages withdrawn: instructions aimed at the model', { queryId, chunkIds: screening.withdrawnChunkIds });
    }
    const outcome = await this.runtime.handleOnce(envelope, delivery, (manager) =>
      this.runtime.publish(manager, [{ contract: passagesScreenedV1, context: causedBy(envelope, this.runtime.source), data: { queryId, conversationId, ...screening, latencyMs } }]),
    );
    if (!outcome.duplicate) this.metrics.count('passages', screening.withdrawnChunkIds.length > 0 ? 'withdraw' : 'pass');
  }
}
