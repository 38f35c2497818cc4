import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateEnvelope, type Contract, type DataOf, type Envelope } from '@sagewire/contracts';
import { decodeMessage, encodeFor, InMemoryEventBus, type IncomingMessage } from '@sagewire/messaging';
import { createServiceHost, FileBlobStore, type ServiceDefinition, type ServiceHost } from '@sagewire/service-kit';
import { createTestDatabase, eventually, type TestDatabase } from '@sagewire/testing';
import type { DataSource } from 'typeorm';

/** Any 32+ characters: specs sign their own access tokens with it. */
export const SPEC_JWT_SECRET = 'service-spec-secret-of-at-least-32-characters';

/**
 * One service hosted exactly as in production (its own database, migrations, outbox relay and
 * consumer groups) on the in-memory bus, plus a recorder group reading its reply topics.
 */
export class ServiceTestHost {
  private readonly seen: IncomingMessage[] = [];

  private constructor(
    readonly host: ServiceHost,
    readonly bus: InMemoryEventBus,
    private readonly db: TestDatabase,
    private readonly blobDir: string,
    private readonly service: ServiceDefinition,
  ) {}

  static async start(prefix: string, service: ServiceDefinition, replies: readonly Contract[], env: Record<string, string> = {}): Promise<ServiceTestHost> {
    const db = await createTestDatabase(prefix);
    const bus = new InMemoryEventBus({ redeliveryDelayMs: 10 });
    const blobDir = mkdtempSync(join(tmpdir(), `${prefix}-`));
    const host = await createServiceHost({
      processName: service.name, services: [service], bus, databaseUrl: db.url, databasePoolSize: 5,
      blobs: new FileBlobStore(blobDir), jwtSecret: SPEC_JWT_SECRET, env, logLevel: 'error', relayPollIntervalMs: 50,
    });
    const harness = new ServiceTestHost(host, bus, db, blobDir, service);
    await bus.subscribe({
      groupId: `${prefix}-recorder`, topics: replies.map((c) => c.topic), fromBeginning: true,
      handler: (message) => {
        harness.seen.push(message);
        return Promise.resolve();
      },
    });
    return harness;
  }

  get sql(): DataSource {
    return this.host.runtimes.get(this.service.name)!.dataSource;
  }

  async publish(contract: Contract, envelope: Envelope): Promise<void> {
    await this.bus.publish([encodeFor(contract, envelope)]);
  }

  /** Every `contract` message recorded so far, in log order (per partition), validated. */
  received<C extends Contract>(contract: C): Envelope<DataOf<C>>[] {
    return this.seen
      .filter((m) => m.topic === contract.topic)
      .map((m) => {
        const decoded = decodeMessage(m);
        const validation = decoded.ok ? validateEnvelope(contract, decoded.candidate) : decoded;
        if (!validation.ok) throw new Error(`invalid ${contract.type} on the bus: ${validation.issues.join('; ')}`);
        return validation.envelope;
      });
  }

  /** The `contract` messages that `cause` caused. */
  repliesTo<C extends Contract>(contract: C, cause: Envelope): Envelope<DataOf<C>>[] {
    return this.received(contract).filter((e) => e.causationid === cause.id);
  }

  /** Waits until at least `count` `contract` messages match; returns them all. */
  async awaitMatching<C extends Contract>(contract: C, matches: (e: Envelope<DataOf<C>>) => boolean, count = 1): Promise<Envelope<DataOf<C>>[]> {
    return eventually(() => {
      const found = this.received(contract).filter(matches);
      if (found.length < count) throw new Error(`${found.length} of ${count} matching ${contract.type} messages so far`);
      return found;
    });
  }

  /** Waits until `cause` has caused at least `count` `contract` messages; returns them all. */
  awaitReplies<C extends Contract>(contract: C, cause: Envelope, count = 1): Promise<Envelope<DataOf<C>>[]> {
    return this.awaitMatching(contract, (e) => e.causationid === cause.id, count);
  }

  async close(): Promise<void> {
    await this.host.close();
    await this.bus.close();
    await this.db.drop();
    rmSync(this.blobDir, { recursive: true, force: true });
  }
}
