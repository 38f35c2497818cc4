/**
 * Turns texts into vectors whose cosine similarity reflects relevance. Every vector an index
 * compares must come from the same model (same `id`), because vectors of different models
 * live in unrelated spaces even when their dimensions agree.
 */
export interface EmbeddingModel {
  /** Stable name including anything that changes the vectors (algorithm, version, dimensions). */
  readonly id: string;
  readonly dimensions: number;
  /** One vector of `dimensions` numbers per input text, in input order. */
  embed(texts: readonly string[]): Promise<number[][]>;
}
