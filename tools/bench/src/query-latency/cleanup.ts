/**
 * What the bench started, undone in reverse order: processes before the database they use,
 * the database before the broker. Each step runs once, and runs never overlap: a step added
 * after a run (a start that was still under way when Ctrl-C came) is undone by the next run.
 * A failing step is reported and the others still run, so one stuck process never leaves the
 * rest behind.
 */
export class Cleanup {
  private readonly steps: Array<{ readonly label: string; readonly undo: () => Promise<void> }> = [];
  private previous: Promise<void> = Promise.resolve();

  add(label: string, undo: () => Promise<void>): void {
    this.steps.push({ label, undo });
  }

  run(): Promise<void> {
    this.previous = this.previous.then(() => this.undoAll());
    return this.previous;
  }

  private async undoAll(): Promise<void> {
    for (const step of this.steps.splice(0).reverse()) {
      try {
        await step.undo();
      } catch (error) {
        process.stderr.write(`bench: cleanup '${step.label}' failed: ${error instanceof Error ? error.message : String(error)}\n`);
      }
    }
  }
}

/**
 * Ctrl-C (or SIGTERM) aborts the run and stops what was started, which makes any start or
 * question in progress fail fast; the composition root then runs the cleanup once more (for
 * what was started meanwhile) and exits 130. A second signal exits at once, saying what may be
 * left behind: whoever sent it chose not to wait.
 */
export function cleanUpOnSignal(cleanup: Cleanup, abort: AbortController): () => void {
  const onSignal = (signal: NodeJS.Signals): void => {
    if (abort.signal.aborted) {
      process.stderr.write(`\nbench: ${signal} again, exiting without waiting; processes or the bench database may be left behind\n`);
      process.exit(130);
    }
    process.stderr.write(`\nbench: ${signal}, stopping what the bench started\n`);
    abort.abort();
    void cleanup.run();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return () => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  };
}
