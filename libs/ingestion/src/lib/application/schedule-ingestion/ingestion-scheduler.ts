import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { describeError } from '@sagewire/errors';
import { backoffDelay, DEFAULT_RETRY_POLICY } from '@sagewire/messaging';
import { ServiceRuntime } from '@sagewire/service-kit';
import { claimNextJob, retryJobLater, type IngestionJob } from '../../infrastructure/postgres/job-queue.repository';
import { RegisterDocumentHandler } from '../register-document/register-document.handler';
import { SCHEDULING_CONFIG, type SchedulingConfig } from './scheduling.config';

/** Retries of a job that keeps failing outside its steps (database down) wait at most this long. */
const MAX_RETRY_DELAY_MS = 30_000;

/**
 * A fixed pool of workers taking registration jobs from the queue in fair order (see
 * `claimNextJob`). Idle workers sleep until woken (a job queued here, a version finished) or
 * until the poll interval passes (work queued by another replica, a retry coming due).
 */
@Injectable()
export class IngestionScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private stopped = false;
  private readonly sleepers = new Set<() => void>();
  private readonly workers: Promise<void>[] = [];

  constructor(
    private readonly runtime: ServiceRuntime,
    private readonly register: RegisterDocumentHandler,
    @Inject(SCHEDULING_CONFIG) private readonly config: SchedulingConfig,
  ) {}

  onApplicationBootstrap(): void {
    for (let i = 0; i < this.config.workers; i++) this.workers.push(this.work());
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    this.wake();
    // A job cut short here is not lost: its lease expires and a worker takes it again.
    await Promise.all(this.workers);
  }

  /** Tells idle workers there may be work (or room for a tenant that was at its limit). */
  wake(): void {
    for (const wakeUp of this.sleepers) wakeUp();
    this.sleepers.clear();
  }

  private async work(): Promise<void> {
    while (!this.stopped) {
      let job: IngestionJob | undefined;
      try {
        job = await this.runtime.transaction((manager) => claimNextJob(manager, this.config));
      } catch (error) {
        this.runtime.logger.error('could not claim an ingestion job; retrying', describeError(error));
      }
      if (job) await this.run(job);
      else await this.sleep();
    }
  }

  private async run(job: IngestionJob): Promise<void> {
    try {
      await this.register.process(job);
    } catch (error) {
      const delayMs = Math.min(MAX_RETRY_DELAY_MS, backoffDelay(DEFAULT_RETRY_POLICY, job.attempt));
      this.runtime.logger.warn('ingestion job failed; it will run again', {
        tenantId: job.tenantId, documentId: job.documentId, attempt: job.attempt, delayMs, ...describeError(error),
      });
      await this.runtime.transaction((manager) => retryJobLater(manager, job.id, delayMs)).catch((retryError: unknown) =>
        this.runtime.logger.error('could not reschedule an ingestion job; its lease will expire', describeError(retryError)));
    }
  }

  private sleep(): Promise<void> {
    return new Promise((resolve) => {
      const wakeUp = (): void => {
        clearTimeout(timer);
        this.sleepers.delete(wakeUp);
        resolve();
      };
      const timer = setTimeout(wakeUp, this.config.pollMs);
      this.sleepers.add(wakeUp);
    });
  }
}
