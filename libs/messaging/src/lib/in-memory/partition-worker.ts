import type { MessageHandler } from '../event-bus.port';
import type { PartitionLog } from './partition-log';
import type { Semaphore } from './semaphore';

/** What a worker needs from its group: where to start, and a commit fenced by generation. */
export interface WorkerOwner {
  readonly handler: MessageHandler;
  readonly semaphore: Semaphore;
  /** False once the member crashed or the group rebalanced away from this assignment. */
  isCurrent(generation: number): boolean;
  commit(log: PartitionLog, nextOffset: number, generation: number): void;
  readonly redeliveryDelayMs: number;
}

/**
 * Delivers one partition to one member, strictly in order. The offset advances and is committed
 * only after the handler resolved; a rejection redelivers the same message after a pause.
 */
export class PartitionWorker {
  private stopped = false;
  private seekTo: number | undefined;
  private wakeWaiter: (() => void) | undefined;
  private readonly done: Promise<void>;

  constructor(
    private readonly log: PartitionLog,
    private position: number,
    private readonly owner: WorkerOwner,
    private readonly generation: number,
  ) {
    this.done = this.run();
  }

  seek(offset: number): void {
    this.seekTo = offset;
    this.wakeWaiter?.();
  }

  /** Graceful stop: lets the in-flight handler finish (and commit), then exits. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wakeWaiter?.();
    await this.done;
  }

  /** Crash: exits without waiting; a late handler result is fenced out by the generation check. */
  abandon(): void {
    this.stopped = true;
    this.wakeWaiter?.();
  }

  private active(): boolean {
    return !this.stopped && this.owner.isCurrent(this.generation);
  }

  private async run(): Promise<void> {
    while (this.active()) {
      this.applySeek();
      const message = this.log.read(this.position);
      if (message === undefined) {
        const { promise, wake } = this.log.waitForAppend();
        this.wakeWaiter = wake;
        await promise;
        continue;
      }
      await this.owner.semaphore.acquire();
      try {
        await this.owner.handler(message);
        if (!this.owner.isCurrent(this.generation)) return;
        this.position += 1;
        this.owner.commit(this.log, this.position, this.generation);
      } catch {
        // Not handled: the same message comes again, as kafkajs does after a failed eachMessage.
        await sleep(this.owner.redeliveryDelayMs);
      } finally {
        this.owner.semaphore.release();
      }
    }
  }

  private applySeek(): void {
    if (this.seekTo === undefined) return;
    this.position = this.seekTo;
    this.seekTo = undefined;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
