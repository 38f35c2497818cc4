import type { Passage } from '../model-provider.port';
import { contentTerms } from '../text/content-terms';
import { splitSentences } from './split-sentences';

/** A passage sentence chosen to answer the question. */
export interface SelectedSentence {
  text: string;
  passage: Passage;
  /** Share (0..1) of the question's content terms the sentence contains. */
  overlap: number;
}

/** How many sentences to quote, and how relevant they must be. */
export interface SelectionOptions {
  maxSentences: number;
  /** A sentence below this overlap is never quoted. */
  minOverlap: number;
}

/**
 * Picks the sentences of the passages that share the most content terms with the question.
 * Runners-up are quoted only if at least half as relevant as the best one, so a strong match
 * is not padded with loosely related text. The result is in reading order (passage rank,
 * then position in the passage), which reads better than relevance order.
 */
export function selectSentences(question: string, passages: readonly Passage[], options: SelectionOptions): SelectedSentence[] {
  const asked = contentTerms(question);
  if (asked.size === 0) return [];
  const candidates: Array<SelectedSentence & { order: number }> = [];
  const seen = new Set<string>();
  for (const passage of passages) {
    for (const text of splitSentences(passage.text)) {
      // Passages often overlap (chunking windows, versions): quote a sentence once.
      if (seen.has(text)) continue;
      seen.add(text);
      const terms = contentTerms(text);
      let shared = 0;
      for (const term of asked) if (terms.has(term)) shared++;
      candidates.push({ text, passage, overlap: shared / asked.size, order: candidates.length });
    }
  }
  const ranked = candidates.filter((c) => c.overlap >= options.minOverlap).sort((a, b) => b.overlap - a.overlap || a.order - b.order);
  const best = ranked[0]?.overlap ?? 0;
  return ranked
    .filter((c) => c.overlap >= best / 2)
    .slice(0, options.maxSentences)
    .sort((a, b) => a.order - b.order)
    .map(({ text, passage, overlap }) => ({ text, passage, overlap }));
}
