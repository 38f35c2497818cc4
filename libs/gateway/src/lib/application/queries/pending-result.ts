import type { QueryResult } from '../../domain/stream/stream-event';
import type { QueryHub } from './query-hub';

export interface PendingResult {
  /** The query's result, or undefined when it did not end within the timeout. */
  readonly result: Promise<QueryResult | undefined>;
  cancel(): void;
}

/**
 * Starts watching a query before it is submitted (so no event can slip by) and resolves at
 * its `done`, or with undefined at the timeout.
 */
export function watchResult(hub: QueryHub, tenantId: string, queryId: string, language: string | undefined, timeoutMs: number): PendingResult {
  let settle: (result: QueryResult | undefined) => void = () => undefined;
  const result = new Promise<QueryResult | undefined>((resolve) => {
    settle = resolve;
  });
  let unsubscribe: (() => void) | undefined;
  let finished = false;
  const timer = setTimeout(() => finish(undefined), timeoutMs);
  const finish = (value: QueryResult | undefined): void => {
    if (finished) return;
    finished = true;
    clearTimeout(timer);
    unsubscribe?.();
    settle(value);
  };
  const stop = hub.watch(tenantId, queryId, language, (event, state) => {
    if (event.event === 'done' && state.result) finish(state.result);
  });
  // The replay inside watch() may already have finished the query.
  if (finished) stop();
  else unsubscribe = stop;
  return { result, cancel: () => finish(undefined) };
}
