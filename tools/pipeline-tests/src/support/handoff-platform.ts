import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Contract, Envelope } from '@sagewire/contracts';
import { escalationService } from '@sagewire/escalation';
import { gatewayService } from '@sagewire/gateway';
import { encodeFor, KafkaEventBus, NamespacedEventBus, silentLogger, type EventBus } from '@sagewire/messaging';
import { createServiceHost, FileBlobStore, type ServiceDefinition, type ServiceHost } from '@sagewire/service-kit';
import { createTestDatabase, kafkaBrokersFromEnv, type TestDatabase } from '@sagewire/testing';

export const ADMIN_TOKEN = 'handoff-admin-token-0123456789';
const JWT_SECRET = 'handoff-spec-secret-of-at-least-32-characters';

/**
 * The gateway and the escalation service as two hosts (as two processes would run them) on the
 * real Kafka broker, under a namespace of their own so no other run sees their topics and
 * groups, and on one test database (each service in its own schema). Each host, and the spec,
 * has its own Kafka client.
 */
export class HandoffPlatform {
  private constructor(
    readonly gatewayUrl: string,
    readonly escalationUrl: string,
    private readonly hosts: readonly ServiceHost[],
    private readonly buses: readonly EventBus[],
    private readonly db: TestDatabase,
    private readonly blobDir: string,
  ) {}

  static async start(): Promise<HandoffPlatform> {
    const namespace = `handoff-${randomBytes(4).toString('hex')}`;
    const brokers = kafkaBrokersFromEnv();
    const buses = ['gateway', 'escalation', 'spec'].map((name) =>
      new NamespacedEventBus(new KafkaEventBus({ brokers, clientId: `${namespace}-${name}`, sessionTimeoutMs: 6_000, logger: silentLogger }), namespace));
    const db = await createTestDatabase('handoff');
    const blobDir = await mkdtemp(join(tmpdir(), 'sagewire-handoff-'));
    const host = async (service: ServiceDefinition, bus: EventBus): Promise<ServiceHost> => {
      const started = await createServiceHost({
        processName: service.name, services: [service], bus, databaseUrl: db.url, databasePoolSize: 5, blobs: new FileBlobStore(blobDir),
        jwtSecret: JWT_SECRET, env: { SAGEWIRE_ADMIN_TOKEN: ADMIN_TOKEN }, logLevel: 'error', relayPollIntervalMs: 50,
      });
      await started.app.listen(0, '127.0.0.1');
      return started;
    };
    // One after the other: both run their migrations on the same database.
    const gateway = await host(gatewayService, buses[0]!);
    const escalation = await host(escalationService, buses[1]!);
    return new HandoffPlatform(urlOf(gateway), urlOf(escalation), [gateway, escalation], buses, db, blobDir);
  }

  /** Publishes as another service would (here: the orchestrator's `CreateTicket`). */
  async publish(contract: Contract, envelope: Envelope): Promise<void> {
    await this.buses[2]!.publish([encodeFor(contract, envelope)]);
  }

  async close(): Promise<void> {
    for (const host of this.hosts) await host.close();
    for (const bus of this.buses) await bus.close();
    await this.db.drop();
    await rm(this.blobDir, { recursive: true, force: true });
  }
}

function urlOf(host: ServiceHost): string {
  return `http://127.0.0.1:${(host.app.getHttpServer().address() as AddressInfo).port}`;
}
