import { parseConfig } from '@sagewire/service-kit';
import { z } from 'zod';
import { LexicalCoverageReranker } from '../../domain/rerank/lexical-coverage-reranker';
import type { Reranker } from '../../domain/rerank/reranker.port';
import { CohereCompatibleReranker } from './cohere-compatible-reranker';

const rerankConfigSchema = z
  .object({
    /** `none` (default), `lexical` (no model, no network) or `cohere` (any `POST /v1/rerank` server). */
    RETRIEVAL_RERANKER: z.enum(['none', 'lexical', 'cohere']).default('none'),
    RETRIEVAL_RERANK_URL: z.string().url().optional(),
    RETRIEVAL_RERANK_MODEL: z.string().min(1).default('rerank-v3.5'),
    /** Secret: sent as a bearer token, never logged. */
    RETRIEVAL_RERANK_API_KEY: z.string().min(1).optional(),
    /** First-stage hits the re-ranker judges (SPEC RT-08: the top 20). */
    RETRIEVAL_RERANK_CANDIDATES: z.coerce.number().int().min(2).max(100).default(20),
    RETRIEVAL_RERANK_TIMEOUT_MS: z.coerce.number().int().min(50).max(60_000).default(2_000),
  })
  .refine((c) => c.RETRIEVAL_RERANKER !== 'cohere' || c.RETRIEVAL_RERANK_URL !== undefined, {
    message: 'RETRIEVAL_RERANKER=cohere needs RETRIEVAL_RERANK_URL', path: ['RETRIEVAL_RERANK_URL'],
  });

/** The configured second stage, or none. */
export interface RerankStage {
  readonly reranker: Reranker;
  readonly candidates: number;
}

export function rerankStageFrom(env: Readonly<Record<string, string | undefined>>): RerankStage | null {
  const c = parseConfig(rerankConfigSchema, env);
  switch (c.RETRIEVAL_RERANKER) {
    case 'none':
      return null;
    case 'lexical':
      return { reranker: new LexicalCoverageReranker(), candidates: c.RETRIEVAL_RERANK_CANDIDATES };
    case 'cohere':
      return {
        reranker: new CohereCompatibleReranker({
          baseUrl: c.RETRIEVAL_RERANK_URL!, model: c.RETRIEVAL_RERANK_MODEL, timeoutMs: c.RETRIEVAL_RERANK_TIMEOUT_MS,
          ...(c.RETRIEVAL_RERANK_API_KEY === undefined ? {} : { apiKey: c.RETRIEVAL_RERANK_API_KEY }),
        }),
        candidates: c.RETRIEVAL_RERANK_CANDIDATES,
      };
  }
}
