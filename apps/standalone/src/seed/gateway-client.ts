import { z } from 'zod';

/**
 * The few public gateway routes the standalone calls on its own HTTP port: seeding and demo
 * sessions go through exactly the path a real client uses (auth, validation, events).
 */
export class GatewayClient {
  constructor(private readonly baseUrl: string) {}

  async createTenant(adminToken: string, name: string): Promise<CreatedTenant> {
    const created = await this.request('POST', '/v1/tenants', { 'X-Admin-Token': adminToken }, { name }, createdTenantSchema);
    return { tenantId: created.tenant.id, apiKey: created.apiKey.key };
  }

  uploadDocument(apiKey: string, document: DocumentUpload): Promise<UploadedDocument> {
    return this.request('POST', '/v1/documents', apiKeyHeaders(apiKey), document, uploadedDocumentSchema);
  }

  getDocument(apiKey: string, documentId: string): Promise<DocumentStatus> {
    return this.request('GET', `/v1/documents/${encodeURIComponent(documentId)}`, apiKeyHeaders(apiKey), undefined, documentStatusSchema);
  }

  issueCustomerToken(apiKey: string, userId: string): Promise<IssuedToken> {
    return this.request('POST', '/v1/auth/token', apiKeyHeaders(apiKey), { userId, roles: ['customer'] }, issuedTokenSchema);
  }

  private async request<S extends z.ZodType>(method: 'GET' | 'POST', path: string, headers: Record<string, string>, body: unknown, schema: S): Promise<z.infer<S>> {
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 500)}`);
    const parsed = schema.safeParse(JSON.parse(text));
    if (!parsed.success) throw new Error(`${method} ${path} answered an unexpected body: ${text.slice(0, 500)}`);
    return parsed.data;
  }
}

const apiKeyHeaders = (apiKey: string): Record<string, string> => ({ authorization: `Bearer ${apiKey}` });

export interface DocumentUpload {
  readonly title: string;
  readonly mediaType: 'text/markdown';
  readonly content: string;
  readonly language: string;
}

/** The tenant and its first admin API key (shown once: the gateway stores it hashed). */
const createdTenantSchema = z.object({ tenant: z.object({ id: z.string().min(1) }), apiKey: z.object({ key: z.string().min(1) }) });
export interface CreatedTenant {
  readonly tenantId: string;
  readonly apiKey: string;
}

const uploadedDocumentSchema = z.object({ documentId: z.string().min(1) });
export type UploadedDocument = z.infer<typeof uploadedDocumentSchema>;

/** `active` once the ingestion saga indexed the version; `failed` ends it without one. */
const documentStatusSchema = z.object({ documentId: z.string().min(1), status: z.string().min(1), error: z.string().optional() });
export type DocumentStatus = z.infer<typeof documentStatusSchema>;

const issuedTokenSchema = z.object({ accessToken: z.string().min(1) });
export type IssuedToken = z.infer<typeof issuedTokenSchema>;
