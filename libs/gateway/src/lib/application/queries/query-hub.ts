import { advanceQueryStream, initialQueryStream, type QueryStreamState } from '../../domain/stream/query-stream';
import type { SagaInput, StreamEvent } from '../../domain/stream/stream-event';

export type StreamListener = (event: StreamEvent, state: QueryStreamState) => void;

interface Watcher {
  state: QueryStreamState;
  readonly listener: StreamListener;
}

interface Entry {
  readonly tenantId: string;
  /** Kept so a client that subscribes after the events arrived still sees all of them. */
  readonly inputs: SagaInput[];
  readonly watchers: Set<Watcher>;
  lastActivityMs: number;
}

export interface QueryHubOptions {
  /** How long a query's events are kept without anyone watching. */
  readonly bufferMs: number;
  /** Queries tracked at most; past it, the oldest unwatched ones are forgotten first. */
  readonly maxQueries?: number;
  /** How long an `answered` completion waits for the whole-answer verdict (see QueryStreamState). */
  readonly completionGraceMs?: number;
  readonly now?: () => number;
}

export const DEFAULT_COMPLETION_GRACE_MS = 2_000;

/**
 * In-process fan-out keyed by query id, fed by this replica's per-instance consumer group:
 * every replica sees every event and pushes it to the connections it holds. Each watcher
 * folds the events itself (its own de-duplication and language), and events that arrive
 * before anyone watches are buffered, so nothing is lost between publish and subscribe.
 */
export class QueryHub {
  private readonly entries = new Map<string, Entry>();
  private readonly maxQueries: number;
  private readonly now: () => number;

  constructor(private readonly options: QueryHubOptions) {
    this.maxQueries = options.maxQueries ?? 20_000;
    this.now = options.now ?? Date.now;
  }

  deliver(tenantId: string, queryId: string, input: SagaInput): void {
    const entry = this.entry(tenantId, queryId);
    // Another tenant's event with the same query id is never shown to this tenant's watchers.
    if (!entry || entry.tenantId !== tenantId) return;
    entry.inputs.push(input);
    entry.lastActivityMs = this.now();
    for (const watcher of [...entry.watchers]) this.feed(watcher, input);
    if (input.kind === 'query-completed') {
      const timer = setTimeout(() => this.deliver(tenantId, queryId, { kind: 'completion-grace-expired' }), this.options.completionGraceMs ?? DEFAULT_COMPLETION_GRACE_MS);
      timer.unref();
    }
  }

  /** Replays what arrived so far, then streams; returns the unsubscribe function. */
  watch(tenantId: string, queryId: string, declaredLanguage: string | undefined, listener: StreamListener): () => void {
    const entry = this.entry(tenantId, queryId);
    if (!entry || entry.tenantId !== tenantId) return () => undefined;
    const watcher: Watcher = { state: initialQueryStream(queryId, declaredLanguage), listener };
    entry.watchers.add(watcher);
    for (const input of [...entry.inputs]) this.feed(watcher, input);
    return () => {
      entry.watchers.delete(watcher);
      entry.lastActivityMs = this.now();
    };
  }

  /** Forgets queries nobody watches that have been quiet longer than the buffer time. */
  sweep(): void {
    const cutoff = this.now() - this.options.bufferMs;
    for (const [queryId, entry] of this.entries) {
      if (entry.watchers.size === 0 && entry.lastActivityMs < cutoff) this.entries.delete(queryId);
    }
  }

  get size(): number {
    return this.entries.size;
  }

  private feed(watcher: Watcher, input: SagaInput): void {
    const step = advanceQueryStream(watcher.state, input);
    watcher.state = step.state;
    for (const event of step.events) watcher.listener(event, step.state);
  }

  private entry(tenantId: string, queryId: string): Entry | undefined {
    const existing = this.entries.get(queryId);
    if (existing) return existing;
    if (this.entries.size >= this.maxQueries) this.sweep();
    if (this.entries.size >= this.maxQueries) this.forgetOldestUnwatched();
    if (this.entries.size >= this.maxQueries) return undefined;
    const entry: Entry = { tenantId, inputs: [], watchers: new Set(), lastActivityMs: this.now() };
    this.entries.set(queryId, entry);
    return entry;
  }

  private forgetOldestUnwatched(): void {
    for (const [queryId, entry] of this.entries) {
      if (entry.watchers.size === 0) {
        this.entries.delete(queryId);
        return;
      }
    }
  }
}
