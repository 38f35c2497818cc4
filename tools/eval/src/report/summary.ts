import type { SearchMode } from '@sagewire/retrieval';
import { summarizeLatency, type LatencySummary } from '../metrics/latency';
import type { QueryOutcome } from '../run/run-queries';

export interface ModeSummary {
  readonly mode: SearchMode;
  readonly queries: number;
  /** Mean Recall@k per cutoff, in the order of the cutoffs. */
  readonly recall: number[];
  readonly mrr: number;
  readonly ndcg: number;
  /** Embedding of the query plus the search: what a caller of the retrieval service waits for. */
  readonly totalMs: LatencySummary;
  readonly embedMs: LatencySummary;
  readonly searchMs: LatencySummary;
}

/** Means over the graded queries (every outcome has at least one relevant judgement). */
export function summarizeMode(mode: SearchMode, outcomes: readonly QueryOutcome[], cutoffs: readonly number[]): ModeSummary {
  const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
  return {
    mode,
    queries: outcomes.length,
    recall: cutoffs.map((_, i) => mean(outcomes.map((o) => o.recall[i]!))),
    mrr: mean(outcomes.map((o) => o.reciprocalRank)),
    ndcg: mean(outcomes.map((o) => o.ndcg)),
    totalMs: summarizeLatency(outcomes.map((o) => o.embedMs + o.searchMs)),
    embedMs: summarizeLatency(outcomes.map((o) => o.embedMs)),
    searchMs: summarizeLatency(outcomes.map((o) => o.searchMs)),
  };
}
