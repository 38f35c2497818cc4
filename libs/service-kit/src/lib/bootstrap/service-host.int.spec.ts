import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { BadRequestException, Controller, Get, Module } from '@nestjs/common';
import { Ctx, Payload } from '@nestjs/microservices';
import type { Envelope } from '@sagewire/contracts';
import { createTicketV1 } from '@sagewire/contracts/query/create-ticket.v1';
import { AppError } from '@sagewire/errors';
import { DLQ_HEADERS, dlqTopicOf, encodeFor, InMemoryEventBus, OnEvent, type DeliveryContext, type IncomingMessage } from '@sagewire/messaging';
import { createTestDatabase, eventually, type TestDatabase } from '@sagewire/testing';
import { FileBlobStore } from '../blob-store/file-blob-store.adapter';
import { createServiceHost, type ServiceHost } from './service-host';
import type { ServiceDefinition } from './service-definition';

const SPEC_EVENTS = Symbol('spec-events');
const fixture = JSON.parse(readFileSync(path.join(__dirname, '../../../../contracts/fixtures/io.sagewire.query.CreateTicket.v1.json'), 'utf8')) as Envelope;

@Controller()
class RefusingConsumer {
  @OnEvent(createTicketV1, SPEC_EVENTS)
  refuse(@Payload() _envelope: Envelope, @Ctx() _delivery: DeliveryContext): Promise<void> {
    return Promise.reject(new AppError('SPEC.REFUSED', 'this spec refuses every ticket', { retriable: false }));
  }

  @Get('spec/bad-request')
  badRequest(): never {
    throw new BadRequestException('the field "x" is missing');
  }
}

@Module({})
class SpecModule {}

const specService: ServiceDefinition = {
  name: 'spec',
  schema: 'spec_service',
  migrations: [],
  consumers: [{ transportId: SPEC_EVENTS, groupId: 'spec', contracts: [createTicketV1] }],
  module: () => ({ module: SpecModule, controllers: [RefusingConsumer] }),
};

describe('a service host (HTTP app with event consumers)', () => {
  let db: TestDatabase;
  let host: ServiceHost;
  let bus: InMemoryEventBus;
  let blobDir: string;

  beforeAll(async () => {
    db = await createTestDatabase('service_host');
    bus = new InMemoryEventBus({ redeliveryDelayMs: 10 });
    blobDir = mkdtempSync(path.join(tmpdir(), 'host-spec-'));
    host = await createServiceHost({
      processName: 'spec', services: [specService], bus, databaseUrl: db.url, databasePoolSize: 2,
      blobs: new FileBlobStore(blobDir), jwtSecret: 'service-host-spec-secret-0123456789ab', env: {}, logLevel: 'error',
    });
    await host.app.listen(0, '127.0.0.1');
  });

  afterAll(async () => {
    await host?.close();
    await bus?.close();
    await db?.drop();
    rmSync(blobDir, { recursive: true, force: true });
  });

  it("keeps a handler's error code and retriable flag: a non-retriable error is dead-lettered at once with its code", async () => {
    const dead: IncomingMessage[] = [];
    await bus.subscribe({ groupId: 'spec-dlq', topics: [dlqTopicOf(createTicketV1.topic)], fromBeginning: true, handler: (m) => Promise.resolve(void dead.push(m)) });
    await bus.publish([encodeFor(createTicketV1, fixture)]);
    await eventually(() => expect(dead).toHaveLength(1));
    expect(dead[0]!.headers[DLQ_HEADERS.errorCode]).toBe('SPEC.REFUSED');
    expect(dead[0]!.headers[DLQ_HEADERS.attempts]).toBe('1');
  });

  it('answers HTTP errors as Nest does, and serves health and metrics', async () => {
    const { port } = host.app.getHttpServer().address() as { port: number };
    const bad = await fetch(`http://127.0.0.1:${port}/spec/bad-request`);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ message: 'the field "x" is missing' });
    expect((await fetch(`http://127.0.0.1:${port}/health/ready`)).status).toBe(200);
    expect(await (await fetch(`http://127.0.0.1:${port}/metrics`)).text()).toContain('sagewire_http_requests_total');
  });
});
