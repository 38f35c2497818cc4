import { MultiBar, Presets } from 'cli-progress';
import type { Output } from '../cli/output';

/** What `upload` tells the person watching, as it happens. */
export interface UploadReporter {
  note(message: string): void;
  uploaded(label: string, documentId: string, version: number): void;
  indexed(label: string, documentId: string): void;
  failed(label: string, reason: string): void;
  finish(): void;
}

export type ReporterMode = 'bar' | 'lines' | 'json';

export function reporterMode(output: Output, json: boolean): ReporterMode {
  if (json) return 'json';
  return output.isTTY ? 'bar' : 'lines';
}

/** One bar: items done of the total (done = uploaded, or indexed when waiting), with the counts. */
class BarReporter implements UploadReporter {
  private readonly bars = new MultiBar({ format: '{bar} {value}/{total} | uploaded {uploaded} | indexed {indexed} | failed {failed}', hideCursor: true, clearOnComplete: false }, Presets.shades_classic);
  private readonly counts = { uploaded: 0, indexed: 0, failed: 0 };
  private readonly bar;

  constructor(total: number, private readonly wait: boolean) {
    this.bar = this.bars.create(total, 0, this.counts);
  }

  note(message: string): void {
    this.bars.log(`${message}\n`);
  }

  uploaded(): void {
    this.counts.uploaded += 1;
    this.bar.update(this.done(), this.counts);
  }

  indexed(): void {
    this.counts.indexed += 1;
    this.bar.update(this.done(), this.counts);
  }

  failed(label: string, reason: string): void {
    this.counts.failed += 1;
    this.bars.log(`failed ${label}: ${reason}\n`);
    this.bar.update(this.done(), this.counts);
  }

  finish(): void {
    this.bars.stop();
  }

  private done(): number {
    return (this.wait ? this.counts.indexed : this.counts.uploaded) + this.counts.failed;
  }
}

class LineReporter implements UploadReporter {
  constructor(private readonly output: Output) {}

  note(message: string): void {
    this.output.stderr(`${message}\n`);
  }

  uploaded(label: string, documentId: string, version: number): void {
    this.output.stdout(`uploaded ${label} -> ${documentId} (version ${version})\n`);
  }

  indexed(label: string, documentId: string): void {
    this.output.stdout(`indexed ${label} (${documentId})\n`);
  }

  failed(label: string, reason: string): void {
    this.output.stdout(`failed ${label}: ${reason}\n`);
  }

  finish(): void {
    return undefined; // every line is out already
  }
}

/** Machine output is the final JSON document alone; notes go to stderr. */
class JsonReporter implements UploadReporter {
  constructor(private readonly output: Output) {}

  note(message: string): void {
    this.output.stderr(`${message}\n`);
  }

  // The outcome of each upload is in the final document; nothing is said on the way.
  uploaded(): void {
    return undefined;
  }

  indexed(): void {
    return undefined;
  }

  failed(): void {
    return undefined;
  }

  finish(): void {
    return undefined;
  }
}

export function createReporter(mode: ReporterMode, output: Output, total: number, wait: boolean): UploadReporter {
  if (mode === 'bar') return new BarReporter(total, wait);
  return mode === 'lines' ? new LineReporter(output) : new JsonReporter(output);
}
