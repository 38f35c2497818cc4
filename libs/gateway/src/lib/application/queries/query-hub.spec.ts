import type { StreamEvent } from '../../domain/stream/stream-event';
import { watchResult } from './pending-result';
import { QueryHub } from './query-hub';

const sentence = (i: number, text: string) => ({ kind: 'sentence-screened', sentenceIndex: i, verdict: 'pass', screenedText: text }) as const;
const done = { kind: 'query-completed', outcome: 'answered', inputTokens: 1, outputTokens: 2 } as const;

describe('QueryHub', () => {
  let now = 0;
  const hub = (): QueryHub => new QueryHub({ bufferMs: 60_000, now: () => now });

  it('replays events that arrived before the client subscribed, then streams the rest', () => {
    const h = hub();
    h.deliver('t1', 'q1', sentence(0, 'One.'));
    const seen: StreamEvent[] = [];
    h.watch('t1', 'q1', undefined, (e) => seen.push(e));
    h.deliver('t1', 'q1', sentence(1, 'Two.'));
    h.deliver('t1', 'q1', sentence(1, 'Two.'));
    expect(seen.map((e) => e.event === 'chunk' && e.data.sequence)).toEqual([0, 1]);
  });

  it('never shows another tenant the events of a query', () => {
    const h = hub();
    const seen: StreamEvent[] = [];
    h.watch('t1', 'q1', undefined, (e) => seen.push(e));
    h.deliver('t2', 'q1', sentence(0, 'secret'));
    const other: StreamEvent[] = [];
    h.watch('t2', 'q1', undefined, (e) => other.push(e));
    expect(seen).toEqual([]);
    expect(other).toEqual([]);
  });

  it('forgets quiet, unwatched queries after the buffer time', () => {
    const h = hub();
    h.deliver('t1', 'q1', sentence(0, 'One.'));
    const stop = h.watch('t1', 'q2', undefined, () => undefined);
    now += 60_001;
    h.sweep();
    expect(h.size).toBe(1);
    stop();
    now += 60_001;
    h.sweep();
    expect(h.size).toBe(0);
  });

  it('stops waiting for the whole-answer verdict after the grace time', async () => {
    const h = new QueryHub({ bufferMs: 60_000, completionGraceMs: 10 });
    const pending = watchResult(h, 't1', 'q1', 'en', 5_000);
    h.deliver('t1', 'q1', sentence(0, 'Only.'));
    h.deliver('t1', 'q1', done);
    await expect(pending.result).resolves.toMatchObject({ outcome: 'answered', text: 'Only.' });
  });

  it('resolves a pending result at done, or undefined at the timeout', async () => {
    const h = hub();
    const pending = watchResult(h, 't1', 'q1', 'en', 5_000);
    h.deliver('t1', 'q1', sentence(0, 'Yes.'));
    h.deliver('t1', 'q1', { kind: 'answer-screened', verdict: 'pass', screenedText: 'Yes.' });
    h.deliver('t1', 'q1', done);
    await expect(pending.result).resolves.toMatchObject({ queryId: 'q1', outcome: 'answered', text: 'Yes.' });
    const late = watchResult(h, 't1', 'q9', 'en', 10);
    await expect(late.result).resolves.toBeUndefined();
  });
});
