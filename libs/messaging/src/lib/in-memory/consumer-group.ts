import type { MessageHandler } from '../event-bus.port';
import type { PartitionLog } from './partition-log';
import { PartitionWorker, type WorkerOwner } from './partition-worker';
import { Semaphore } from './semaphore';

/** One member of a group: its subscription and the workers of the partitions it owns. */
export class GroupMember implements WorkerOwner {
  alive = true;
  readonly semaphore: Semaphore;
  readonly workers = new Map<PartitionLog, PartitionWorker>();

  constructor(
    readonly id: number,
    readonly topics: readonly string[],
    readonly handler: MessageHandler,
    readonly fromBeginning: boolean,
    concurrency: number,
    private readonly group: ConsumerGroup,
    readonly redeliveryDelayMs: number,
  ) {
    this.semaphore = new Semaphore(concurrency);
  }

  isCurrent(generation: number): boolean {
    return this.alive && this.group.generation === generation;
  }

  commit(log: PartitionLog, nextOffset: number, generation: number): void {
    if (this.isCurrent(generation)) this.group.committed.set(log, nextOffset);
  }
}

/**
 * A consumer group: committed offsets and the members sharing partitions. Every join or leave
 * bumps the generation and reassigns partitions round-robin, like a Kafka rebalance.
 */
export class ConsumerGroup {
  generation = 0;
  readonly committed = new Map<PartitionLog, number>();
  readonly members: GroupMember[] = [];
  private rebalancing: Promise<void> = Promise.resolve();

  constructor(readonly groupId: string) {}

  /**
   * Serialised so concurrent joins and leaves see a consistent assignment. Graceful: current
   * workers finish their in-flight message (and commit it) before partitions move. A crashed
   * member's workers are abandoned at once; `alive = false` already fences their commits.
   */
  rebalance(partitionsOf: (topic: string) => readonly PartitionLog[], leaving?: { member: GroupMember; crashed: boolean }): Promise<void> {
    this.rebalancing = this.rebalancing.then(async () => {
      const staying = this.members.filter((m) => m !== leaving?.member);
      const leavingWorkers = leaving ? [...leaving.member.workers.values()] : [];
      if (leaving?.crashed) leavingWorkers.forEach((w) => w.abandon());
      const toStop = [...staying.flatMap((m) => [...m.workers.values()]), ...(leaving?.crashed ? [] : leavingWorkers)];
      await Promise.all(toStop.map((w) => w.stop()));
      this.members.splice(0, this.members.length, ...staying);
      this.members.forEach((m) => m.workers.clear());
      leaving?.member.workers.clear();
      this.generation += 1;
      this.assign(partitionsOf);
    });
    return this.rebalancing;
  }

  private assign(partitionsOf: (topic: string) => readonly PartitionLog[]): void {
    const topics = [...new Set(this.members.flatMap((m) => m.topics))].sort();
    for (const topic of topics) {
      const owners = this.members.filter((m) => m.topics.includes(topic));
      partitionsOf(topic).forEach((log, index) => {
        const member = owners[index % owners.length];
        if (member === undefined) return;
        const start = this.committed.get(log) ?? (member.fromBeginning ? 0 : log.endOffset);
        member.workers.set(log, new PartitionWorker(log, start, member, this.generation));
      });
    }
  }
}
