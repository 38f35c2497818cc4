import { KafkaEventBus, NamespacedEventBus, jsonLogger, type EventBus } from '@sagewire/messaging';
import { describeError } from '@sagewire/errors';
import { FileBlobStore } from '../blob-store/file-blob-store.adapter';
import { parseConfig } from '../config/parse-config';
import { serviceProcessConfigSchema } from '../config/common-config';
import type { ServiceDefinition } from './service-definition';
import { createServiceHost, type ServiceHost } from './service-host';

/**
 * The distributed mode's composition root (apps/<service>/src/main.ts): reads and validates
 * the environment, connects to Kafka and PostgreSQL, serves HTTP on PORT, and shuts down
 * cleanly on SIGTERM/SIGINT. Exits with status 1 and a message naming the problem otherwise.
 */
export async function runServiceProcess(service: ServiceDefinition, env: NodeJS.ProcessEnv = process.env): Promise<ServiceHost> {
  const log = jsonLogger(service.name);
  try {
    const config = parseConfig(serviceProcessConfigSchema, env);
    const kafka = new KafkaEventBus({
      brokers: config.KAFKA_BROKERS,
      clientId: config.KAFKA_CLIENT_ID ?? `sagewire-${service.name}`,
      logger: jsonLogger(`${service.name}:kafka`, config.LOG_LEVEL),
      ...(config.KAFKA_SESSION_TIMEOUT_MS === undefined ? {} : { sessionTimeoutMs: config.KAFKA_SESSION_TIMEOUT_MS }),
      ...(config.KAFKA_PARTITIONS === undefined ? {} : { partitions: config.KAFKA_PARTITIONS }),
    });
    const bus: EventBus = config.KAFKA_NAMESPACE === undefined ? kafka : new NamespacedEventBus(kafka, config.KAFKA_NAMESPACE);
    const host = await createServiceHost({
      processName: service.name,
      services: [service],
      bus,
      databaseUrl: config.DATABASE_URL,
      databasePoolSize: config.DATABASE_POOL_SIZE,
      blobs: new FileBlobStore(config.BLOB_DIR),
      jwtSecret: config.SAGEWIRE_JWT_SECRET,
      env,
      logLevel: config.LOG_LEVEL,
    });
    await host.app.listen(config.PORT, '0.0.0.0');
    const address = host.app.getHttpServer().address();
    const port = typeof address === 'object' && address ? address.port : config.PORT;
    log.info('service started', { service: service.name, port });
    let closing = false;
    const shutdown = (signal: string): void => {
      if (closing) return;
      closing = true;
      log.info('shutting down', { signal });
      host
        .close()
        .then(() => bus.close())
        .then(() => process.exit(0), (error: unknown) => {
          log.error('shutdown failed', describeError(error));
          process.exit(1);
        });
    };
    process.on('SIGTERM', () => shutdown('SIGTERM'));
    process.on('SIGINT', () => shutdown('SIGINT'));
    return host;
  } catch (error) {
    log.error('service failed to start', { ...describeError(error) });
    // Exit rather than linger half-started: a supervisor (compose, Kubernetes) restarts it.
    process.exit(1);
  }
}
