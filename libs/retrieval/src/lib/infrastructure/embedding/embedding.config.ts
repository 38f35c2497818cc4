import { parseConfig } from '@sagewire/service-kit';
import { z } from 'zod';
import { DEFAULT_LOCAL_EMBEDDING_DIMENSIONS } from '../../domain/embedding/local-embedding';
import { DEFAULT_BEDROCK_EMBEDDING_CONCURRENCY, TITAN_EMBED_TEXT_V2_MODEL_ID, TITAN_V2_DIMENSIONS, type TitanV2Dimensions } from './bedrock/bedrock-titan-embedding.adapter';
import { DEFAULT_OPENAI_EMBEDDING_BATCH_SIZE } from './openai/openai-compatible-embedding.adapter';

export const EMBEDDING_PROVIDERS = ['local', 'bedrock', 'openai'] as const;
export type EmbeddingProvider = (typeof EMBEDDING_PROVIDERS)[number];
/** Titan v2's full size (IN-20). */
export const DEFAULT_BEDROCK_EMBEDDING_DIMENSIONS: TitanV2Dimensions = 1024;
export const DEFAULT_BEDROCK_REGION = 'us-east-1';
/** SDK attempts per call (the first try included); the consumer retries beyond that. */
export const DEFAULT_BEDROCK_MAX_ATTEMPTS = 3;
export const DEFAULT_EMBEDDING_TIMEOUT_MS = 30_000;
export const DEFAULT_OPENAI_EMBEDDING_MODEL = 'text-embedding-3-small';
/** Native sizes of well-known OpenAI models, so they need no RETRIEVAL_EMBEDDING_DIMENSIONS. */
const OPENAI_NATIVE_DIMENSIONS: Readonly<Record<string, number>> = { 'text-embedding-3-small': 1536, 'text-embedding-3-large': 3072, 'text-embedding-ada-002': 1536 };

const embeddingConfigSchema = z.object({
  RETRIEVAL_EMBEDDING_PROVIDER: z.enum(EMBEDDING_PROVIDERS).default('local'),
  RETRIEVAL_EMBEDDING_MODEL: z.string().min(1).optional(),
  RETRIEVAL_EMBEDDING_DIMENSIONS: z.coerce.number().int().min(8).max(4096).optional(),
  RETRIEVAL_EMBEDDING_BATCH_SIZE: z.coerce.number().int().min(1).max(2048).default(DEFAULT_OPENAI_EMBEDDING_BATCH_SIZE),
  RETRIEVAL_EMBEDDING_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(DEFAULT_EMBEDDING_TIMEOUT_MS),
  RETRIEVAL_EMBEDDING_CACHE: z.enum(['on', 'off']).default('on'),
  BEDROCK_REGION: z.string().min(1).default(DEFAULT_BEDROCK_REGION),
  BEDROCK_ENDPOINT: z.url().optional(),
  BEDROCK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(10).default(DEFAULT_BEDROCK_MAX_ATTEMPTS),
  OPENAI_EMBEDDINGS_BASE_URL: z.url().optional(),
  // A secret: only its presence is ever checked, so no message can echo it.
  OPENAI_EMBEDDINGS_API_KEY: z.string().optional(),
}).superRefine((env, ctx) => {
  const problem = (path: string, message: string): void => ctx.addIssue({ code: 'custom', path: [path], message });
  if (env.RETRIEVAL_EMBEDDING_PROVIDER === 'local' && env.RETRIEVAL_EMBEDDING_MODEL !== undefined) problem('RETRIEVAL_EMBEDDING_MODEL', 'the local provider has one model; unset it');
  if (env.RETRIEVAL_EMBEDDING_PROVIDER === 'bedrock') {
    if (env.RETRIEVAL_EMBEDDING_MODEL !== undefined && env.RETRIEVAL_EMBEDDING_MODEL !== TITAN_EMBED_TEXT_V2_MODEL_ID) problem('RETRIEVAL_EMBEDDING_MODEL', `the bedrock provider supports ${TITAN_EMBED_TEXT_V2_MODEL_ID} only`);
    if (env.RETRIEVAL_EMBEDDING_DIMENSIONS !== undefined && !(TITAN_V2_DIMENSIONS as readonly number[]).includes(env.RETRIEVAL_EMBEDDING_DIMENSIONS)) problem('RETRIEVAL_EMBEDDING_DIMENSIONS', `Titan v2 offers ${TITAN_V2_DIMENSIONS.join(', ')}`);
  }
  if (env.RETRIEVAL_EMBEDDING_PROVIDER === 'openai') {
    if (env.OPENAI_EMBEDDINGS_BASE_URL === undefined) problem('OPENAI_EMBEDDINGS_BASE_URL', 'required when RETRIEVAL_EMBEDDING_PROVIDER=openai');
    const model = env.RETRIEVAL_EMBEDDING_MODEL ?? DEFAULT_OPENAI_EMBEDDING_MODEL;
    if (env.RETRIEVAL_EMBEDDING_DIMENSIONS === undefined && OPENAI_NATIVE_DIMENSIONS[model] === undefined) problem('RETRIEVAL_EMBEDDING_DIMENSIONS', `required for model ${model}, whose vector size is not known here`);
  }
});

