import 'reflect-metadata';
import { describeError } from '@sagewire/errors';
import { jsonLogger } from '@sagewire/messaging';
import { startStandalone } from './start-standalone';

/** Closing drains consumers and the database; past this, something hangs and we say so. */
const SHUTDOWN_DEADLINE_MS = 15_000;

/** `npm start`: the whole platform in this process, the demo chat page on http://127.0.0.1:3000. */
async function main(): Promise<void> {
  const log = jsonLogger('standalone');
  const standalone = await startStandalone().catch((error: unknown) => {
    log.error('standalone failed to start', describeError(error));
    process.stderr.write(`Sagewire could not start: ${error instanceof Error ? error.message : String(error)}\n`);
    return undefined;
  });
  if (!standalone) {
    process.exitCode = 1;
    return;
  }
  let closing = false;
  const shutdown = (signal: NodeJS.Signals): void => {
    // Later signals are ignored: Nest's own shutdown hook re-raises the signal once it has
    // closed the HTTP app, and our listener must swallow it until everything else is closed.
    if (closing) return;
    closing = true;
    process.stdout.write(`Stopping Sagewire (${signal})…\n`);
    setTimeout(() => {
      log.error('shutdown did not finish in time; exiting anyway', { deadlineMs: SHUTDOWN_DEADLINE_MS });
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    standalone.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error('shutdown failed', describeError(error));
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

void main();
