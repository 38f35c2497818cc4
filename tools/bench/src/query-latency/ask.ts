import { readSse, type SseEvent } from '@sagewire/e2e-harness';

/** One streamed answer as the customer's browser sees it; times in ms from sending the request. */
export interface StreamedTimes {
  /** Response headers received (the gateway has committed the query). */
  readonly headersMs: number;
  readonly acceptedMs: number;
  /** Absent when the answer streamed no chunk (a canned reply, an escalation, a block). */
  readonly firstChunkMs: number | undefined;
  readonly doneMs: number;
  readonly chunks: number;
  readonly outcome: string;
  readonly text: string;
}

/** One JSON-mode answer: the request until the whole body is read. */
export interface JsonTimes {
  readonly totalMs: number;
  readonly outcome: string;
  readonly text: string;
}

export interface AskRequest {
  readonly baseUrl: string;
  readonly token: string;
  readonly conversationId: string;
  readonly text: string;
  readonly language: string;
  readonly timeoutMs: number;
}

/**
 * Times are taken when our SSE parser hands over each event, so they include what any client
 * pays for reading the stream; the /health/live baseline pays the same HTTP client costs.
 */
export async function askStreaming(request: AskRequest): Promise<StreamedTimes> {
  const started = performance.now();
  const stamps = new Map<string, number>();
  let chunks = 0;
  const response = await fetch(messagesUrl(request), {
    method: 'POST',
    headers: { ...jsonHeaders(request.token), Accept: 'text/event-stream' },
    body: JSON.stringify({ text: request.text, language: request.language }),
    signal: AbortSignal.timeout(request.timeoutMs),
  });
  const headersMs = performance.now() - started;
  if (!response.ok) throw new Error(`messages answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
  const events = await readSse(response, (event: SseEvent) => {
    if (!stamps.has(event.event)) stamps.set(event.event, performance.now() - started);
    if (event.event === 'chunk') chunks += 1;
  });
  const failure = events.find((e) => e.event === 'error');
  if (failure) throw new Error(`the stream ended with an error event: ${JSON.stringify(failure.data)}`);
  const done = events.find((e) => e.event === 'done')?.data as { outcome?: string; text?: string } | undefined;
  const acceptedMs = stamps.get('accepted');
  const doneMs = stamps.get('done');
  if (!done || acceptedMs === undefined || doneMs === undefined) throw new Error(`the stream ended without 'accepted' and 'done' (saw: ${events.map((e) => e.event).join(', ')})`);
  return { headersMs, acceptedMs, firstChunkMs: stamps.get('chunk'), doneMs, chunks, outcome: done.outcome ?? 'unknown', text: done.text ?? '' };
}

/** Without `Accept: text/event-stream` the gateway answers once the query ends (202 when it gives up waiting). */
export async function askJson(request: AskRequest): Promise<JsonTimes> {
  const started = performance.now();
  const response = await fetch(messagesUrl(request), {
    method: 'POST',
    headers: { ...jsonHeaders(request.token), Accept: 'application/json' },
    body: JSON.stringify({ text: request.text, language: request.language }),
    signal: AbortSignal.timeout(request.timeoutMs),
  });
  const body = await response.text();
  const totalMs = performance.now() - started;
  if (response.status === 202) return { totalMs, outcome: 'pending', text: '' };
  if (!response.ok) throw new Error(`messages answered ${response.status}: ${body.slice(0, 300)}`);
  const parsed = JSON.parse(body) as { outcome?: string; text?: string };
  return { totalMs, outcome: parsed.outcome ?? 'unknown', text: parsed.text ?? '' };
}

/** The transport floor: one HTTP round trip to the same gateway that does no work. */
export async function timeHealthLive(baseUrl: string, timeoutMs: number): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${baseUrl}/health/live`, { signal: AbortSignal.timeout(timeoutMs) });
  await response.text();
  const ms = performance.now() - started;
  if (!response.ok) throw new Error(`/health/live answered ${response.status}`);
  return ms;
}

function messagesUrl(request: AskRequest): string {
  return `${request.baseUrl}/v1/conversations/${encodeURIComponent(request.conversationId)}/messages`;
}

function jsonHeaders(token: string): Record<string, string> {
  return { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
}
