import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { kafkaBrokersFromEnv } from '@sagewire/testing';
import { ServiceProcess, WORKSPACE_ROOT } from './service-process';

export const SERVICE_NAMES = ['gateway', 'orchestrator', 'ingestion', 'retrieval', 'generation', 'guardrails', 'escalation', 'audit'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

export interface PlatformOptions {
  readonly databaseUrl: string;
  /** Extra environment per service, e.g. a slow local model for crash tests. */
  readonly env?: Partial<Record<ServiceName, Record<string, string>>>;
}

/** The distributed mode on one machine: eight processes, one real broker, one PostgreSQL database. */
export class Platform {
  readonly namespace = `e2e-${randomBytes(4).toString('hex')}`;
  readonly adminToken = randomBytes(24).toString('hex');
  readonly jwtSecret = randomBytes(32).toString('hex');
  readonly logDir = path.join(WORKSPACE_ROOT, '.local/e2e-logs', this.namespace);
  readonly services = new Map<ServiceName, ServiceProcess>();
  private readonly blobDir = mkdtempSync(path.join(tmpdir(), 'sagewire-e2e-blobs-'));

  constructor(private readonly options: PlatformOptions) {}

  get brokers(): string[] {
    return kafkaBrokersFromEnv();
  }

  service(name: ServiceName): ServiceProcess {
    const service = this.services.get(name);
    if (!service) throw new Error(`${name} is not part of this platform`);
    return service;
  }

  async start(): Promise<void> {
    for (const name of SERVICE_NAMES) {
      const env = {
        KAFKA_BROKERS: this.brokers.join(','),
        KAFKA_NAMESPACE: this.namespace,
        // Short sessions so a killed member's partitions move on quickly.
        KAFKA_SESSION_TIMEOUT_MS: '6000',
        DATABASE_URL: this.options.databaseUrl,
        DATABASE_POOL_SIZE: '3',
        BLOB_DIR: this.blobDir,
        SAGEWIRE_JWT_SECRET: this.jwtSecret,
        SAGEWIRE_ADMIN_TOKEN: this.adminToken,
        LOG_LEVEL: 'info',
        ...this.options.env?.[name],
      };
      this.services.set(name, new ServiceProcess(name, await freePort(), env, this.logDir));
    }
    // Start all at once; the two cores are busiest compiling, so readiness takes a while.
    for (const service of this.services.values()) service.start();
    await Promise.all([...this.services.values()].map((service) => service.waitReady()));
  }

  async restart(name: ServiceName): Promise<void> {
    const service = this.service(name);
    service.start();
    await service.waitReady();
  }

  async stop(): Promise<void> {
    await Promise.all([...this.services.values()].map((service) => service.stop()));
    rmSync(this.blobDir, { recursive: true, force: true });
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
