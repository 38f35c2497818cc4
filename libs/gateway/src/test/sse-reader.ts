export interface SseMessage {
  readonly event: string;
  readonly data: string;
}

/** Reads server-sent events from a fetch response as they arrive (comments are skipped). */
export class SseReader {
  private buffer = '';
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>;
  private readonly decoder = new TextDecoder();
  readonly received: SseMessage[] = [];

  constructor(response: Response) {
    this.reader = response.body!.getReader();
  }

  /** The next event, or undefined when the stream ended. */
  async next(): Promise<SseMessage | undefined> {
    for (;;) {
      const end = this.buffer.indexOf('\n\n');
      if (end >= 0) {
        const block = this.buffer.slice(0, end);
        this.buffer = this.buffer.slice(end + 2);
        const message = parseBlock(block);
        if (message) {
          this.received.push(message);
          return message;
        }
        continue;
      }
      const { value, done } = await this.reader.read();
      if (done) return undefined;
      this.buffer += this.decoder.decode(value, { stream: true });
    }
  }

  /** Reads until `count` events arrived in total (or the stream ended). */
  async take(count: number): Promise<SseMessage[]> {
    while (this.received.length < count) {
      if (!(await this.next())) break;
    }
    return this.received;
  }

  /** Hangs up, as a client closing the page does. */
  async cancel(): Promise<void> {
    await this.reader.cancel();
  }

  async rest(): Promise<SseMessage[]> {
    while (await this.next());
    return this.received;
  }
}

function parseBlock(block: string): SseMessage | undefined {
  let event = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) continue;
    if (line.startsWith('event: ')) event = line.slice(7);
    else if (line.startsWith('data: ')) data.push(line.slice(6));
  }
  return data.length > 0 ? { event, data: data.join('\n') } : undefined;
}
