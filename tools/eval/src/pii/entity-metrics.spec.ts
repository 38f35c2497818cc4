import { scoresOf, sumCounts } from './entity-metrics';

describe('scoresOf', () => {
  it('computes precision, recall and F1 from the counts', () => {
    const scores = scoresOf({ tp: 8, fp: 2, fn: 8 });
    expect(scores.precision).toBeCloseTo(0.8, 12);
    expect(scores.recall).toBeCloseTo(0.5, 12);
    expect(scores.f1).toBeCloseTo((2 * 0.8 * 0.5) / 1.3, 12);
  });

  it('leaves precision undefined when nothing was predicted, and gives recall and F1 0 for a labelled type', () => {
    expect(scoresOf({ tp: 0, fp: 0, fn: 5 })).toEqual({ precision: undefined, recall: 0, f1: 0 });
  });

  it('leaves recall undefined when nothing is labelled, and precision 0 for false alarms only', () => {
    expect(scoresOf({ tp: 0, fp: 3, fn: 0 })).toEqual({ precision: 0, recall: undefined, f1: 0 });
  });
});

describe('sumCounts', () => {
  it('adds counts so the micro-average weighs every entity the same', () => {
    const total = sumCounts([
      { tp: 9, fp: 1, fn: 0 },
      { tp: 1, fp: 0, fn: 9 },
    ]);
    expect(total).toEqual({ tp: 10, fp: 1, fn: 9 });
    expect(scoresOf(total).recall).toBeCloseTo(10 / 19, 12);
  });

  it('sums nothing to zeros', () => {
    expect(sumCounts([])).toEqual({ tp: 0, fp: 0, fn: 0 });
  });
});
