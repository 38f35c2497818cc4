import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { describeError } from '@sagewire/errors';
import { ServiceRuntime } from '@sagewire/service-kit';
import { RETRIEVAL_CONFIG, type RetrievalConfig } from '../../retrieval.config';
import { IndexProjection } from './index-projection';

/**
 * Fills the index before this process consumes anything (Nest starts the consumers after the
 * bootstrap hooks), marks `retrieval:index` ready only then, and reconciles it periodically.
 */
@Injectable()
export class IndexProjectionLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    private readonly runtime: ServiceRuntime,
    private readonly projection: IndexProjection,
    @Inject(RETRIEVAL_CONFIG) private readonly config: RetrievalConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const tenants = await this.projection.reconcile();
    this.runtime.logger.info('search index loaded', { tenants });
    this.runtime.readiness.register('retrieval:index', () => Promise.resolve());
    this.timer = setInterval(() => {
      this.running ??= this.projection
        .reconcile()
        .catch((error: unknown) => this.runtime.logger.error('index reconcile failed; retrying at the next interval', describeError(error)))
        .finally(() => (this.running = undefined));
    }, this.config.reconcileIntervalMs);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
