import { randomBytes } from 'node:crypto';

/**
 * The broker for integration tests. The test command (tools/scripts/test-all.sh) starts one
 * from Maven Central jars and exports KAFKA_BROKERS when the variable is not already set.
 */
export function kafkaBrokersFromEnv(): string[] {
  const value = process.env['KAFKA_BROKERS'];
  if (value === undefined || value.trim() === '') {
    throw new Error('KAFKA_BROKERS is not set: run the tests with `npm test` (it starts a broker) or point it at one, e.g. KAFKA_BROKERS=127.0.0.1:19092');
  }
  return value.split(',').map((b) => b.trim()).filter((b) => b.length > 0);
}

/** A topic name no other spec or run uses, so specs never see each other's messages. */
export function uniqueTopic(base: string): string {
  return `test.${base}.${randomBytes(4).toString('hex')}`;
}

export function uniqueGroup(base: string): string {
  return `test-${base}-${randomBytes(4).toString('hex')}`;
}