export type EmbeddingConfig =
  | { readonly provider: 'local'; readonly dimensions: number; readonly cache: boolean }
  | { readonly provider: 'bedrock'; readonly dimensions: TitanV2Dimensions; readonly cache: boolean; readonly region: string; readonly endpoint: string | undefined; readonly maxAttempts: number; readonly timeoutMs: number; readonly concurrency: number }
  | {
    readonly provider: 'openai'; readonly dimensions: number; readonly cache: boolean; readonly model: string; readonly baseUrl: string;
    /** True when RETRIEVAL_EMBEDDING_DIMENSIONS was set: then it is sent, else the model's native size is expected. */
    readonly requestDimensions: boolean; readonly apiKey: string | undefined; readonly batchSize: number; readonly timeoutMs: number;
  };

/** Reads the embedding settings once, at the composition root; a bad value stops the process naming the variable. */
export function embeddingConfigFrom(env: Readonly<Record<string, string | undefined>>): EmbeddingConfig {
  const c = parseConfig(embeddingConfigSchema, env);
  const cache = c.RETRIEVAL_EMBEDDING_CACHE === 'on';
  switch (c.RETRIEVAL_EMBEDDING_PROVIDER) {
    case 'local':
      return { provider: 'local', dimensions: c.RETRIEVAL_EMBEDDING_DIMENSIONS ?? DEFAULT_LOCAL_EMBEDDING_DIMENSIONS, cache };
    case 'bedrock':
      return {
        provider: 'bedrock', cache, dimensions: (c.RETRIEVAL_EMBEDDING_DIMENSIONS ?? DEFAULT_BEDROCK_EMBEDDING_DIMENSIONS) as TitanV2Dimensions,
        region: c.BEDROCK_REGION, endpoint: c.BEDROCK_ENDPOINT, maxAttempts: c.BEDROCK_MAX_ATTEMPTS, timeoutMs: c.RETRIEVAL_EMBEDDING_TIMEOUT_MS,
        concurrency: DEFAULT_BEDROCK_EMBEDDING_CONCURRENCY,
      };
    case 'openai': {
      const model = c.RETRIEVAL_EMBEDDING_MODEL ?? DEFAULT_OPENAI_EMBEDDING_MODEL;
      return {
        provider: 'openai', cache, model, baseUrl: c.OPENAI_EMBEDDINGS_BASE_URL!,
        dimensions: c.RETRIEVAL_EMBEDDING_DIMENSIONS ?? OPENAI_NATIVE_DIMENSIONS[model]!, requestDimensions: c.RETRIEVAL_EMBEDDING_DIMENSIONS !== undefined,
        apiKey: c.OPENAI_EMBEDDINGS_API_KEY || undefined, batchSize: c.RETRIEVAL_EMBEDDING_BATCH_SIZE, timeoutMs: c.RETRIEVAL_EMBEDDING_TIMEOUT_MS,
      };
    }
  }
}
