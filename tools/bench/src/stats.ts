/** Percentiles of one run's samples, in the samples' unit. */
export interface Distribution {
  readonly count: number;
  readonly min: number;
  readonly mean: number;
  readonly p50: number;
  readonly p90: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
}

/** How one figure varied across runs: the median is the headline, the rest is its spread. */
export interface Spread {
  readonly n: number;
  readonly median: number;
  readonly min: number;
  readonly max: number;
  /** First and third quartiles; with 5 runs they sit close to min and max, so both are kept. */
  readonly q1: number;
  readonly q3: number;
}

/**
 * Linear interpolation between the closest ranks (Hyndman–Fan type 7, numpy's default), so a
 * percentile of few values moves smoothly instead of jumping to a neighbour. `sorted` ascends.
 */
export function percentileOfSorted(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) throw new RangeError('percentile of no values');
  if (p < 0 || p > 100) throw new RangeError(`percentile ${p} is outside 0..100`);
  const rank = (p / 100) * (sorted.length - 1);
  const below = Math.floor(rank);
  const above = Math.min(below + 1, sorted.length - 1);
  const lower = sorted[below]!;
  return lower + (sorted[above]! - lower) * (rank - below);
}

export function percentile(values: ArrayLike<number>, p: number): number {
  return percentileOfSorted(sortedCopy(values), p);
}

export function distribution(samples: ArrayLike<number>): Distribution {
  const sorted = sortedCopy(samples);
  let sum = 0;
  for (const value of sorted) sum += value;
  return {
    count: sorted.length,
    min: sorted[0] ?? Number.NaN,
    mean: sorted.length === 0 ? Number.NaN : sum / sorted.length,
    p50: percentileOfSorted(sorted, 50),
    p90: percentileOfSorted(sorted, 90),
    p95: percentileOfSorted(sorted, 95),
    p99: percentileOfSorted(sorted, 99),
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

export function spread(values: readonly number[]): Spread {
  const sorted = sortedCopy(values);
  return {
    n: sorted.length,
    median: percentileOfSorted(sorted, 50),
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
    q1: percentileOfSorted(sorted, 25),
    q3: percentileOfSorted(sorted, 75),
  };
}

/** Float64Array sorts numerically (a plain array's default sort compares strings). */
function sortedCopy(values: ArrayLike<number>): Float64Array {
  return Float64Array.from(values).sort();
}
