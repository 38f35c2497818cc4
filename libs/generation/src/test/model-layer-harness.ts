import { randomUUID } from 'node:crypto';
import { messageOf, ServiceTestHost, SPEC_JWT_SECRET } from '@sagewire/service-testing';
import { signAccessToken, type Role } from '@sagewire/service-kit';
import { startLocalBedrock, startLocalOpenAi, type LocalBedrock, type LocalOpenAi, type LoggedRequest } from '@sagewire/bedrock-local';
import { startLocalOrderApi, type LocalOrderApi } from '@sagewire/order-api-local';
import { answerChunkGeneratedV1 } from '@sagewire/contracts/query/answer-chunk-generated.v1';
import { invokeModelV1, type InvokeModelV1 } from '@sagewire/contracts/query/invoke-model.v1';
import { modelInvocationFailedV1 } from '@sagewire/contracts/query/model-invocation-failed.v1';
import { modelInvokedV1 } from '@sagewire/contracts/query/model-invoked.v1';
import { queryRoutedV1 } from '@sagewire/contracts/query/query-routed.v1';
import type { Envelope } from '@sagewire/contracts';
import { generationService } from '../lib/generation.service';

export const SONNET = 'anthropic.claude-3-5-sonnet-20240620-v1:0';
export const HAIKU = 'anthropic.claude-3-haiku-20240307-v1:0';
export const OPENAI_MODEL = 'openai/llama3.1-8b';
/** The tenant `messageOf` puts on every command. */
export const TENANT = messageOf(invokeModelV1).tenantid;
export const ORDER_API_TOKEN = 'order-api-token-for-tests';
export const CUSTOMER = 'cust-ada';
export const OTHER_CUSTOMER = 'cust-bob';

/**
 * The generation service on the in-memory bus and real PostgreSQL, its model calls made with
 * the real AWS SDK against the local Bedrock, the OpenAI-compatible provider against its
 * local twin, and the order tool against a local Order API. Timings are shortened where a
 * test would otherwise wait (timeouts, half-open), never the retry backoff (1 s, as shipped).
 */
export class ModelLayerHarness {
  private constructor(
    readonly generation: ServiceTestHost,
    readonly bedrock: LocalBedrock,
    readonly openAi: LocalOpenAi,
    readonly orders: LocalOrderApi,
  ) {}

  static async start(prefix: string, env: Record<string, string> = {}): Promise<ModelLayerHarness> {
    // The SDK's default credential chain reads these; the local server checks only that requests are signed.
    process.env['AWS_ACCESS_KEY_ID'] ??= 'AKIDLOCALTESTING';
    process.env['AWS_SECRET_ACCESS_KEY'] ??= 'local-secret';
    const bedrock = await startLocalBedrock();
    const openAi = await startLocalOpenAi({ apiKey: 'sk-local-test-key' });
    const orders = await startLocalOrderApi({ token: ORDER_API_TOKEN, orders: ORDERS });
    const generation = await ServiceTestHost.start(prefix, generationService, [queryRoutedV1, answerChunkGeneratedV1, modelInvokedV1, modelInvocationFailedV1], {
      BEDROCK_ENDPOINT: bedrock.url,
      GENERATION_OPENAI_BASE_URL: openAi.url,
      GENERATION_OPENAI_API_KEY: 'sk-local-test-key',
      GENERATION_ORDER_API_URL: orders.url,
      GENERATION_ORDER_API_AUTH_VALUE: `Bearer ${ORDER_API_TOKEN}`,
      GENERATION_FIRST_TOKEN_TIMEOUT_MS: '1000',
      GENERATION_IDLE_TIMEOUT_MS: '1000',
      GENERATION_BREAKER_HALF_OPEN_AFTER_MS: '4000',
      GENERATION_PRICES: JSON.stringify({ 'openai/llama3.1': { inputPerMTok: 0.1, outputPerMTok: 0.2 } }),
      ...env,
    });
    return new ModelLayerHarness(generation, bedrock, openAi, orders);
  }

  /** An `InvokeModel` of the fixture's returns passages, streamed, for `model`. */
  invoke(model: string, overrides: Partial<InvokeModelV1> = {}): Envelope<InvokeModelV1> {
    // A query of its own each time: the cost ledger keeps one row per (query, model, attempt).
    return messageOf(invokeModelV1, { model, history: [], queryId: `qry_${randomUUID()}`, ...overrides });
  }

  async answer(command: Envelope<InvokeModelV1>) {
    await this.generation.publish(invokeModelV1, command);
    const [invoked] = await this.generation.awaitReplies(modelInvokedV1, command);
    return { invoked: invoked!.data, chunks: this.generation.repliesTo(answerChunkGeneratedV1, command).map((c) => c.data) };
  }

  async failure(command: Envelope<InvokeModelV1>) {
    await this.generation.publish(invokeModelV1, command);
    const [failed] = await this.generation.awaitReplies(modelInvocationFailedV1, command);
    return { failed: failed!.data, chunks: this.generation.repliesTo(answerChunkGeneratedV1, command).map((c) => c.data) };
  }

  /** Model calls the local Bedrock received for `model` since `since` (an index into the log). */
  calls(model: string, since = 0): LoggedRequest[] {
    return this.bedrock.requests.slice(since).filter((r) => r.modelId === model);
  }

  /** GET on the service's HTTP API as a caller of `tenantId` holding `role`. */
  async get(path: string, tenantId: string, role: Role): Promise<{ status: number; body: unknown }> {
    const server = this.generation.host.app.getHttpServer() as { address(): { port: number } | null; listening: boolean };
    if (!server.listening) await this.generation.host.app.listen(0, '127.0.0.1');
    const token = signAccessToken({ tenantId, subject: 'usr_costs', roles: [role] }, SPEC_JWT_SECRET, 300);
    const response = await fetch(`http://127.0.0.1:${server.address()!.port}${path}`, { headers: { authorization: `Bearer ${token}` } });
    return { status: response.status, body: (await response.json()) as unknown };
  }

  async close(): Promise<void> {
    await this.generation?.close();
    await Promise.all([this.bedrock?.close(), this.openAi?.close(), this.orders?.close()]);
  }
}

const ORDERS = [
  {
    tenantId: TENANT, orderId: 'SW-10041', customerId: CUSTOMER, status: 'shipped' as const, placedAt: '2026-11-18T14:00:00.000Z',
    carrier: 'UPS', trackingNumber: '1Z999AA10123456784', estimatedDelivery: '2026-11-25', items: [{ name: 'Trailhead 2-person tent', quantity: 1 }],
  },
  {
    tenantId: TENANT, orderId: 'SW-20077', customerId: OTHER_CUSTOMER, status: 'processing' as const, placedAt: '2026-11-21T10:00:00.000Z',
    carrier: 'DHL', trackingNumber: 'JD014600003828391', items: [{ name: 'Down sleeping bag', quantity: 1 }],
  },
];
