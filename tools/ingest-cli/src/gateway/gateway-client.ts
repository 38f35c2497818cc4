import { describeCause } from '../sources/fetch-url';
import type { DocumentDetail, DocumentSummary } from './documents';

/** A request the gateway refused or could not be asked; `message` says what to do about it. */
export class GatewayRequestError extends Error {
  constructor(
    message: string,
    /** The HTTP status, or undefined when the gateway could not be reached. */
    readonly status: number | undefined,
  ) {
    super(message);
    this.name = 'GatewayRequestError';
  }
}

export interface UploadRequest {
  readonly bytes: Uint8Array;
  readonly filename: string;
  readonly mediaType: string;
  readonly title?: string;
  readonly language?: string;
  readonly aclTags: readonly string[];
  readonly documentId?: string;
}

export interface AcceptedUpload {
  readonly documentId: string;
  readonly version: number;
  readonly status: string;
}

/**
 * The gateway's document API. The API key goes as the bearer credential, as the gateway's auth
 * guard takes either an API key or an access token: exchanging it at POST /v1/auth/token first
 * would add a round trip and a token expiry for nothing.
 */
export class GatewayClient {
  constructor(
    private readonly baseUrl: string,
    private readonly apiKey: string,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  upload(request: UploadRequest): Promise<AcceptedUpload> {
    const form = new FormData();
    form.append('file', new Blob([request.bytes], { type: request.mediaType }), request.filename);
    if (request.title) form.append('title', request.title);
    if (request.language) form.append('language', request.language);
    if (request.aclTags.length > 0) form.append('aclTags', request.aclTags.join(','));
    if (request.documentId) form.append('documentId', request.documentId);
    return this.send<AcceptedUpload>('POST', '/v1/documents', form);
  }

  get(documentId: string): Promise<DocumentDetail> {
    return this.send('GET', `/v1/documents/${encodeURIComponent(documentId)}`);
  }

  async list(includeDeleted: boolean): Promise<DocumentSummary[]> {
    const body = await this.send<{ documents: DocumentSummary[] }>('GET', `/v1/documents?limit=500${includeDeleted ? '&includeDeleted=true' : ''}`);
    return body.documents;
  }

  delete(documentId: string): Promise<{ documentId: string; status: string }> {
    return this.send('DELETE', `/v1/documents/${encodeURIComponent(documentId)}`);
  }

  private async send<T>(method: string, route: string, body?: FormData): Promise<T> {
    const response = await this.fetchImpl(`${this.baseUrl}${route}`, {
      method, headers: { authorization: `Bearer ${this.apiKey}` }, ...(body ? { body } : {}),
    }).catch((error: unknown) => {
      throw new GatewayRequestError(`cannot reach the gateway at ${this.baseUrl} (${describeCause(error)}); is it running? Set --gateway or SAGEWIRE_GATEWAY_URL`, undefined);
    });
    const text = await response.text();
    if (response.ok) return JSON.parse(text) as T;
    throw new GatewayRequestError(explain(response.status, serverMessage(text)), response.status);
  }
}

function serverMessage(text: string): string {
  try {
    const body = JSON.parse(text) as { error?: { message?: unknown } };
    if (typeof body.error?.message === 'string') return body.error.message;
  } catch {
    // not JSON: a proxy's page, say what it said
  }
  return text.trim().slice(0, 300) || '(no message)';
}

/** The server's message, with what a person can do about the status. */
export function explain(status: number, message: string): string {
  switch (status) {
    case 401: return `the gateway did not accept the API key (401: ${message}); check --api-key or SAGEWIRE_API_KEY`;
    case 403: return `the API key may not do this (403: ${message}); use an admin API key of the tenant`;
    case 404: return `not found (404): ${message}`;
    case 409: return `conflict (409): ${message}`;
    case 413: return `too large for this gateway (413): ${message}`;
    case 415: return `media type refused (415): ${message}`;
    default: return `the gateway answered ${status}: ${message}`;
  }
}
