import { readSse, type SseEvent } from './sse';

export interface Tenant {
  readonly tenantId: string;
  readonly adminKey: string;
}

/** The public API as a company's backend and its widget use it. */
export class GatewayClient {
  constructor(private readonly baseUrl: string) {}

  async createTenant(adminToken: string, name: string): Promise<Tenant> {
    const body = await this.json<{ tenant: { id: string }; apiKey: { key: string } }>('POST', '/v1/tenants', { name }, { 'X-Admin-Token': adminToken });
    return { tenantId: body.tenant.id, adminKey: body.apiKey.key };
  }

  async token(adminKey: string, userId: string, roles: string[]): Promise<string> {
    const body = await this.json<{ accessToken: string }>('POST', '/v1/auth/token', { userId, roles }, bearer(adminKey));
    return body.accessToken;
  }

  async uploadMarkdown(adminKey: string, title: string, content: string, language = 'en'): Promise<string> {
    const form = new FormData();
    form.append('file', new Blob([content], { type: 'text/markdown' }), `${title.toLowerCase().replace(/\W+/g, '-')}.md`);
    form.append('title', title);
    form.append('language', language);
    const response = await fetch(`${this.baseUrl}/v1/documents`, { method: 'POST', headers: bearer(adminKey), body: form });
    const body = (await response.json()) as { documentId?: string };
    if (response.status !== 202 || !body.documentId) throw new Error(`upload answered ${response.status}: ${JSON.stringify(body)}`);
    return body.documentId;
  }

  async waitDocumentActive(adminKey: string, documentId: string, timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let status = 'unknown';
    while (Date.now() < deadline) {
      status = (await this.json<{ status: string }>('GET', `/v1/documents/${documentId}`, undefined, bearer(adminKey))).status;
      if (status === 'active') return;
      if (status === 'failed') throw new Error(`document ${documentId} failed to ingest`);
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    throw new Error(`document ${documentId} still ${status} after ${timeoutMs} ms`);
  }

  async createConversation(token: string): Promise<string> {
    return (await this.json<{ id: string }>('POST', '/v1/conversations', {}, bearer(token))).id;
  }

  /** Sends a message and reads the SSE stream to its `done` event. */
  async askStreaming(token: string, conversationId: string, text: string, onEvent?: (event: SseEvent) => void): Promise<SseEvent[]> {
    const response = await fetch(`${this.baseUrl}/v1/conversations/${conversationId}/messages`, {
      method: 'POST',
      headers: { ...bearer(token), 'Content-Type': 'application/json', Accept: 'text/event-stream' },
      body: JSON.stringify({ text }),
    });
    if (!response.ok) throw new Error(`ask answered ${response.status}: ${await response.text()}`);
    return readSse(response, onEvent);
  }

  async json<T>(method: string, route: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
    const response = await fetch(`${this.baseUrl}${route}`, {
      method,
      headers: { ...headers, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${route} answered ${response.status}: ${text}`);
    return JSON.parse(text) as T;
  }
}

export function bearer(token: string): Record<string, string> {
  return { Authorization: `Bearer ${token}` };
}
