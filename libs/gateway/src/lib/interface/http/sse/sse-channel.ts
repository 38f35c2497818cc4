import type { Response } from 'express';
import { sseComment, sseData, sseEvent } from '../../../domain/stream/sse';

/**
 * One open server-sent-events response: headers that keep proxies from buffering, a heartbeat
 * comment so idle connections stay open, and one cleanup however the stream ends (done, or
 * the client went away).
 */
export class SseChannel {
  private closed = false;
  private readonly heartbeat: NodeJS.Timeout;
  private readonly cleanups: (() => void)[] = [];

  constructor(private readonly response: Response, heartbeatMs: number, headers: Record<string, string> = {}) {
    response.status(200);
    response.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
    response.setHeader('Cache-Control', 'no-cache, no-transform');
    response.setHeader('Connection', 'keep-alive');
    response.setHeader('X-Accel-Buffering', 'no');
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    response.flushHeaders();
    this.heartbeat = setInterval(() => this.write(sseComment('heartbeat')), heartbeatMs);
    this.heartbeat.unref();
    response.on('close', () => this.close());
  }

  /** Runs when the stream ends, whichever way. */
  onClose(cleanup: () => void): void {
    if (this.closed) cleanup();
    else this.cleanups.push(cleanup);
  }

  event(name: string, data: unknown): void {
    this.write(sseEvent(name, data));
  }

  data(data: unknown): void {
    this.write(sseData(data));
  }

  end(): void {
    if (this.closed) return;
    this.response.end();
    this.close();
  }

  private write(chunk: string): void {
    if (!this.closed) this.response.write(chunk);
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.heartbeat);
    for (const cleanup of this.cleanups.splice(0)) cleanup();
  }
}
