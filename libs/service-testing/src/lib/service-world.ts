import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEnvelope, findContractByTopic, validateEnvelope, type Contract, type DataOf, type Envelope } from '@sagewire/contracts';
import { decodeMessage, encodeFor, InMemoryEventBus, type IncomingMessage } from '@sagewire/messaging';
import { createServiceHost, FileBlobStore, type ServiceDefinition, type ServiceHost } from '@sagewire/service-kit';
import { createTestDatabase, eventually, type TestDatabase } from '@sagewire/testing';
import { Client } from 'pg';

import { SPEC_JWT_SECRET } from './service-test-host';

/**
 * One database, one in-memory bus and one blob directory, shared by any number of service
 * hosts (one hosting several services is the embedded mode; hosts can stop and start again,
 * as processes do), plus a recorder group that keeps every message of the given contracts.
 */
export class ServiceWorld {
  private readonly seen: IncomingMessage[] = [];
  private readonly hosts = new Set<ServiceHost>();

  private constructor(
    readonly bus: InMemoryEventBus,
    readonly blobs: FileBlobStore,
    private readonly db: TestDatabase,
    private readonly blobDir: string,
  ) {}

  static async create(prefix: string, recorded: readonly Contract[]): Promise<ServiceWorld> {
    const db = await createTestDatabase(prefix);
    const bus = new InMemoryEventBus({ redeliveryDelayMs: 10 });
    const blobDir = mkdtempSync(join(tmpdir(), `${prefix}-`));
    const world = new ServiceWorld(bus, new FileBlobStore(blobDir), db, blobDir);
    await bus.subscribe({
      groupId: `${prefix}-recorder`, topics: recorded.map((c) => c.topic), fromBeginning: true,
      handler: (message) => {
        world.seen.push(message);
        return Promise.resolve();
      },
    });
    return world;
  }

  async startHost(services: readonly ServiceDefinition[], env: Record<string, string> = {}): Promise<ServiceHost> {
    const host = await createServiceHost({
      processName: services.map((s) => s.name).join('+'), services, bus: this.bus, databaseUrl: this.db.url, databasePoolSize: 5,
      blobs: this.blobs, jwtSecret: SPEC_JWT_SECRET, env, logLevel: 'error', relayPollIntervalMs: 50,
    });
    this.hosts.add(host);
    return host;
  }

  async stopHost(host: ServiceHost): Promise<void> {
    this.hosts.delete(host);
    await host.close();
  }

  /** A query on the shared database, from outside every host (it works while none runs). */
  async sql<T>(text: string, params: readonly unknown[] = []): Promise<T[]> {
    const client = new Client({ connectionString: this.db.url });
    await client.connect();
    try {
      return (await client.query(text, [...params])).rows as T[];
    } finally {
      await client.end();
    }
  }

  /** Publishes a command as another service would, keyed by the contract's subject field. */
  async send<C extends Contract>(contract: C, tenantId: string, data: DataOf<C>, correlationId?: string): Promise<Envelope<DataOf<C>>> {
    const subject = String((data as Record<string, unknown>)[contract.subject]);
    const envelope = createEnvelope(contract, data, { source: '/sagewire/spec', tenantId, correlationId: correlationId ?? subject, subject });
    await this.resend(contract, envelope);
    return envelope;
  }

  /** Publishes an envelope again, as a redelivery after a lost acknowledgement would. */
  async resend(contract: Contract, envelope: Envelope): Promise<void> {
    await this.bus.publish([encodeFor(contract, envelope)]);
  }

  /** Every recorded message, in arrival order, validated against its registered contract. */
  all(): Envelope[] {
    return this.seen.map((m) => {
      const decoded = decodeMessage(m);
      const contract = findContractByTopic(m.topic);
      const validation = decoded.ok && contract ? validateEnvelope(contract, decoded.candidate) : undefined;
      if (!validation?.ok) throw new Error(`invalid message on ${m.topic}`);
      return validation.envelope;
    });
  }

  /** Every recorded `contract` message, validated against it. */
  received<C extends Contract>(contract: C): Envelope<DataOf<C>>[] {
    return this.all()
      .filter((e) => e.type === contract.type)
      .map((e) => {
        const validation = validateEnvelope(contract, e);
        if (!validation.ok) throw new Error(`invalid ${contract.type}: ${validation.issues.join('; ')}`);
        return validation.envelope;
      });
  }

  /** Waits for `count` recorded `contract` messages that match. */
  awaitMatching<C extends Contract>(contract: C, matches: (e: Envelope<DataOf<C>>) => boolean, count = 1): Promise<Envelope<DataOf<C>>[]> {
    return eventually(() => {
      const found = this.received(contract).filter(matches);
      if (found.length < count) throw new Error(`${found.length} of ${count} matching ${contract.type} so far`);
      return found;
    });
  }

  async close(): Promise<void> {
    for (const host of [...this.hosts]) await this.stopHost(host);
    await this.bus.close();
    await this.db.drop();
    rmSync(this.blobDir, { recursive: true, force: true });
  }
}
