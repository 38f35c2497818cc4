import { setTimeout as sleep } from 'node:timers/promises';
import type { ModelInvokedV1 } from '@sagewire/contracts/query/model-invoked.v1';
import { LocalExtractiveAnswerer } from '../../domain/local-extractive/local-extractive-answerer';
import type { ModelProvider } from '../../domain/model-provider.port';
import type { GenerationConfig } from '../../generation.config';

/** A provider able to run a model id, and its name in the contracts (`ModelInvoked.provider`). */
export interface ResolvedProvider {
  readonly name: ModelInvokedV1['provider'];
  readonly provider: ModelProvider;
}

/** Model ids served by the local answerer: `local-extractive`, and any id starting with `local`. */
const LOCAL_MODEL_PREFIX = 'local';

/**
 * Picks the back-end for a model id. Today only the local extractive answerer is wired;
 * Bedrock and OpenAI-compatible adapters register here by id prefix when they exist, so the
 * handler never changes. Unknown ids resolve to `undefined`: the caller reports a
 * non-retriable failure and the saga moves on to the next model of its chain.
 */
export class ModelProviderRegistry {
  private readonly local: ModelProvider;

  constructor(config: GenerationConfig) {
    const chunkDelayMs = config.GENERATION_LOCAL_CHUNK_DELAY_MS;
    this.local = new LocalExtractiveAnswerer({
      chunkDelayMs,
      wordsPerChunk: config.GENERATION_WORDS_PER_CHUNK,
      // Only a real pause when one is configured: a zero-delay timer still costs a macrotask per chunk.
      ...(chunkDelayMs > 0 ? { delay: (ms: number) => sleep(ms) } : {}),
    });
  }

  resolve(model: string): ResolvedProvider | undefined {
    if (model.startsWith(LOCAL_MODEL_PREFIX)) return { name: 'local', provider: this.local };
    return undefined;
  }
}
