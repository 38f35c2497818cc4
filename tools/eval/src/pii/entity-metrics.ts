/** Hits, false alarms and misses of one entity type (or a sum of several). */
export interface Counts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

/** Precision, recall and F1; `undefined` where the denominator is 0 (nothing predicted, nothing labelled). */
export interface Scores {
  readonly precision: number | undefined;
  readonly recall: number | undefined;
  readonly f1: number | undefined;
}

const ratio = (num: number, den: number): number | undefined => (den === 0 ? undefined : num / den);

export function scoresOf({ tp, fp, fn }: Counts): Scores {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  // F1 = 2TP / (2TP + FP + FN): equal to the harmonic mean where both exist, and 0 (not
  // undefined) when nothing was found of a labelled type.
  const f1 = ratio(2 * tp, 2 * tp + fp + fn);
  return { precision, recall, f1 };
}

/** Micro-average: sum the counts over types, then score, so each entity weighs the same. */
export function sumCounts(counts: readonly Counts[]): Counts {
  return counts.reduce((sum, c) => ({ tp: sum.tp + c.tp, fp: sum.fp + c.fp, fn: sum.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
}
