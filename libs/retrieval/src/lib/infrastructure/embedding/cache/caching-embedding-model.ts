import { createHash } from 'node:crypto';
import type { EmbeddingModel } from '../../../domain/embedding/embedding-model.port';
import type { EmbeddingCacheStore } from './embedding-cache.port';
import { LruCache } from './lru-cache';

/** ~8 MB of float32 vectors at 1,024 dimensions: the hot set of one process. */
export const DEFAULT_EMBEDDING_LRU_ENTRIES = 2_048;

export interface EmbeddingResult {
  /** One vector per input text, in input order. */
  readonly vectors: number[][];
  /** Inputs served from the cache (in-process or stored), not computed by the model. */
  readonly cachedCount: number;
}

/**
 * Puts a cache in front of a model: an in-process LRU, then the store, then the model for the
 * rest. Duplicate texts in one call are embedded once. Every vector returned is rounded to
 * float32, the precision it is stored in, so a text's vector is the same whether it came
 * from the model or the cache. The id is the inner model's: the vectors are its vectors.
 */
export class CachingEmbeddingModel implements EmbeddingModel {
  readonly id: string;
  readonly dimensions: number;
  private readonly lru: LruCache<string, Float32Array>;

  constructor(private readonly inner: EmbeddingModel, private readonly store: EmbeddingCacheStore | undefined, lruEntries = DEFAULT_EMBEDDING_LRU_ENTRIES) {
    this.id = inner.id;
    this.dimensions = inner.dimensions;
    this.lru = new LruCache(lruEntries);
  }

  async embed(texts: readonly string[]): Promise<number[][]> {
    return (await this.embedWithStats(texts)).vectors;
  }

  async embedWithStats(texts: readonly string[]): Promise<EmbeddingResult> {
    const hashes = texts.map(sha256);
    const found = new Map<string, Float32Array>();
    const cached = new Set<string>();
    for (const hash of new Set(hashes)) {
      const hit = this.lru.get(hash);
      if (hit !== undefined) found.set(hash, hit);
    }
    const notInMemory = [...new Set(hashes)].filter((hash) => !found.has(hash));
    if (this.store !== undefined && notInMemory.length > 0) {
      for (const [hash, vector] of await this.store.get(this.id, notInMemory)) found.set(hash, vector);
    }
    for (const hash of found.keys()) cached.add(hash);

    const missing = new Map<string, string>();
    hashes.forEach((hash, i) => {
      if (!found.has(hash) && !missing.has(hash)) missing.set(hash, texts[i]!);
    });
    if (missing.size > 0) {
      // No transaction is open here: the store commits each statement on its own.
      const computed = await this.inner.embed([...missing.values()]);
      const fresh = new Map<string, Float32Array>();
      [...missing.keys()].forEach((hash, i) => fresh.set(hash, Float32Array.from(computed[i]!)));
      if (this.store !== undefined) await this.store.put(this.id, fresh);
      for (const [hash, vector] of fresh) found.set(hash, vector);
    }
    for (const [hash, vector] of found) this.lru.set(hash, vector);
    return {
      vectors: hashes.map((hash) => Array.from(found.get(hash)!)),
      cachedCount: hashes.filter((hash) => cached.has(hash)).length,
    };
  }
}

/** Vectors and how many came from a cache, for any model (zero unless it caches). */
export async function embedWithStats(model: EmbeddingModel, texts: readonly string[]): Promise<EmbeddingResult> {
  if (model instanceof CachingEmbeddingModel) return model.embedWithStats(texts);
  return { vectors: await model.embed(texts), cachedCount: 0 };
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
