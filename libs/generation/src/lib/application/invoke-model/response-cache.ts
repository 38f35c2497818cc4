import { createHash } from 'node:crypto';
import type { ChunkSink, GenerationResult } from '../../domain/model-provider.port';
import { foldText } from '../../domain/text/fold-text';
import { AnswerFlight } from './answer-flight';

/** What makes two questions the same answer: never across tenants or knowledge-base versions. */
export interface CacheKeyParts {
  readonly tenantId: string;
  readonly knowledgeBaseVersion: string;
  readonly language: string;
  readonly question: string;
}

export interface ResponseCacheOptions {
  /** SPEC GN-21: one hour. */
  readonly ttlMs: number;
  readonly maxEntries: number;
  readonly now?: () => number;
}

/** How an answer was obtained. */
export type AnswerSource = 'model' | 'cache' | 'joined';

interface Entry {
  readonly chunks: readonly string[];
  readonly result: GenerationResult;
  readonly expiresAt: number;
}

/** Lowercased, accents and punctuation dropped, spaces collapsed: "Refund policy?" = "refund  policy". */
export function normaliseQuestion(question: string): string {
  return foldText(question).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Answers to repeated first-turn questions (SPEC GN-21), and coalescing of identical ones in
 * flight. The key includes the tenant and the knowledge-base version, so an answer is never
 * served to another tenant nor after the knowledge base changed (any activation, rollback or
 * deletion moves the version on). Only complete, tool-free answers are kept: a tool result is
 * one customer's data. Per process, like the retrieval cache; a hit replays the chunks.
 */
export class ResponseCache {
  private readonly entries = new Map<string, Entry>();
  private readonly flights = new Map<string, AnswerFlight>();
  private readonly now: () => number;

  constructor(private readonly options: ResponseCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  static keyOf(parts: CacheKeyParts): string {
    const material = JSON.stringify([parts.tenantId, parts.knowledgeBaseVersion, parts.language.toLowerCase(), normaliseQuestion(parts.question)]);
    return createHash('sha256').update(material).digest('hex');
  }

  /**
   * The answer for `key`: from the cache, by joining an identical call in flight, or by
   * running `generate` (and keeping what it produced). Without a key it simply runs.
   */
  async answer(key: string | undefined, generate: (sink: ChunkSink) => Promise<GenerationResult>, sink: ChunkSink): Promise<{ result: GenerationResult; source: AnswerSource }> {
    if (key === undefined) return { result: await generate(sink), source: 'model' };
    const hit = this.lookup(key);
    if (hit) {
      for (const chunk of hit.chunks) await sink(chunk);
      return { result: hit.result, source: 'cache' };
    }
    const flight = this.flights.get(key);
    if (flight) {
      let forwarded = false;
      try {
        return { result: await flight.follow((text) => ((forwarded = true), sink(text))), source: 'joined' };
      } catch (error) {
        // Part of the leader's answer is already on this caller's stream: fail like the leader did.
        if (forwarded) throw error;
        // Nothing shown yet, and the leader may have failed for a reason of its own: try alone.
        return { result: await generate(sink), source: 'model' };
      }
    }
    return { result: await this.lead(key, generate, sink), source: 'model' };
  }

  private async lead(key: string, generate: (sink: ChunkSink) => Promise<GenerationResult>, sink: ChunkSink): Promise<GenerationResult> {
    const flight = new AnswerFlight();
    const chunks: string[] = [];
    this.flights.set(key, flight);
    try {
      const result = await generate(flight.recording(async (text) => {
        chunks.push(text);
        await sink(text);
      }));
      flight.settle({ result });
      if (result.finishReason === 'stop' && (result.toolCalls ?? 0) === 0) this.store(key, { chunks, result, expiresAt: this.now() + this.options.ttlMs });
      return result;
    } catch (error) {
      flight.settle({ error });
      throw error;
    } finally {
      this.flights.delete(key);
    }
  }

  private lookup(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    // Re-insert: Map order is the LRU order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  private store(key: string, entry: Entry): void {
    this.entries.set(key, entry);
    while (this.entries.size > this.options.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }
}
