import type { TypedSpan } from './presidio-dataset';

/** How one sample's predictions line up with its gold spans. */
export interface SampleMatch {
  readonly truePositives: ReadonlyArray<{ readonly gold: TypedSpan; readonly predicted: TypedSpan }>;
  /** Predictions that match no gold span. */
  readonly falsePositives: readonly TypedSpan[];
  /** Gold spans that no prediction matches. */
  readonly falseNegatives: readonly TypedSpan[];
}

const overlaps = (a: TypedSpan, b: TypedSpan): boolean => a.start < b.end && b.start < a.end;
const byPosition = (a: TypedSpan, b: TypedSpan): number => a.start - b.start || a.end - b.end;

/**
 * The matching rule: a prediction matches a gold span of the same type that shares at least
 * one character with it. Matching is one-to-one: predictions are taken in text order and each
 * claims the first still-unmatched overlapping gold span, so a prediction covering two gold
 * spans counts once (the other is missed) and two predictions inside one gold span count one
 * hit and one false positive. Boundaries need not agree: "+1 555 123 4567" found as
 * "555 123 4567" is a hit, as Presidio's own evaluator allows partial overlap.
 */
export function matchSpans(gold: readonly TypedSpan[], predicted: readonly TypedSpan[]): SampleMatch {
  const unmatched = [...gold].sort(byPosition);
  const truePositives: Array<{ gold: TypedSpan; predicted: TypedSpan }> = [];
  const falsePositives: TypedSpan[] = [];
  for (const prediction of [...predicted].sort(byPosition)) {
    const at = unmatched.findIndex((g) => g.type === prediction.type && overlaps(g, prediction));
    if (at === -1) {
      falsePositives.push(prediction);
      continue;
    }
    truePositives.push({ gold: unmatched[at]!, predicted: prediction });
    unmatched.splice(at, 1);
  }
  return { truePositives, falsePositives, falseNegatives: unmatched };
}
