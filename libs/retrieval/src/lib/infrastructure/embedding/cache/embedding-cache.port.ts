/**
 * Durable store of computed vectors, keyed by model id and the hex SHA-256 of the text.
 * Implementations run each statement on its own (no caller transaction), so a model call
 * never happens with a transaction open.
 */
export interface EmbeddingCacheStore {
  /** The stored vectors among `hashes`; missing ones are simply absent from the map. */
  get(modelId: string, hashes: readonly string[]): Promise<Map<string, Float32Array>>;
  /** Stores vectors; an entry already present is left as it is. */
  put(modelId: string, entries: ReadonlyMap<string, Float32Array>): Promise<void>;
}
