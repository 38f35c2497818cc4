import { Presets, SingleBar } from 'cli-progress';

/** What a phase reports as it goes. */
export interface Progress {
  increment(by?: number): void;
  /** Ends the bar; `note` (e.g. the phase's duration) is printed after the label. */
  finish(note: string): void;
}

/**
 * A cli-progress bar on stderr when stderr is a terminal; elsewhere (CI logs, pipes) only the
 * finished line, so logs stay readable and stdout keeps only the results.
 */
export function startProgress(label: string, total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) {
    return { increment: () => undefined, finish: (note) => void stream.write(`${label}: ${total} done, ${note}\n`) };
  }
  const bar = new SingleBar(
    { stream, format: `${label} [{bar}] {value}/{total} {percentage}% | {duration_formatted} (eta {eta_formatted})`, fps: 5, clearOnComplete: true, hideCursor: true },
    Presets.shades_classic,
  );
  bar.start(total, 0);
  return {
    increment: (by = 1) => bar.increment(by),
    finish: (note) => {
      bar.stop();
      stream.write(`${label}: ${total} done, ${note}\n`);
    },
  };
}
