import { performance } from 'node:perf_hooks';

/** Milliseconds since `started` (a `performance.now()`), to the microsecond: screening takes well under one. */
export function elapsedMs(started: number): number {
  return Math.round((performance.now() - started) * 1000) / 1000;
}
