import type { IncomingHttpHeaders } from 'node:http';

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
  end(body?: string): unknown;
}
