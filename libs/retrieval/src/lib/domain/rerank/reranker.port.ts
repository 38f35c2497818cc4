/**
 * The optional second stage of retrieval (SPEC RT-05..RT-11): a slower, better judge of
 * relevance applied to the first stage's top candidates only.
 */
export interface Reranker {
  /** Names the model, for logs and metrics. */
  readonly id: string;
  /** One relevance score per passage, in input order; higher is more relevant. */
  score(query: string, passages: readonly string[]): Promise<number[]>;
}
