import { AppError } from '@sagewire/errors';
import type { Reranker } from '../../domain/rerank/reranker.port';

export interface CohereCompatibleRerankerOptions {
  /** e.g. `http://127.0.0.1:8080` (vLLM, Infinity, Jina) or `https://api.cohere.com`. */
  baseUrl: string;
  model: string;
  apiKey?: string;
  timeoutMs: number;
}

interface RerankResponse {
  results?: { index: number; relevance_score: number }[];
}

/**
 * A re-ranker behind the `POST /v1/rerank` API that Cohere defined and vLLM, Infinity, Jina and
 * others serve: `{ model, query, documents }` in, `results[{ index, relevance_score }]` out.
 * Errors name the status, never the key or the passages.
 */
export class CohereCompatibleReranker implements Reranker {
  readonly id: string;

  constructor(private readonly options: CohereCompatibleRerankerOptions) {
    this.id = `rerank:${options.model}`;
  }

  async score(query: string, passages: readonly string[]): Promise<number[]> {
    let response: Response;
    try {
      response = await fetch(new URL('/v1/rerank', this.options.baseUrl), {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(this.options.apiKey ? { authorization: `Bearer ${this.options.apiKey}` } : {}) },
        body: JSON.stringify({ model: this.options.model, query, documents: passages, top_n: passages.length }),
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
    } catch (error) {
      throw new AppError('RETRIEVAL.RERANKER_UNAVAILABLE', `The re-ranker could not be reached: ${error instanceof Error ? error.name : 'network error'}.`, { retriable: true });
    }
    if (!response.ok) {
      await response.arrayBuffer();
      const retriable = response.status === 429 || response.status >= 500;
      throw new AppError(retriable ? 'RETRIEVAL.RERANKER_UNAVAILABLE' : 'RETRIEVAL.RERANKER_REJECTED', `The re-ranker answered HTTP ${response.status}.`, { retriable });
    }
    const body = (await response.json()) as RerankResponse;
    const scores = new Array<number>(passages.length).fill(Number.NEGATIVE_INFINITY);
    for (const result of body.results ?? []) {
      if (Number.isInteger(result.index) && result.index >= 0 && result.index < passages.length && Number.isFinite(result.relevance_score)) {
        scores[result.index] = result.relevance_score;
      }
    }
    return scores;
  }
}
