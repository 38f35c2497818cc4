/** The bench process's own memory at one moment, after a full collection when `--expose-gc` is on. */
export interface MemorySnapshot {
  readonly rssBytes: number;
  readonly heapUsedBytes: number;
  /** Whether a garbage collection ran first; without it heap figures include garbage. */
  readonly collected: boolean;
}

export function memorySnapshot(): MemorySnapshot {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  return { rssBytes: rss, heapUsedBytes: heapUsed, collected: gc !== undefined };
}
