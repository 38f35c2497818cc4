import type { DataSource } from 'typeorm';
import type { EventBus } from '../lib/event-bus.port';

/** What the behaviour suite needs from an adapter under test. */
export interface BusHarness {
  /** A new client of the same cluster: for Kafka its own connections, like another process. */
  client(): EventBus;
  /**
   * Runs a group member that applies its effect (inbox + effect committed) and then dies before
   * its offset is committed; resolves once it is dead.
   */
  consumeThenDie(args: { topic: string; groupId: string; schema: string; dataSource: DataSource; databaseUrl: string }): Promise<void>;
  close(): Promise<void>;
}
