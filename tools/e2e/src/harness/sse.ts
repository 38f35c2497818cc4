/** One Server-Sent Event as the gateway streams it. */
export interface SseEvent {
  readonly event: string;
  readonly data: unknown;
}

/** Reads an SSE response to its end (or until `stopAt` is seen), parsing each event's JSON data. */
export async function readSse(response: Response, onEvent?: (event: SseEvent) => void, stopAt = 'done'): Promise<SseEvent[]> {
  if (!response.body) throw new Error('the response has no body to stream');
  const events: SseEvent[] = [];
  const decoder = new TextDecoder();
  let buffer = '';
  const reader = response.body.getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let boundary: number;
    while ((boundary = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, boundary);
      buffer = buffer.slice(boundary + 2);
      const event = parseBlock(block);
      if (!event) continue;
      events.push(event);
      onEvent?.(event);
      if (event.event === stopAt) {
        await reader.cancel();
        return events;
      }
    }
  }
  return events;
}

function parseBlock(block: string): SseEvent | undefined {
  let name = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) continue; // heartbeat comment
    if (line.startsWith('event:')) name = line.slice(6).trim();
    if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
  }
  if (data.length === 0) return undefined;
  const text = data.join('\n');
  try {
    return { event: name, data: JSON.parse(text) as unknown };
  } catch {
    return { event: name, data: text };
  }
}
