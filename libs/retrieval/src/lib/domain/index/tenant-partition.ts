import { Bm25Postings } from './bm25-postings';
import { VectorStore } from './vector-store';
import type { IndexedChunk } from './indexed-chunk';

/** A chunk with what search needs precomputed once at upsert. */
export interface StoredChunk {
  /** The chunk as returned in hits: frozen and without its vector. */
  chunk: IndexedChunk;
  terms: string[];
  duplicateKey: string;
  /**
   * The vector scaled to length 1, so cosine similarity is a plain dot product; absent for a
   * zero vector, which is similar to nothing. Float32 halves memory at 50k × 384 and is ample
   * precision for ranking. While the chunk is searchable, the vector lives in the partition's
   * `VectorStore` instead (moved, not copied: one copy per chunk).
   */
  unitVector?: Float32Array;
  /** 1-bit sketch of `unitVector`, for the first pass of a large tenant's vector search. */
  sketch?: Int32Array;
}

/** What activating a version changed. */
export interface ActivationResult {
  previousVersion: number | undefined;
  /** Chunks of the now-active version; 0 means the document has nothing searchable. */
  activeChunks: number;
}

/**
 * Everything one tenant has indexed. Invariant: `bm25` and `vectors` hold exactly the chunks of
 * each document's active version, so search never checks versions and a tenant's query cost
 * depends only on its own active data. Other versions wait in `chunks` until activated.
 */
export class TenantPartition {
  readonly chunks = new Map<string, StoredChunk>();
  readonly bm25 = new Bm25Postings();
  /** Active chunks' vectors: the only ones a vector query scans. Created with the first vector. */
  vectors: VectorStore | undefined;
  /** documentId → version → chunk ids. */
  private readonly versions = new Map<string, Map<number, Set<string>>>();
  private readonly activeVersions = new Map<string, number>();

  get isEmpty(): boolean {
    return this.chunks.size === 0 && this.activeVersions.size === 0;
  }

  put(stored: StoredChunk): void {
    const { chunkId, documentId, documentVersion } = stored.chunk;
    const previous = this.chunks.get(chunkId);
    if (previous) this.delete(previous);
    this.chunks.set(chunkId, stored);
    let byVersion = this.versions.get(documentId);
    if (!byVersion) this.versions.set(documentId, (byVersion = new Map()));
    let ids = byVersion.get(documentVersion);
    if (!ids) byVersion.set(documentVersion, (ids = new Set()));
    ids.add(chunkId);
    if (this.activeVersions.get(documentId) === documentVersion) this.show(stored);
  }

  /** Swaps which version is searchable in one synchronous step, so no query sees both or neither. */
  activate(documentId: string, version: number): ActivationResult {
    const previousVersion = this.activeVersions.get(documentId);
    const incoming = this.chunkIds(documentId, version);
    if (previousVersion !== version) {
      for (const id of this.chunkIds(documentId, previousVersion)) this.hide(this.chunks.get(id)!);
      this.activeVersions.set(documentId, version);
      for (const id of incoming) this.show(this.chunks.get(id)!);
    }
    return { previousVersion, activeChunks: incoming.length };
  }

  /** Deletes one version; if it was active, the document stops being searchable. */
  removeVersion(documentId: string, version: number): number {
    const ids = this.chunkIds(documentId, version);
    for (const id of ids) this.delete(this.chunks.get(id)!);
    if (this.activeVersions.get(documentId) === version) this.activeVersions.delete(documentId);
    return ids.length;
  }

  removeDocument(documentId: string): number {
    const versions = [...(this.versions.get(documentId)?.keys() ?? [])];
    const removed = versions.reduce((total, version) => total + this.removeVersion(documentId, version), 0);
    this.activeVersions.delete(documentId);
    return removed;
  }

  private chunkIds(documentId: string, version: number | undefined): string[] {
    return version === undefined ? [] : [...(this.versions.get(documentId)?.get(version) ?? [])];
  }

  private show(stored: StoredChunk): void {
    this.bm25.add(stored.chunk.chunkId, stored.terms);
    if (!stored.unitVector || !stored.sketch) return;
    this.vectors ??= new VectorStore(stored.unitVector.length, stored.sketch.length);
    this.vectors.add(stored.chunk.chunkId, stored.unitVector, stored.sketch);
    delete stored.unitVector;
    delete stored.sketch;
  }

  private hide(stored: StoredChunk): void {
    this.bm25.remove(stored.chunk.chunkId);
    const taken = this.vectors?.take(stored.chunk.chunkId);
    if (taken) {
      stored.unitVector = taken.unit;
      stored.sketch = taken.sketch;
    }
  }

  private delete(stored: StoredChunk): void {
    const { chunkId, documentId, documentVersion } = stored.chunk;
    this.hide(stored);
    this.chunks.delete(chunkId);
    const byVersion = this.versions.get(documentId);
    const ids = byVersion?.get(documentVersion);
    ids?.delete(chunkId);
    if (ids?.size === 0) byVersion!.delete(documentVersion);
    if (byVersion?.size === 0) this.versions.delete(documentId);
  }
}
