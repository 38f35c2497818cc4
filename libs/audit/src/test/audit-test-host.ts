import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Contract, Envelope } from '@sagewire/contracts';
import { encodeFor, InMemoryEventBus } from '@sagewire/messaging';
import { createServiceHost, FileBlobStore, signAccessToken, type Role, type ServiceHost } from '@sagewire/service-kit';
import { createTestDatabase, eventually, type TestDatabase } from '@sagewire/testing';
import type { DataSource } from 'typeorm';
import { auditService } from '../lib/audit.service';

export const JWT_SECRET = 'audit-spec-secret-of-at-least-32-characters';

/** The audit service hosted as in production, on a database of its own and the in-memory bus. */
export class AuditTestHost {
  readonly hosts: ServiceHost[] = [];

  private constructor(readonly db: TestDatabase, readonly bus: InMemoryEventBus, private readonly blobDir: string) {}

  static async start(prefix: string, replicas = 1): Promise<AuditTestHost> {
    const harness = new AuditTestHost(await createTestDatabase(prefix), new InMemoryEventBus({ redeliveryDelayMs: 10 }), mkdtempSync(join(tmpdir(), 'audit-')));
    // Replicas share the consumer group: the bus splits the partitions between them.
    for (let i = 0; i < replicas; i++) await harness.addReplica();
    return harness;
  }

  private async addReplica(): Promise<void> {
    const host = await createServiceHost({
      processName: 'audit', services: [auditService], bus: this.bus, databaseUrl: this.db.url, databasePoolSize: 5,
      blobs: new FileBlobStore(this.blobDir), jwtSecret: JWT_SECRET, env: {}, logLevel: 'error', relayPollIntervalMs: 50,
    });
    this.hosts.push(host);
    await host.app.listen(0, '127.0.0.1');
  }

  get sql(): DataSource {
    return this.hosts[0]!.runtimes.get('audit')!.dataSource;
  }

  async publish(contract: Contract, envelope: Envelope): Promise<void> {
    await this.bus.publish([encodeFor(contract, envelope)]);
  }

  /** Waits until the event's row is in the log. */
  async recorded(envelope: Envelope): Promise<void> {
    await eventually(async () => {
      const rows = await this.sql.query<unknown[]>('SELECT 1 FROM audit.events WHERE event_id = $1', [envelope.id]);
      if (rows.length === 0) throw new Error(`event ${envelope.id} (${envelope.type}) not recorded yet`);
    });
  }

  /** GET on the first replica, as a caller of `tenantId` holding `role` (no token when role is undefined). */
  async get(path: string, tenantId: string, role?: Role): Promise<{ status: number; body: unknown; text: string }> {
    const address = this.hosts[0]!.app.getHttpServer().address() as { port: number };
    const headers: Record<string, string> = role === undefined ? {} : { authorization: `Bearer ${signAccessToken({ tenantId, subject: 'usr_1', roles: [role] }, JWT_SECRET, 300)}` };
    const response = await fetch(`http://127.0.0.1:${address.port}${path}`, { headers });
    const text = await response.text();
    const json = response.headers.get('content-type')?.includes('json') ? (JSON.parse(text) as unknown) : undefined;
    return { status: response.status, body: json, text };
  }

  async close(): Promise<void> {
    for (const host of this.hosts) await host.close();
    await this.bus.close();
    await this.db.drop();
    rmSync(this.blobDir, { recursive: true, force: true });
  }
}
