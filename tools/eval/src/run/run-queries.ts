import type { EmbeddingModel, SearchBackend, SearchMode } from '@sagewire/retrieval';
import type { EvalQuery, Qrels } from '../dataset/eval-dataset';
import { ndcgAt, reciprocalRankAt, recallAt } from '../metrics/ranking-metrics';
import { startProgress } from '../progress';
import { documentRanking } from './document-ranking';

export const SEARCH_MODES: readonly SearchMode[] = ['bm25', 'vector', 'hybrid'];
/** Queries searched once before timing starts in each mode (JIT, caches, OpenSearch's first requests). */
const WARM_UP_QUERIES = 20;
/** Documents kept per query in the JSON output, for looking at failures. */
const KEPT_DOCUMENTS = 10;

export interface QueryOutcome {
  readonly queryId: string;
  /** Recall at each cutoff, in the order of `cutoffs`. */
  readonly recall: number[];
  readonly reciprocalRank: number;
  readonly ndcg: number;
  /** 0 in bm25 mode: the query is not embedded there. */
  readonly embedMs: number;
  readonly searchMs: number;
  readonly topDocuments: string[];
}

export interface QuerySettings {
  readonly tenantId: string;
  /** Chunks asked of the backend per query. */
  readonly topK: number;
  /** Recall cutoffs, ascending; MRR and nDCG are cut at the largest. */
  readonly cutoffs: readonly number[];
}

/**
 * Runs every query in one mode, one at a time (latency without queueing). The vector and hybrid
 * modes embed the query first, as the retrieval service does; bm25 does not need a vector.
 */
export async function runQueries(backend: SearchBackend, model: EmbeddingModel, mode: SearchMode, queries: readonly EvalQuery[], qrels: Qrels, settings: QuerySettings): Promise<QueryOutcome[]> {
  const { tenantId, topK, cutoffs } = settings;
  const depth = cutoffs[cutoffs.length - 1]!;
  const ask = async (query: EvalQuery) => {
    const started = performance.now();
    const queryVector = mode === 'bm25' ? undefined : (await model.embed([query.text]))[0];
    const embedded = performance.now();
    const hits = await backend.search({ tenantId, queryText: query.text, topK, mode, ...(queryVector ? { queryVector } : {}) });
    return { hits, embedMs: mode === 'bm25' ? 0 : embedded - started, searchMs: performance.now() - embedded };
  };
  for (const query of queries.slice(0, WARM_UP_QUERIES)) await ask(query);

  const progress = startProgress(`${mode} queries`, queries.length);
  const outcomes: QueryOutcome[] = [];
  for (const query of queries) {
    const { hits, embedMs, searchMs } = await ask(query);
    const ranking = documentRanking(hits);
    const judgements = qrels.get(query.id) ?? new Map<string, number>();
    outcomes.push({
      queryId: query.id,
      recall: cutoffs.map((k) => recallAt(ranking, judgements, k)),
      reciprocalRank: reciprocalRankAt(ranking, judgements, depth),
      ndcg: ndcgAt(ranking, judgements, depth),
      embedMs, searchMs,
      topDocuments: [...ranking].sort((a, b) => b.score - a.score).slice(0, KEPT_DOCUMENTS).map((d) => d.id),
    });
    progress.increment();
  }
  progress.finish(`${mode}`);
  return outcomes;
}
