import type { EmbeddingModel } from '../../../domain/embedding/embedding-model.port';
import { EMBEDDING_ERROR, embeddingError, networkErrorCode, redact, type EmbeddingErrorCode } from '../embedding-errors';
import { mapWithConcurrency } from '../map-with-concurrency';

/** Texts per request: far below OpenAI's 2,048-input limit, small enough to retry cheaply. */
export const DEFAULT_OPENAI_EMBEDDING_BATCH_SIZE = 64;
export const DEFAULT_OPENAI_EMBEDDING_TIMEOUT_MS = 30_000;
/** Requests in flight per `embed`. */
export const DEFAULT_OPENAI_EMBEDDING_CONCURRENCY = 4;

export interface OpenAiCompatibleEmbeddingOptions {
  /** Server root; requests go to `{baseUrl}/v1/embeddings`. */
  readonly baseUrl: string;
  readonly model: string;
  /** Length of every returned vector, checked on each response. */
  readonly dimensions: number;
  /** Send `dimensions` in the request (models that can shorten their vectors, e.g. text-embedding-3-*). */
  readonly requestDimensions?: boolean;
  /** Sent as `Authorization: Bearer`; never appears in an error. */
  readonly apiKey?: string;
  readonly batchSize?: number;
  readonly concurrency?: number;
  /** Per request. */
  readonly timeoutMs?: number;
}

interface EmbeddingsResponse {
  readonly data?: readonly { readonly embedding?: unknown; readonly index?: unknown }[];
}

/**
 * Any server speaking OpenAI's embeddings API (OpenAI, Azure-style gateways, vLLM, Ollama,
 * text-embeddings-inference): `POST /v1/embeddings` with `{ model, input: string[] }` in
 * batches, vectors put back in input order by `index`. 429, 5xx, timeouts and network
 * failures are retriable AppErrors; other 4xx are not.
 */
export class OpenAiCompatibleEmbeddingModel implements EmbeddingModel {
  readonly id: string;
  readonly dimensions: number;
  private readonly url: string;
  /** `url` without any user:password part, for messages. */
  private readonly shownUrl: string;
  private readonly batchSize: number;

  constructor(private readonly options: OpenAiCompatibleEmbeddingOptions) {
    this.dimensions = options.dimensions;
    this.id = `openai-compatible:${options.model}:${options.dimensions}`;
    this.url = `${options.baseUrl.replace(/\/+$/, '')}/v1/embeddings`;
    const shown = new URL(this.url);
    shown.username = '';
    shown.password = '';
    this.shownUrl = shown.toString();
    this.batchSize = options.batchSize ?? DEFAULT_OPENAI_EMBEDDING_BATCH_SIZE;
  }

  async embed(texts: readonly string[]): Promise<number[][]> {
    const batches: string[][] = [];
    for (let start = 0; start < texts.length; start += this.batchSize) batches.push(texts.slice(start, start + this.batchSize));
    const results = await mapWithConcurrency(batches, this.options.concurrency ?? DEFAULT_OPENAI_EMBEDDING_CONCURRENCY, (batch, _i, signal) => this.embedBatch(batch, signal));
    return results.flat();
  }

  private async embedBatch(input: readonly string[], batchSignal: AbortSignal): Promise<number[][]> {
    const timeout = AbortSignal.timeout(this.options.timeoutMs ?? DEFAULT_OPENAI_EMBEDDING_TIMEOUT_MS);
    let response: Response;
    let text: string;
    try {
      response = await fetch(this.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(this.options.apiKey ? { authorization: `Bearer ${this.options.apiKey}` } : {}) },
        body: JSON.stringify({ model: this.options.model, input, ...(this.options.requestDimensions ? { dimensions: this.dimensions } : {}) }),
        signal: AbortSignal.any([timeout, batchSignal]),
      });
      text = await response.text();
    } catch (error) {
      if (timeout.aborted) throw this.error(EMBEDDING_ERROR.TIMEOUT, 'no answer within the embedding timeout');
      const network = networkErrorCode(error);
      throw this.error(EMBEDDING_ERROR.UNAVAILABLE, `request failed (${network ?? (error instanceof Error ? error.message : String(error))})`);
    }
    if (!response.ok) throw this.statusError(response, text);
    return this.readVectors(text, input.length);
  }

  private statusError(response: Response, body: string): Error {
    const status = response.status;
    const code: EmbeddingErrorCode =
      status === 429 ? EMBEDDING_ERROR.THROTTLED
      : status === 408 ? EMBEDDING_ERROR.TIMEOUT
      : status >= 500 ? EMBEDDING_ERROR.UNAVAILABLE
      : status === 401 || status === 403 || status === 404 ? EMBEDDING_ERROR.MISCONFIGURED
      : EMBEDDING_ERROR.INVALID_INPUT;
    const retryAfter = Number(response.headers.get('retry-after'));
    return this.error(code, `HTTP ${status}: ${providerMessage(body)}`, { httpStatus: status, ...(retryAfter > 0 ? { retryAfterMs: retryAfter * 1000 } : {}) });
  }

  private readVectors(body: string, expected: number): number[][] {
    let parsed: EmbeddingsResponse;
    try {
      parsed = JSON.parse(body) as EmbeddingsResponse;
    } catch {
      throw this.error(EMBEDDING_ERROR.UNAVAILABLE, 'answered 200 with a body that is not JSON');
    }
    const vectors = new Array<number[] | undefined>(expected);
    for (const item of parsed.data ?? []) {
      const { index, embedding } = item;
      if (typeof index !== 'number' || index < 0 || index >= expected || !Array.isArray(embedding)) continue;
      vectors[index] = embedding as number[];
    }
    if (vectors.some((v) => v === undefined || v.length !== this.dimensions || !v.every((x) => typeof x === 'number'))) {
      throw this.error(EMBEDDING_ERROR.MISCONFIGURED, `did not return ${expected} vectors of ${this.dimensions} numbers (check the model and RETRIEVAL_EMBEDDING_DIMENSIONS)`);
    }
    return vectors as number[][];
  }

  private error(code: EmbeddingErrorCode, reason: string, details: Record<string, unknown> = {}): Error {
    const secrets = this.options.apiKey ? [this.options.apiKey] : [];
    return embeddingError(code, redact(`embeddings from ${this.options.model} at ${this.shownUrl} failed: ${reason}`, secrets), { provider: 'openai-compatible', model: this.options.model, ...details });
  }
}

/** OpenAI's `{ error: { message } }`, or the start of whatever else the server said. */
function providerMessage(body: string): string {
  try {
    const message = (JSON.parse(body) as { error?: { message?: unknown } }).error?.message;
    if (typeof message === 'string') return message;
  } catch {
    // not JSON: fall through to the raw text
  }
  return body.slice(0, 200) || '(empty body)';
}
