/** Redraws at most this often: a bar is for people, and every redraw costs the measured process. */
const REDRAW_MS = 200;
const WIDTH = 20;

/**
 * A one-line progress bar on stderr, so stdout keeps only the results. On a terminal it is
 * redrawn in place; elsewhere (CI logs, pipes) only the finished line is written.
 */
export class ProgressBar {
  private readonly interactive: boolean;
  private readonly startedAt = performance.now();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly label: string,
    private readonly total: number,
    private readonly current: () => number,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {
    this.interactive = stream.isTTY;
    if (this.interactive) {
      this.draw();
      this.timer = setInterval(() => this.draw(), REDRAW_MS);
      this.timer.unref();
    }
  }

  /** Draws the final state and ends the line; `note` is appended (for example the run's figure). */
  finish(note = ''): void {
    clearInterval(this.timer);
    this.timer = undefined;
    const seconds = ((performance.now() - this.startedAt) / 1000).toFixed(1);
    const line = `${this.render()} ${seconds}s${note === '' ? '' : `  ${note}`}`;
    this.stream.write(this.interactive ? `\r${line}\x1b[K\n` : `${line}\n`);
  }

  private draw(): void {
    this.stream.write(`\r${this.render()}\x1b[K`);
  }

  private render(): string {
    const done = Math.min(this.current(), this.total);
    const filled = this.total === 0 ? WIDTH : Math.floor((done / this.total) * WIDTH);
    return `[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${this.label} (${done}/${this.total})`;
  }
}
