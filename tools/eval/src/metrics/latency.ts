/** Percentiles of a set of timings, in milliseconds. */
export interface LatencySummary {
  readonly count: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
}

/** Linear interpolation between closest ranks (Hyndman–Fan type 7, numpy's default), as tools/bench. */
export function percentile(sortedAscending: ArrayLike<number>, p: number): number {
  if (sortedAscending.length === 0) return Number.NaN;
  const rank = (p / 100) * (sortedAscending.length - 1);
  const below = Math.floor(rank);
  const above = Math.min(below + 1, sortedAscending.length - 1);
  const lower = sortedAscending[below]!;
  return lower + (sortedAscending[above]! - lower) * (rank - below);
}

export function summarizeLatency(samplesMs: ArrayLike<number>): LatencySummary {
  // Float64Array sorts numerically; a plain array's default sort compares strings.
  const sorted = Float64Array.from(samplesMs).sort();
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.length === 0 ? Number.NaN : sorted[sorted.length - 1]!,
  };
}
