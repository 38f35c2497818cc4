import { InvokeModelCommand, type BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import type { EmbeddingModel } from '../../../domain/embedding/embedding-model.port';
import { EMBEDDING_ERROR, embeddingError } from '../embedding-errors';
import { mapWithConcurrency } from '../map-with-concurrency';
import { mapBedrockError } from './bedrock-error.mapper';

export const TITAN_EMBED_TEXT_V2_MODEL_ID = 'amazon.titan-embed-text-v2:0';
/** The only sizes Titan Text Embeddings v2 offers. */
export const TITAN_V2_DIMENSIONS = [256, 512, 1024] as const;
export type TitanV2Dimensions = (typeof TITAN_V2_DIMENSIONS)[number];
/** Calls in flight per `embed`: Titan v2 takes one text per call, so a document is many calls. */
export const DEFAULT_BEDROCK_EMBEDDING_CONCURRENCY = 8;
/** Per call, SDK retries included. */
export const DEFAULT_BEDROCK_EMBEDDING_TIMEOUT_MS = 30_000;

export interface BedrockTitanEmbeddingOptions {
  /** One client per region, built at the composition root (its `maxAttempts` sets SDK retries). */
  readonly client: BedrockRuntimeClient;
  readonly dimensions: TitanV2Dimensions;
  readonly concurrency?: number;
  readonly timeoutMs?: number;
}

/**
 * Amazon Titan Text Embeddings v2 through Bedrock `InvokeModel`, one text per call (the
 * model takes no batches), at most `concurrency` calls at a time, each bounded by
 * `timeoutMs` across the SDK's own retries. Vectors come back L2-normalised, so cosine is a
 * dot product, as for the local model. Errors become `EMBEDDING.*` AppErrors.
 */
export class BedrockTitanEmbeddingModel implements EmbeddingModel {
  readonly id: string;
  readonly dimensions: TitanV2Dimensions;
  private readonly client: BedrockRuntimeClient;
  private readonly concurrency: number;
  private readonly timeoutMs: number;

  constructor(options: BedrockTitanEmbeddingOptions) {
    if (!(TITAN_V2_DIMENSIONS as readonly number[]).includes(options.dimensions)) {
      throw embeddingError(EMBEDDING_ERROR.MISCONFIGURED, `Titan Text Embeddings v2 offers ${TITAN_V2_DIMENSIONS.join(', ')} dimensions, not ${options.dimensions}`);
    }
    this.client = options.client;
    this.dimensions = options.dimensions;
    this.concurrency = options.concurrency ?? DEFAULT_BEDROCK_EMBEDDING_CONCURRENCY;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_BEDROCK_EMBEDDING_TIMEOUT_MS;
    this.id = `bedrock:${TITAN_EMBED_TEXT_V2_MODEL_ID}:${options.dimensions}`;
  }

  embed(texts: readonly string[]): Promise<number[][]> {
    return mapWithConcurrency(texts, this.concurrency, (text, _index, batchSignal) => this.embedOne(text, batchSignal));
  }

  private async embedOne(text: string, batchSignal: AbortSignal): Promise<number[]> {
    // Titan rejects empty input; like the local model, a text with nothing in it is similar to nothing.
    if (text.length === 0) return new Array<number>(this.dimensions).fill(0);
    const timeout = AbortSignal.timeout(this.timeoutMs);
    let body: Uint8Array;
    try {
      const output = await this.client.send(
        new InvokeModelCommand({
          modelId: TITAN_EMBED_TEXT_V2_MODEL_ID, contentType: 'application/json', accept: 'application/json',
          body: JSON.stringify({ inputText: text, dimensions: this.dimensions, normalize: true }),
        }),
        { abortSignal: AbortSignal.any([timeout, batchSignal]) },
      );
      body = output.body;
    } catch (error) {
      throw mapBedrockError(error, TITAN_EMBED_TEXT_V2_MODEL_ID, timeout.aborted);
    }
    return this.readVector(body);
  }

  private readVector(body: Uint8Array): number[] {
    let embedding: unknown;
    try {
      embedding = (JSON.parse(Buffer.from(body).toString('utf8')) as { embedding?: unknown }).embedding;
    } catch {
      throw embeddingError(EMBEDDING_ERROR.UNAVAILABLE, `Bedrock ${TITAN_EMBED_TEXT_V2_MODEL_ID} answered with a body that is not JSON`);
    }
    if (!Array.isArray(embedding) || embedding.length !== this.dimensions || !embedding.every((v) => typeof v === 'number')) {
      throw embeddingError(EMBEDDING_ERROR.MISCONFIGURED, `Bedrock ${TITAN_EMBED_TEXT_V2_MODEL_ID} did not return ${this.dimensions} numbers as "embedding"`);
    }
    return embedding as number[];
  }
}
