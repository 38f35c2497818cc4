import type { IncomingHttpHeaders } from 'node:http';
import { constants as http2 } from 'node:http2';

/**
 * The slice of Node's request and response objects the handlers use, met by both the
 * HTTP/1.1 (`IncomingMessage`/`ServerResponse`) and HTTP/2 compatibility (`Http2ServerRequest`/
 * `Http2ServerResponse`) APIs: the SDK talks HTTP/2 to Bedrock Runtime, curl and fetch HTTP/1.1.
 */
export interface WireRequest extends AsyncIterable<unknown> {
  readonly method?: string | undefined;
  readonly url?: string | undefined;
  readonly headers: IncomingHttpHeaders;
  resume(): unknown;
}

export interface WireResponse {
  readonly headersSent: boolean;
  writeHead(status: number, headers: Record<string, string | number>): unknown;
  write(chunk: string | Uint8Array): unknown;
  end(body?: string): unknown;
  /** Emitted when the response is finished or the client went away. */
  once(event: 'close', listener: () => void): unknown;
  /** HTTP/2 only: the request's own stream (the socket is shared by every stream of the session). */
  readonly stream?: { close(code?: number): unknown };
  /** HTTP/1.1: the connection. */
  readonly socket?: { destroy(): unknown } | null;
}

/**
 * Breaks a response off so the client sees a failed transfer rather than a short body: an
 * HTTP/2 stream is reset with INTERNAL_ERROR (other streams of the session live on), an
 * HTTP/1.1 connection is destroyed mid-body.
 */
export function breakOff(res: WireResponse): void {
  if (res.stream !== undefined) res.stream.close(http2.NGHTTP2_INTERNAL_ERROR);
  else res.socket?.destroy();
}

/** Tracks whether a response can still be written to (false after `end`, a break or a client abort). */
export function openState(res: WireResponse): () => boolean {
  let open = true;
  res.once('close', () => {
    open = false;
  });
  return () => open;
}
