import type { INestMicroservice } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { KeepErrorsForTransportFilter } from './keep-errors.filter';
import { SagewireEventTransport, type SagewireEventTransportOptions } from './sagewire-event.transport';

/**
 * Creates a service's event-consumer app on the EventBus: `@OnEvent(contract)` methods of the
 * module's controllers become the handlers, with AppError codes kept intact for retries and
 * dead letters. Call `listen()` on the result to join the consumer group.
 */
export async function createEventConsumerApp(
  module: Parameters<typeof NestFactory.createMicroservice>[0],
  options: SagewireEventTransportOptions, nest: { logger?: false } = {}): Promise<INestMicroservice> {
  const app = await NestFactory.createMicroservice(module, { strategy: new SagewireEventTransport(options), ...nest });
  app.useGlobalFilters(new KeepErrorsForTransportFilter());
  return app;
}
