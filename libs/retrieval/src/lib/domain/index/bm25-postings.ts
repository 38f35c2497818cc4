import type { Scored } from './top-k';

/** BM25 parameters: `k1` saturates term frequency, `b` weighs document length. */
export interface Bm25Parameters {
  k1: number;
  b: number;
}

/**
 * Inverted index with BM25 scoring (Robertson & Zaragoza, with Lucene's always-positive idf).
 * One instance per tenant holds only searchable chunks, so collection statistics (N, average
 * length, document frequencies) describe exactly what the tenant's queries can match, and a
 * query touches only the postings of its own terms.
 *
 * Chunks are numbered internally (slots, reused after removal) because scoring 100k+ postings
 * with integer keys and a typed accumulator is about five times faster than with string-keyed maps.
 */
export class Bm25Postings {
  /** term → slot → term frequency. */
  private readonly postings = new Map<string, Map<number, number>>();
  private readonly slotOf = new Map<string, number>();
  private readonly ids: (string | undefined)[] = [];
  private readonly lengths: number[] = [];
  /** Distinct terms per slot, to find its postings on removal. */
  private readonly termsOf: string[][] = [];
  private readonly freeSlots: number[] = [];
  private totalLength = 0;

  get size(): number {
    return this.slotOf.size;
  }

  /** Indexes a chunk's terms, replacing any earlier entry for the same id. */
  add(id: string, terms: readonly string[]): void {
    this.remove(id);
    const frequencies = new Map<string, number>();
    for (const term of terms) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
    const slot = this.freeSlots.pop() ?? this.ids.length;
    for (const [term, frequency] of frequencies) {
      let posting = this.postings.get(term);
      if (!posting) this.postings.set(term, (posting = new Map()));
      posting.set(slot, frequency);
    }
    this.slotOf.set(id, slot);
    this.ids[slot] = id;
    this.lengths[slot] = terms.length;
    this.termsOf[slot] = [...frequencies.keys()];
    this.totalLength += terms.length;
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    for (const term of this.termsOf[slot]!) {
      const posting = this.postings.get(term);
      posting?.delete(slot);
      if (posting?.size === 0) this.postings.delete(term);
    }
    this.slotOf.delete(id);
    this.ids[slot] = undefined;
    this.termsOf[slot] = [];
    this.totalLength -= this.lengths[slot]!;
    this.freeSlots.push(slot);
  }

  /**
   * BM25 score of every chunk that contains at least one query term and passes `accept`
   * (the ACL filter, applied before scoring; omit it to accept all). Repeated query terms count once.
   * Unordered.
   */
  score(queryTerms: readonly string[], { k1, b }: Bm25Parameters, accept?: (id: string) => boolean): Scored[] {
    const count = this.slotOf.size;
    if (count === 0) return [];
    const averageLength = this.totalLength / count || 1;
    const totals = new Float64Array(this.ids.length);
    // Per-query verdict cache: 0 not yet asked, 1 accepted, -1 rejected (a chunk sits in many postings).
    const verdicts = accept ? new Int8Array(this.ids.length) : undefined;
    const touched: number[] = [];
    for (const term of new Set(queryTerms)) {
      const posting = this.postings.get(term);
      if (!posting) continue;
      const idf = Math.log(1 + (count - posting.size + 0.5) / (posting.size + 0.5));
      for (const [slot, frequency] of posting) {
        if (verdicts) {
          if (verdicts[slot] === 0) verdicts[slot] = accept!(this.ids[slot]!) ? 1 : -1;
          if (verdicts[slot] === -1) continue;
        }
        const norm = k1 * (1 - b + (b * this.lengths[slot]!) / averageLength);
        if (totals[slot] === 0) touched.push(slot);
        totals[slot] = totals[slot]! + (idf * frequency * (k1 + 1)) / (frequency + norm);
      }
    }
    return touched.map((slot) => ({ id: this.ids[slot]!, score: totals[slot]! }));
  }
}
