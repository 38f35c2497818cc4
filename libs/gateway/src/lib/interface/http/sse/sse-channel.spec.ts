import { EventEmitter } from 'node:events';
import type { Response } from 'express';
import { SseChannel } from './sse-channel';

/** Just the members SseChannel uses, recording what was written. */
class FakeResponse extends EventEmitter {
  readonly headers: Record<string, string> = {};
  readonly written: string[] = [];
  statusCode = 0;
  ended = false;
  status(code: number): this {
    this.statusCode = code;
    return this;
  }
  setHeader(name: string, value: string): void {
    this.headers[name.toLowerCase()] = value;
  }
  flushed = false;
  flushHeaders(): void {
    this.flushed = true;
  }
  write(chunk: string): boolean {
    this.written.push(chunk);
    return true;
  }
  end(): void {
    this.ended = true;
    this.emit('close');
  }
}

describe('SseChannel', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('sends event-stream headers, events and a heartbeat comment until it ends', () => {
    const response = new FakeResponse();
    const channel = new SseChannel(response as unknown as Response, 15_000);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(response.flushed).toBe(true);
    channel.event('accepted', { queryId: 'q1' });
    jest.advanceTimersByTime(15_000);
    expect(response.written).toEqual(['event: accepted\ndata: {"queryId":"q1"}\n\n', ': heartbeat\n\n']);
    channel.end();
    jest.advanceTimersByTime(60_000);
    channel.event('late', {});
    expect(response.written).toHaveLength(2);
    expect(response.ended).toBe(true);
  });

  it('runs its cleanups once when the client goes away', () => {
    const response = new FakeResponse();
    const channel = new SseChannel(response as unknown as Response, 15_000);
    const cleanup = jest.fn();
    channel.onClose(cleanup);
    response.emit('close');
    response.emit('close');
    expect(cleanup).toHaveBeenCalledTimes(1);
    channel.onClose(cleanup);
    expect(cleanup).toHaveBeenCalledTimes(2);
  });
});
