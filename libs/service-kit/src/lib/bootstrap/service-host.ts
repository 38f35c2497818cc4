import { randomUUID } from 'node:crypto';
import { Module, type DynamicModule, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { KeepErrorsForTransportFilter, SagewireEventTransport, jsonLogger, type EventBus } from '@sagewire/messaging';
import type { DataSource } from 'typeorm';
import type { BlobStore } from '../blob-store/blob-store.port';
import { openServiceDatabase } from '../database/open-service-database';
import { Metrics } from '../metrics/metrics';
import { JsonNestLogger } from '../nest/json-nest-logger';
import { ObservabilityModule } from '../nest/observability.module';
import { ReadinessRegistry } from '../nest/readiness-registry';
import { ServiceRuntime } from '../runtime/service-runtime';
import type { ServiceDefinition } from './service-definition';

export interface ServiceHostOptions {
  /** Name in logs and metrics: the service's name, or `standalone`. */
  readonly processName: string;
  readonly services: readonly ServiceDefinition[];
  readonly bus: EventBus;
  readonly databaseUrl: string;
  readonly databasePoolSize: number;
  readonly blobs: BlobStore;
  readonly jwtSecret: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly logLevel?: 'info' | 'warn' | 'error';
  /** More Nest modules for the HTTP app (the standalone chat page). */
  readonly extraModules?: readonly DynamicModule[];
  readonly relayPollIntervalMs?: number;
}

/** A running process: its HTTP app, runtimes and a close() that drains in the right order. */
export interface ServiceHost {
  readonly app: NestExpressApplication;
  readonly runtimes: ReadonlyMap<string, ServiceRuntime>;
  readonly metrics: Metrics;
  close(): Promise<void>;
}

/**
 * Builds one Nest HTTP app hosting the given services: each gets its schema (migrated), its
 * runtime (outbox relay, inbox) and one event transport per consumer group. Call
 * `host.app.listen(port)` afterwards.
 */
export async function createServiceHost(options: ServiceHostOptions): Promise<ServiceHost> {
  const metrics = new Metrics({ process: options.processName });
  const readiness = new ReadinessRegistry();
  const runtimes = new Map<string, ServiceRuntime>();
  const dataSources: DataSource[] = [];
  const instanceId = randomUUID().slice(0, 8);
  try {
    for (const service of options.services) {
      const dataSource = await openServiceDatabase({
        url: options.databaseUrl,
        schema: service.schema,
        migrations: service.migrations,
        poolSize: options.databasePoolSize,
        applicationName: `sagewire-${service.name}`,
      });
      dataSources.push(dataSource);
      runtimes.set(service.name, new ServiceRuntime({
        service: service.name,
        schema: service.schema,
        bus: options.bus,
        dataSource,
        blobs: options.blobs,
        logger: jsonLogger(service.name, options.logLevel),
        readiness,
        jwtSecret: options.jwtSecret,
        ...(options.relayPollIntervalMs === undefined ? {} : { relayPollIntervalMs: options.relayPollIntervalMs }),
      }));
    }
    const serviceModules = options.services.map((service) => service.module(runtimes.get(service.name)!, options.env));

    @Module({ imports: [ObservabilityModule.forRoot(metrics, readiness), ...serviceModules, ...(options.extraModules ?? [])] })
    class HostModule {}

    const app = await NestFactory.create<NestExpressApplication>(HostModule, {
      logger: new JsonNestLogger(options.processName, options.logLevel ?? 'info'),
      bodyParser: true,
    });
    // No enableShutdownHooks(): the composition roots handle SIGTERM themselves and close the
    // host, then the bus, in order; Nest's hook would re-raise the signal and cut that short.
    // Event consumers inherit this filter (inheritAppConfig): a connected microservice is
    // initialised on connect, too late to register a filter of its own.
    app.useGlobalFilters(new KeepErrorsForTransportFilter(app.getHttpAdapter()));
    connectConsumers(app, options, instanceId);
    for (const runtime of runtimes.values()) await runtime.start();
    // Lifecycle hooks (background pollers) run in init(), whether or not HTTP listens later.
    await app.init();
    await app.startAllMicroservices();
    readiness.register('consumers', () => Promise.resolve());
    return {
      app,
      runtimes,
      metrics,
      close: async () => {
        await app.close();
        for (const runtime of runtimes.values()) await runtime.stop();
        for (const dataSource of dataSources) await dataSource.destroy();
      },
    };
  } catch (error) {
    for (const runtime of runtimes.values()) await runtime.stop().catch(() => undefined);
    for (const dataSource of dataSources) await dataSource.destroy().catch(() => undefined);
    throw error;
  }
}

function connectConsumers(app: INestApplication, options: ServiceHostOptions, instanceId: string): void {
  for (const service of options.services) {
    for (const consumer of service.consumers) {
      const groupId = consumer.perInstance ? `${consumer.groupId}.${instanceId}` : consumer.groupId;
      const transport = new SagewireEventTransport({
        bus: options.bus,
        groupId,
        contracts: consumer.contracts,
        transportId: consumer.transportId,
        fromBeginning: consumer.fromBeginning ?? !consumer.perInstance,
        logger: jsonLogger(`${service.name}:${groupId}`, options.logLevel),
        ...(consumer.partitionsConsumedConcurrently === undefined ? {} : { partitionsConsumedConcurrently: consumer.partitionsConsumedConcurrently }),
      });
      app.connectMicroservice({ strategy: transport }, { inheritAppConfig: true });
    }
  }
}
