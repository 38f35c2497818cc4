/**
 * A server-sent-events parser (the `text/event-stream` format of the WHATWG HTML spec) reduced
 * to what chat completions use: the `data` of each event. Bytes may be split anywhere, inside
 * a UTF-8 sequence or between `\r` and `\n`; lines end with `\n`, `\r\n` or `\r`; lines
 * starting with `:` are comments (keep-alives); several `data` lines of one event are joined
 * with `\n`; `event`, `id` and `retry` fields are ignored.
 */
export class SseParser {
  private readonly decoder = new TextDecoder('utf-8');
  private buffer = '';
  private data: string[] = [];
  private started = false;
  /** A chunk ended with `\r`: a `\n` opening the next one belongs to the same line end. */
  private afterCarriageReturn = false;

  /** Feeds the next piece of the stream; returns the data of every event it completed, in order. */
  push(chunk: Uint8Array | string): string[] {
    let text = typeof chunk === 'string' ? chunk : this.decoder.decode(chunk, { stream: true });
    // Nothing decoded yet (half a UTF-8 sequence): keep the `\r` state for the next chunk.
    if (text.length === 0) return [];
    if (this.afterCarriageReturn && text.startsWith('\n')) text = text.slice(1);
    this.afterCarriageReturn = text.endsWith('\r');
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.startsWith('\uFEFF')) text = text.slice(1);
    }
    const lines = (this.buffer + text).split(/\r\n|\r|\n/);
    this.buffer = lines.pop() ?? '';
    const events: string[] = [];
    for (const line of lines) this.takeLine(line, events);
    return events;
  }

  /**
   * The end of the stream. The spec drops an event not closed by a blank line; this parser
   * dispatches its complete `data` lines anyway (some servers end on `data: [DONE]\n` alone)
   * and drops only an unterminated last line, which may be cut mid-JSON.
   */
  end(): string[] {
    this.buffer = '';
    const events: string[] = [];
    this.dispatch(events);
    return events;
  }

  private takeLine(line: string, events: string[]): void {
    if (line === '') return this.dispatch(events);
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    if (field !== 'data') return;
    const value = colon === -1 ? '' : line.slice(colon + 1);
    this.data.push(value.startsWith(' ') ? value.slice(1) : value);
  }

  private dispatch(events: string[]): void {
    if (this.data.length > 0) events.push(this.data.join('\n'));
    this.data = [];
  }
}
