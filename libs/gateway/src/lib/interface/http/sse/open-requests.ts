import { Injectable, type BeforeApplicationShutdown } from '@nestjs/common';

/**
 * The requests still waiting for a query to end (streams and JSON waits). On shutdown they are
 * ended first: the HTTP server's close() waits for every open connection, and a stream whose
 * query never ends would otherwise hold the process up indefinitely.
 */
@Injectable()
export class OpenRequests implements BeforeApplicationShutdown {
  private readonly open = new Set<() => void>();
  private closing = false;

  /** `end` finishes the request politely; returns the function to call when it ended by itself. */
  track(end: () => void): () => void {
    if (this.closing) {
      end();
      return () => undefined;
    }
    this.open.add(end);
    return () => this.open.delete(end);
  }

  beforeApplicationShutdown(): void {
    this.closing = true;
    for (const end of [...this.open]) end();
    this.open.clear();
  }
}
