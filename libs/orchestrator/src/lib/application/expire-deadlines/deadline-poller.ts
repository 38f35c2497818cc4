import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { describeError } from '@sagewire/errors';
import { ServiceRuntime } from '@sagewire/service-kit';
import { deadlineExpired } from '../../domain/query-saga/query-saga.inputs';
import { lockExpiredSagas } from '../../infrastructure/postgres/query-saga.repository';
import { QuerySagaRunner } from '../advance-query-saga/query-saga-runner';

export const DEADLINE_POLL_INTERVAL_MS = Symbol('deadline-poll-interval-ms');
const BATCH = 20;

/**
 * Fires the deadlines of waiting sagas: every interval it locks a batch of expired rows
 * (SKIP LOCKED, so replicas share them) and feeds each saga a DeadlineExpired input in the
 * same transaction. Timers live in the database, so they survive a crash of the orchestrator.
 */
@Injectable()
export class DeadlinePoller implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly runtime: ServiceRuntime,
    private readonly runner: QuerySagaRunner,
    @Inject(DEADLINE_POLL_INTERVAL_MS) private readonly intervalMs: number,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      this.running ??= this.pollOnce().then(
        () => undefined,
      ).finally(() => (this.running = undefined));
    }, this.intervalMs);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** Expires one batch; resolves with how many sagas it moved. */
  async pollOnce(): Promise<number> {
    try {
      return await this.runtime.transaction(async (manager) => {
        const expired = await lockExpiredSagas(manager, new Date(), BATCH);
        for (const { queryId, deadline } of expired) {
          await this.runner.advance(manager, queryId, deadlineExpired(deadline), {});
        }
        return expired.length;
      });
    } catch (error) {
      this.runtime.logger.error('deadline poll failed; retrying at the next interval', describeError(error));
      return 0;
    }
  }
}
