import type { SearchHit, SearchQuery } from '../index/indexed-chunk';
import { foldText } from '../text/fold-text';

export interface RetrievalCacheOptions {
  /** Most entries kept; the least recently used goes first. 0 disables the cache. */
  maxEntries: number;
  ttlMs: number;
  now?: () => number;
}

interface Entry {
  hits: SearchHit[];
  expiresAt: number;
}

/**
 * Search results by tenant, knowledge-base version and normalised query (SPEC RT-28). The
 * knowledge-base version is part of the key, so once a document is activated, rolled back or
 * deleted no old result can be served: invalidation needs no message, only the new counter.
 */
export class RetrievalCache {
  private readonly entries = new Map<string, Entry>();
  private readonly now: () => number;
  hits = 0;
  misses = 0;

  constructor(private readonly options: RetrievalCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  /** The key of a query against one knowledge-base version: everything that changes the result. */
  static keyOf(query: SearchQuery, knowledgeBaseVersion: number): string {
    const text = foldText(query.queryText).replace(/\s+/g, ' ').trim();
    const acl = [...(query.aclTags ?? [])].sort();
    return JSON.stringify([query.tenantId, knowledgeBaseVersion, query.topK, query.mode ?? 'hybrid', acl, query.filter ?? null, query.minScore ?? null, text]);
  }

  get(key: string): SearchHit[] | undefined {
    const entry = this.entries.get(key);
    if (!entry || entry.expiresAt <= this.now()) {
      if (entry) this.entries.delete(key);
      this.misses++;
      return undefined;
    }
    // Re-inserting moves the key to the end: Map order is the recency order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    this.hits++;
    return entry.hits;
  }

  set(key: string, hits: SearchHit[]): void {
    if (this.options.maxEntries === 0) return;
    this.entries.delete(key);
    this.entries.set(key, { hits, expiresAt: this.now() + this.options.ttlMs });
    while (this.entries.size > this.options.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }

  get size(): number {
    return this.entries.size;
  }
}
