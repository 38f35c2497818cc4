import type { AddressInfo } from 'node:net';
import type { Role } from '@sagewire/service-kit';
import { signAccessToken } from '@sagewire/service-kit';
import { SPEC_JWT_SECRET, type ServiceTestHost } from '@sagewire/service-testing';

/** Who calls: a tenant, a user id (the token's subject) and roles; no `as` sends no token at all. */
export interface Caller {
  readonly tenantId: string;
  readonly subject: string;
  readonly roles: readonly Role[];
}

export interface AgentApiResponse<T> {
  readonly status: number;
  readonly body: T;
}

/** Calls the escalation host's HTTP API with a gateway-style access token, as the agent dashboard does. */
export class AgentApiClient {
  private constructor(private readonly baseUrl: string) {}

  static async listen(host: ServiceTestHost): Promise<AgentApiClient> {
    await host.host.app.listen(0, '127.0.0.1');
    const { port } = host.host.app.getHttpServer().address() as AddressInfo;
    return new AgentApiClient(`http://127.0.0.1:${port}`);
  }

  async call<T = Record<string, unknown>>(method: string, path: string, options: { as?: Caller; body?: unknown } = {}): Promise<AgentApiResponse<T>> {
    const headers: Record<string, string> = {};
    if (options.as) headers['authorization'] = `Bearer ${signAccessToken(options.as, SPEC_JWT_SECRET, 300)}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }) });
    const text = await response.text();
    return { status: response.status, body: (text.length > 0 ? JSON.parse(text) : undefined) as T };
  }
}

export const agent = (tenantId: string, subject: string): Caller => ({ tenantId, subject, roles: ['agent'] });
