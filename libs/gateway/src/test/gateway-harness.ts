import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEnvelope, type Contract, type DataOf, type Envelope } from '@sagewire/contracts';
import { InMemoryEventBus, decodeMessage, encodeFor } from '@sagewire/messaging';
import { FileBlobStore, createServiceHost, type ServiceHost } from '@sagewire/service-kit';
import { createTestDatabase, uniqueGroup, type TestDatabase } from '@sagewire/testing';
import { gatewayService } from '../index';

export const ADMIN_TOKEN = 'test-admin-token-0123456789';
export const JWT_SECRET = 'test-jwt-secret-0123456789-0123456789';

export interface GatewayHarness {
  readonly baseUrl: string;
  readonly bus: InMemoryEventBus;
  readonly blobs: FileBlobStore;
  readonly host: ServiceHost;
  close(): Promise<void>;
}

/**
 * Hosts the gateway exactly as production does (createServiceHost, real HTTP), on a database of
 * its own. The admin token is set unless `withAdminToken` is false.
 */
export async function startGateway(prefix: string, env: Record<string, string> = {}, withAdminToken = true): Promise<GatewayHarness> {
  const db: TestDatabase = await createTestDatabase(prefix);
  const bus = new InMemoryEventBus();
  const blobDir = await mkdtemp(join(tmpdir(), 'sagewire-gateway-'));
  const blobs = new FileBlobStore(blobDir);
  const host = await createServiceHost({
    processName: 'gateway', services: [gatewayService], bus, databaseUrl: db.url, databasePoolSize: 5, blobs, jwtSecret: JWT_SECRET,
    env: { ...(withAdminToken ? { SAGEWIRE_ADMIN_TOKEN: ADMIN_TOKEN } : {}), ...env }, logLevel: 'error', relayPollIntervalMs: 50,
  });
  await host.app.listen(0, '127.0.0.1');
  const { port } = host.app.getHttpServer().address() as AddressInfo;
  let closed = false;
  return {
    baseUrl: `http://127.0.0.1:${port}`, bus, blobs, host,
    // Idempotent: a spec may shut the gateway down itself to watch what clients see.
    close: async () => {
      if (closed) return;
      closed = true;
      await host.close();
      await bus.close();
      await db.drop();
      await rm(blobDir, { recursive: true, force: true });
    },
  };
}

export type JsonObject = Record<string, unknown>;

/** `T` is the shape the test expects to read; assertions still check it. */
export interface ApiResponse<T = JsonObject> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T;
}

export interface ErrorBody {
  readonly error: { readonly code: string; readonly message: string; readonly type?: string };
}

export async function api<T = JsonObject>(
  h: GatewayHarness, method: string, path: string, options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { ...(options.token ? { authorization: `Bearer ${options.token}` } : {}), ...options.headers };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${h.baseUrl}${path}`, { method, headers, ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: (text.length > 0 ? JSON.parse(text) : undefined) as T };
}

export interface TestTenant {
  readonly tenantId: string;
  readonly adminKey: string;
}

export async function createTenant(h: GatewayHarness, name: string): Promise<TestTenant> {
  const response = await api<{ tenant: { id: string }; apiKey: { key: string } }>(h, 'POST', '/v1/tenants', { headers: { 'x-admin-token': ADMIN_TOKEN }, body: { name } });
  if (response.status !== 201) throw new Error(`tenant creation failed: ${response.status} ${JSON.stringify(response.body)}`);
  return { tenantId: response.body.tenant.id, adminKey: response.body.apiKey.key };
}

export async function customerToken(h: GatewayHarness, tenant: TestTenant, userId: string): Promise<string> {
  const response = await api<{ accessToken: string }>(h, 'POST', '/v1/auth/token', { token: tenant.adminKey, body: { userId, roles: ['customer'] } });
  return response.body.accessToken;
}

/** Publishes an event as another service would (straight to the bus); returns its envelope. */
export async function publish<C extends Contract>(h: GatewayHarness, contract: C, data: DataOf<C>, tenantId: string, subject: string, id?: string): Promise<Envelope> {
  const envelope = createEnvelope(contract, data, { source: '/sagewire/test', tenantId, correlationId: subject, subject, ...(id ? { id } : {}) });
  await h.bus.publish([encodeFor(contract, envelope)]);
  return envelope;
}

/** Everything published on these topics, from the beginning, as (unvalidated) envelopes. */
export async function collect(h: GatewayHarness, topics: readonly string[]): Promise<{ readonly seen: Envelope[]; close(): Promise<void> }> {
  const seen: Envelope[] = [];
  await h.bus.ensureTopics(topics);
  const subscription = await h.bus.subscribe({
    groupId: uniqueGroup('gateway-test'), topics, fromBeginning: true,
    handler: (message) => {
      const decoded = decodeMessage(message);
      if (decoded.ok) seen.push(decoded.candidate as unknown as Envelope);
      return Promise.resolve();
    },
  });
  return { seen, close: () => subscription.close() };
}
