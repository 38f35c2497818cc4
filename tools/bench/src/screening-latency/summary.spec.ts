import type { Distribution } from '../stats';
import type { Operation } from './operations';
import type { OperationRound } from './rounds';
import { answerCost, summarize } from './summary';

const op = (id: string, extra: Partial<Operation> = {}): Operation => ({ id, group: id.split('/')[0]!, label: id, baseline: false, part: false, count: 1, call: () => 0, ...extra });
const latency = (p50: number, p99 = p50): Distribution => ({ count: 1, min: p50, mean: p50, p50, p90: p99, p95: p99, p99, max: p99 });
const round = (figures: Record<string, [number, number?]>): OperationRound[] =>
  Object.entries(figures).map(([id, [p50, p99]]) => ({ id, latencyUs: latency(p50, p99), opsPerSec: 1e6 / p50, checksum: 0 }));

describe('summarize', () => {
  const operations = [op('g/split', { baseline: true }), op('g/screen'), op('g/part', { part: true })];
  const measured = [
    round({ 'g/split': [2], 'g/screen': [12], 'g/part': [5] }),
    round({ 'g/split': [10], 'g/screen': [14], 'g/part': [6] }),
    round({ 'g/split': [3], 'g/screen': [30], 'g/part': [7] }),
  ];
  const [split, screen, part] = summarize(operations, measured);

  it('takes the median and range across rounds of each round\'s percentile', () => {
    expect(screen!.p50).toMatchObject({ n: 3, median: 14, min: 12, max: 30 });
  });

  it('subtracts the baseline within each round before taking the median', () => {
    // Per round: 10, 4, 27. Differences of medians (14 - 3) would say 11.
    expect(screen!.addedP50).toMatchObject({ median: 10, min: 4, max: 27 });
  });

  it('gives the column to screens only, not to the baseline or to parts', () => {
    expect(split!.addedP50).toBeUndefined();
    expect(part!.addedP50).toBeUndefined();
  });
});

describe('answerCost', () => {
  it('adds the stream handler and the whole-answer screen, and splits out the screens', () => {
    const measured = [round({ 'a/split': [40, 400], 'a/stream': [100, 900], 'a/whole': [60, 500] })];
    const cost = answerCost(measured, { split: 'a/split', stream: 'a/stream', whole: 'a/whole' });
    expect(cost.streamScreensP50.median).toBe(60);
    expect(cost.totalP50.median).toBe(160);
    expect(cost.totalP99.median).toBe(1400);
  });
});
