import { AnswerStreams, STREAM_IDLE_MS } from './answer-streams';

describe('AnswerStreams', () => {
  it('keeps one stream per query, and starts over for another model until the answer is in', () => {
    const streams = new AnswerStreams(() => 0);
    const first = streams.streamOf('q1', 'model-a');
    first.published = 2;
    expect(streams.streamOf('q1', 'model-a')).toBe(first);
    const fallback = streams.streamOf('q1', 'model-b');
    expect(fallback).not.toBe(first);
    expect(fallback.published).toBe(0);
    streams.finish(fallback);
    // Once finished, nothing restarts it: whatever arrives later is stale.
    expect(streams.streamOf('q1', 'model-a')).toBe(fallback);
  });

  it('drops streams idle for longer than the limit', () => {
    let now = 0;
    const streams = new AnswerStreams(() => now);
    streams.streamOf('idle', 'm');
    now = STREAM_IDLE_MS / 2;
    streams.streamOf('busy', 'm');
    now = STREAM_IDLE_MS + 1;
    streams.streamOf('busy', 'm');
    expect(streams.size).toBe(1);
    expect(streams.streamOf('idle', 'm').published).toBe(0);
  });
});
