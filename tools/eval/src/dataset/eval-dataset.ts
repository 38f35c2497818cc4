/** A document of the corpus, as BEIR's `corpus.jsonl` has it. */
export interface CorpusDocument {
  readonly id: string;
  readonly title: string;
  readonly text: string;
}

export interface EvalQuery {
  readonly id: string;
  readonly text: string;
}

/** Graded judgements per query: document id → grade. A grade of 0 or less means "judged not relevant". */
export type Qrels = ReadonlyMap<string, ReadonlyMap<string, number>>;

/** A retrieval test collection: what the evaluator indexes, asks and grades against. */
export interface EvalDataset {
  readonly name: string;
  readonly corpus: readonly CorpusDocument[];
  readonly queries: readonly EvalQuery[];
  readonly qrels: Qrels;
}

/** The queries that can be graded: those with at least one relevant (grade > 0) document. */
export function judgedQueries(dataset: EvalDataset): EvalQuery[] {
  return dataset.queries.filter((query) => [...(dataset.qrels.get(query.id)?.values() ?? [])].some((grade) => grade > 0));
}
