/**
 * Server-sent events wire format: one `event:` line, one `data:` line of JSON (JSON.stringify
 * never emits a raw newline, so one data line always suffices), then a blank line.
 */
export function sseEvent(event: string, data: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** An unnamed event, as OpenAI streams use: `data: <json>` (or `data: [DONE]`). */
export function sseData(data: unknown): string {
  return `data: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`;
}

/** A comment line: ignored by clients, keeps proxies from closing an idle connection. */
export function sseComment(text: string): string {
  return `: ${text.replace(/[\r\n]+/g, ' ')}\n\n`;
}
