import type { EmbeddingModel, SearchBackend, SearchMode } from '@sagewire/retrieval';
import { ProgressBar } from '../progress';
import { distribution, type Distribution } from '../stats';
import type { BenchQuery } from './synthetic-corpus';

/** Hybrid is the product; bm25 and vector alone are the baselines it is compared with. */
export const QUERY_MODES: readonly SearchMode[] = ['hybrid', 'bm25', 'vector'];
/** What the retrieval contract's callers ask for (SPEC RT-06: final top_k 10). */
export const QUERY_TOP_K = 10;

/** One mode's queries in one round. Times in ms. */
export interface ModeRound {
  readonly mode: SearchMode;
  /** Embedding + search: what a caller waits for. */
  readonly total: Distribution;
  readonly embed: Distribution;
  readonly search: Distribution;
  readonly emptyResults: number;
}

/**
 * Runs the warm-up round (discarded), then `rounds` rounds in which the modes take turns
 * (hybrid, bm25, vector, hybrid, ...), so load that drifts during the bench lands on all of them
 * alike. Queries run one at a time: latency without queueing. bm25 needs no query vector and
 * does not embed.
 */
export async function queryRounds(backend: SearchBackend, model: EmbeddingModel, queries: readonly BenchQuery[], rounds: number): Promise<ModeRound[][]> {
  const measured: ModeRound[][] = [];
  for (let round = 0; round <= rounds; round++) {
    const results: ModeRound[] = [];
    for (const mode of QUERY_MODES) {
      const label = round === 0 ? `${backend.kind} ${mode} warm-up` : `${backend.kind} ${mode} round ${round}/${rounds}`;
      results.push(await runRound(backend, model, mode, queries, label));
    }
    if (round > 0) measured.push(results);
  }
  return measured;
}

async function runRound(backend: SearchBackend, model: EmbeddingModel, mode: SearchMode, queries: readonly BenchQuery[], label: string): Promise<ModeRound> {
  const total: number[] = [];
  const embed: number[] = [];
  const search: number[] = [];
  let emptyResults = 0;
  const bar = new ProgressBar(label, queries.length, () => total.length);
  for (const query of queries) {
    const t0 = performance.now();
    const queryVector = mode === 'bm25' ? undefined : (await model.embed([query.text]))[0];
    const t1 = performance.now();
    const hits = await backend.search({ tenantId: query.tenantId, queryText: query.text, topK: QUERY_TOP_K, mode, ...(queryVector ? { queryVector } : {}) });
    const t2 = performance.now();
    if (hits.length === 0) emptyResults++;
    embed.push(t1 - t0);
    search.push(t2 - t1);
    total.push(t2 - t0);
  }
  const result = { mode, total: distribution(total), embed: distribution(embed), search: distribution(search), emptyResults };
  bar.finish(`p50 ${result.total.p50.toFixed(2)} ms`);
  return result;
}
